//! A test runtime: System, Balances and the MIT pallet, over the `minix-test-utils` stand-ins
//! for the MIT collection of pallet-nfts and for CIDs.

use crate as pallet_mit;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

minix_test_utils::mock_runtime! {
	Test;
	0 => System: frame_system,
	1 => Balances: pallet_balances,
	2 => Mit: pallet_mit,
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

/// The deposit of every MIT.
pub const BASE: u64 = 10;
/// The deposit per byte of symbol and content.
pub const PER_BYTE: u64 = 1;
/// The most MITs per `register` call.
pub const MAX_PER_CALL: u32 = 3;
/// The holders each MIT keeps.
pub const MAX_HISTORY: u32 = 3;

impl pallet_mit::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Items = minix_test_utils::MockBoundItems;
	type Cids = minix_test_utils::MockCids<minix_test_utils::CurrentBlock<Test>>;
	type DepositBase = ConstU64<BASE>;
	type DepositPerByte = ConstU64<PER_BYTE>;
	type MaxContentLen = ConstU32<16>;
	type MaxPerCall = ConstU32<MAX_PER_CALL>;
	type MaxHistory = ConstU32<MAX_HISTORY>;
	type WeightInfo = ();
}

/// Accounts 1–4 hold 1000 each; account 5 holds 20. CID 1_000_002 "bob" belongs to 2.
pub fn new_test_ext() -> sp_io::TestExternalities {
	minix_test_utils::reset();
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(1, 1000), (2, 1000), (3, 1000), (4, 1000), (5, 20)],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_mit::GenesisConfig::<Test>::default().assimilate_storage(&mut t).unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		minix_test_utils::set_cid(1_000_002, 2, 0);
		minix_test_utils::set_name(1_000_002, b"bob");
	});
	ext
}

/// Run `test` in a fresh externality, then check the pallet's invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Mit::do_try_state().expect("MIT indexes are consistent");
	});
}
