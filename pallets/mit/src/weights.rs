//! Weights for `pallet_mit`: interim upper bounds until `scripts/bench.sh mit` measures them
//! (a registration mints a pallet-nfts item with metadata and a transfer lock and holds a
//! deposit; a transfer moves the item; a burn clears it).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// The weight of each call of `pallet_mit`.
pub trait WeightInfo {
	fn register(n: u32, ) -> Weight;
	fn transfer() -> Weight;
	fn burn() -> Weight;
}

/// Weights with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register(n: u32, ) -> Weight {
		Weight::from_parts(10_000_000, 1000)
			.saturating_add(Weight::from_parts(120_000_000, 12000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((10_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((12_u64).saturating_mul(n.into())))
	}
	fn transfer() -> Weight {
		Weight::from_parts(100_000_000, 12000)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	fn burn() -> Weight {
		Weight::from_parts(100_000_000, 12000)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(12))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn register(n: u32, ) -> Weight {
		Weight::from_parts(10_000_000, 1000)
			.saturating_add(Weight::from_parts(120_000_000, 12000).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().reads((10_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((12_u64).saturating_mul(n.into())))
	}
	fn transfer() -> Weight {
		Weight::from_parts(100_000_000, 12000)
			.saturating_add(ParityDbWeight::get().reads(10))
			.saturating_add(ParityDbWeight::get().writes(10))
	}
	fn burn() -> Weight {
		Weight::from_parts(100_000_000, 12000)
			.saturating_add(ParityDbWeight::get().reads(10))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
}
