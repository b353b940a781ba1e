
//! Weights for `pallet_xbtc_bridge`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
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
	/// Storage: `XbtcBridge::SetByScript` (r:1 w:0)
	/// Proof: `XbtcBridge::SetByScript` (`max_values`: None, `max_size`: Some(86), added: 2561, mode: `MaxEncodedLen`)
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
		// Proof size: measured `3323`, estimated `5137`.
		// Minimum execution time: 165_386_000 ps.
		Weight::from_parts(114_300_415, 5137)
			.saturating_add(Weight::from_parts(40_788_643, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(13))
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
	/// Storage: `XbtcBridge::SetByScript` (r:1 w:0)
	/// Proof: `XbtcBridge::SetByScript` (`max_values`: None, `max_size`: Some(86), added: 2561, mode: `MaxEncodedLen`)
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
		// Proof size: measured `1491`, estimated `11750`.
		// Minimum execution time: 72_949_000 ps.
		Weight::from_parts(121_801_000, 11750)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `XbtcBridge::Withdrawals` (r:1 w:1)
	/// Proof: `XbtcBridge::Withdrawals` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:1)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn cancel_withdrawal() -> Weight {
		// Proof size: measured `635`, estimated `3864`.
		// Minimum execution time: 30_505_000 ps.
		Weight::from_parts(45_137_000, 3864)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `XbtcBridge::Retiring` (r:1 w:1)
	/// Proof: `XbtcBridge::Retiring` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::SetByScript` (r:1 w:1)
	/// Proof: `XbtcBridge::SetByScript` (`max_values`: None, `max_size`: Some(86), added: 2561, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::CurrentSet` (r:1 w:1)
	/// Proof: `XbtcBridge::CurrentSet` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::NextSetId` (r:1 w:1)
	/// Proof: `XbtcBridge::NextSetId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::UtxoCount` (r:1 w:0)
	/// Proof: `XbtcBridge::UtxoCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::TrusteeSets` (r:0 w:1)
	/// Proof: `XbtcBridge::TrusteeSets` (`max_values`: None, `max_size`: Some(1672), added: 4147, mode: `MaxEncodedLen`)
	fn set_trustees(_n: u32, ) -> Weight {
		// Proof size: measured `367`, estimated `3864`.
		// Minimum execution time: 37_265_000 ps.
		Weight::from_parts(59_350_712, 3864)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `XbtcBridge::Paused` (r:1 w:0)
	/// Proof: `XbtcBridge::Paused` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Payouts` (r:2 w:1)
	/// Proof: `XbtcBridge::Payouts` (`max_values`: None, `max_size`: Some(56654), added: 59129, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::OpenPayouts` (r:1 w:1)
	/// Proof: `XbtcBridge::OpenPayouts` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::BestTip` (r:1 w:0)
	/// Proof: `BtcLightClient::BestTip` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::Headers` (r:1 w:0)
	/// Proof: `BtcLightClient::Headers` (`max_values`: None, `max_size`: Some(197), added: 2672, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Utxos` (r:32 w:32)
	/// Proof: `XbtcBridge::Utxos` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::TrusteeSets` (r:1 w:0)
	/// Proof: `XbtcBridge::TrusteeSets` (`max_values`: None, `max_size`: Some(1672), added: 4147, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Withdrawals` (r:32 w:32)
	/// Proof: `XbtcBridge::Withdrawals` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::CurrentSet` (r:1 w:0)
	/// Proof: `XbtcBridge::CurrentSet` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::FeeReserve` (r:1 w:1)
	/// Proof: `XbtcBridge::FeeReserve` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn propose_payout(i: u32, w: u32, ) -> Weight {
		// Proof size: measured `2706`, estimated `119248`.
		// Minimum execution time: 282_570_000 ps.
		Weight::from_parts(292_064_000, 119248)
			.saturating_add(Weight::from_parts(4_156_701, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(4_701_360, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2556).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2723).saturating_mul(w.into()))
	}
	/// Storage: `XbtcBridge::Paused` (r:1 w:0)
	/// Proof: `XbtcBridge::Paused` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Payouts` (r:1 w:1)
	/// Proof: `XbtcBridge::Payouts` (`max_values`: None, `max_size`: Some(56654), added: 59129, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::TrusteeSets` (r:1 w:0)
	/// Proof: `XbtcBridge::TrusteeSets` (`max_values`: None, `max_size`: Some(1672), added: 4147, mode: `MaxEncodedLen`)
	fn approve_payout(i: u32, ) -> Weight {
		// Proof size: measured `2270`, estimated `60119`.
		// Minimum execution time: 125_176_000 ps.
		Weight::from_parts(80_560_104, 60119)
			.saturating_add(Weight::from_parts(75_704_407, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `BtcLightClient::Headers` (r:1 w:0)
	/// Proof: `BtcLightClient::Headers` (`max_values`: None, `max_size`: Some(197), added: 2672, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::BestTip` (r:1 w:0)
	/// Proof: `BtcLightClient::BestTip` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::BestChain` (r:1 w:0)
	/// Proof: `BtcLightClient::BestChain` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Utxos` (r:32 w:33)
	/// Proof: `XbtcBridge::Utxos` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Payouts` (r:2 w:1)
	/// Proof: `XbtcBridge::Payouts` (`max_values`: None, `max_size`: Some(56654), added: 59129, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::OpenPayouts` (r:1 w:1)
	/// Proof: `XbtcBridge::OpenPayouts` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
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
	/// Storage: `XbtcBridge::FeeReserve` (r:1 w:1)
	/// Proof: `XbtcBridge::FeeReserve` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::CurrentSet` (r:1 w:0)
	/// Proof: `XbtcBridge::CurrentSet` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Retiring` (r:1 w:0)
	/// Proof: `XbtcBridge::Retiring` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::TrusteeSets` (r:1 w:0)
	/// Proof: `XbtcBridge::TrusteeSets` (`max_values`: None, `max_size`: Some(1672), added: 4147, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Credited` (r:0 w:1)
	/// Proof: `XbtcBridge::Credited` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn submit_payout_proof(i: u32, w: u32, ) -> Weight {
		// Proof size: measured `4006`, estimated `119248`.
		// Minimum execution time: 340_956_000 ps.
		Weight::from_parts(351_402_000, 119248)
			.saturating_add(Weight::from_parts(2_252_891, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(74_904_916, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(16))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(10))
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
	/// Storage: `XbtcBridge::SetByScript` (r:1 w:0)
	/// Proof: `XbtcBridge::SetByScript` (`max_values`: None, `max_size`: Some(86), added: 2561, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::RefundVotes` (r:1 w:1)
	/// Proof: `XbtcBridge::RefundVotes` (`max_values`: None, `max_size`: Some(2021), added: 4496, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::NextWithdrawalId` (r:1 w:1)
	/// Proof: `XbtcBridge::NextWithdrawalId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Withdrawals` (r:0 w:1)
	/// Proof: `XbtcBridge::Withdrawals` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	fn refund_unclaimed() -> Weight {
		// Proof size: measured `1101`, estimated `5486`.
		// Minimum execution time: 54_000_000 ps.
		Weight::from_parts(61_892_000, 5486)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `XbtcBridge::Payouts` (r:2 w:1)
	/// Proof: `XbtcBridge::Payouts` (`max_values`: None, `max_size`: Some(56654), added: 59129, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::TrusteeSets` (r:1 w:0)
	/// Proof: `XbtcBridge::TrusteeSets` (`max_values`: None, `max_size`: Some(1672), added: 4147, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::OpenPayouts` (r:1 w:1)
	/// Proof: `XbtcBridge::OpenPayouts` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::FeeReserve` (r:1 w:1)
	/// Proof: `XbtcBridge::FeeReserve` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Utxos` (r:32 w:32)
	/// Proof: `XbtcBridge::Utxos` (`max_values`: None, `max_size`: Some(81), added: 2556, mode: `MaxEncodedLen`)
	/// Storage: `XbtcBridge::Withdrawals` (r:32 w:32)
	/// Proof: `XbtcBridge::Withdrawals` (`max_values`: None, `max_size`: Some(248), added: 2723, mode: `MaxEncodedLen`)
	fn cancel_payout(i: u32, w: u32, ) -> Weight {
		// Proof size: measured `1038`, estimated `119248`.
		// Minimum execution time: 144_795_000 ps.
		Weight::from_parts(41_806_010, 119248)
			.saturating_add(Weight::from_parts(5_468_459, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(4_703_198, 0).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2556).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2723).saturating_mul(w.into()))
	}
	/// Storage: `XbtcBridge::Paused` (r:1 w:1)
	/// Proof: `XbtcBridge::Paused` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	fn pause() -> Weight {
		// Proof size: measured `76`, estimated `1518`.
		// Minimum execution time: 7_741_000 ps.
		Weight::from_parts(13_591_000, 1518)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `XbtcBridge::Paused` (r:1 w:1)
	/// Proof: `XbtcBridge::Paused` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	fn unpause() -> Weight {
		// Proof size: measured `100`, estimated `1518`.
		// Minimum execution time: 8_753_000 ps.
		Weight::from_parts(12_899_000, 1518)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn submit_deposit(o: u32, ) -> Weight {
		Weight::from_parts(114_300_415, 5137)
			.saturating_add(Weight::from_parts(40_788_643, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(13))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2511).saturating_mul(o.into()))
	}
	fn request_withdrawal() -> Weight {
		Weight::from_parts(121_801_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn cancel_withdrawal() -> Weight {
		Weight::from_parts(45_137_000, 3864)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn set_trustees(_n: u32, ) -> Weight {
		Weight::from_parts(59_350_712, 3864)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn propose_payout(i: u32, w: u32, ) -> Weight {
		Weight::from_parts(292_064_000, 119248)
			.saturating_add(Weight::from_parts(4_156_701, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(4_701_360, 0).saturating_mul(w.into()))
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2556).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2723).saturating_mul(w.into()))
	}
	fn approve_payout(i: u32, ) -> Weight {
		Weight::from_parts(80_560_104, 60119)
			.saturating_add(Weight::from_parts(75_704_407, 0).saturating_mul(i.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn submit_payout_proof(i: u32, w: u32, ) -> Weight {
		Weight::from_parts(351_402_000, 119248)
			.saturating_add(Weight::from_parts(2_252_891, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(74_904_916, 0).saturating_mul(w.into()))
			.saturating_add(ParityDbWeight::get().reads(16))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(ParityDbWeight::get().writes(10))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2556).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2723).saturating_mul(w.into()))
	}
	fn refund_unclaimed() -> Weight {
		Weight::from_parts(61_892_000, 5486)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn cancel_payout(i: u32, w: u32, ) -> Weight {
		Weight::from_parts(41_806_010, 119248)
			.saturating_add(Weight::from_parts(5_468_459, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(4_703_198, 0).saturating_mul(w.into()))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(w.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(w.into())))
			.saturating_add(Weight::from_parts(0, 2556).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2723).saturating_mul(w.into()))
	}
	fn pause() -> Weight {
		Weight::from_parts(13_591_000, 1518)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn unpause() -> Weight {
		Weight::from_parts(12_899_000, 1518)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
}
