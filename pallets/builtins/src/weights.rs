//! Weights for `pallet_builtins`: provisional (50 µs plus generous storage access per function)
//! until `scripts/bench.sh builtins` writes measured ones.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// The weight of each chain-extension function of `pallet_builtins`.
pub trait WeightInfo {
	fn mst_balance() -> Weight;
	fn mst_details() -> Weight;
	fn mst_transfer() -> Weight;
	fn cid_of() -> Weight;
	fn cid_owner() -> Weight;
	fn resolve_name() -> Weight;
	fn reputation() -> Weight;
	fn claim() -> Weight;
	fn oracle_value() -> Weight;
}

/// Weights with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn mst_balance() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	fn mst_details() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	fn mst_transfer() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn cid_of() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	fn cid_owner() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	fn resolve_name() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	fn reputation() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	fn claim() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	fn oracle_value() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(0))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn mst_balance() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn mst_details() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn mst_transfer() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn cid_of() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn cid_owner() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn resolve_name() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn reputation() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn claim() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn oracle_value() -> Weight {
		Weight::from_parts(50_000_000, 10_000)
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
}
