//! Oracles: the `Oracle` registry (feed keys, attestations, disputes, credibility) and
//! polkadot-sdk's pallet-oracle as `OracleFeeds`, the store of fed values, whose members are
//! `Oracle`'s approved feeders and whose combiner is `Oracle`'s quorum rule.

use crate::{
	configs::FeePoolAccount, Balance, Balances, Cid, Oracle, Runtime, RuntimeCall,
	RuntimeHoldReason, Timestamp,
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU64, ConstU8},
	PalletId,
};
use minix_primitives::{currency::MINI, time::DAYS, OracleKey, OracleValue};

/// Fed values older than one hour are stale: they leave the median, and a combined value that
/// old reads as absent.
pub const FEED_EXPIRES_IN_MS: u64 = 60 * 60 * 1000;
/// Any combined value needs fresh values from at least this many approved feeders, whatever
/// its key's quorum share.
pub const MIN_QUORUM: u32 = 3;
/// The most oracles approved to feed (and so the most feeds per block).
pub const MAX_FEEDERS: u32 = 32;
/// The most approved feeders of one key.
pub const MAX_FEEDERS_PER_KEY: u32 = 16;
/// The most keys one oracle may be approved for (and values per feed).
pub const MAX_KEYS_PER_FEEDER: u32 = 8;

parameter_types! {
	/// The bond an oracle holds while registered.
	pub const OracleBond: Balance = 10 * MINI;
	/// The bond a disputer holds; an upheld dispute slashes as much from the oracle.
	pub const DisputeBond: Balance = 2 * MINI;
	/// The account pallet-oracle feeds as when governance (root) feeds a value.
	pub const OracleFeedsPalletId: PalletId = PalletId(*b"mx/orcfd");
}

impl pallet_minix_oracle::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Cids = Cid;
	type Attest = Cid;
	type Feeds = pallet_minix_oracle::PalletOracleFeeds<Runtime>;
	type ExpiresIn = ConstU64<FEED_EXPIRES_IN_MS>;
	// Disputes are decided by a two-thirds council motion (or Root).
	type ArbitrationOrigin = super::GovernanceOrigin;
	type FeeDestination = FeePoolAccount;
	type OracleBond = OracleBond;
	type DisputeBond = DisputeBond;
	type CoolingOff = ConstU32<{ 7 * DAYS }>;
	type MaxValidity = ConstU32<{ 366 * DAYS }>;
	// One credibility point per week of age (at most 30).
	type AgeUnit = ConstU32<{ 7 * DAYS }>;
	type MinCredibility = ConstU8<10>;
	type AttestationReputation = ConstU32<10>;
	// Feed keys and their feeders are governed by a two-thirds council motion (or Root).
	type FeedOrigin = super::GovernanceOrigin;
	type MinQuorum = ConstU32<MIN_QUORUM>;
	type MaxFeeders = ConstU32<MAX_FEEDERS>;
	type MaxFeedersPerKey = ConstU32<MAX_FEEDERS_PER_KEY>;
	type MaxKeysPerFeeder = ConstU32<MAX_KEYS_PER_FEEDER>;
	type MaxOpenDisputes = ConstU32<256>;
	type WeightInfo = pallet_minix_oracle::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = OracleBenchmarks;
}

/// Issues the benchmarks' avatars their CIDs through the real `Cid` pallet.
#[cfg(feature = "runtime-benchmarks")]
pub struct OracleBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_minix_oracle::BenchmarkHelper<crate::AccountId> for OracleBenchmarks {
	fn issue_cid(cid: minix_primitives::Cid, owner: &crate::AccountId) {
		crate::Cid::issue_for_benchmarks(cid, owner);
	}
}

/// Keys and values for pallet-oracle's `feed_values` benchmark: the most values per feed, with
/// the longest keys.
#[cfg(feature = "runtime-benchmarks")]
pub struct FeedBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_oracle::BenchmarkHelper<OracleKey, OracleValue, ConstU32<16>> for FeedBenchmarkHelper {
	fn get_currency_id_value_pairs(
	) -> sp_runtime::BoundedVec<(OracleKey, OracleValue), ConstU32<16>> {
		sp_runtime::BoundedVec::truncate_from(
			(0..16u8)
				.map(|i| (OracleKey::truncate_from(alloc::vec![i; 32]), OracleValue::from(i)))
				.collect(),
		)
	}
}

impl pallet_oracle::Config for Runtime {
	type OnNewData = ();
	type CombineData = pallet_minix_oracle::QuorumCombine<Runtime>;
	type Time = Timestamp;
	type OracleKey = OracleKey;
	type OracleValue = OracleValue;
	type PalletId = OracleFeedsPalletId;
	type Members = Oracle;
	type WeightInfo = crate::weights::pallet_oracle::WeightInfo<Runtime>;
	type MaxHasDispatchedSize = ConstU32<MAX_FEEDERS>;
	type MaxFeedValues = ConstU32<16>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = FeedBenchmarkHelper;
}

/// The base call filter's oracle rule: `OracleFeeds` (`feed_values`) is closed to every origin
/// the filter applies to: approved feeders feed through `Oracle.feed_values`, which checks each
/// key against governance's registry, so no member can grow state (or move a median) with a key
/// nobody registered. Root bypasses base filters and may still feed as pallet-oracle's own
/// account.
pub fn oracle_call_allowed(call: &RuntimeCall) -> bool {
	!matches!(call, RuntimeCall::OracleFeeds(_))
}
