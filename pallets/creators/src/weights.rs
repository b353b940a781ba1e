
//! Weights for `pallet_creators`: interim upper bounds until `scripts/bench.sh creators` is
//! run (pallet-nfts' own `create` and `mint` + `set_metadata` + `lock_item_properties` as
//! measured for `pallet_mit::register`, plus this pallet's records).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// The weight of each call of `pallet_creators`.
pub trait WeightInfo {
	fn create_collection() -> Weight;
	fn mint(n: u32, ) -> Weight;
}

/// Weights with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn create_collection() -> Weight {
		Weight::from_parts(120_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	fn mint(n: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 4_000)
			.saturating_add(Weight::from_parts(10_000, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(6))
	}
}

/// The same weights priced by ParityDB (for tests).
impl WeightInfo for () {
	fn create_collection() -> Weight {
		Weight::from_parts(120_000_000, 3_600)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(8))
	}
	fn mint(n: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 4_000)
			.saturating_add(Weight::from_parts(10_000, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
}
