//! Provisional weights; replaced by `scripts/bench.sh` output.
#![allow(unused_parens, unused_imports, missing_docs)]
use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weight functions needed for `pallet_mini_point`.
pub trait WeightInfo {
	fn burn() -> Weight;
	fn burn_pool() -> Weight;
}

pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn burn() -> Weight {
		Weight::from_parts(40_000_000, 3600).saturating_add(T::DbWeight::get().reads_writes(2, 2))
	}
	fn burn_pool() -> Weight {
		Weight::from_parts(40_000_000, 3600).saturating_add(T::DbWeight::get().reads_writes(2, 2))
	}
}

impl WeightInfo for () {
	fn burn() -> Weight {
		Weight::from_parts(40_000_000, 3600)
	}
	fn burn_pool() -> Weight {
		Weight::from_parts(40_000_000, 3600)
	}
}
