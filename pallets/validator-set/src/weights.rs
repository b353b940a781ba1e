//! Weights for `pallet_validator_set`. Placeholder until `scripts/bench.sh validator-set` measures
//! them: each is a generous 25 µs plus its storage accesses (the calls read and write one bounded
//! vector of at most `MaxValidators` accounts).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// The weight of each call of `pallet_validator_set`.
pub trait WeightInfo {
	fn add_validator() -> Weight;
	fn remove_validator() -> Weight;
	fn set_session_period() -> Weight;
}

/// Weights with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn add_validator() -> Weight {
		Weight::from_parts(25_000_000, 2_000)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn remove_validator() -> Weight {
		Weight::from_parts(25_000_000, 2_000)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn set_session_period() -> Weight {
		Weight::from_parts(25_000_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// For tests.
impl WeightInfo for () {
	fn add_validator() -> Weight { Weight::from_parts(25_000_000, 2_000) }
	fn remove_validator() -> Weight { Weight::from_parts(25_000_000, 2_000) }
	fn set_session_period() -> Weight { Weight::from_parts(25_000_000, 0) }
}
