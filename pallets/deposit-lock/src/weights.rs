
//! Weights for `pallet_deposit_lock`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
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
	/// Storage: `DepositLock::NextProgramId` (r:1 w:1)
	/// Proof: `DepositLock::NextProgramId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `DepositLock::Programs` (r:0 w:1)
	/// Proof: `DepositLock::Programs` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	fn create_program() -> Weight {
		// Proof size: measured `103`, estimated `3593`.
		// Minimum execution time: 15_694_000 ps.
		Weight::from_parts(25_468_000, 3593)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `DepositLock::Programs` (r:1 w:1)
	/// Proof: `DepositLock::Programs` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn fund_program() -> Weight {
		// Proof size: measured `499`, estimated `6196`.
		// Minimum execution time: 56_654_000 ps.
		Weight::from_parts(88_862_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `DepositLock::Programs` (r:1 w:1)
	/// Proof: `DepositLock::Programs` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn close_program() -> Weight {
		// Proof size: measured `500`, estimated `6196`.
		// Minimum execution time: 61_582_000 ps.
		Weight::from_parts(97_594_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `DepositLock::Programs` (r:1 w:1)
	/// Proof: `DepositLock::Programs` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `DepositLock::NextDepositId` (r:1 w:1)
	/// Proof: `DepositLock::NextDepositId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `DepositLock::DepositsOf` (r:1 w:1)
	/// Proof: `DepositLock::DepositsOf` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `DepositLock::Deposits` (r:0 w:1)
	/// Proof: `DepositLock::Deposits` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	fn deposit() -> Weight {
		// Proof size: measured `647`, estimated `3820`.
		// Minimum execution time: 72_928_000 ps.
		Weight::from_parts(101_341_000, 3820)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `DepositLock::Deposits` (r:1 w:1)
	/// Proof: `DepositLock::Deposits` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `DepositLock::Programs` (r:1 w:1)
	/// Proof: `DepositLock::Programs` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `DepositLock::DepositsOf` (r:1 w:1)
	/// Proof: `DepositLock::DepositsOf` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof size: measured `1166`, estimated `6196`.
		// Minimum execution time: 110_895_000 ps.
		Weight::from_parts(150_493_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn create_program() -> Weight {
		Weight::from_parts(25_468_000, 3593)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn fund_program() -> Weight {
		Weight::from_parts(88_862_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn close_program() -> Weight {
		Weight::from_parts(97_594_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn deposit() -> Weight {
		Weight::from_parts(101_341_000, 3820)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(150_493_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
}
