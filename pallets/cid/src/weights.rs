
//! Weights for `pallet_cid`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
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
	/// Proof: `Cid::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:1 w:1)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidCount` (r:1 w:1)
	/// Proof: `Cid::CidCount` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiniPoint::Minted` (r:1 w:1)
	/// Proof: `MiniPoint::Minted` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `MiniPoint::CidsIssued` (r:1 w:1)
	/// Proof: `MiniPoint::CidsIssued` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn register() -> Weight {
		// Proof size: measured `4401`, estimated `8799`.
		// Minimum execution time: 112_147_000 ps.
		Weight::from_parts(115_983_000, 8799)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(9))
	}
	/// Storage: `Cid::NextPublicCid` (r:1 w:1)
	/// Proof: `Cid::NextPublicCid` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:33 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:1 w:1)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidCount` (r:1 w:1)
	/// Proof: `Cid::CidCount` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiniPoint::Minted` (r:1 w:1)
	/// Proof: `MiniPoint::Minted` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `MiniPoint::CidsIssued` (r:1 w:1)
	/// Proof: `MiniPoint::CidsIssued` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn claim(s: u32, ) -> Weight {
		// Proof size: measured `5336`, estimated `6196`.
		// Minimum execution time: 111_737_000 ps.
		Weight::from_parts(115_802_157, 6196)
			.saturating_add(Weight::from_parts(3_711_145, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(9))
			.saturating_add(Weight::from_parts(0, 2753).saturating_mul(s.into()))
	}
	// Not yet measured (the calls are new): upper bounds from measured calls doing more work,
	// until `scripts/bench.sh cid` runs. `offer_transfer`/`cancel_transfer`: `set_name` (1 read
	// and write more); `accept_transfer`: the old `transfer` (the same move) plus the offer;
	// `pay`: `Mst::transfer` plus the name lookup.
	fn offer_transfer() -> Weight {
		Weight::from_parts(22_103_000, 3743)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn accept_transfer() -> Weight {
		Weight::from_parts(54_291_000, 42846)
			.saturating_add(T::DbWeight::get().reads(20))
			.saturating_add(T::DbWeight::get().writes(20))
	}
	fn cancel_transfer() -> Weight {
		Weight::from_parts(22_103_000, 3743)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn pay() -> Weight {
		Weight::from_parts(160_795_000 + 22_103_000, 11750 + 3743)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidByName` (r:1 w:2)
	/// Proof: `Cid::CidByName` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	fn set_name() -> Weight {
		// Proof size: measured `1748`, estimated `3743`.
		// Minimum execution time: 20_841_000 ps.
		Weight::from_parts(22_103_000, 3743)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidByName` (r:0 w:1)
	/// Proof: `Cid::CidByName` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	fn clear_name() -> Weight {
		// Proof size: measured `1702`, estimated `3743`.
		// Minimum execution time: 14_792_000 ps.
		Weight::from_parts(15_753_000, 3743)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Bonds` (r:1 w:1)
	/// Proof: `Cid::Bonds` (`max_values`: None, `max_size`: Some(561), added: 3036, mode: `MaxEncodedLen`)
	fn bond() -> Weight {
		// Proof size: measured `1909`, estimated `4026`.
		// Minimum execution time: 16_264_000 ps.
		Weight::from_parts(17_396_000, 4026)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Bonds` (r:1 w:1)
	/// Proof: `Cid::Bonds` (`max_values`: None, `max_size`: Some(561), added: 3036, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof size: measured `2254`, estimated `4026`.
		// Minimum execution time: 17_125_000 ps.
		Weight::from_parts(18_227_000, 4026)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	// Interim upper bounds until `scripts/bench.sh cid` measures them: a pallet-nfts mint with
	// metadata and a transfer lock, or a remint's transfer, metadata and three attributes.
	fn mint_card() -> Weight {
		Weight::from_parts(90_000_000, 12000)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	fn remint_card() -> Weight {
		Weight::from_parts(180_000_000, 16000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	/// Storage: `Cid::Registrars` (r:1 w:1)
	/// Proof: `Cid::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CounterForRegistrars` (r:1 w:1)
	/// Proof: `Cid::CounterForRegistrars` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn add_registrar() -> Weight {
		// Proof size: measured `690`, estimated `3513`.
		// Minimum execution time: 13_380_000 ps.
		Weight::from_parts(14_191_000, 3513)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Cid::Registrars` (r:1 w:1)
	/// Proof: `Cid::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CounterForRegistrars` (r:1 w:1)
	/// Proof: `Cid::CounterForRegistrars` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn remove_registrar() -> Weight {
		// Proof size: measured `274`, estimated `3513`.
		// Minimum execution time: 10_646_000 ps.
		Weight::from_parts(11_367_000, 3513)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:16 w:16)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidsOf` (r:1 w:1)
	/// Proof: `Cid::CidsOf` (`max_values`: None, `max_size`: Some(1074), added: 3549, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidCount` (r:1 w:1)
	/// Proof: `Cid::CidCount` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(67), added: 2542, mode: `MaxEncodedLen`)
	/// Storage: `MiniPoint::Minted` (r:1 w:1)
	/// Proof: `MiniPoint::Minted` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Bonds` (r:0 w:1)
	/// Proof: `Cid::Bonds` (`max_values`: None, `max_size`: Some(561), added: 3036, mode: `MaxEncodedLen`)
	/// Storage: `Cid::CidByName` (r:0 w:1)
	/// Proof: `Cid::CidByName` (`max_values`: None, `max_size`: Some(57), added: 2532, mode: `MaxEncodedLen`)
	fn release() -> Weight {
		// Proof size: measured `5969`, estimated `42846`.
		// Minimum execution time: 112_738_000 ps.
		Weight::from_parts(116_084_000, 42846)
			.saturating_add(T::DbWeight::get().reads(22))
			.saturating_add(T::DbWeight::get().writes(24))
	}
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:1 w:1)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn set_claim() -> Weight {
		// Proof size: measured `1788`, estimated `3743`.
		// Minimum execution time: 19_319_000 ps.
		Weight::from_parts(20_461_000, 3743)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Cid::Claims` (r:1 w:1)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	fn remove_claim() -> Weight {
		// Proof size: measured `2142`, estimated `3743`.
		// Minimum execution time: 17_506_000 ps.
		Weight::from_parts(18_728_000, 3743)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	fn adjust_reputation() -> Weight {
		// Proof size: measured `1391`, estimated `3743`.
		// Minimum execution time: 11_347_000 ps.
		Weight::from_parts(12_028_000, 3743)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn register() -> Weight {
		Weight::from_parts(115_983_000, 8799)
			.saturating_add(ParityDbWeight::get().reads(10))
			.saturating_add(ParityDbWeight::get().writes(9))
	}
	fn claim(s: u32, ) -> Weight {
		Weight::from_parts(115_802_157, 6196)
			.saturating_add(Weight::from_parts(3_711_145, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(ParityDbWeight::get().writes(9))
			.saturating_add(Weight::from_parts(0, 2753).saturating_mul(s.into()))
	}
	// Not yet measured (the calls are new): upper bounds from measured calls doing more work,
	// until `scripts/bench.sh cid` runs. `offer_transfer`/`cancel_transfer`: `set_name` (1 read
	// and write more); `accept_transfer`: the old `transfer` (the same move) plus the offer;
	// `pay`: `Mst::transfer` plus the name lookup.
	fn offer_transfer() -> Weight {
		Weight::from_parts(22_103_000, 3743)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn accept_transfer() -> Weight {
		Weight::from_parts(54_291_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(20))
			.saturating_add(ParityDbWeight::get().writes(20))
	}
	fn cancel_transfer() -> Weight {
		Weight::from_parts(22_103_000, 3743)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn pay() -> Weight {
		Weight::from_parts(160_795_000 + 22_103_000, 11750 + 3743)
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn set_name() -> Weight {
		Weight::from_parts(22_103_000, 3743)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn clear_name() -> Weight {
		Weight::from_parts(15_753_000, 3743)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn bond() -> Weight {
		Weight::from_parts(17_396_000, 4026)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn unbond() -> Weight {
		Weight::from_parts(18_227_000, 4026)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	// Interim upper bounds until `scripts/bench.sh cid` measures them: a pallet-nfts mint with
	// metadata and a transfer lock, or a remint's transfer, metadata and three attributes.
	fn mint_card() -> Weight {
		Weight::from_parts(90_000_000, 12000)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(10))
	}
	fn remint_card() -> Weight {
		Weight::from_parts(180_000_000, 16000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn add_registrar() -> Weight {
		Weight::from_parts(14_191_000, 3513)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn remove_registrar() -> Weight {
		Weight::from_parts(11_367_000, 3513)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn release() -> Weight {
		Weight::from_parts(116_084_000, 42846)
			.saturating_add(ParityDbWeight::get().reads(22))
			.saturating_add(ParityDbWeight::get().writes(24))
	}
	fn set_claim() -> Weight {
		Weight::from_parts(20_461_000, 3743)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn remove_claim() -> Weight {
		Weight::from_parts(18_728_000, 3743)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn adjust_reputation() -> Weight {
		Weight::from_parts(12_028_000, 3743)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
}
