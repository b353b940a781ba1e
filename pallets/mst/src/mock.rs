//! A test runtime: System, Balances, pallet-assets (with MST as its freezer) and MST.

use crate as pallet_mst;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
	PalletId,
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

minix_test_utils::mock_runtime! {
	Test;
	0 => System: frame_system,
	1 => Balances: pallet_balances,
	2 => Assets: pallet_assets,
	3 => Mst: pallet_mst,
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

/// The `Cid` and `Oracle` stand-ins (`minix-test-utils`); `rain_mm` is the feed key these
/// tests lock on (registered in `new_test_ext`).
pub type MockCids = minix_test_utils::MockCids<minix_test_utils::CurrentBlock<Test>>;
pub use minix_test_utils::{set_cid, set_oracle_value, MockOracle};

impl pallet_mst::Config for Test {
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
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for () {
	fn set_oracle_value(key: &minix_primitives::OracleKey, value: minix_primitives::OracleValue) {
		minix_test_utils::set_oracle_value(key, Some(value));
	}
}

/// Accounts 1–4 and the fee pool hold MINI; `POOR` holds none.
pub fn new_test_ext() -> sp_io::TestExternalities {
	minix_test_utils::reset();
	minix_test_utils::register_feed_key(b"rain_mm");
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
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run `test` on a fresh chain, then check the pallet's invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Mst::do_try_state().expect("MST invariants hold");
	});
}
