
//! Weights for `pallet_minix_oracle`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
//!
//! Date: 2026-12-01. Steps: `50`, repeat: `20`, chain: `Some("dev")`,
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
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::OracleOfCid` (r:1 w:1)
	/// Proof: `Oracle::OracleOfCid` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::CounterForOracles` (r:1 w:1)
	/// Proof: `Oracle::CounterForOracles` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn register_oracle() -> Weight {
		// Proof size: measured `1505`, estimated `3743`.
		// Minimum execution time: 87_230_000 ps.
		Weight::from_parts(95_295_000, 3743)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::FeederKeys` (r:1 w:1)
	/// Proof: `Oracle::FeederKeys` (`max_values`: None, `max_size`: Some(318), added: 2793, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::FeedKeys` (r:8 w:8)
	/// Proof: `Oracle::FeedKeys` (`max_values`: None, `max_size`: Some(566), added: 3041, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:1)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `OracleFeeds::RawValues` (r:0 w:8)
	/// Proof: `OracleFeeds::RawValues` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	fn set_kinds() -> Weight {
		// Proof size: measured `8647`, estimated `25318`.
		// Minimum execution time: 220_947_000 ps.
		Weight::from_parts(232_562_000, 25318)
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
		// Proof size: measured `7285`, estimated `25318`.
		// Minimum execution time: 203_595_000 ps.
		Weight::from_parts(215_447_000, 25318)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(19))
	}
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
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
		// Proof size: measured `6126`, estimated `3783`.
		// Minimum execution time: 297_401_000 ps.
		Weight::from_parts(118_081_169, 3783)
			.saturating_add(Weight::from_parts(190_100_429, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((34_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 82560).saturating_mul(n.into()))
	}
	/// Storage: `Oracle::FeedKeys` (r:1 w:1)
	/// Proof: `Oracle::FeedKeys` (`max_values`: None, `max_size`: Some(566), added: 3041, mode: `MaxEncodedLen`)
	fn register_feed_key() -> Weight {
		// Proof size: measured `42`, estimated `4031`.
		// Minimum execution time: 14_478_000 ps.
		Weight::from_parts(16_272_000, 4031)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Oracle::FeedKeys` (r:1 w:1)
	/// Proof: `Oracle::FeedKeys` (`max_values`: None, `max_size`: Some(566), added: 3041, mode: `MaxEncodedLen`)
	fn set_quorum() -> Weight {
		// Proof size: measured `121`, estimated `4031`.
		// Minimum execution time: 14_967_000 ps.
		Weight::from_parts(16_952_000, 4031)
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
		// Proof size: measured `238`, estimated `4031`.
		// Minimum execution time: 17_470_000 ps.
		Weight::from_parts(27_726_089, 4031)
			.saturating_add(Weight::from_parts(14_311_984, 0).saturating_mul(n.into()))
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
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::FeederKeys` (r:1 w:1)
	/// Proof: `Oracle::FeederKeys` (`max_values`: None, `max_size`: Some(318), added: 2793, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:1)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	fn approve_feeder() -> Weight {
		// Proof size: measured `4602`, estimated `4031`.
		// Minimum execution time: 79_136_000 ps.
		Weight::from_parts(86_486_000, 4031)
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
		// Proof size: measured `1787`, estimated `4031`.
		// Minimum execution time: 55_770_000 ps.
		Weight::from_parts(62_006_000, 4031)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::CounterForOracles` (r:1 w:1)
	/// Proof: `Oracle::CounterForOracles` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::OracleOfCid` (r:0 w:1)
	/// Proof: `Oracle::OracleOfCid` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn release_bond() -> Weight {
		// Proof size: measured `387`, estimated `3712`.
		// Minimum execution time: 70_776_000 ps.
		Weight::from_parts(76_138_000, 3712)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:2 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Attestations` (r:1 w:1)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:1 w:1)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	fn attest() -> Weight {
		// Proof size: measured `2344`, estimated `6496`.
		// Minimum execution time: 70_012_000 ps.
		Weight::from_parts(75_761_000, 6496)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Oracle::Attestations` (r:1 w:1)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:1 w:1)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	fn revoke_attestation() -> Weight {
		// Proof size: measured `1902`, estimated `3743`.
		// Minimum execution time: 47_073_000 ps.
		Weight::from_parts(52_769_000, 3743)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::NextDisputeId` (r:1 w:1)
	/// Proof: `Oracle::NextDisputeId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Disputes` (r:1 w:1)
	/// Proof: `Oracle::Disputes` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn dispute() -> Weight {
		// Proof size: measured `521`, estimated `3712`.
		// Minimum execution time: 92_273_000 ps.
		Weight::from_parts(102_951_000, 3712)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Attestations` (r:1 w:1)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:1 w:1)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	fn resolve_dispute() -> Weight {
		// Proof size: measured `2741`, estimated `8799`.
		// Minimum execution time: 170_776_000 ps.
		Weight::from_parts(188_156_000, 8799)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(11))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn register_oracle() -> Weight {
		Weight::from_parts(95_295_000, 3743)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn set_kinds() -> Weight {
		Weight::from_parts(232_562_000, 25318)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(19))
	}
	fn unregister() -> Weight {
		Weight::from_parts(215_447_000, 25318)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(19))
	}
	fn feed_values(n: u32, ) -> Weight {
		Weight::from_parts(118_081_169, 3783)
			.saturating_add(Weight::from_parts(190_100_429, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().reads((34_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 82560).saturating_mul(n.into()))
	}
	fn register_feed_key() -> Weight {
		Weight::from_parts(16_272_000, 4031)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn set_quorum() -> Weight {
		Weight::from_parts(16_952_000, 4031)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn remove_feed_key(n: u32, ) -> Weight {
		Weight::from_parts(27_726_089, 4031)
			.saturating_add(Weight::from_parts(14_311_984, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2793).saturating_mul(n.into()))
	}
	fn approve_feeder() -> Weight {
		Weight::from_parts(86_486_000, 4031)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn remove_feeder() -> Weight {
		Weight::from_parts(62_006_000, 4031)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn release_bond() -> Weight {
		Weight::from_parts(76_138_000, 3712)
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn attest() -> Weight {
		Weight::from_parts(75_761_000, 6496)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn revoke_attestation() -> Weight {
		Weight::from_parts(52_769_000, 3743)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn dispute() -> Weight {
		Weight::from_parts(102_951_000, 3712)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(188_156_000, 8799)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(11))
	}
}
