//! Oracles: the `Oracle` registry (attestations, disputes, credibility) and polkadot-sdk's
//! pallet-oracle as `OracleFeeds`, whose members are `Oracle`'s data-feed oracles.

use crate::{
	configs::FeePoolAccount, Balance, Balances, Cid, Oracle, Runtime, RuntimeEvent,
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
/// A combined value needs fresh values from at least this many data-feed oracles.
pub const MIN_FEEDERS: u32 = 3;
/// The most registered oracles (and so the most feeders per block).
pub const MAX_ORACLES: u32 = 64;

parameter_types! {
	/// The bond an oracle holds while registered.
	pub const OracleBond: Balance = 10 * MINI;
	/// The bond a disputer holds; an upheld dispute slashes as much from the oracle.
	pub const DisputeBond: Balance = 2 * MINI;
	/// The account pallet-oracle feeds as when governance (root) feeds a value.
	pub const OracleFeedsPalletId: PalletId = PalletId(*b"mx/orcfd");
}

impl pallet_minix_oracle::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Cids = Cid;
	type Attest = Cid;
	type Feeds = pallet_minix_oracle::OrmlFeeds<Runtime>;
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
	type MaxOracles = ConstU32<MAX_ORACLES>;
	type MaxOpenDisputes = ConstU32<256>;
	type WeightInfo = pallet_minix_oracle::weights::SubstrateWeight<Runtime>;
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
	type OnNewData = Oracle;
	type CombineData = pallet_oracle::DefaultCombineData<
		Runtime,
		ConstU32<MIN_FEEDERS>,
		ConstU64<FEED_EXPIRES_IN_MS>,
	>;
	type Time = Timestamp;
	type OracleKey = OracleKey;
	type OracleValue = OracleValue;
	type PalletId = OracleFeedsPalletId;
	type Members = Oracle;
	type WeightInfo = crate::weights::pallet_oracle::WeightInfo<Runtime>;
	type MaxHasDispatchedSize = ConstU32<MAX_ORACLES>;
	type MaxFeedValues = ConstU32<16>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = FeedBenchmarkHelper;
}
