//! A test runtime: System, Balances and the CID pallet.

use crate as pallet_cid;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, ConstU8},
};
use frame_system::EnsureRootWithSuccess;
use minix_primitives::{Cid as CidNumber, OnCidIssued};
use sp_runtime::{BuildStorage, DispatchResult};

type Block = frame_system::mocking::MockBlock<Test>;

minix_test_utils::mock_runtime! {
	Test;
	0 => System: frame_system,
	1 => Balances: pallet_balances,
	2 => Cid: pallet_cid,
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

/// Governance's account when it issues claims.
pub const GOVERNANCE: u64 = 999;
/// A CID whose release the `OnIssued` handler refuses.
pub const REFUSED_RELEASE: CidNumber = 9_999_999;
/// The public-CID deposit.
pub const DEPOSIT: u64 = 10;

/// The ecosystem pool, which receives remint fees.
pub const POOL: u64 = 50;
/// What the first remint costs.
pub const REMINT_BASE: u64 = 5;
/// How many times a card may be reminted.
pub const MAX_REMINTS: u8 = 3;

parameter_types! {
	pub const Pool: u64 = POOL;
	pub const MaxRemintTax: sp_runtime::Percent = sp_runtime::Percent::from_percent(30);
	pub const Governance: u64 = GOVERNANCE;
	pub const ReservedNames: &'static [&'static [u8]] = &[b"admin", b"minix"];
}

thread_local! {
	/// Every `(cid, owner)` reported through `OnIssued`.
	pub static ISSUED: RefCell<Vec<(CidNumber, u64)>> = const { RefCell::new(Vec::new()) };
	/// Every `(cid, from, to)` reported through `OnChangedHands`.
	pub static CHANGED_HANDS: RefCell<Vec<(CidNumber, u64, Option<u64>)>> =
		const { RefCell::new(Vec::new()) };
}

impl minix_primitives::OnCidChangedHands<u64> for RecordIssued {
	fn on_cid_changed_hands(cid: CidNumber, from: &u64, to: Option<&u64>) {
		CHANGED_HANDS.with(|c| c.borrow_mut().push((cid, *from, to.copied())));
	}
}

/// Records issuances, as Mini Point would mint on them.
pub struct RecordIssued;
impl OnCidIssued<u64> for RecordIssued {
	fn on_cid_issued(cid: CidNumber, owner: &u64) -> DispatchResult {
		ISSUED.with(|i| i.borrow_mut().push((cid, *owner)));
		Ok(())
	}
	fn on_cid_released(cid: CidNumber, _: &u64) -> DispatchResult {
		// Stands for Mini Point refusing because the owner cannot return the reward.
		frame_support::ensure!(cid != REFUSED_RELEASE, "owner cannot return the reward");
		Ok(())
	}
}

impl pallet_cid::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type AttestOrigin = EnsureRootWithSuccess<u64, Governance>;
	type OnIssued = RecordIssued;
	type OnChangedHands = RecordIssued;
	type Attested = ();
	type CidDeposit = ConstU64<DEPOSIT>;
	type MaxCidsPerAccount = ConstU32<4>;
	type MaxNameLen = ConstU32<24>;
	type MaxCardLen = ConstU32<8>;
	type Cards = minix_test_utils::MockBoundItems;
	type RemintBase = ConstU64<REMINT_BASE>;
	type MaxRemints = ConstU8<MAX_REMINTS>;
	type MaxRemintTax = MaxRemintTax;
	type RemintFeeTo = Pool;
	type MaxBondLen = ConstU32<64>;
	type MaxBonds = ConstU32<3>;
	type MaxClaims = ConstU32<2>;
	type MaxRegistrars = ConstU32<3>;
	type RegistrationPeriod = ConstU64<PERIOD>;
	type DefaultAllowance = ConstU32<ALLOWANCE>;
	type MaxClaimScan = ConstU32<4>;
	type ReservedNames = ReservedNames;
	type Tokens = minix_test_utils::MockTokens<u64>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<Test> for () {
	fn token(who: &u64, amount: u64) -> Vec<u8> {
		minix_test_utils::set_gold(*who, amount.into());
		minix_test_utils::GOLD.to_vec()
	}
}

/// Blocks per registration period.
pub const PERIOD: u64 = 10;
/// Community CIDs a registrar may assign per period.
pub const ALLOWANCE: u32 = 2;

/// Accounts 1–4 hold 100 each; account 5 holds nothing. Account 10 is a registrar. Nobody
/// holds GOLD (the `Mst` stand-in's token).
pub fn new_test_ext() -> sp_io::TestExternalities {
	minix_test_utils::reset();
	ISSUED.with(|i| i.borrow_mut().clear());
	CHANGED_HANDS.with(|c| c.borrow_mut().clear());
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(1, 100), (2, 100), (3, 100), (4, 100), (10, 100)],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_cid::GenesisConfig::<Test> { cids: vec![(7, 1)], registrars: vec![10] }
		.assimilate_storage(&mut t)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run `test` in a fresh externality, then check the pallet's invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Cid::do_try_state().expect("CID indexes are consistent");
	});
}
