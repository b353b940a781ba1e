
//! Weights for `pallet_mst`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
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

/// The weight of each call of `pallet_mst`.
pub trait WeightInfo {
	fn issue() -> Weight;
	fn transfer() -> Weight;
	fn secondary_issue() -> Weight;
	fn lock() -> Weight;
	fn transfer_locked() -> Weight;
	fn allow_locks_from() -> Weight;
	fn disallow_locks_from() -> Weight;
	fn try_unlock() -> Weight;
	fn create_swap() -> Weight;
	fn accept_swap() -> Weight;
	fn cancel_swap() -> Weight;
	fn burn() -> Weight;
	fn place_order(m: u32, ) -> Weight;
	fn cancel_order() -> Weight;
	fn issue_naming_cert() -> Weight;
	fn transfer_cert() -> Weight;
	fn create_offering() -> Weight;
	fn participate() -> Weight;
	fn close_offering() -> Weight;
}

/// Measured weights, with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Mst::Tokens` (r:1 w:1)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Certs` (r:2 w:2)
	/// Proof: `Mst::Certs` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Mst::NextAssetId` (r:1 w:1)
	/// Proof: `Mst::NextAssetId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Metadata` (r:1 w:1)
	/// Proof: `Assets::Metadata` (`max_values`: None, `max_size`: Some(170), added: 2645, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:1 w:1)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	/// Storage: `Mst::SymbolOf` (r:0 w:1)
	/// Proof: `Mst::SymbolOf` (`max_values`: None, `max_size`: Some(78), added: 2553, mode: `MaxEncodedLen`)
	fn issue() -> Weight {
		// Proof size: measured `1172`, estimated `11750`.
		// Minimum execution time: 217_794_000 ps.
		Weight::from_parts(323_180_000, 11750)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:0)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:1 w:0)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn transfer() -> Weight {
		// Proof size: measured `8935`, estimated `11750`.
		// Minimum execution time: 124_204_000 ps.
		Weight::from_parts(139_478_000, 11750)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Certs` (r:1 w:0)
	/// Proof: `Mst::Certs` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:1 w:1)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	fn secondary_issue() -> Weight {
		// Proof size: measured `8030`, estimated `11750`.
		// Minimum execution time: 108_421_000 ps.
		Weight::from_parts(131_736_000, 11750)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:0)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:1 w:1)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	fn lock() -> Weight {
		// Proof size: measured `7783`, estimated `11750`.
		// Minimum execution time: 89_873_000 ps.
		Weight::from_parts(100_769_000, 11750)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Mst::LockSenders` (r:1 w:0)
	/// Proof: `Mst::LockSenders` (`max_values`: None, `max_size`: Some(561), added: 3036, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:0)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:2 w:1)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	fn transfer_locked() -> Weight {
		// Proof size: measured `15909`, estimated `22510`.
		// Minimum execution time: 175_261_000 ps.
		Weight::from_parts(191_855_000, 22510)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Mst::LockSenders` (r:1 w:1)
	/// Proof: `Mst::LockSenders` (`max_values`: None, `max_size`: Some(561), added: 3036, mode: `MaxEncodedLen`)
	fn allow_locks_from() -> Weight {
		// Proof size: measured `761`, estimated `4026`.
		// Minimum execution time: 13_480_000 ps.
		Weight::from_parts(18_317_000, 4026)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Mst::LockSenders` (r:1 w:1)
	/// Proof: `Mst::LockSenders` (`max_values`: None, `max_size`: Some(561), added: 3036, mode: `MaxEncodedLen`)
	fn disallow_locks_from() -> Weight {
		// Proof size: measured `793`, estimated `4026`.
		// Minimum execution time: 13_410_000 ps.
		Weight::from_parts(19_810_000, 4026)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:1 w:1)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	/// Storage: `OracleFeeds::Values` (r:1 w:0)
	/// Proof: `OracleFeeds::Values` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn try_unlock() -> Weight {
		// Proof size: measured `7473`, estimated `11750`.
		// Minimum execution time: 34_911_000 ps.
		Weight::from_parts(46_209_000, 11750)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Mst::OpenSwaps` (r:1 w:1)
	/// Proof: `Mst::OpenSwaps` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:1)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:1 w:0)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	/// Storage: `Mst::NextSwapId` (r:1 w:1)
	/// Proof: `Mst::NextSwapId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Swaps` (r:0 w:1)
	/// Proof: `Mst::Swaps` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	fn create_swap() -> Weight {
		// Proof size: measured `8835`, estimated `11750`.
		// Minimum execution time: 56_443_000 ps.
		Weight::from_parts(87_650_000, 11750)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Mst::Swaps` (r:1 w:1)
	/// Proof: `Mst::Swaps` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:4 w:4)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:2 w:2)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:2 w:1)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:2 w:0)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Mst::OpenSwaps` (r:1 w:1)
	/// Proof: `Mst::OpenSwaps` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn accept_swap() -> Weight {
		// Proof size: measured `9419`, estimated `22510`.
		// Minimum execution time: 222_140_000 ps.
		Weight::from_parts(325_123_000, 22510)
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().writes(11))
	}
	/// Storage: `Mst::Swaps` (r:1 w:1)
	/// Proof: `Mst::Swaps` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:1)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Mst::OpenSwaps` (r:1 w:1)
	/// Proof: `Mst::OpenSwaps` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn cancel_swap() -> Weight {
		// Proof size: measured `491`, estimated `3588`.
		// Minimum execution time: 24_016_000 ps.
		Weight::from_parts(41_752_000, 3588)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:1)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:0)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:1 w:0)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	fn burn() -> Weight {
		// Proof size: measured `8761`, estimated `11750`.
		// Minimum execution time: 105_427_000 ps.
		Weight::from_parts(162_041_000, 11750)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Mst::SymbolOf` (r:1 w:0)
	/// Proof: `Mst::SymbolOf` (`max_values`: None, `max_size`: Some(78), added: 2553, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:17 w:17)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Books` (r:2 w:2)
	/// Proof: `Mst::Books` (`max_values`: None, `max_size`: Some(11300), added: 13775, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:16 w:16)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:17 w:17)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:16 w:0)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	/// Storage: `Mst::OrdersOf` (r:17 w:17)
	/// Proof: `Mst::OrdersOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Mst::NextOrderId` (r:1 w:1)
	/// Proof: `Mst::NextOrderId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Mst::OrderBook` (r:0 w:17)
	/// Proof: `Mst::OrderBook` (`max_values`: None, `max_size`: Some(22), added: 2497, mode: `MaxEncodedLen`)
	fn place_order(m: u32, ) -> Weight {
		// Proof size: measured `28234`, estimated `28540`.
		// Minimum execution time: 185_796_000 ps.
		Weight::from_parts(404_394_354, 28540)
			.saturating_add(Weight::from_parts(139_064_908, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(9))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 10760).saturating_mul(m.into()))
	}
	/// Storage: `Mst::OrderBook` (r:1 w:1)
	/// Proof: `Mst::OrderBook` (`max_values`: None, `max_size`: Some(22), added: 2497, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Books` (r:1 w:1)
	/// Proof: `Mst::Books` (`max_values`: None, `max_size`: Some(11300), added: 13775, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:1)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Mst::OrdersOf` (r:1 w:1)
	/// Proof: `Mst::OrdersOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	fn cancel_order() -> Weight {
		// Proof size: measured `13790`, estimated `14765`.
		// Minimum execution time: 93_770_000 ps.
		Weight::from_parts(122_422_000, 14765)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Mst::Certs` (r:2 w:1)
	/// Proof: `Mst::Certs` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	fn issue_naming_cert() -> Weight {
		// Proof size: measured `383`, estimated `6186`.
		// Minimum execution time: 24_827_000 ps.
		Weight::from_parts(36_064_000, 6186)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Mst::Certs` (r:1 w:1)
	/// Proof: `Mst::Certs` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	fn transfer_cert() -> Weight {
		// Proof size: measured `329`, estimated `3588`.
		// Minimum execution time: 18_537_000 ps.
		Weight::from_parts(34_912_000, 3588)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Certs` (r:1 w:0)
	/// Proof: `Mst::Certs` (`max_values`: None, `max_size`: Some(123), added: 2598, mode: `MaxEncodedLen`)
	/// Storage: `Mst::OpenOfferings` (r:1 w:1)
	/// Proof: `Mst::OpenOfferings` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:1)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:1 w:0)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	/// Storage: `Mst::NextOfferingId` (r:1 w:1)
	/// Proof: `Mst::NextOfferingId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Offerings` (r:0 w:1)
	/// Proof: `Mst::Offerings` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	fn create_offering() -> Weight {
		// Proof size: measured `9081`, estimated `11750`.
		// Minimum execution time: 65_808_000 ps.
		Weight::from_parts(106_488_000, 11750)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Mst::Offerings` (r:1 w:1)
	/// Proof: `Mst::Offerings` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:1 w:0)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Mst::SymbolOf` (r:1 w:0)
	/// Proof: `Mst::SymbolOf` (`max_values`: None, `max_size`: Some(78), added: 2553, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:1)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:1 w:0)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	fn participate() -> Weight {
		// Proof size: measured `10067`, estimated `11750`.
		// Minimum execution time: 178_005_000 ps.
		Weight::from_parts(276_331_000, 11750)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Mst::Offerings` (r:1 w:1)
	/// Proof: `Mst::Offerings` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:1)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Mst::OpenOfferings` (r:1 w:1)
	/// Proof: `Mst::OpenOfferings` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn close_offering() -> Weight {
		// Proof size: measured `460`, estimated `3557`.
		// Minimum execution time: 22_924_000 ps.
		Weight::from_parts(36_595_000, 3557)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn issue() -> Weight {
		Weight::from_parts(323_180_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn transfer() -> Weight {
		Weight::from_parts(139_478_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn secondary_issue() -> Weight {
		Weight::from_parts(131_736_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn lock() -> Weight {
		Weight::from_parts(100_769_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn transfer_locked() -> Weight {
		Weight::from_parts(191_855_000, 22510)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn allow_locks_from() -> Weight {
		Weight::from_parts(18_317_000, 4026)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn disallow_locks_from() -> Weight {
		Weight::from_parts(19_810_000, 4026)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn try_unlock() -> Weight {
		Weight::from_parts(46_209_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn create_swap() -> Weight {
		Weight::from_parts(87_650_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn accept_swap() -> Weight {
		Weight::from_parts(325_123_000, 22510)
			.saturating_add(ParityDbWeight::get().reads(14))
			.saturating_add(ParityDbWeight::get().writes(11))
	}
	fn cancel_swap() -> Weight {
		Weight::from_parts(41_752_000, 3588)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn burn() -> Weight {
		Weight::from_parts(162_041_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn place_order(m: u32, ) -> Weight {
		Weight::from_parts(404_394_354, 28540)
			.saturating_add(Weight::from_parts(139_064_908, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(10))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(9))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 10760).saturating_mul(m.into()))
	}
	fn cancel_order() -> Weight {
		Weight::from_parts(122_422_000, 14765)
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn issue_naming_cert() -> Weight {
		Weight::from_parts(36_064_000, 6186)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn transfer_cert() -> Weight {
		Weight::from_parts(34_912_000, 3588)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn create_offering() -> Weight {
		Weight::from_parts(106_488_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn participate() -> Weight {
		Weight::from_parts(276_331_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(7))
	}
	fn close_offering() -> Weight {
		Weight::from_parts(36_595_000, 3557)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
}
