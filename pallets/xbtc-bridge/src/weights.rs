
//! Weights for `pallet_xbtc_bridge`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
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

/// The weight of each call of `pallet_xbtc_bridge`.
pub trait WeightInfo {
	fn submit_deposit(o: u32, ) -> Weight;
	fn request_withdrawal() -> Weight;
	fn cancel_withdrawal() -> Weight;
	fn set_trustees(n: u32, ) -> Weight;
	fn propose_payout(i: u32, w: u32, ) -> Weight;
	fn approve_payout(i: u32, ) -> Weight;
	fn submit_payout_proof(i: u32, w: u32, ) -> Weight;
	fn refund_unclaimed() -> Weight;
	fn cancel_payout(i: u32, w: u32, ) -> Weight;
	fn pause() -> Weight;
	fn unpause() -> Weight;
}

/// Measured weights, with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `XbtcBridge::Paused` (r:1 w:0)
	/// Proof: `XbtcBridge::Paused` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::CurrentSet` (r:1 w:0)
	/// Proof: `XbtcBridge::CurrentSet` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::Headers` (r:1 w:0)
	/// Proof: `BtcLightClient::Headers` (`max_values`: None, `max_size`: Some(197), added: 2672, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::BestTip` (r:1 w:0)
	/// Proof: `BtcLightClient::BestTip` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::BestChain` (r:1 w:0)
	/// Proof: `BtcLightClient::BestChain` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Utxos` (r:1 w:64)
	/// Proof: `XbtcBridge::Utxos` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Retiring` (r:1 w:0)
	/// Proof: `XbtcBridge::Retiring` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::TrusteeSets` (r:1 w:0)
	/// Proof: `XbtcBridge::TrusteeSets` (`max_values`: None, `max_size`: Some(1672), added: 4147, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Credited` (r:64 w:64)
	/// Proof: `XbtcBridge::Credited` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::UtxoCount` (r:1 w:1)
	/// Proof: `XbtcBridge::UtxoCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn submit_deposit(o: u32, ) -> Weight {
		// Proof size: measured `3219`, estimated `5137`.
		// Minimum execution time: 93_440_000 ps.
		Weight::from_parts(64_648_798, 5137)
			.saturating_add(Weight::from_parts(27_267_539, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2511).saturating_mul(o.into()))
	}
	/// Storage: `XbtcBridge::Paused` (r:1 w:0)
	/// Proof: `XbtcBridge::Paused` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::Network` (r:1 w:0)
	/// Proof: `BtcLightClient::Network` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::CurrentSet` (r:1 w:0)
	/// Proof: `XbtcBridge::CurrentSet` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Retiring` (r:1 w:0)
	/// Proof: `XbtcBridge::Retiring` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::TrusteeSets` (r:1 w:0)
	/// Proof: `XbtcBridge::TrusteeSets` (`max_values`: None, `max_size`: Some(1672), added: 4147, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:1)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:1 w:0)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::NextWithdrawalId` (r:1 w:1)
	/// Proof: `XbtcBridge::NextWithdrawalId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Withdrawals` (r:0 w:1)
	/// Proof: `XbtcBridge::Withdrawals` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	fn request_withdrawal() -> Weight {
		// Proof size: measured `1357`, estimated `11750`.
		// Minimum execution time: 49_073_000 ps.
		Weight::from_parts(52_518_000, 11750)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `XbtcBridge::Withdrawals` (r:1 w:1)
	/// Proof: `XbtcBridge::Withdrawals` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:1)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn cancel_withdrawal() -> Weight {
		// Proof size: measured `606`, estimated `3864`.
		// Minimum execution time: 21_863_000 ps.
		Weight::from_parts(23_655_000, 3864)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `XbtcBridge::Retiring` (r:1 w:1)
	/// Proof: `XbtcBridge::Retiring` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::CurrentSet` (r:1 w:1)
	/// Proof: `XbtcBridge::CurrentSet` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::UtxoCount` (r:1 w:1)
	/// Proof: `XbtcBridge::UtxoCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::TrusteeSets` (r:0 w:2)
	/// Proof: `XbtcBridge::TrusteeSets` (`max_values`: None, `max_size`: Some(1672), added: 4147, mode: `MaxEncodedLen`)
	fn set_trustees(n: u32, ) -> Weight {
		// Proof size: measured `267`, estimated `3864`.
		// Minimum execution time: 22_103_000 ps.
		Weight::from_parts(24_076_991, 3864)
			.saturating_add(Weight::from_parts(178_755, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `XbtcBridge::Paused` (r:1 w:0)
	/// Proof: `XbtcBridge::Paused` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Payouts` (r:1 w:1)
	/// Proof: `XbtcBridge::Payouts` (`max_values`: None, `max_size`: Some(55427), added: 57902, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::OpenPayouts` (r:1 w:1)
	/// Proof: `XbtcBridge::OpenPayouts` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Utxos` (r:32 w:32)
	/// Proof: `XbtcBridge::Utxos` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::TrusteeSets` (r:1 w:0)
	/// Proof: `XbtcBridge::TrusteeSets` (`max_values`: None, `max_size`: Some(1672), added: 4147, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Withdrawals` (r:32 w:32)
	/// Proof: `XbtcBridge::Withdrawals` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::CurrentSet` (r:1 w:0)
	/// Proof: `XbtcBridge::CurrentSet` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn propose_payout(i: u32, w: u32, ) -> Weight {
		// Proof size: measured `2053`, estimated `58892`.
		// Minimum execution time: 179_308_000 ps.
		Weight::from_parts(39_256_610, 58892)
			.saturating_add(Weight::from_parts(4_592_407, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(6_083_498, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2556).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2723).saturating_mul(w.into()))
	}
	/// Storage: `XbtcBridge::Paused` (r:1 w:0)
	/// Proof: `XbtcBridge::Paused` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Payouts` (r:1 w:1)
	/// Proof: `XbtcBridge::Payouts` (`max_values`: None, `max_size`: Some(55427), added: 57902, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::TrusteeSets` (r:1 w:0)
	/// Proof: `XbtcBridge::TrusteeSets` (`max_values`: None, `max_size`: Some(1672), added: 4147, mode: `MaxEncodedLen`)
	fn approve_payout(i: u32, ) -> Weight {
		// Proof size: measured `2203`, estimated `58892`.
		// Minimum execution time: 63_635_000 ps.
		Weight::from_parts(44_010_912, 58892)
			.saturating_add(Weight::from_parts(52_487_432, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `BtcLightClient::Headers` (r:1 w:0)
	/// Proof: `BtcLightClient::Headers` (`max_values`: None, `max_size`: Some(197), added: 2672, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::BestTip` (r:1 w:0)
	/// Proof: `BtcLightClient::BestTip` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::BestChain` (r:1 w:0)
	/// Proof: `BtcLightClient::BestChain` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Payouts` (r:1 w:1)
	/// Proof: `XbtcBridge::Payouts` (`max_values`: None, `max_size`: Some(55427), added: 57902, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::OpenPayouts` (r:1 w:1)
	/// Proof: `XbtcBridge::OpenPayouts` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Utxos` (r:32 w:33)
	/// Proof: `XbtcBridge::Utxos` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::UtxoCount` (r:1 w:1)
	/// Proof: `XbtcBridge::UtxoCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Withdrawals` (r:32 w:32)
	/// Proof: `XbtcBridge::Withdrawals` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:1)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:1 w:1)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::CurrentSet` (r:1 w:0)
	/// Proof: `XbtcBridge::CurrentSet` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Retiring` (r:1 w:0)
	/// Proof: `XbtcBridge::Retiring` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::TrusteeSets` (r:1 w:0)
	/// Proof: `XbtcBridge::TrusteeSets` (`max_values`: None, `max_size`: Some(1672), added: 4147, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Credited` (r:0 w:1)
	/// Proof: `XbtcBridge::Credited` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn submit_payout_proof(i: u32, w: u32, ) -> Weight {
		// Proof size: measured `3920`, estimated `58892`.
		// Minimum execution time: 180_149_000 ps.
		Weight::from_parts(143_205_212, 58892)
			.saturating_add(Weight::from_parts(2_725_880, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(46_838_027, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(9))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2556).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2723).saturating_mul(w.into()))
	}
	/// Storage: `XbtcBridge::CurrentSet` (r:1 w:0)
	/// Proof: `XbtcBridge::CurrentSet` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::TrusteeSets` (r:1 w:0)
	/// Proof: `XbtcBridge::TrusteeSets` (`max_values`: None, `max_size`: Some(1672), added: 4147, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::UnclaimedDeposits` (r:1 w:1)
	/// Proof: `XbtcBridge::UnclaimedDeposits` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::Network` (r:1 w:0)
	/// Proof: `BtcLightClient::Network` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Retiring` (r:1 w:0)
	/// Proof: `XbtcBridge::Retiring` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::NextWithdrawalId` (r:1 w:1)
	/// Proof: `XbtcBridge::NextWithdrawalId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Withdrawals` (r:0 w:1)
	/// Proof: `XbtcBridge::Withdrawals` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	fn refund_unclaimed() -> Weight {
		// Proof size: measured `744`, estimated `5137`.
		// Minimum execution time: 29_154_000 ps.
		Weight::from_parts(31_457_000, 5137)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `XbtcBridge::Payouts` (r:1 w:1)
	/// Proof: `XbtcBridge::Payouts` (`max_values`: None, `max_size`: Some(55427), added: 57902, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::OpenPayouts` (r:1 w:1)
	/// Proof: `XbtcBridge::OpenPayouts` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Utxos` (r:32 w:32)
	/// Proof: `XbtcBridge::Utxos` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Withdrawals` (r:32 w:32)
	/// Proof: `XbtcBridge::Withdrawals` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	fn cancel_payout(i: u32, w: u32, ) -> Weight {
		// Proof size: measured `603`, estimated `58892`.
		// Minimum execution time: 101_672_000 ps.
		Weight::from_parts(7_425_701, 58892)
			.saturating_add(Weight::from_parts(3_150_922, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(4_345_889, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2556).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2723).saturating_mul(w.into()))
	}
	/// Storage: `XbtcBridge::Paused` (r:1 w:1)
	/// Proof: `XbtcBridge::Paused` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	fn pause() -> Weight {
		// Proof size: measured `76`, estimated `1518`.
		// Minimum execution time: 6_550_000 ps.
		Weight::from_parts(7_180_000, 1518)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `XbtcBridge::Paused` (r:1 w:1)
	/// Proof: `XbtcBridge::Paused` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	fn unpause() -> Weight {
		// Proof size: measured `100`, estimated `1518`.
		// Minimum execution time: 7_241_000 ps.
		Weight::from_parts(7_921_000, 1518)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn submit_deposit(o: u32, ) -> Weight {
		Weight::from_parts(64_648_798, 5137)
			.saturating_add(Weight::from_parts(27_267_539, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2511).saturating_mul(o.into()))
	}
	fn request_withdrawal() -> Weight {
		Weight::from_parts(52_518_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn cancel_withdrawal() -> Weight {
		Weight::from_parts(23_655_000, 3864)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn set_trustees(n: u32, ) -> Weight {
		Weight::from_parts(24_076_991, 3864)
			.saturating_add(Weight::from_parts(178_755, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn propose_payout(i: u32, w: u32, ) -> Weight {
		Weight::from_parts(39_256_610, 58892)
			.saturating_add(Weight::from_parts(4_592_407, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(6_083_498, 0).saturating_mul(w.into()))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2556).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2723).saturating_mul(w.into()))
	}
	fn approve_payout(i: u32, ) -> Weight {
		Weight::from_parts(44_010_912, 58892)
			.saturating_add(Weight::from_parts(52_487_432, 0).saturating_mul(i.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn submit_payout_proof(i: u32, w: u32, ) -> Weight {
		Weight::from_parts(143_205_212, 58892)
			.saturating_add(Weight::from_parts(2_725_880, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(46_838_027, 0).saturating_mul(w.into()))
			.saturating_add(ParityDbWeight::get().reads(14))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(ParityDbWeight::get().writes(9))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2556).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2723).saturating_mul(w.into()))
	}
	fn refund_unclaimed() -> Weight {
		Weight::from_parts(31_457_000, 5137)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn cancel_payout(i: u32, w: u32, ) -> Weight {
		Weight::from_parts(7_425_701, 58892)
			.saturating_add(Weight::from_parts(3_150_922, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(4_345_889, 0).saturating_mul(w.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2556).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2723).saturating_mul(w.into()))
	}
	fn pause() -> Weight {
		Weight::from_parts(7_180_000, 1518)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn unpause() -> Weight {
		Weight::from_parts(7_921_000, 1518)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
}
