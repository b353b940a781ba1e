
//! Weights for `pallet_deposit_lock`. PROVISIONAL: hand-set upper bounds until
//! `scripts/bench.sh deposit-lock` replaces this file with measured values.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// The weight of each call of `pallet_deposit_lock`.
pub trait WeightInfo {
	fn create_program() -> Weight;
	fn fund_program() -> Weight;
	fn close_program() -> Weight;
	fn deposit() -> Weight;
	fn withdraw() -> Weight;
}

/// Measured weights, with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn create_program() -> Weight {
		Weight::from_parts(150_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	fn fund_program() -> Weight {
		Weight::from_parts(150_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	fn close_program() -> Weight {
		Weight::from_parts(150_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	fn deposit() -> Weight {
		Weight::from_parts(150_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(150_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(8))
	}
}

/// For tests: the same figures with ParityDB access costs.
impl WeightInfo for () {
	fn create_program() -> Weight {
		Weight::from_parts(150_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(8))
	}
	fn fund_program() -> Weight {
		Weight::from_parts(150_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(8))
	}
	fn close_program() -> Weight {
		Weight::from_parts(150_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(8))
	}
	fn deposit() -> Weight {
		Weight::from_parts(150_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(8))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(150_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(8))
	}
}
