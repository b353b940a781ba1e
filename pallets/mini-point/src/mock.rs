//! A test runtime: System, Balances and Mini Point. The block author is set per test.

use crate as pallet_mini_point;
use core::cell::Cell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU64, FindAuthor},
	PalletId,
};
use sp_runtime::{BuildStorage, ConsensusEngineId, Percent};

type Block = frame_system::mocking::MockBlock<Test>;

minix_test_utils::mock_runtime! {
	Test;
	0 => System: frame_system,
	1 => Balances: pallet_balances,
	2 => MiniPoint: pallet_mini_point,
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

/// The existential deposit.
pub const ED: u64 = 5;
/// Minted to a CID's owner.
pub const TO_OWNER: u64 = 100;
/// Minted to the ecosystem pool per CID.
pub const TO_POOL: u64 = 25;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type ExistentialDeposit = ConstU64<ED>;
	type DustRemoval = crate::ToFeePool<Test>;
}

thread_local! {
	/// The author `FindAuthor` reports.
	pub static AUTHOR: Cell<Option<u64>> = const { Cell::new(None) };
}

/// Reports `AUTHOR`.
pub struct TestAuthor;
impl FindAuthor<u64> for TestAuthor {
	fn find_author<'a, I>(_: I) -> Option<u64>
	where
		I: 'a + IntoIterator<Item = (ConsensusEngineId, &'a [u8])>,
	{
		AUTHOR.with(|a| a.get())
	}
}

parameter_types! {
	pub const EcosystemPoolId: PalletId = PalletId(*b"mx/ecopl");
	pub const FeePoolId: PalletId = PalletId(*b"mx/feepl");
	pub const AuthorShare: Percent = Percent::from_percent(20);
}

impl pallet_mini_point::Config for Test {
	type Currency = Balances;
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type OwnerReward = ConstU64<TO_OWNER>;
	type PoolReward = ConstU64<TO_POOL>;
	type EcosystemPoolId = EcosystemPoolId;
	type FeePoolId = FeePoolId;
	type AuthorShare = AuthorShare;
	type FindAuthor = TestAuthor;
	type SeededAccounts = ();
	type WeightInfo = ();
}

/// Empty state: no balances, no CIDs (the invariant holds at 0 <= 0).
pub fn new_test_ext() -> sp_io::TestExternalities {
	ext_with_balances(vec![])
}

/// State with `balances` endowed by the Balances genesis (to test the genesis check).
pub fn ext_with_balances(balances: Vec<(u64, u64)>) -> sp_io::TestExternalities {
	AUTHOR.with(|a| a.set(None));
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_mini_point::GenesisConfig::<Test>::default()
		.assimilate_storage(&mut t)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run `test` in a fresh externality, then check the supply invariant.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		MiniPoint::check_supply().expect("supply invariant holds");
	});
}
