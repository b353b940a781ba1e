//! A test runtime: System, Balances, pallet-assets (with MST as its freezer) and MST.

use crate as pallet_mst;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
	PalletId,
};
use minix_primitives::{
	Cid as CidNumber, CidInspect, Claim, ClaimKey, OracleKey, OracleValue, OracleValues, Reputation,
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Mst: pallet_mst,
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

/// pallet-assets asks MST what is frozen (the runtime wires the same adapter).
pub struct MstFreezer;
impl pallet_assets::FrozenBalance<u32, u64, u64> for MstFreezer {
	fn frozen_balance(asset: u32, who: &u64) -> Option<u64> {
		Mst::frozen_balance(asset, who)
	}
	fn died(asset: u32, who: &u64) {
		Mst::account_died(asset, who)
	}
	fn contains_freezes(asset: u32) -> bool {
		Mst::contains_freezes(asset)
	}
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Currency = Balances;
	type CreateOrigin =
		frame_support::traits::AsEnsureOriginWithArg<frame_system::EnsureNever<u64>>;
	type ForceOrigin = frame_system::EnsureRoot<u64>;
	type StringLimit = ConstU32<64>;
	type MetadataDepositBase = ConstU64<0>;
	type MetadataDepositPerByte = ConstU64<0>;
	type Freezer = MstFreezer;
}

pub const ALICE: u64 = 1;
pub const BOB: u64 = 2;
pub const CHARLIE: u64 = 3;
pub const DAVE: u64 = 4;
/// The least a MINI-quoted order may be worth.
pub const MIN_ORDER_VALUE: u64 = 10;
/// Blocks an order rests before it expires.
pub const ORDER_LIFETIME: u64 = 100;
/// An account with no MINI at all.
pub const POOR: u64 = 7;
/// The fee pool.
pub const FEE_POOL: u64 = 99;
pub const ISSUE_FEE: u64 = 100;
pub const TOKEN_DEPOSIT: u64 = 50;
pub const INITIAL_MINI: u64 = 1_000_000;

parameter_types! {
	pub const MstPalletId: PalletId = PalletId(*b"mx/mstok");
	pub const FeePool: u64 = FEE_POOL;
	pub const Reserved: &'static [&'static [u8]] = &[b"MINI", b"XBTC", b"BTC"];
	pub const Banned: &'static [&'static [u8]] = &[b"SCAM"];
}

thread_local! {
	/// `account -> (cid, reputation)` for the CID stand-in.
	pub static CIDS: RefCell<Vec<(u64, CidNumber, Reputation)>> = const { RefCell::new(Vec::new()) };
}

/// Give `who` the CID `cid` with `reputation`.
pub fn set_cid(who: u64, cid: CidNumber, reputation: Reputation) {
	CIDS.with(|c| c.borrow_mut().push((who, cid, reputation)));
}

/// Stands for the `Cid` pallet.
pub struct MockCids;
impl CidInspect<u64, u64> for MockCids {
	fn owner_of(cid: CidNumber) -> Option<u64> {
		CIDS.with(|c| c.borrow().iter().find(|e| e.1 == cid).map(|e| e.0))
	}
	fn cid_of(who: &u64) -> Option<CidNumber> {
		CIDS.with(|c| c.borrow().iter().find(|e| e.0 == *who).map(|e| e.1))
	}
	fn reputation_of(cid: CidNumber) -> Reputation {
		CIDS.with(|c| c.borrow().iter().find(|e| e.1 == cid).map(|e| e.2).unwrap_or_default())
	}
	fn claim_of(_: CidNumber, _: &ClaimKey) -> Option<Claim<u64, u64>> {
		None
	}
	fn cid_by_name(_: &[u8]) -> Option<CidNumber> {
		None
	}
}

thread_local! {
	/// `key -> combined value` for the oracle stand-in.
	pub static ORACLE: RefCell<Vec<(OracleKey, OracleValue)>> = const { RefCell::new(Vec::new()) };
}

/// Make the oracle stand-in report `value` for `key` (`None`: unknown or stale).
pub fn set_oracle(key: &[u8], value: Option<OracleValue>) {
	let key: OracleKey = key.to_vec().try_into().unwrap();
	ORACLE.with(|o| {
		let mut o = o.borrow_mut();
		o.retain(|(k, _)| *k != key);
		if let Some(value) = value {
			o.push((key, value));
		}
	});
}

/// Stands for the `Oracle` pallet.
pub struct MockOracle;
impl OracleValues for MockOracle {
	fn value_of(key: &OracleKey) -> Option<OracleValue> {
		ORACLE.with(|o| o.borrow().iter().find(|(k, _)| k == key).map(|(_, v)| *v))
	}
	/// `rain_mm` (the feed these tests lock on) and every key given a value.
	fn is_feed_key(key: &OracleKey) -> bool {
		&key[..] == b"rain_mm" || Self::value_of(key).is_some()
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn set_value(key: &OracleKey, value: OracleValue) {
		set_oracle(key, Some(value));
	}
}

impl pallet_mst::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Assets = Assets;
	type Cids = MockCids;
	type Oracle = MockOracle;
	type PalletId = MstPalletId;
	type FeeDestination = FeePool;
	type IssueFee = ConstU64<ISSUE_FEE>;
	type TokenDeposit = ConstU64<TOKEN_DEPOSIT>;
	type ReservedSymbols = Reserved;
	type BannedSubstrings = Banned;
	type MaxDescriptionLen = ConstU32<16>;
	type MaxUnlockPeriods = ConstU32<12>;
	type MaxLocksPerAccount = ConstU32<2>;
	type MaxLockSenders = ConstU32<2>;
	type MaxSwapsPerAccount = ConstU32<2>;
	type MaxSwapDuration = ConstU64<100>;
	type MaxOrdersPerAccount = ConstU32<3>;
	type MaxOrdersPerBook = ConstU32<4>;
	type MaxMatchesPerOrder = ConstU32<2>;
	type MinOrderValue = ConstU64<MIN_ORDER_VALUE>;
	type OrderLifetime = ConstU64<ORDER_LIFETIME>;
	type MaxOfferingsPerAccount = ConstU32<1>;
	type MaxOfferingWindow = ConstU64<50>;
	type WeightInfo = ();
}

/// Accounts 1–4 and the fee pool hold MINI; `POOR` holds none.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(ALICE, INITIAL_MINI),
			(BOB, INITIAL_MINI),
			(CHARLIE, INITIAL_MINI),
			(DAVE, INITIAL_MINI),
			(FEE_POOL, 1),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_mst::GenesisConfig::<Test> { tokens: vec![(b"GEN".to_vec(), DAVE, 2, 1_000)] }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		CIDS.with(|c| c.borrow_mut().clear());
	});
	ext
}

/// Run `test` on a fresh chain, then check the pallet's invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Mst::do_try_state().expect("MST invariants hold");
	});
}
