//! A test runtime: System, Balances, pallet-assets and the deposit lock, with a stand-in for
//! `Mst` that knows one token, `GOLD` (asset 0, issue cert with `ALICE`), and freezes escrow.

use crate as pallet_deposit_lock;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
	PalletId,
};
use minix_primitives::TokenEscrow;
use sp_runtime::{BuildStorage, DispatchResult};

type Block = frame_system::mocking::MockBlock<Test>;

minix_test_utils::mock_runtime! {
	Test;
	0 => System: frame_system,
	1 => Balances: pallet_balances,
	2 => Assets: pallet_assets,
	3 => DepositLock: pallet_deposit_lock,
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	// 16-byte accounts: program pool accounts (`modl` + pallet id + program id) stay distinct.
	type AccountId = u128;
	type Lookup = sp_runtime::traits::IdentityLookup<u128>;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

pub const ALICE: u128 = 1;
pub const BOB: u128 = 2;
pub const CHARLIE: u128 = 3;
pub const GOVERNANCE_POOL: u128 = 50;
pub const GOLD: u32 = 0;

thread_local! {
	/// Escrowed GOLD per account.
	pub static ESCROW: RefCell<Vec<(u128, u64)>> = const { RefCell::new(Vec::new()) };
}

/// The GOLD escrowed from `who`.
pub fn escrowed(who: u128) -> u64 {
	ESCROW.with(|e| e.borrow().iter().find(|(w, _)| *w == who).map(|(_, a)| *a).unwrap_or(0))
}

fn set_escrowed(who: u128, amount: u64) {
	ESCROW.with(|e| {
		let mut e = e.borrow_mut();
		e.retain(|(w, _)| *w != who);
		e.push((who, amount));
	});
}

/// Freezes escrowed GOLD, as `Mst` does.
pub struct EscrowFreezer;
impl pallet_assets::FrozenBalance<u32, u128, u64> for EscrowFreezer {
	fn frozen_balance(_: u32, who: &u128) -> Option<u64> {
		Some(escrowed(*who)).filter(|a| *a > 0)
	}
	fn died(_: u32, _: &u128) {}
	fn contains_freezes(_: u32) -> bool {
		false
	}
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Currency = Balances;
	type CreateOrigin =
		frame_support::traits::AsEnsureOriginWithArg<frame_system::EnsureNever<u128>>;
	type ForceOrigin = frame_system::EnsureRoot<u128>;
	type Freezer = EscrowFreezer;
}

/// Stands for `Mst`.
pub struct MockTokens;
impl TokenEscrow<u128, u64> for MockTokens {
	fn asset_of(symbol: &[u8]) -> Option<u32> {
		symbol.eq_ignore_ascii_case(b"GOLD").then_some(GOLD)
	}
	fn issue_cert_holder(symbol: &[u8]) -> Option<u128> {
		symbol.eq_ignore_ascii_case(b"GOLD").then_some(ALICE)
	}
	fn escrow(asset: u32, who: &u128, amount: u64) -> DispatchResult {
		use frame_support::traits::{
			fungibles::Inspect,
			tokens::{Fortitude, Preservation},
		};
		let free =
			Assets::reducible_balance(asset, who, Preservation::Expendable, Fortitude::Polite);
		frame_support::ensure!(free >= amount, "not spendable");
		set_escrowed(*who, escrowed(*who) + amount);
		Ok(())
	}
	fn release(_: u32, who: &u128, amount: u64) -> DispatchResult {
		let left = escrowed(*who).checked_sub(amount).ok_or("not escrowed")?;
		set_escrowed(*who, left);
		Ok(())
	}
}

parameter_types! {
	pub const DepositLockPalletId: PalletId = PalletId(*b"mx/depst");
	pub const GovernancePool: u128 = GOVERNANCE_POOL;
}

impl pallet_deposit_lock::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Assets = Assets;
	type Tokens = MockTokens;
	type GovernanceOrigin = frame_system::EnsureRoot<u128>;
	type PalletId = DepositLockPalletId;
	type GovernancePool = GovernancePool;
	type MaxDepositsPerAccount = ConstU32<2>;
	type MaxCoinageBlocks = ConstU64<100>;
	type WeightInfo = ();
}

/// MINI for Alice, Bob, Charlie and the governance pool; GOLD for Alice and Bob; genesis opens
/// MINI program 0 with tiers (10 blocks, 10%) and (100 blocks, 20%), funded with 1_000 from the
/// governance pool.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(ALICE, 100_000),
			(BOB, 100_000),
			(CHARLIE, 100_000),
			(GOVERNANCE_POOL, 10_000),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(GOLD, 99, false, 1)],
		accounts: vec![(GOLD, ALICE, 100_000), (GOLD, BOB, 100_000)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_deposit_lock::GenesisConfig::<Test> {
		mini_programs: vec![(
			vec![
				(10, sp_runtime::Perbill::from_percent(10)),
				(100, sp_runtime::Perbill::from_percent(20)),
			],
			GOVERNANCE_POOL,
			1_000,
		)],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		ESCROW.with(|e| e.borrow_mut().clear());
	});
	ext
}

/// Run `test` on a fresh chain, then check the pallet's invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		DepositLock::do_try_state().expect("deposit-lock invariants hold");
	});
}
