//! A test runtime: System, Balances, Timestamp, polkadot-sdk's pallet-oracle as `OracleFeeds`
//! (with this pallet as its members and combiner) and the oracle pallet, over a CID stand-in.

use crate as pallet_minix_oracle;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
	PalletId,
};
use minix_primitives::{Cid as CidNumber, CidInspect, Claim, OracleKey, OracleValue};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

minix_test_utils::mock_runtime! {
	Test;
	0 => System: frame_system,
	1 => Balances: pallet_balances,
	2 => Timestamp: pallet_timestamp,
	3 => OracleFeeds: pallet_oracle,
	4 => Oracle: pallet_minix_oracle,
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

impl pallet_timestamp::Config for Test {
	type Moment = u64;
	type OnTimestampSet = ();
	type MinimumPeriod = ConstU64<1>;
	type WeightInfo = ();
}

/// Values older than this (milliseconds) are stale.
pub const EXPIRES_IN: u64 = 60_000;
/// Fresh values from at least this many feeders are needed for any combined value.
pub const MIN_QUORUM: u32 = 2;

parameter_types! {
	pub const OracleFeedsPalletId: PalletId = PalletId(*b"mx/orcfd");
}

#[cfg(feature = "runtime-benchmarks")]
pub struct FeedBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_oracle::BenchmarkHelper<OracleKey, OracleValue, ConstU32<4>> for FeedBenchmarkHelper {
	fn get_currency_id_value_pairs() -> sp_runtime::BoundedVec<(OracleKey, OracleValue), ConstU32<4>>
	{
		(0..4u8)
			.map(|i| (OracleKey::truncate_from(vec![i; 32]), i as i128))
			.collect::<Vec<_>>()
			.try_into()
			.unwrap()
	}
}

impl pallet_oracle::Config for Test {
	type OnNewData = ();
	type CombineData = pallet_minix_oracle::QuorumCombine<Test>;
	type Time = Timestamp;
	type OracleKey = OracleKey;
	type OracleValue = OracleValue;
	type PalletId = OracleFeedsPalletId;
	type Members = Oracle;
	type WeightInfo = ();
	type MaxHasDispatchedSize = ConstU32<MAX_FEEDERS>;
	type MaxFeedValues = ConstU32<4>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = FeedBenchmarkHelper;
}

pub const ALICE: u64 = 1;
pub const BOB: u64 = 2;
pub const CHARLIE: u64 = 3;
pub const DAVE: u64 = 4;
pub const EVE: u64 = 5;
/// An account with a CID but almost no MINI.
pub const POOR: u64 = 7;
/// The fee pool.
pub const FEE_POOL: u64 = 99;
pub const ORACLE_BOND: u64 = 1_000;
pub const DISPUTE_BOND: u64 = 300;
pub const COOLING_OFF: u64 = 20;
pub const MAX_VALIDITY: u64 = 1_000;
pub const AGE_UNIT: u64 = 10;
pub const MIN_CREDIBILITY: u8 = 3;
pub const ATTESTATION_REPUTATION: u32 = 5;
pub const MAX_FEEDERS: u32 = 5;
pub const MAX_FEEDERS_PER_KEY: u32 = 4;
pub const MAX_KEYS_PER_FEEDER: u32 = 3;
pub const INITIAL_MINI: u64 = 100_000;

/// The `Cid` stand-in (`minix-test-utils`), adding the reputation of live attestations as the
/// `Cid` pallet adds `Oracle`'s.
pub type MockCids = minix_test_utils::MockCids<minix_test_utils::CurrentBlock<Test>, Oracle>;
pub use minix_test_utils::set_cid;

/// The claim `key` about `cid` as the CID pallet would return it (absent once expired).
pub fn claim(cid: CidNumber, key: &[u8]) -> Option<Claim<u64, u64>> {
	MockCids::claim_of(cid, &key.to_vec().try_into().unwrap())
}

parameter_types! {
	pub const FeePool: u64 = FEE_POOL;
}

impl pallet_minix_oracle::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Cids = MockCids;
	type Attest = MockCids;
	type Feeds = pallet_minix_oracle::PalletOracleFeeds<Test>;
	type ExpiresIn = ConstU64<EXPIRES_IN>;
	type ArbitrationOrigin = frame_system::EnsureRoot<u64>;
	type FeeDestination = FeePool;
	type OracleBond = ConstU64<ORACLE_BOND>;
	type DisputeBond = ConstU64<DISPUTE_BOND>;
	type CoolingOff = ConstU64<COOLING_OFF>;
	type MaxValidity = ConstU64<MAX_VALIDITY>;
	type AgeUnit = ConstU64<AGE_UNIT>;
	type MinCredibility = frame_support::traits::ConstU8<MIN_CREDIBILITY>;
	type AttestationReputation = ConstU32<ATTESTATION_REPUTATION>;
	type FeedOrigin = frame_system::EnsureRoot<u64>;
	type MinQuorum = ConstU32<MIN_QUORUM>;
	type MaxFeeders = ConstU32<MAX_FEEDERS>;
	type MaxFeedersPerKey = ConstU32<MAX_FEEDERS_PER_KEY>;
	type MaxKeysPerFeeder = ConstU32<MAX_KEYS_PER_FEEDER>;
	type MaxOpenDisputes = ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for () {
	fn issue_cid(cid: CidNumber, owner: &u64) {
		// The stand-in outlives one externalities: a benchmark run for its next component value
		// issues the same CIDs to the same accounts again.
		let owner_now = MockCids::owner_of(cid);
		assert!(owner_now.is_none() || owner_now == Some(*owner), "CID {cid} is taken");
		set_cid(cid, *owner, 0);
	}
}

/// Accounts 1–5 own CIDs 100_001–100_005 and hold MINI; `POOR` owns CID 100_007 and holds
/// almost nothing; CID 100_010 belongs to EVE too. Block 1, time 1_000 ms.
pub fn new_test_ext() -> sp_io::TestExternalities {
	minix_test_utils::reset();
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(ALICE, INITIAL_MINI),
			(BOB, INITIAL_MINI),
			(CHARLIE, INITIAL_MINI),
			(DAVE, INITIAL_MINI),
			(EVE, INITIAL_MINI),
			(POOR, 10),
			(FEE_POOL, 1),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext: sp_io::TestExternalities = storage.into();
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(1_000);
		for who in [ALICE, BOB, CHARLIE, DAVE, EVE, POOR] {
			set_cid(100_000 + who, who, 0);
		}
		set_cid(100_010, EVE, 0);
	});
	ext
}
