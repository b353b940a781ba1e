//! Timed deposits through the real runtime: the ETP tiers give the exact numbers docs/design.md
//! gives, genesis funds the MINI program from the ecosystem pool (nothing minted), and a deposit is
//! held, reserves its reward and cannot be withdrawn early.

use crate::common::*;
use frame_support::traits::fungible::InspectHold;
use minix_runtime::{
	configs::mini_deposit_tiers,
	currency::MINI,
	genesis_config_presets::{DEPOSIT_POOL_FUNDING, DEV_DEPOSIT_TIER},
	Balances, DepositLock, Executive, MiniPoint, RuntimeCall, RuntimeHoldReason,
};
use pallet_deposit_lock::{DepositToken, Programs};
use sp_keyring::Sr25519Keyring::Bob;
use sp_runtime::{DispatchError, ModuleError};

#[test]
fn the_etp_tiers_give_the_exact_rewards() {
	let tiers = mini_deposit_tiers();
	let reward = |tier: usize, amount: u128| tiers[tier].1.mul_floor(amount);
	// 365 days: 1 000 MINI earn exactly 200 MINI; 7 days: exactly 0.95890 MINI.
	assert_eq!(reward(4, 1_000 * MINI), 200 * MINI);
	assert_eq!(reward(0, 1_000 * MINI), 9_589 * MINI / 10_000);
	assert_eq!(reward(1, 1_000 * MINI), 6_666_660 * MINI / 1_000_000);
	assert_eq!(reward(2, 1_000 * MINI), 32 * MINI);
	assert_eq!(reward(3, 1_000 * MINI), 80 * MINI);
	let days: Vec<u32> =
		tiers.iter().map(|(blocks, _)| blocks / minix_primitives::time::DAYS).collect();
	assert_eq!(days, vec![7, 30, 92, 182, 365]);
}

#[test]
fn genesis_funds_the_mini_program_without_minting() {
	ext_from_preset("development").execute_with(|| {
		let program = Programs::<minix_runtime::Runtime>::get(0).expect("the MINI program");
		assert_eq!(program.token, DepositToken::Mini);
		assert_eq!(program.available, DEPOSIT_POOL_FUNDING);
		assert_eq!(program.tiers.len(), 6);
		assert_eq!((program.tiers[5].period, program.tiers[5].rate), DEV_DEPOSIT_TIER);
		assert_eq!(Balances::free_balance(DepositLock::pool_account(0)), DEPOSIT_POOL_FUNDING);
		MiniPoint::check_supply().expect("nothing was minted");
	});
}

#[test]
fn a_deposit_is_held_reserves_its_reward_and_cannot_leave_early() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let deposit = RuntimeCall::DepositLock(pallet_deposit_lock::Call::deposit {
			program: 0,
			amount: 50 * MINI,
			tier: 4,
		});
		assert_eq!(Executive::apply_extrinsic(signed(Bob, deposit)), Ok(Ok(())));
		let held = Balances::balance_on_hold(
			&RuntimeHoldReason::DepositLock(pallet_deposit_lock::HoldReason::Deposit),
			&Bob.to_account_id(),
		);
		assert_eq!(held, 50 * MINI);
		let (_, open) = DepositLock::deposits_of(&Bob.to_account_id()).pop().expect("a deposit");
		assert_eq!(open.reward, 10 * MINI);
		assert_eq!(Programs::<minix_runtime::Runtime>::get(0).unwrap().reserved, 10 * MINI);

		let withdraw = RuntimeCall::DepositLock(pallet_deposit_lock::Call::withdraw { id: 0 });
		match Executive::apply_extrinsic(signed(Bob, withdraw)) {
			Ok(Err(DispatchError::Module(ModuleError { index: 14, .. }))) => {},
			other => panic!("expected DepositLock::NotMatured, got {other:?}"),
		}
		assert_eq!(DepositLock::deposits_of(&Bob.to_account_id()).len(), 1);
	});
}
