//! A test runtime: System, Balances, Timestamp, polkadot-sdk's pallet-oracle as `OracleFeeds`
//! (with this pallet as its members and combiner) and the oracle pallet, over a CID stand-in.

use crate as pallet_minix_oracle;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
	PalletId,
};
use minix_primitives::{
	Cid as CidNumber, CidAttest, CidInspect, Claim, ClaimKey, OracleKey, OracleValue, Reputation,
};
use sp_runtime::{BuildStorage, DispatchError, DispatchResult};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Timestamp: pallet_timestamp,
		OracleFeeds: pallet_oracle,
		Oracle: pallet_minix_oracle,
	}
);

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

thread_local! {
	/// `(cid, owner, reputation)` for the CID stand-in.
	pub static CIDS: RefCell<Vec<(CidNumber, u64, Reputation)>> = const { RefCell::new(Vec::new()) };
	/// `(cid, key, claim)` written through `CidAttest`.
	pub static CLAIMS: RefCell<Vec<(CidNumber, ClaimKey, Claim<u64, u64>)>> = const { RefCell::new(Vec::new()) };
}

/// Give `who` the CID `cid`.
pub fn set_cid(cid: CidNumber, who: u64) {
	CIDS.with(|c| {
		let mut c = c.borrow_mut();
		c.retain(|e| e.0 != cid);
		c.push((cid, who, 0));
	});
}

/// The claim `key` about `cid` as the CID pallet would return it (absent once expired).
pub fn claim(cid: CidNumber, key: &[u8]) -> Option<Claim<u64, u64>> {
	MockCids::claim_of(cid, &key.to_vec().try_into().unwrap())
}

/// Stands for the `Cid` pallet.
pub struct MockCids;
impl CidInspect<u64, u64> for MockCids {
	fn owner_of(cid: CidNumber) -> Option<u64> {
		CIDS.with(|c| c.borrow().iter().find(|e| e.0 == cid).map(|e| e.1))
	}
	fn cid_of(who: &u64) -> Option<CidNumber> {
		CIDS.with(|c| c.borrow().iter().find(|e| e.1 == *who).map(|e| e.0))
	}
	fn reputation_of(cid: CidNumber) -> Reputation {
		// As the `Cid` pallet: the score governance set plus the live attestations' reputation.
		let set = CIDS.with(|c| c.borrow().iter().find(|e| e.0 == cid).map(|e| e.2));
		set.map(|set| set.saturating_add(Oracle::attested_reputation(cid)))
			.unwrap_or_default()
	}
	fn claim_of(cid: CidNumber, key: &ClaimKey) -> Option<Claim<u64, u64>> {
		let now = System::block_number();
		CLAIMS.with(|c| {
			c.borrow()
				.iter()
				.find(|e| e.0 == cid && e.1 == *key && e.2.valid_until >= now)
				.map(|e| e.2.clone())
		})
	}
	fn cid_by_name(_: &[u8]) -> Option<CidNumber> {
		None
	}
}
impl CidAttest<u64, u64> for MockCids {
	fn set_claim(cid: CidNumber, key: ClaimKey, claim: Claim<u64, u64>) -> DispatchResult {
		Self::owner_of(cid).ok_or(DispatchError::Other("no such CID"))?;
		CLAIMS.with(|c| {
			let mut c = c.borrow_mut();
			c.retain(|e| !(e.0 == cid && e.1 == key));
			c.push((cid, key, claim));
		});
		Ok(())
	}
	fn remove_claim(cid: CidNumber, key: &ClaimKey) -> DispatchResult {
		CLAIMS.with(|c| c.borrow_mut().retain(|e| !(e.0 == cid && e.1 == *key)));
		Ok(())
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn issue_for_benchmarks(cid: CidNumber, owner: &u64) {
		// The stand-in outlives one externalities: a benchmark run for its next component value
		// issues the same CIDs to the same accounts again.
		let owner_now = Self::owner_of(cid);
		assert!(owner_now.is_none() || owner_now == Some(*owner), "CID {cid} is taken");
		set_cid(cid, *owner);
	}
}

parameter_types! {
	pub const FeePool: u64 = FEE_POOL;
}

impl pallet_minix_oracle::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Cids = MockCids;
	type Attest = MockCids;
	type Feeds = pallet_minix_oracle::OrmlFeeds<Test>;
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
}

/// Accounts 1–5 own CIDs 100_001–100_005 and hold MINI; `POOR` owns CID 100_007 and holds
/// almost nothing; CID 100_010 belongs to EVE too. Block 1, time 1_000 ms.
pub fn new_test_ext() -> sp_io::TestExternalities {
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
			set_cid(100_000 + who, who);
		}
		set_cid(100_010, EVE);
	});
	ext
}
