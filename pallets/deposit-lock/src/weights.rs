
//! Weights for `pallet_deposit_lock`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
//!
//! Date: 2026-11-21. Steps: `50`, repeat: `20`, chain: `Some("dev")`,
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
		// Proof size: measured `66`, estimated `3593`.
		// Minimum execution time: 11_497_000 ps.
		Weight::from_parts(12_288_000, 3593)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `DepositLock::Programs` (r:1 w:1)
	/// Proof: `DepositLock::Programs` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn fund_program() -> Weight {
		// Proof size: measured `425`, estimated `6196`.
		// Minimum execution time: 44_587_000 ps.
		Weight::from_parts(46_850_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `DepositLock::Programs` (r:1 w:1)
	/// Proof: `DepositLock::Programs` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn close_program() -> Weight {
		// Proof size: measured `463`, estimated `6196`.
		// Minimum execution time: 48_893_000 ps.
		Weight::from_parts(51_828_000, 6196)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `DepositLock::Programs` (r:1 w:1)
	/// Proof: `DepositLock::Programs` (`max_values`: None, `max_size`: Some(164), added: 2639, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `DepositLock::NextDepositId` (r:1 w:1)
	/// Proof: `DepositLock::NextDepositId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `DepositLock::DepositsOf` (r:1 w:1)
	/// Proof: `DepositLock::DepositsOf` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `DepositLock::Deposits` (r:0 w:1)
	/// Proof: `DepositLock::Deposits` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	fn deposit() -> Weight {
		// Proof size: measured `572`, estimated `3629`.
		// Minimum execution time: 56_494_000 ps.
		Weight::from_parts(60_871_000, 3629)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `DepositLock::DepositsOf` (r:1 w:1)
	/// Proof: `DepositLock::DepositsOf` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof size: measured `1091`, estimated `6196`.
		// Minimum execution time: 85_928_000 ps.
		Weight::from_parts(91_226_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn create_program() -> Weight {
		Weight::from_parts(12_288_000, 3593)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn fund_program() -> Weight {
		Weight::from_parts(46_850_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn close_program() -> Weight {
		Weight::from_parts(51_828_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn deposit() -> Weight {
		Weight::from_parts(60_871_000, 3629)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(91_226_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
}
