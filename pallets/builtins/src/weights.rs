
//! Weights for `pallet_builtins`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
//!
//! Date: 2026-12-02. Steps: `50`, repeat: `20`, chain: `Some("dev")`,
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

/// The weight of each call of `pallet_builtins`.
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
	fn card_remints() -> Weight;
	fn cid_listing() -> Weight;
	fn listing_price() -> Weight;
	fn mit_owner() -> Weight;
	fn mit_content() -> Weight;
	fn nft_owner() -> Weight;
	fn precompile_cid_of() -> Weight;
	fn precompile_owner_of() -> Weight;
	fn precompile_resolve() -> Weight;
	fn precompile_reputation_of() -> Weight;
	fn precompile_claim_of() -> Weight;
	fn precompile_value_of() -> Weight;
}

/// Measured weights, with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:1 w:0)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn mst_balance() -> Weight {
		// Proof size: measured `550`, estimated `3864`.
		// Minimum execution time: 15_894_000 ps.
		Weight::from_parts(20_901_000, 3864)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn mst_details() -> Weight {
		// Proof size: measured `638`, estimated `3864`.
		// Minimum execution time: 14_451_000 ps.
		Weight::from_parts(20_971_000, 3864)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:1)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Account` (r:2 w:2)
	/// Proof: `Assets::Account` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Escrowed` (r:1 w:0)
	/// Proof: `Mst::Escrowed` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	/// Storage: `Mst::Locks` (r:1 w:0)
	/// Proof: `Mst::Locks` (`max_values`: None, `max_size`: Some(8285), added: 10760, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn mst_transfer() -> Weight {
		// Proof size: measured `876`, estimated `11750`.
		// Minimum execution time: 99_248_000 ps.
		Weight::from_parts(150_844_000, 11750)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Cid::CidsOf` (r:1 w:0)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	fn cid_of() -> Weight {
		// Proof size: measured `647`, estimated `4539`.
		// Minimum execution time: 10_315_000 ps.
		Weight::from_parts(13_710_000, 4539)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	fn cid_owner() -> Weight {
		// Proof size: measured `1540`, estimated `3778`.
		// Minimum execution time: 11_677_000 ps.
		Weight::from_parts(16_034_000, 3778)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::CidByName` (r:1 w:0)
	/// Proof: `Cid::CidByName` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	fn resolve_name() -> Weight {
		// Proof size: measured `1569`, estimated `3778`.
		// Minimum execution time: 15_543_000 ps.
		Weight::from_parts(17_556_000, 3778)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Attestations` (r:1 w:0)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	fn reputation() -> Weight {
		// Proof size: measured `1619`, estimated `3778`.
		// Minimum execution time: 18_278_000 ps.
		Weight::from_parts(20_069_000, 3778)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:1 w:0)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn claim() -> Weight {
		// Proof size: measured `1706`, estimated `3778`.
		// Minimum execution time: 17_496_000 ps.
		Weight::from_parts(23_515_000, 3778)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `OracleFeeds::Values` (r:1 w:0)
	/// Proof: `OracleFeeds::Values` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn oracle_value() -> Weight {
		// Proof size: measured `209`, estimated `3530`.
		// Minimum execution time: 9_575_000 ps.
		Weight::from_parts(16_815_000, 3530)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	fn card_remints() -> Weight {
		// Proof size: measured `1836`, estimated `3778`.
		// Minimum execution time: 16_535_000 ps.
		Weight::from_parts(30_986_000, 3778)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingOfGood` (r:1 w:0)
	/// Proof: `Market::ListingOfGood` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Market::Listings` (r:1 w:0)
	/// Proof: `Market::Listings` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	fn cid_listing() -> Weight {
		// Proof size: measured `2227`, estimated `3778`.
		// Minimum execution time: 26_019_000 ps.
		Weight::from_parts(32_959_000, 3778)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Market::Listings` (r:1 w:0)
	/// Proof: `Market::Listings` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	fn listing_price() -> Weight {
		// Proof size: measured `370`, estimated `3620`.
		// Minimum execution time: 10_525_000 ps.
		Weight::from_parts(12_859_000, 3620)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Mit::MitBySymbol` (r:1 w:0)
	/// Proof: `Mit::MitBySymbol` (`max_values`: None, `max_size`: Some(90), added: 2565, mode: `MaxEncodedLen`)
	/// Storage: `Mit::Mits` (r:1 w:0)
	/// Proof: `Mit::Mits` (`max_values`: None, `max_size`: Some(1009), added: 3484, mode: `MaxEncodedLen`)
	fn mit_owner() -> Weight {
		// Proof size: measured `712`, estimated `4474`.
		// Minimum execution time: 13_440_000 ps.
		Weight::from_parts(18_477_000, 4474)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Mit::MitBySymbol` (r:1 w:0)
	/// Proof: `Mit::MitBySymbol` (`max_values`: None, `max_size`: Some(90), added: 2565, mode: `MaxEncodedLen`)
	/// Storage: `Mit::Mits` (r:1 w:0)
	/// Proof: `Mit::Mits` (`max_values`: None, `max_size`: Some(1009), added: 3484, mode: `MaxEncodedLen`)
	fn mit_content() -> Weight {
		// Proof size: measured `712`, estimated `4474`.
		// Minimum execution time: 13_520_000 ps.
		Weight::from_parts(18_437_000, 4474)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Nfts::Item` (r:1 w:0)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(717), added: 3192, mode: `MaxEncodedLen`)
	fn nft_owner() -> Weight {
		// Proof size: measured `385`, estimated `4182`.
		// Minimum execution time: 9_554_000 ps.
		Weight::from_parts(15_453_000, 4182)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Revive::OriginalAccount` (r:1 w:0)
	/// Proof: `Revive::OriginalAccount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:1 w:0)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	fn precompile_cid_of() -> Weight {
		// Proof size: measured `891`, estimated `4539`.
		// Minimum execution time: 15_593_000 ps.
		Weight::from_parts(17_386_000, 4539)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	fn precompile_owner_of() -> Weight {
		// Proof size: measured `1540`, estimated `3778`.
		// Minimum execution time: 11_968_000 ps.
		Weight::from_parts(13_319_000, 3778)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::CidByName` (r:1 w:0)
	/// Proof: `Cid::CidByName` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	fn precompile_resolve() -> Weight {
		// Proof size: measured `1603`, estimated `3778`.
		// Minimum execution time: 15_914_000 ps.
		Weight::from_parts(17_857_000, 3778)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Attestations` (r:1 w:0)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	fn precompile_reputation_of() -> Weight {
		// Proof size: measured `1619`, estimated `3778`.
		// Minimum execution time: 17_796_000 ps.
		Weight::from_parts(19_750_000, 3778)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::Claims` (r:1 w:0)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn precompile_claim_of() -> Weight {
		// Proof size: measured `362`, estimated `3606`.
		// Minimum execution time: 10_626_000 ps.
		Weight::from_parts(11_788_000, 3606)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `OracleFeeds::Values` (r:1 w:0)
	/// Proof: `OracleFeeds::Values` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn precompile_value_of() -> Weight {
		// Proof size: measured `209`, estimated `3530`.
		// Minimum execution time: 8_973_000 ps.
		Weight::from_parts(10_025_000, 3530)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn mst_balance() -> Weight {
		Weight::from_parts(20_901_000, 3864)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn mst_details() -> Weight {
		Weight::from_parts(20_971_000, 3864)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn mst_transfer() -> Weight {
		Weight::from_parts(150_844_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn cid_of() -> Weight {
		Weight::from_parts(13_710_000, 4539)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn cid_owner() -> Weight {
		Weight::from_parts(16_034_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn resolve_name() -> Weight {
		Weight::from_parts(17_556_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn reputation() -> Weight {
		Weight::from_parts(20_069_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn claim() -> Weight {
		Weight::from_parts(23_515_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn oracle_value() -> Weight {
		Weight::from_parts(16_815_000, 3530)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn card_remints() -> Weight {
		Weight::from_parts(30_986_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn cid_listing() -> Weight {
		Weight::from_parts(32_959_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn listing_price() -> Weight {
		Weight::from_parts(12_859_000, 3620)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn mit_owner() -> Weight {
		Weight::from_parts(18_477_000, 4474)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn mit_content() -> Weight {
		Weight::from_parts(18_437_000, 4474)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn nft_owner() -> Weight {
		Weight::from_parts(15_453_000, 4182)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn precompile_cid_of() -> Weight {
		Weight::from_parts(17_386_000, 4539)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn precompile_owner_of() -> Weight {
		Weight::from_parts(13_319_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn precompile_resolve() -> Weight {
		Weight::from_parts(17_857_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn precompile_reputation_of() -> Weight {
		Weight::from_parts(19_750_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn precompile_claim_of() -> Weight {
		Weight::from_parts(11_788_000, 3606)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn precompile_value_of() -> Weight {
		Weight::from_parts(10_025_000, 3530)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
}
