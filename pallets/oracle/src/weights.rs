
//! Weights for `pallet_minix_oracle`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
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

/// The weight of each call of `pallet_minix_oracle`.
pub trait WeightInfo {
	fn register_oracle() -> Weight;
	fn set_kinds() -> Weight;
	fn unregister() -> Weight;
	fn feed_values(n: u32, ) -> Weight;
	fn register_feed_key() -> Weight;
	fn set_quorum() -> Weight;
	fn remove_feed_key(n: u32, ) -> Weight;
	fn approve_feeder() -> Weight;
	fn remove_feeder() -> Weight;
	fn release_bond() -> Weight;
	fn attest() -> Weight;
	fn revoke_attestation() -> Weight;
	fn dispute() -> Weight;
	fn resolve_dispute() -> Weight;
}

/// Measured weights, with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::OracleOfCid` (r:1 w:1)
	/// Proof: `Oracle::OracleOfCid` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::CounterForOracles` (r:1 w:1)
	/// Proof: `Oracle::CounterForOracles` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn register_oracle() -> Weight {
		// Proof size: measured `1577`, estimated `3820`.
		// Minimum execution time: 73_009_000 ps.
		Weight::from_parts(82_833_000, 3820)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::FeederKeys` (r:1 w:1)
	/// Proof: `Oracle::FeederKeys` (`max_values`: None, `max_size`: Some(318), added: 2793, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::FeedKeys` (r:8 w:8)
	/// Proof: `Oracle::FeedKeys` (`max_values`: None, `max_size`: Some(566), added: 3041, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:1)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `OracleFeeds::RawValues` (r:0 w:8)
	/// Proof: `OracleFeeds::RawValues` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	fn set_kinds() -> Weight {
		// Proof size: measured `8681`, estimated `25318`.
		// Minimum execution time: 179_977_000 ps.
		Weight::from_parts(257_172_000, 25318)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(19))
	}
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::FeederKeys` (r:1 w:1)
	/// Proof: `Oracle::FeederKeys` (`max_values`: None, `max_size`: Some(318), added: 2793, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::FeedKeys` (r:8 w:8)
	/// Proof: `Oracle::FeedKeys` (`max_values`: None, `max_size`: Some(566), added: 3041, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:1)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `OracleFeeds::RawValues` (r:0 w:8)
	/// Proof: `OracleFeeds::RawValues` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	fn unregister() -> Weight {
		// Proof size: measured `7319`, estimated `25318`.
		// Minimum execution time: 179_237_000 ps.
		Weight::from_parts(282_930_000, 25318)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(19))
	}
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::FeederKeys` (r:1 w:1)
	/// Proof: `Oracle::FeederKeys` (`max_values`: None, `max_size`: Some(318), added: 2793, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:0)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `OracleFeeds::RawValues` (r:256 w:8)
	/// Proof: `OracleFeeds::RawValues` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	/// Storage: `OracleFeeds::Values` (r:8 w:8)
	/// Proof: `OracleFeeds::Values` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::FeedKeys` (r:8 w:0)
	/// Proof: `Oracle::FeedKeys` (`max_values`: None, `max_size`: Some(566), added: 3041, mode: `MaxEncodedLen`)
	fn feed_values(n: u32, ) -> Weight {
		// Proof size: measured `6160`, estimated `3783`.
		// Minimum execution time: 288_008_000 ps.
		Weight::from_parts(283_556_936, 3783)
			.saturating_add(Weight::from_parts(210_172_332, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((34_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 82560).saturating_mul(n.into()))
	}
	/// Storage: `Oracle::FeedKeys` (r:1 w:1)
	/// Proof: `Oracle::FeedKeys` (`max_values`: None, `max_size`: Some(566), added: 3041, mode: `MaxEncodedLen`)
	fn register_feed_key() -> Weight {
		// Proof size: measured `76`, estimated `4031`.
		// Minimum execution time: 10_766_000 ps.
		Weight::from_parts(19_299_000, 4031)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Oracle::FeedKeys` (r:1 w:1)
	/// Proof: `Oracle::FeedKeys` (`max_values`: None, `max_size`: Some(566), added: 3041, mode: `MaxEncodedLen`)
	fn set_quorum() -> Weight {
		// Proof size: measured `155`, estimated `4031`.
		// Minimum execution time: 11_337_000 ps.
		Weight::from_parts(20_320_000, 4031)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Oracle::FeedKeys` (r:1 w:1)
	/// Proof: `Oracle::FeedKeys` (`max_values`: None, `max_size`: Some(566), added: 3041, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::FeederKeys` (r:16 w:16)
	/// Proof: `Oracle::FeederKeys` (`max_values`: None, `max_size`: Some(318), added: 2793, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:1)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `OracleFeeds::RawValues` (r:0 w:16)
	/// Proof: `OracleFeeds::RawValues` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	/// Storage: `OracleFeeds::Values` (r:0 w:1)
	/// Proof: `OracleFeeds::Values` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	fn remove_feed_key(n: u32, ) -> Weight {
		// Proof size: measured `272`, estimated `4031`.
		// Minimum execution time: 13_359_000 ps.
		Weight::from_parts(22_384_570, 4031)
			.saturating_add(Weight::from_parts(15_435_722, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2793).saturating_mul(n.into()))
	}
	/// Storage: `Oracle::FeedKeys` (r:1 w:1)
	/// Proof: `Oracle::FeedKeys` (`max_values`: None, `max_size`: Some(566), added: 3041, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Oracles` (r:1 w:0)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::FeederKeys` (r:1 w:1)
	/// Proof: `Oracle::FeederKeys` (`max_values`: None, `max_size`: Some(318), added: 2793, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:1)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	fn approve_feeder() -> Weight {
		// Proof size: measured `4636`, estimated `4031`.
		// Minimum execution time: 63_695_000 ps.
		Weight::from_parts(97_705_000, 4031)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Oracle::FeedKeys` (r:1 w:1)
	/// Proof: `Oracle::FeedKeys` (`max_values`: None, `max_size`: Some(566), added: 3041, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::FeederKeys` (r:1 w:1)
	/// Proof: `Oracle::FeederKeys` (`max_values`: None, `max_size`: Some(318), added: 2793, mode: `MaxEncodedLen`)
	/// Storage: `OracleFeeds::RawValues` (r:0 w:1)
	/// Proof: `OracleFeeds::RawValues` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	fn remove_feeder() -> Weight {
		// Proof size: measured `1821`, estimated `4031`.
		// Minimum execution time: 56_664_000 ps.
		Weight::from_parts(99_248_000, 4031)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::CounterForOracles` (r:1 w:1)
	/// Proof: `Oracle::CounterForOracles` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::OracleOfCid` (r:0 w:1)
	/// Proof: `Oracle::OracleOfCid` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn release_bond() -> Weight {
		// Proof size: measured `459`, estimated `3820`.
		// Minimum execution time: 59_328_000 ps.
		Weight::from_parts(94_840_000, 3820)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:2 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Attestations` (r:1 w:1)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:1 w:1)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn attest() -> Weight {
		// Proof size: measured `2378`, estimated `6566`.
		// Minimum execution time: 52_899_000 ps.
		Weight::from_parts(79_398_000, 6566)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Oracle::Attestations` (r:1 w:1)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:1 w:1)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	fn revoke_attestation() -> Weight {
		// Proof size: measured `1936`, estimated `3778`.
		// Minimum execution time: 34_841_000 ps.
		Weight::from_parts(46_569_000, 3778)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Oracle::Attestations` (r:1 w:0)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::CounterForDisputes` (r:1 w:1)
	/// Proof: `Oracle::CounterForDisputes` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::NextDisputeId` (r:1 w:1)
	/// Proof: `Oracle::NextDisputeId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Disputes` (r:1 w:1)
	/// Proof: `Oracle::Disputes` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn dispute() -> Weight {
		// Proof size: measured `555`, estimated `3820`.
		// Minimum execution time: 76_153_000 ps.
		Weight::from_parts(112_577_000, 3820)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Oracle::Disputes` (r:1 w:1)
	/// Proof: `Oracle::Disputes` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::CounterForDisputes` (r:1 w:1)
	/// Proof: `Oracle::CounterForDisputes` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(355), added: 2830, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Attestations` (r:1 w:1)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:1 w:1)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(313), added: 2788, mode: `MaxEncodedLen`)
	fn resolve_dispute() -> Weight {
		// Proof size: measured `2813`, estimated `8799`.
		// Minimum execution time: 141_610_000 ps.
		Weight::from_parts(212_045_000, 8799)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(11))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn register_oracle() -> Weight {
		Weight::from_parts(82_833_000, 3820)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn set_kinds() -> Weight {
		Weight::from_parts(257_172_000, 25318)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(19))
	}
	fn unregister() -> Weight {
		Weight::from_parts(282_930_000, 25318)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(19))
	}
	fn feed_values(n: u32, ) -> Weight {
		Weight::from_parts(283_556_936, 3783)
			.saturating_add(Weight::from_parts(210_172_332, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().reads((34_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 82560).saturating_mul(n.into()))
	}
	fn register_feed_key() -> Weight {
		Weight::from_parts(19_299_000, 4031)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn set_quorum() -> Weight {
		Weight::from_parts(20_320_000, 4031)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn remove_feed_key(n: u32, ) -> Weight {
		Weight::from_parts(22_384_570, 4031)
			.saturating_add(Weight::from_parts(15_435_722, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2793).saturating_mul(n.into()))
	}
	fn approve_feeder() -> Weight {
		Weight::from_parts(97_705_000, 4031)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn remove_feeder() -> Weight {
		Weight::from_parts(99_248_000, 4031)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn release_bond() -> Weight {
		Weight::from_parts(94_840_000, 3820)
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn attest() -> Weight {
		Weight::from_parts(79_398_000, 6566)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn revoke_attestation() -> Weight {
		Weight::from_parts(46_569_000, 3778)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn dispute() -> Weight {
		Weight::from_parts(112_577_000, 3820)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(212_045_000, 8799)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(11))
	}
}
