
//! Weights for `pallet_minix_oracle`, measured by `scripts/bench.sh` (frame-benchmarking-cli 64.0.0).
//!
//! Date: 2026-11-21. Steps: `50`, repeat: `20`, chain: `Some("dev")`,
//! execution: `Compiled`, machine: `vm` (`AMD EPYC`).
//! Each function is the measured worst case of its call; regenerate with `scripts/bench.sh`
//! after changing the pallet.
//!
//! Not yet measured: `feed_values`, `register_feed_key`, `set_quorum`, `remove_feed_key`,
//! `approve_feeder` and `remove_feeder` (added with governed feed keys). Until
//! `scripts/bench.sh oracle` runs, they are estimated from the storage their benchmarks touch
//! at the runtime's bounds (32 feeders, 16 per key, 8 keys per feeder), with compute priced
//! above the measured calls of similar shape.

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
	fn release_bond() -> Weight;
	fn attest() -> Weight;
	fn revoke_attestation() -> Weight;
	fn dispute() -> Weight;
	fn resolve_dispute() -> Weight;
	fn feed_values(n: u32, ) -> Weight;
	fn register_feed_key() -> Weight;
	fn set_quorum() -> Weight;
	fn remove_feed_key(n: u32, ) -> Weight;
	fn approve_feeder() -> Weight;
	fn remove_feeder() -> Weight;
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
	/// Storage: `Oracle::CounterForOracles` (r:1 w:1)
	/// Proof: `Oracle::CounterForOracles` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:1)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn register_oracle() -> Weight {
		// Proof size: measured `5563`, estimated `3743`.
		// Minimum execution time: 85_428_000 ps.
		Weight::from_parts(111_776_000, 3743)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:0)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:1)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `OracleFeeds::RawValues` (r:64 w:64)
	/// Proof: `OracleFeeds::RawValues` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	fn set_kinds() -> Weight {
		// Proof size: measured `8996`, estimated `166110`.
		// Minimum execution time: 115_592_000 ps.
		Weight::from_parts(133_038_000, 166110)
			.saturating_add(T::DbWeight::get().reads(67))
			.saturating_add(T::DbWeight::get().writes(66))
	}
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Feeders` (r:1 w:1)
	/// Proof: `Oracle::Feeders` (`max_values`: Some(1), `max_size`: Some(2050), added: 2545, mode: `MaxEncodedLen`)
	/// Storage: `OracleFeeds::RawValues` (r:64 w:64)
	/// Proof: `OracleFeeds::RawValues` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	fn unregister() -> Weight {
		// Proof size: measured `7634`, estimated `166110`.
		// Minimum execution time: 91_307_000 ps.
		Weight::from_parts(110_655_000, 166110)
			.saturating_add(T::DbWeight::get().reads(66))
			.saturating_add(T::DbWeight::get().writes(66))
	}
	/// Storage: `Oracle::Oracles` (r:1 w:1)
	/// Proof: `Oracle::Oracles` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::CounterForOracles` (r:1 w:1)
	/// Proof: `Oracle::CounterForOracles` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::OracleOfCid` (r:0 w:1)
	/// Proof: `Oracle::OracleOfCid` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn release_bond() -> Weight {
		// Proof size: measured `1811`, estimated `3622`.
		// Minimum execution time: 61_441_000 ps.
		Weight::from_parts(78_988_000, 3622)
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
		// Proof size: measured `3052`, estimated `6496`.
		// Minimum execution time: 70_274_000 ps.
		Weight::from_parts(81_912_000, 6496)
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
		// Proof size: measured `1935`, estimated `3743`.
		// Minimum execution time: 38_848_000 ps.
		Weight::from_parts(56_053_000, 3743)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::NextDisputeId` (r:1 w:1)
	/// Proof: `Oracle::NextDisputeId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Disputes` (r:1 w:1)
	/// Proof: `Oracle::Disputes` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn dispute() -> Weight {
		// Proof size: measured `1932`, estimated `3676`.
		// Minimum execution time: 77_746_000 ps.
		Weight::from_parts(95_242_000, 3676)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Oracle::Attestations` (r:1 w:1)
	/// Proof: `Oracle::Attestations` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Claims` (r:1 w:1)
	/// Proof: `Cid::Claims` (`max_values`: None, `max_size`: Some(141), added: 2616, mode: `MaxEncodedLen`)
	/// Storage: `Cid::Cids` (r:1 w:1)
	/// Proof: `Cid::Cids` (`max_values`: None, `max_size`: Some(278), added: 2753, mode: `MaxEncodedLen`)
	fn resolve_dispute() -> Weight {
		// Proof size: measured `4466`, estimated `8799`.
		// Minimum execution time: 136_544_000 ps.
		Weight::from_parts(157_345_000, 8799)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(11))
	}
	fn feed_values(n: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 4_000)
			.saturating_add(Weight::from_parts(60_000_000, 140_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((56_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn register_feed_key() -> Weight {
		Weight::from_parts(25_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn set_quorum() -> Weight {
		Weight::from_parts(25_000_000, 3_000)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn remove_feed_key(n: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 4_000)
			.saturating_add(Weight::from_parts(40_000_000, 3_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	fn approve_feeder() -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn remove_feeder() -> Weight {
		Weight::from_parts(50_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
}

/// The same weights with ParityDB's access costs, for tests and mocks.
impl WeightInfo for () {
	fn register_oracle() -> Weight {
		Weight::from_parts(111_776_000, 3743)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn set_kinds() -> Weight {
		Weight::from_parts(133_038_000, 166110)
			.saturating_add(ParityDbWeight::get().reads(67))
			.saturating_add(ParityDbWeight::get().writes(66))
	}
	fn unregister() -> Weight {
		Weight::from_parts(110_655_000, 166110)
			.saturating_add(ParityDbWeight::get().reads(66))
			.saturating_add(ParityDbWeight::get().writes(66))
	}
	fn release_bond() -> Weight {
		Weight::from_parts(78_988_000, 3622)
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn attest() -> Weight {
		Weight::from_parts(81_912_000, 6496)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn revoke_attestation() -> Weight {
		Weight::from_parts(56_053_000, 3743)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn dispute() -> Weight {
		Weight::from_parts(95_242_000, 3676)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(157_345_000, 8799)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(11))
	}
	fn feed_values(n: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 4_000)
			.saturating_add(Weight::from_parts(60_000_000, 140_000).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().reads((56_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(1))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
	fn register_feed_key() -> Weight {
		Weight::from_parts(25_000_000, 3_000)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn set_quorum() -> Weight {
		Weight::from_parts(25_000_000, 3_000)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn remove_feed_key(n: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 4_000)
			.saturating_add(Weight::from_parts(40_000_000, 3_000).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	fn approve_feeder() -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn remove_feeder() -> Weight {
		Weight::from_parts(50_000_000, 6_000)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
}
