
//! Weights for `pallet_builtins`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
//!
//! Date: 2026-12-02. Steps: `50`, repeat: `20`, chain: `Some("dev")`,
//! execution: `Compiled`, machine: `vm` (`Intel(R) Xeon(R) Processor`).
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
		// Proof size: measured `516`, estimated `3864`.
		// Minimum execution time: 20_104_000 ps.
		Weight::from_parts(23_670_000, 3864)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Mst::Tokens` (r:1 w:0)
	/// Proof: `Mst::Tokens` (`max_values`: None, `max_size`: Some(399), added: 2874, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:1 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn mst_details() -> Weight {
		// Proof size: measured `604`, estimated `3864`.
		// Minimum execution time: 18_260_000 ps.
		Weight::from_parts(21_933_000, 3864)
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
		// Proof size: measured `842`, estimated `11750`.
		// Minimum execution time: 115_361_000 ps.
		Weight::from_parts(133_767_000, 11750)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Cid::CidsOf` (r:1 w:0)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	fn cid_of() -> Weight {
		// Proof size: measured `647`, estimated `4539`.
		// Minimum execution time: 13_473_000 ps.
		Weight::from_parts(16_333_000, 4539)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	fn cid_owner() -> Weight {
		// Proof size: measured `1540`, estimated `3778`.
		// Minimum execution time: 15_049_000 ps.
		Weight::from_parts(17_629_000, 3778)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::CidByName` (r:1 w:0)
	/// Proof: `Cid::CidByName` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	fn resolve_name() -> Weight {
		// Proof size: measured `1569`, estimated `3778`.
		// Minimum execution time: 20_335_000 ps.
		Weight::from_parts(24_423_000, 3778)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Attestations` (r:1 w:0)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	fn reputation() -> Weight {
		// Proof size: measured `1624`, estimated `3778`.
		// Minimum execution time: 23_862_000 ps.
		Weight::from_parts(31_508_000, 3778)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:1 w:0)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn claim() -> Weight {
		// Proof size: measured `1706`, estimated `3778`.
		// Minimum execution time: 22_931_000 ps.
		Weight::from_parts(29_348_000, 3778)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `OracleFeeds::Values` (r:1 w:0)
	/// Proof: `OracleFeeds::Values` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn oracle_value() -> Weight {
		// Proof size: measured `209`, estimated `3530`.
		// Minimum execution time: 11_492_000 ps.
		Weight::from_parts(22_678_000, 3530)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	fn card_remints() -> Weight {
		// Proof size: measured `1836`, estimated `3778`.
		// Minimum execution time: 21_815_000 ps.
		Weight::from_parts(41_571_000, 3778)
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
		// Minimum execution time: 32_795_000 ps.
		Weight::from_parts(60_800_000, 3778)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Market::Listings` (r:1 w:0)
	/// Proof: `Market::Listings` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	fn listing_price() -> Weight {
		// Proof size: measured `370`, estimated `3620`.
		// Minimum execution time: 13_329_000 ps.
		Weight::from_parts(19_625_000, 3620)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Mit::MitBySymbol` (r:1 w:0)
	/// Proof: `Mit::MitBySymbol` (`max_values`: None, `max_size`: Some(90), added: 2565, mode: `MaxEncodedLen`)
	/// Storage: `Mit::Mits` (r:1 w:0)
	/// Proof: `Mit::Mits` (`max_values`: None, `max_size`: Some(1009), added: 3484, mode: `MaxEncodedLen`)
	fn mit_owner() -> Weight {
		// Proof size: measured `712`, estimated `4474`.
		// Minimum execution time: 17_154_000 ps.
		Weight::from_parts(21_892_000, 4474)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Mit::MitBySymbol` (r:1 w:0)
	/// Proof: `Mit::MitBySymbol` (`max_values`: None, `max_size`: Some(90), added: 2565, mode: `MaxEncodedLen`)
	/// Storage: `Mit::Mits` (r:1 w:0)
	/// Proof: `Mit::Mits` (`max_values`: None, `max_size`: Some(1009), added: 3484, mode: `MaxEncodedLen`)
	fn mit_content() -> Weight {
		// Proof size: measured `712`, estimated `4474`.
		// Minimum execution time: 17_642_000 ps.
		Weight::from_parts(32_348_000, 4474)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	/// Storage: `Nfts::Item` (r:1 w:0)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(717), added: 3192, mode: `MaxEncodedLen`)
	fn nft_owner() -> Weight {
		// Proof size: measured `385`, estimated `4182`.
		// Minimum execution time: 12_060_000 ps.
		Weight::from_parts(15_276_000, 4182)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	// The six `precompile_*` weights are not measured yet: each is the measured weight of the
	// chain-extension function that makes the same read, plus 8 µs and one storage read for the
	// address mapping. Their benchmarks exist (`benchmarking.rs`); `scripts/bench.sh builtins`
	// replaces these with measured values.
	fn precompile_cid_of() -> Weight {
		Weight::from_parts(24_333_000, 4539)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	fn precompile_owner_of() -> Weight {
		Weight::from_parts(25_629_000, 3778)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	fn precompile_resolve() -> Weight {
		Weight::from_parts(32_423_000, 3778)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	fn precompile_reputation_of() -> Weight {
		Weight::from_parts(39_508_000, 3778)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	fn precompile_claim_of() -> Weight {
		Weight::from_parts(37_348_000, 3778)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(0))
	}
	fn precompile_value_of() -> Weight {
		Weight::from_parts(30_678_000, 3530)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(0))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn mst_balance() -> Weight {
		Weight::from_parts(23_670_000, 3864)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn mst_details() -> Weight {
		Weight::from_parts(21_933_000, 3864)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn mst_transfer() -> Weight {
		Weight::from_parts(133_767_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn cid_of() -> Weight {
		Weight::from_parts(16_333_000, 4539)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn cid_owner() -> Weight {
		Weight::from_parts(17_629_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn resolve_name() -> Weight {
		Weight::from_parts(24_423_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn reputation() -> Weight {
		Weight::from_parts(31_508_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn claim() -> Weight {
		Weight::from_parts(29_348_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn oracle_value() -> Weight {
		Weight::from_parts(22_678_000, 3530)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn card_remints() -> Weight {
		Weight::from_parts(41_571_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn cid_listing() -> Weight {
		Weight::from_parts(60_800_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn listing_price() -> Weight {
		Weight::from_parts(19_625_000, 3620)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn mit_owner() -> Weight {
		Weight::from_parts(21_892_000, 4474)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn mit_content() -> Weight {
		Weight::from_parts(32_348_000, 4474)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn nft_owner() -> Weight {
		Weight::from_parts(15_276_000, 4182)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn precompile_cid_of() -> Weight {
		Weight::from_parts(24_333_000, 4539)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn precompile_owner_of() -> Weight {
		Weight::from_parts(25_629_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn precompile_resolve() -> Weight {
		Weight::from_parts(32_423_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn precompile_reputation_of() -> Weight {
		Weight::from_parts(39_508_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn precompile_claim_of() -> Weight {
		Weight::from_parts(37_348_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
	fn precompile_value_of() -> Weight {
		Weight::from_parts(30_678_000, 3530)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(0))
	}
}
