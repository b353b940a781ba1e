
//! Weights for `pallet_market`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
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

/// The weight of each call of `pallet_market`.
pub trait WeightInfo {
	fn list_dutch() -> Weight;
	fn list_english() -> Weight;
	fn list_fixed() -> Weight;
	fn buy(o: u32, ) -> Weight;
	fn bid() -> Weight;
	fn settle() -> Weight;
	fn make_offer() -> Weight;
	fn withdraw_offer() -> Weight;
	fn accept_offer(o: u32, ) -> Weight;
	fn cancel(o: u32, ) -> Weight;
	fn set_fee() -> Weight;
	fn set_paused() -> Weight;
}

/// Measured weights, with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Market::Paused` (r:1 w:0)
	/// Proof: `Market::Paused` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingOfGood` (r:1 w:1)
	/// Proof: `Market::ListingOfGood` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextListingId` (r:1 w:1)
	/// Proof: `Market::NextListingId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingsBySeller` (r:1 w:1)
	/// Proof: `Market::ListingsBySeller` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:1)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Market::Listings` (r:0 w:1)
	/// Proof: `Market::Listings` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	fn list_dutch() -> Weight {
		// Proof size: measured `3637`, estimated `4027`.
		// Minimum execution time: 97_114_000 ps.
		Weight::from_parts(128_110_000, 4027)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Market::Paused` (r:1 w:0)
	/// Proof: `Market::Paused` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingOfGood` (r:1 w:1)
	/// Proof: `Market::ListingOfGood` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextListingId` (r:1 w:1)
	/// Proof: `Market::NextListingId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingsBySeller` (r:1 w:1)
	/// Proof: `Market::ListingsBySeller` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:1)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Market::Listings` (r:0 w:1)
	/// Proof: `Market::Listings` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	fn list_english() -> Weight {
		// Proof size: measured `1857`, estimated `4027`.
		// Minimum execution time: 37_866_000 ps.
		Weight::from_parts(44_135_000, 4027)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Market::Paused` (r:1 w:0)
	/// Proof: `Market::Paused` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingOfGood` (r:1 w:1)
	/// Proof: `Market::ListingOfGood` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextListingId` (r:1 w:1)
	/// Proof: `Market::NextListingId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingsBySeller` (r:1 w:1)
	/// Proof: `Market::ListingsBySeller` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:1)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Market::Listings` (r:0 w:1)
	/// Proof: `Market::Listings` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	fn list_fixed() -> Weight {
		// Proof size: measured `1857`, estimated `4027`.
		// Minimum execution time: 37_916_000 ps.
		Weight::from_parts(60_560_000, 4027)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Market::Paused` (r:1 w:0)
	/// Proof: `Market::Paused` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `Market::Listings` (r:1 w:1)
	/// Proof: `Market::Listings` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:2 w:2)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Market::MarketFee` (r:1 w:0)
	/// Proof: `Market::MarketFee` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:20 w:20)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:1)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cid::TransferOffers` (r:1 w:0)
	/// Proof: `Cid::TransferOffers` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:16 w:16)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:1 w:1)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Creators::InEscrow` (r:1 w:0)
	/// Proof: `Creators::InEscrow` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:1 w:0)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:1 w:1)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(717), added: 3192, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Attestations` (r:1 w:0)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::OracleOfCid` (r:1 w:0)
	/// Proof: `Oracle::OracleOfCid` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingsBySeller` (r:1 w:1)
	/// Proof: `Market::ListingsBySeller` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(793), added: 3268, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:16 w:16)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingOfGood` (r:0 w:1)
	/// Proof: `Market::ListingOfGood` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:2)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemPriceOf` (r:0 w:1)
	/// Proof: `Nfts::ItemPriceOf` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::PendingSwapOf` (r:0 w:1)
	/// Proof: `Nfts::PendingSwapOf` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	fn buy(o: u32, ) -> Weight {
		// Proof size: measured `5683`, estimated `42846`.
		// Minimum execution time: 328_478_000 ps.
		Weight::from_parts(386_583_548, 42846)
			.saturating_add(Weight::from_parts(52_125_979, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(38))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(35))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2830).saturating_mul(o.into()))
	}
	/// Storage: `Market::Paused` (r:1 w:0)
	/// Proof: `Market::Paused` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `Market::Listings` (r:1 w:1)
	/// Proof: `Market::Listings` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:1 w:0)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	fn bid() -> Weight {
		// Proof size: measured `2921`, estimated `6650`.
		// Minimum execution time: 124_204_000 ps.
		Weight::from_parts(142_031_000, 6650)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Market::Paused` (r:1 w:0)
	/// Proof: `Market::Paused` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `Market::Listings` (r:1 w:1)
	/// Proof: `Market::Listings` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:2 w:2)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Market::MarketFee` (r:1 w:0)
	/// Proof: `Market::MarketFee` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:1)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cid::TransferOffers` (r:1 w:0)
	/// Proof: `Cid::TransferOffers` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:16 w:16)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:1 w:1)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Creators::InEscrow` (r:1 w:0)
	/// Proof: `Creators::InEscrow` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:1 w:0)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:1 w:1)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(717), added: 3192, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Attestations` (r:1 w:0)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::OracleOfCid` (r:1 w:0)
	/// Proof: `Oracle::OracleOfCid` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingsBySeller` (r:1 w:1)
	/// Proof: `Market::ListingsBySeller` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:1 w:0)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(793), added: 3268, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingOfGood` (r:0 w:1)
	/// Proof: `Market::ListingOfGood` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:2)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemPriceOf` (r:0 w:1)
	/// Proof: `Nfts::ItemPriceOf` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::PendingSwapOf` (r:0 w:1)
	/// Proof: `Nfts::PendingSwapOf` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	fn settle() -> Weight {
		// Proof size: measured `5821`, estimated `42846`.
		// Minimum execution time: 369_749_000 ps.
		Weight::from_parts(475_546_000, 42846)
			.saturating_add(T::DbWeight::get().reads(39))
			.saturating_add(T::DbWeight::get().writes(35))
	}
	/// Storage: `Market::Paused` (r:1 w:0)
	/// Proof: `Market::Paused` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `Market::Listings` (r:1 w:0)
	/// Proof: `Market::Listings` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:1 w:0)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(793), added: 3268, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	fn make_offer() -> Weight {
		// Proof size: measured `4127`, estimated `6650`.
		// Minimum execution time: 137_104_000 ps.
		Weight::from_parts(205_446_000, 6650)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(793), added: 3268, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	fn withdraw_offer() -> Weight {
		// Proof size: measured `1725`, estimated `4258`.
		// Minimum execution time: 60_229_000 ps.
		Weight::from_parts(71_176_000, 4258)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Market::Paused` (r:1 w:0)
	/// Proof: `Market::Paused` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `Market::Listings` (r:1 w:1)
	/// Proof: `Market::Listings` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(793), added: 3268, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:2 w:2)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:19 w:19)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:16 w:16)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Market::MarketFee` (r:1 w:0)
	/// Proof: `Market::MarketFee` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:1)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cid::TransferOffers` (r:1 w:0)
	/// Proof: `Cid::TransferOffers` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:16 w:16)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:1 w:1)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Creators::InEscrow` (r:1 w:0)
	/// Proof: `Creators::InEscrow` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:1 w:0)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:1 w:1)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(717), added: 3192, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Attestations` (r:1 w:0)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::OracleOfCid` (r:1 w:0)
	/// Proof: `Oracle::OracleOfCid` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingsBySeller` (r:1 w:1)
	/// Proof: `Market::ListingsBySeller` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingOfGood` (r:0 w:1)
	/// Proof: `Market::ListingOfGood` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:2)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemPriceOf` (r:0 w:1)
	/// Proof: `Nfts::ItemPriceOf` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::PendingSwapOf` (r:0 w:1)
	/// Proof: `Nfts::PendingSwapOf` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	fn accept_offer(o: u32, ) -> Weight {
		// Proof size: measured `5589`, estimated `42846`.
		// Minimum execution time: 373_044_000 ps.
		Weight::from_parts(375_148_791, 42846)
			.saturating_add(Weight::from_parts(44_328_653, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(37))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(34))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2830).saturating_mul(o.into()))
	}
	/// Storage: `Market::Listings` (r:1 w:1)
	/// Proof: `Market::Listings` (`max_values`: None, `max_size`: Some(155), added: 2630, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingsBySeller` (r:1 w:1)
	/// Proof: `Market::ListingsBySeller` (`max_values`: None, `max_size`: Some(562), added: 3037, mode: `MaxEncodedLen`)
	/// Storage: `Market::Offers` (r:1 w:1)
	/// Proof: `Market::Offers` (`max_values`: None, `max_size`: Some(793), added: 3268, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:16 w:16)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:16 w:16)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Market::ListingOfGood` (r:0 w:1)
	/// Proof: `Market::ListingOfGood` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:0 w:1)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn cancel(o: u32, ) -> Weight {
		// Proof size: measured `499`, estimated `4258`.
		// Minimum execution time: 27_681_000 ps.
		Weight::from_parts(37_135_154, 4258)
			.saturating_add(Weight::from_parts(45_309_269, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(o.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2830).saturating_mul(o.into()))
	}
	/// Storage: `Market::MarketFee` (r:0 w:1)
	/// Proof: `Market::MarketFee` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	fn set_fee() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 4_797_000 ps.
		Weight::from_parts(7_381_000, 0)
			.saturating_add(T::DbWeight::get().reads(0))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Market::Paused` (r:0 w:1)
	/// Proof: `Market::Paused` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	fn set_paused() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 4_727_000 ps.
		Weight::from_parts(5_549_000, 0)
			.saturating_add(T::DbWeight::get().reads(0))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn list_dutch() -> Weight {
		Weight::from_parts(128_110_000, 4027)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn list_english() -> Weight {
		Weight::from_parts(44_135_000, 4027)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn list_fixed() -> Weight {
		Weight::from_parts(60_560_000, 4027)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn buy(o: u32, ) -> Weight {
		Weight::from_parts(386_583_548, 42846)
			.saturating_add(Weight::from_parts(52_125_979, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(38))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(35))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2830).saturating_mul(o.into()))
	}
	fn bid() -> Weight {
		Weight::from_parts(142_031_000, 6650)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn settle() -> Weight {
		Weight::from_parts(475_546_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(39))
			.saturating_add(ParityDbWeight::get().writes(35))
	}
	fn make_offer() -> Weight {
		Weight::from_parts(205_446_000, 6650)
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn withdraw_offer() -> Weight {
		Weight::from_parts(71_176_000, 4258)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn accept_offer(o: u32, ) -> Weight {
		Weight::from_parts(375_148_791, 42846)
			.saturating_add(Weight::from_parts(44_328_653, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(37))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(34))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2830).saturating_mul(o.into()))
	}
	fn cancel(o: u32, ) -> Weight {
		Weight::from_parts(37_135_154, 4258)
			.saturating_add(Weight::from_parts(45_309_269, 0).saturating_mul(o.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(o.into())))
			.saturating_add(ParityDbWeight::get().writes(5))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2830).saturating_mul(o.into()))
	}
	fn set_fee() -> Weight {
		Weight::from_parts(7_381_000, 0)
			.saturating_add(ParityDbWeight::get().reads(0))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn set_paused() -> Weight {
		Weight::from_parts(5_549_000, 0)
			.saturating_add(ParityDbWeight::get().reads(0))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
}
