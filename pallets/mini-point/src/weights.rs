
//! Weights for `pallet_mini_point`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
//!
//! Date: 2026-12-03. Steps: `50`, repeat: `20`, chain: `Some("dev")`,
//! execution: `Compiled`, machine: `vm` (`AMD EPYC`).
//! Each function is the measured worst case of its call; regenerate with `scripts/bench.sh`
//! after changing the pallet.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// The weight of each call of `pallet_mini_point`.
pub trait WeightInfo {
	fn burn() -> Weight;
	fn burn_pool() -> Weight;
}

/// Measured weights, with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn burn() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 23_986_000 ps.
		Weight::from_parts(25_988_000, 0)
			.saturating_add(T::DbWeight::get().reads(0))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn burn_pool() -> Weight {
		// Proof size: measured `174`, estimated `3593`.
		// Minimum execution time: 27_140_000 ps.
		Weight::from_parts(29_254_000, 3593)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn burn() -> Weight {
		Weight::from_parts(25_988_000, 0)
			.saturating_add(ParityDbWeight::get().reads(0))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn burn_pool() -> Weight {
		Weight::from_parts(29_254_000, 3593)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
}
