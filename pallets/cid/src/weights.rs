
//! Weights for `pallet_cid`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
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

/// The weight of each call of `pallet_cid`.
pub trait WeightInfo {
	fn register() -> Weight;
	fn claim(s: u32, ) -> Weight;
	fn offer_transfer() -> Weight;
	fn accept_transfer() -> Weight;
	fn cancel_transfer() -> Weight;
	fn pay() -> Weight;
	fn set_name() -> Weight;
	fn clear_name() -> Weight;
	fn bond() -> Weight;
	fn unbond() -> Weight;
	fn mint_card() -> Weight;
	fn remint_card() -> Weight;
	fn add_registrar() -> Weight;
	fn remove_registrar() -> Weight;
	fn release() -> Weight;
	fn set_claim() -> Weight;
	fn remove_claim() -> Weight;
	fn adjust_reputation() -> Weight;
}

/// Measured weights, with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Cid::Registrars` (r:1 w:0)
	/// Proof: `Cid::Registrars` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:1 w:1)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidCount` (r:1 w:1)
	/// Proof: `Cid::CidCount` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiniPoint::Minted` (r:1 w:1)
	/// Proof: `MiniPoint::Minted` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `MiniPoint::CidsIssued` (r:1 w:1)
	/// Proof: `MiniPoint::CidsIssued` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register() -> Weight {
		// Proof size: measured `4488`, estimated `8799`.
		// Minimum execution time: 180_848_000 ps.
		Weight::from_parts(252_565_000, 8799)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(9))
	}
	/// Storage: `Cid::NextPublicCid` (r:1 w:1)
	/// Proof: `Cid::NextPublicCid` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:33 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:1 w:1)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidCount` (r:1 w:1)
	/// Proof: `Cid::CidCount` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiniPoint::Minted` (r:1 w:1)
	/// Proof: `MiniPoint::Minted` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `MiniPoint::CidsIssued` (r:1 w:1)
	/// Proof: `MiniPoint::CidsIssued` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn claim(s: u32, ) -> Weight {
		// Proof size: measured `5411`, estimated `6196`.
		// Minimum execution time: 228_339_000 ps.
		Weight::from_parts(276_190_621, 6196)
			.saturating_add(Weight::from_parts(7_211_919, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(9))
			.saturating_add(Weight::from_parts(0, 2788).saturating_mul(s.into()))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:0)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cid::TransferOffers` (r:1 w:1)
	/// Proof: `Cid::TransferOffers` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn offer_transfer() -> Weight {
		// Proof size: measured `1863`, estimated `3778`.
		// Minimum execution time: 32_127_000 ps.
		Weight::from_parts(51_537_000, 3778)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Cid::TransferOffers` (r:1 w:1)
	/// Proof: `Cid::TransferOffers` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:0)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:2 w:2)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
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
	/// Storage: `Nfts::Account` (r:0 w:2)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemPriceOf` (r:0 w:1)
	/// Proof: `Nfts::ItemPriceOf` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::PendingSwapOf` (r:0 w:1)
	/// Proof: `Nfts::PendingSwapOf` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	fn accept_transfer() -> Weight {
		// Proof size: measured `5822`, estimated `42846`.
		// Minimum execution time: 300_496_000 ps.
		Weight::from_parts(451_150_000, 42846)
			.saturating_add(T::DbWeight::get().reads(29))
			.saturating_add(T::DbWeight::get().writes(27))
	}
	/// Storage: `Cid::TransferOffers` (r:1 w:1)
	/// Proof: `Cid::TransferOffers` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	fn cancel_transfer() -> Weight {
		// Proof size: measured `1819`, estimated `3778`.
		// Minimum execution time: 28_152_000 ps.
		Weight::from_parts(52_488_000, 3778)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Cid::CidByName` (r:1 w:0)
	/// Proof: `Cid::CidByName` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
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
	fn pay() -> Weight {
		// Proof size: measured `2673`, estimated `11750`.
		// Minimum execution time: 116_153_000 ps.
		Weight::from_parts(184_324_000, 11750)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:0)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidByName` (r:1 w:2)
	/// Proof: `Cid::CidByName` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	fn set_name() -> Weight {
		// Proof size: measured `1827`, estimated `3778`.
		// Minimum execution time: 35_663_000 ps.
		Weight::from_parts(60_249_000, 3778)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:0)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidByName` (r:0 w:1)
	/// Proof: `Cid::CidByName` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	fn clear_name() -> Weight {
		// Proof size: measured `1781`, estimated `3778`.
		// Minimum execution time: 28_613_000 ps.
		Weight::from_parts(53_670_000, 3778)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:0)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Bonds` (r:1 w:1)
	/// Proof: `Cid::Bonds` (`max_values`: None, `max_size`: Some(561), added: 3036, mode: `MaxEncodedLen`)
	fn bond() -> Weight {
		// Proof size: measured `1909`, estimated `4026`.
		// Minimum execution time: 27_010_000 ps.
		Weight::from_parts(51_356_000, 4026)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:0)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Bonds` (r:1 w:1)
	/// Proof: `Cid::Bonds` (`max_values`: None, `max_size`: Some(561), added: 3036, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof size: measured `2289`, estimated `4026`.
		// Minimum execution time: 33_059_000 ps.
		Weight::from_parts(59_809_000, 4026)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:0)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:1 w:1)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(717), added: 3192, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:1 w:1)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemMetadataOf` (r:1 w:1)
	/// Proof: `Nfts::ItemMetadataOf` (`max_values`: None, `max_size`: Some(351), added: 2826, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:1 w:1)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:1)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	fn mint_card() -> Weight {
		// Proof size: measured `1875`, estimated `4182`.
		// Minimum execution time: 88_922_000 ps.
		Weight::from_parts(146_688_000, 4182)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:0)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:1 w:0)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::CollectionConfigOf` (r:1 w:0)
	/// Proof: `Nfts::CollectionConfigOf` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemMetadataOf` (r:1 w:1)
	/// Proof: `Nfts::ItemMetadataOf` (`max_values`: None, `max_size`: Some(351), added: 2826, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:3 w:3)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	fn remint_card() -> Weight {
		// Proof size: measured `2713`, estimated `9765`.
		// Minimum execution time: 148_040_000 ps.
		Weight::from_parts(234_558_000, 9765)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Cid::Registrars` (r:1 w:1)
	/// Proof: `Cid::Registrars` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CounterForRegistrars` (r:1 w:1)
	/// Proof: `Cid::CounterForRegistrars` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn add_registrar() -> Weight {
		// Proof size: measured `690`, estimated `3525`.
		// Minimum execution time: 18_006_000 ps.
		Weight::from_parts(31_307_000, 3525)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Cid::Registrars` (r:1 w:1)
	/// Proof: `Cid::Registrars` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CounterForRegistrars` (r:1 w:1)
	/// Proof: `Cid::CounterForRegistrars` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn remove_registrar() -> Weight {
		// Proof size: measured `286`, estimated `3525`.
		// Minimum execution time: 14_161_000 ps.
		Weight::from_parts(25_598_000, 3525)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::InEscrow` (r:1 w:0)
	/// Proof: `Cid::InEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:16 w:16)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Cid::TransferOffers` (r:1 w:0)
	/// Proof: `Cid::TransferOffers` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Attribute` (r:4 w:4)
	/// Proof: `Nfts::Attribute` (`max_values`: None, `max_size`: Some(450), added: 2925, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Collection` (r:1 w:1)
	/// Proof: `Nfts::Collection` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Creators::InEscrow` (r:1 w:0)
	/// Proof: `Creators::InEscrow` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemConfigOf` (r:1 w:1)
	/// Proof: `Nfts::ItemConfigOf` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Item` (r:1 w:1)
	/// Proof: `Nfts::Item` (`max_values`: None, `max_size`: Some(717), added: 3192, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemMetadataOf` (r:1 w:1)
	/// Proof: `Nfts::ItemMetadataOf` (`max_values`: None, `max_size`: Some(351), added: 2826, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:1 w:1)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidCount` (r:1 w:1)
	/// Proof: `Cid::CidCount` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `MiniPoint::Minted` (r:1 w:1)
	/// Proof: `MiniPoint::Minted` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Attestations` (r:1 w:0)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::OracleOfCid` (r:1 w:0)
	/// Proof: `Oracle::OracleOfCid` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Bonds` (r:0 w:1)
	/// Proof: `Cid::Bonds` (`max_values`: None, `max_size`: Some(561), added: 3036, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidByName` (r:0 w:1)
	/// Proof: `Cid::CidByName` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::Account` (r:0 w:1)
	/// Proof: `Nfts::Account` (`max_values`: None, `max_size`: Some(92), added: 2567, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemPriceOf` (r:0 w:1)
	/// Proof: `Nfts::ItemPriceOf` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::ItemAttributesApprovalsOf` (r:0 w:1)
	/// Proof: `Nfts::ItemAttributesApprovalsOf` (`max_values`: None, `max_size`: Some(557), added: 3032, mode: `MaxEncodedLen`)
	/// Storage: `Nfts::PendingSwapOf` (r:0 w:1)
	/// Proof: `Nfts::PendingSwapOf` (`max_values`: None, `max_size`: Some(79), added: 2554, mode: `MaxEncodedLen`)
	fn release() -> Weight {
		// Proof size: measured `7484`, estimated `42846`.
		// Minimum execution time: 353_154_000 ps.
		Weight::from_parts(484_440_000, 42846)
			.saturating_add(T::DbWeight::get().reads(36))
			.saturating_add(T::DbWeight::get().writes(37))
	}
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:1 w:1)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn set_claim() -> Weight {
		// Proof size: measured `1788`, estimated `3778`.
		// Minimum execution time: 26_630_000 ps.
		Weight::from_parts(47_851_000, 3778)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Cid::Claims` (r:1 w:1)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	fn remove_claim() -> Weight {
		// Proof size: measured `2177`, estimated `3778`.
		// Minimum execution time: 29_063_000 ps.
		Weight::from_parts(51_276_000, 3778)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	fn adjust_reputation() -> Weight {
		// Proof size: measured `1391`, estimated `3778`.
		// Minimum execution time: 15_974_000 ps.
		Weight::from_parts(29_314_000, 3778)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn register() -> Weight {
		Weight::from_parts(252_565_000, 8799)
			.saturating_add(ParityDbWeight::get().reads(10))
			.saturating_add(ParityDbWeight::get().writes(9))
	}
	fn claim(s: u32, ) -> Weight {
		Weight::from_parts(276_190_621, 6196)
			.saturating_add(Weight::from_parts(7_211_919, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(ParityDbWeight::get().writes(9))
			.saturating_add(Weight::from_parts(0, 2788).saturating_mul(s.into()))
	}
	fn offer_transfer() -> Weight {
		Weight::from_parts(51_537_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn accept_transfer() -> Weight {
		Weight::from_parts(451_150_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(29))
			.saturating_add(ParityDbWeight::get().writes(27))
	}
	fn cancel_transfer() -> Weight {
		Weight::from_parts(52_488_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn pay() -> Weight {
		Weight::from_parts(184_324_000, 11750)
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn set_name() -> Weight {
		Weight::from_parts(60_249_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn clear_name() -> Weight {
		Weight::from_parts(53_670_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn bond() -> Weight {
		Weight::from_parts(51_356_000, 4026)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn unbond() -> Weight {
		Weight::from_parts(59_809_000, 4026)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn mint_card() -> Weight {
		Weight::from_parts(146_688_000, 4182)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(7))
	}
	fn remint_card() -> Weight {
		Weight::from_parts(234_558_000, 9765)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(8))
	}
	fn add_registrar() -> Weight {
		Weight::from_parts(31_307_000, 3525)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn remove_registrar() -> Weight {
		Weight::from_parts(25_598_000, 3525)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn release() -> Weight {
		Weight::from_parts(484_440_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(36))
			.saturating_add(ParityDbWeight::get().writes(37))
	}
	fn set_claim() -> Weight {
		Weight::from_parts(47_851_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn remove_claim() -> Weight {
		Weight::from_parts(51_276_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn adjust_reputation() -> Weight {
		Weight::from_parts(29_314_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
}
