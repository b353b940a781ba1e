
//! Weights for `pallet_btc_light_client`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
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

/// The weight of each call of `pallet_btc_light_client`.
pub trait WeightInfo {
	fn submit_headers(n: u32, ) -> Weight;
	fn set_relayers() -> Weight;
	fn set_checkpoint() -> Weight;
}

/// Measured weights, with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `BtcLightClient::Relayers` (r:1 w:0)
	/// Proof: `BtcLightClient::Relayers` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::BestTip` (r:1 w:1)
	/// Proof: `BtcLightClient::BestTip` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::Network` (r:1 w:0)
	/// Proof: `BtcLightClient::Network` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::Headers` (r:201 w:200)
	/// Proof: `BtcLightClient::Headers` (`max_values`: None, `max_size`: Some(197), added: 2672, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::Anchor` (r:1 w:0)
	/// Proof: `BtcLightClient::Anchor` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::AtHeight` (r:200 w:200)
	/// Proof: `BtcLightClient::AtHeight` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::BestChain` (r:201 w:200)
	/// Proof: `BtcLightClient::BestChain` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::PrunedBelow` (r:1 w:1)
	/// Proof: `BtcLightClient::PrunedBelow` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn submit_headers(n: u32, ) -> Weight {
		// Proof size: measured `607`, estimated `3662`.
		// Minimum execution time: 56_033_000 ps.
		Weight::from_parts(58_647_000, 3662)
			.saturating_add(Weight::from_parts(34_579_663, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2672).saturating_mul(n.into()))
	}
	/// Storage: `BtcLightClient::Relayers` (r:0 w:1)
	/// Proof: `BtcLightClient::Relayers` (`max_values`: Some(1), `max_size`: Some(513), added: 1008, mode: `MaxEncodedLen`)
	fn set_relayers() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_258_000 ps.
		Weight::from_parts(6_770_000, 0)
			.saturating_add(T::DbWeight::get().reads(0))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `BtcLightClient::BestTip` (r:1 w:1)
	/// Proof: `BtcLightClient::BestTip` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::AtHeight` (r:1 w:1)
	/// Proof: `BtcLightClient::AtHeight` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::Anchor` (r:0 w:1)
	/// Proof: `BtcLightClient::Anchor` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::Headers` (r:0 w:1)
	/// Proof: `BtcLightClient::Headers` (`max_values`: None, `max_size`: Some(197), added: 2672, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::BestChain` (r:0 w:1)
	/// Proof: `BtcLightClient::BestChain` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::PrunedBelow` (r:0 w:1)
	/// Proof: `BtcLightClient::PrunedBelow` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `BtcLightClient::Network` (r:0 w:1)
	/// Proof: `BtcLightClient::Network` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	fn set_checkpoint() -> Weight {
		// Proof size: measured `64`, estimated `3606`.
		// Minimum execution time: 19_890_000 ps.
		Weight::from_parts(26_960_000, 3606)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(7))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn submit_headers(n: u32, ) -> Weight {
		Weight::from_parts(58_647_000, 3662)
			.saturating_add(Weight::from_parts(34_579_663, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2672).saturating_mul(n.into()))
	}
	fn set_relayers() -> Weight {
		Weight::from_parts(6_770_000, 0)
			.saturating_add(ParityDbWeight::get().reads(0))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn set_checkpoint() -> Weight {
		Weight::from_parts(26_960_000, 3606)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(7))
	}
}
