//! Unit tests of every call and rejection; every test ends with the pallet's `try_state` checks.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use sp_runtime::{DispatchError, Perbill};

fn mini(who: u128) -> u64 {
	Balances::free_balance(who)
}

fn held(who: u128) -> u64 {
	Balances::balance_on_hold(&HoldReason::Deposit.into(), &who)
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| if let RuntimeEvent::DepositLock(e) = r.event { Some(e) } else { None })
		.expect("an event")
}

fn deposit(who: u128, program: ProgramId, amount: u64, tier: u32) -> sp_runtime::DispatchResult {
	DepositLock::deposit(RuntimeOrigin::signed(who), program, amount, tier)
}

#[test]
fn genesis_opens_the_funded_mini_program() {
	run(|| {
		let program = Programs::<Test>::get(0).unwrap();
		assert_eq!(program.token, DepositToken::Mini);
		assert_eq!(program.owner, None);
		assert_eq!(program.available, 1_000);
		assert_eq!(mini(DepositLock::pool_account(0)), 1_000);
		assert_eq!(mini(GOVERNANCE_POOL), 9_000);
	});
}

#[test]
fn a_mini_deposit_pays_principal_and_reward_at_maturity() {
	run(|| {
		assert_ok!(deposit(BOB, 0, 1_000, 1));
		assert_eq!(
			last_event(),
			Event::Deposited {
				id: 0,
				program: 0,
				who: BOB,
				principal: 1_000,
				reward: 200,
				matures_at: 101
			}
		);
		assert_eq!((mini(BOB), held(BOB)), (99_000, 1_000));
		let program = Programs::<Test>::get(0).unwrap();
		assert_eq!((program.available, program.reserved, program.principal), (800, 200, 1_000));
		// No early exit, and only the depositor.
		System::set_block_number(100);
		assert_noop!(
			DepositLock::withdraw(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::NotMatured
		);
		System::set_block_number(101);
		assert_noop!(
			DepositLock::withdraw(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::NotDepositOwner
		);
		assert_ok!(DepositLock::withdraw(RuntimeOrigin::signed(BOB), 0));
		assert_eq!(
			last_event(),
			Event::Withdrawn { id: 0, who: BOB, principal: 1_000, reward: 200 }
		);
		assert_eq!((mini(BOB), held(BOB)), (100_200, 0));
		assert_eq!(mini(DepositLock::pool_account(0)), 800);
		assert_noop!(
			DepositLock::withdraw(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::UnknownDeposit
		);
	});
}

#[test]
fn rewards_are_rounded_down_and_reserved_at_once() {
	run(|| {
		assert_ok!(deposit(BOB, 0, 1_009, 0)); // 10% of 1_009 = 100.9 -> 100
		assert_eq!(Deposits::<Test>::get(0).unwrap().reward, 100);
		assert_noop!(deposit(BOB, 0, 9, 0), Error::<Test>::AmountTooSmall);
		// 900 left in the pool, of which the existential deposit (1) is never reserved: a 20%
		// deposit of 5_000 needs 1_000, one of 4_500 needs 900, one of 4_495 fits.
		assert_noop!(deposit(CHARLIE, 0, 5_000, 1), Error::<Test>::PoolTooSmall);
		assert_noop!(deposit(CHARLIE, 0, 4_500, 1), Error::<Test>::PoolTooSmall);
		assert_ok!(deposit(CHARLIE, 0, 4_495, 1));
		assert_eq!(Programs::<Test>::get(0).unwrap().available, 1);
	});
}

#[test]
fn deposit_rejections() {
	run(|| {
		assert_noop!(deposit(BOB, 7, 1_000, 0), Error::<Test>::UnknownProgram);
		assert_noop!(deposit(BOB, 0, 1_000, 2), Error::<Test>::UnknownTier);
		assert_noop!(deposit(BOB, 0, 0, 0), Error::<Test>::ZeroAmount);
		assert_ok!(DepositLock::fund_program(RuntimeOrigin::signed(ALICE), 0, 20_000));
		assert_noop!(deposit(BOB, 0, 100_001, 0), Error::<Test>::CannotPay);
		assert_ok!(deposit(BOB, 0, 100, 0));
		assert_ok!(deposit(BOB, 0, 100, 0));
		assert_noop!(deposit(BOB, 0, 100, 0), Error::<Test>::TooManyDeposits);
	});
}

#[test]
fn an_mst_program_by_its_issuer_escrows_principals() {
	run(|| {
		assert_noop!(
			DepositLock::create_program(
				RuntimeOrigin::signed(BOB),
				b"GOLD".to_vec(),
				vec![(5, Perbill::from_percent(50))]
			),
			Error::<Test>::NotIssuer
		);
		assert_noop!(
			DepositLock::create_program(
				RuntimeOrigin::signed(ALICE),
				b"SILVER".to_vec(),
				vec![(5, Perbill::from_percent(50))]
			),
			Error::<Test>::UnknownToken
		);
		assert_ok!(DepositLock::create_program(
			RuntimeOrigin::signed(ALICE),
			b"gold".to_vec(),
			vec![(5, Perbill::from_percent(50))]
		));
		assert_eq!(
			last_event(),
			Event::ProgramCreated { id: 1, token: DepositToken::Mst(GOLD), owner: Some(ALICE) }
		);
		assert_ok!(DepositLock::fund_program(RuntimeOrigin::signed(ALICE), 1, 10_000));
		assert_eq!(Assets::balance(GOLD, DepositLock::pool_account(1)), 10_000);
		assert_ok!(deposit(BOB, 1, 2_000, 0));
		assert_eq!(escrowed(BOB), 2_000);
		// The escrowed principal cannot leave Bob's account.
		assert_noop!(
			Assets::transfer(RuntimeOrigin::signed(BOB), GOLD, CHARLIE, 98_001),
			pallet_assets::Error::<Test>::BalanceLow
		);
		System::set_block_number(6);
		assert_ok!(DepositLock::withdraw(RuntimeOrigin::signed(BOB), 0));
		assert_eq!((Assets::balance(GOLD, BOB), escrowed(BOB)), (101_000, 0));
	});
}

#[test]
fn programs_are_governed() {
	run(|| {
		let tiers = vec![(5, Perbill::from_percent(1))];
		assert_noop!(
			DepositLock::create_program(
				RuntimeOrigin::signed(ALICE),
				b"MINI".to_vec(),
				tiers.clone()
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			DepositLock::create_program(RuntimeOrigin::root(), b"MINI".to_vec(), vec![]),
			Error::<Test>::BadTiers
		);
		assert_noop!(
			DepositLock::create_program(
				RuntimeOrigin::root(),
				b"MINI".to_vec(),
				vec![(0, Perbill::from_percent(1))]
			),
			Error::<Test>::BadTiers
		);
		assert_noop!(
			DepositLock::create_program(
				RuntimeOrigin::root(),
				b"MINI".to_vec(),
				vec![(5, Perbill::zero()); 1]
			),
			Error::<Test>::BadTiers
		);
		assert_noop!(
			DepositLock::create_program(
				RuntimeOrigin::root(),
				b"MINI".to_vec(),
				vec![(5, Perbill::from_percent(1)); 9]
			),
			Error::<Test>::BadTiers
		);
		assert_ok!(DepositLock::create_program(RuntimeOrigin::root(), b"mini".to_vec(), tiers));
		assert_noop!(
			DepositLock::fund_program(RuntimeOrigin::signed(ALICE), 1, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			DepositLock::fund_program(RuntimeOrigin::signed(ALICE), 9, 10),
			Error::<Test>::UnknownProgram
		);
		assert_noop!(
			DepositLock::fund_program(RuntimeOrigin::signed(ALICE), 1, 100_000),
			Error::<Test>::CannotPay
		);
	});
}

#[test]
fn closing_stops_new_deposits_and_honours_open_ones() {
	run(|| {
		assert_ok!(deposit(BOB, 0, 1_000, 0));
		assert_noop!(
			DepositLock::close_program(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::NotProgramOwner
		);
		assert_ok!(DepositLock::close_program(RuntimeOrigin::root(), 0));
		// The unreserved 900 went back to the governance pool but the existential deposit (1),
		// kept while Bob's 100 are promised.
		assert_eq!(last_event(), Event::ProgramClosed { id: 0, returned: 899 });
		assert_eq!(mini(GOVERNANCE_POOL), 9_899);
		assert_noop!(deposit(CHARLIE, 0, 1_000, 0), Error::<Test>::ProgramClosed);
		assert_noop!(
			DepositLock::close_program(RuntimeOrigin::root(), 0),
			Error::<Test>::ProgramClosed
		);
		System::set_block_number(11);
		assert_ok!(DepositLock::withdraw(RuntimeOrigin::signed(BOB), 0));
		assert_eq!(mini(BOB), 100_100);
		// The last reward paid, the kept 1 goes back too.
		System::assert_has_event(Event::PoolSwept { id: 0, to: GOVERNANCE_POOL, amount: 1 }.into());
		assert_eq!(mini(GOVERNANCE_POOL), 9_900);
	});
}

#[test]
fn coinage_is_principal_times_blocks_held_capped() {
	run(|| {
		assert_ok!(deposit(BOB, 0, 1_000, 1));
		System::set_block_number(41);
		assert_eq!(DepositLock::coinage(&BOB, DepositToken::Mini), 40_000);
		System::set_block_number(500);
		assert_eq!(DepositLock::coinage(&BOB, DepositToken::Mini), 100_000);
		assert_eq!(DepositLock::coinage(&BOB, DepositToken::Mst(GOLD)), 0);
		assert_eq!(DepositLock::deposits_of(&BOB).len(), 1);
	});
}

#[test]
fn deposit_pools_cannot_be_dusted_below_the_existential_deposit_to_trap_principals() {
	run(|| {
		// GOLD with a minimum balance of 10; a program paying 10 % after 5 blocks, pool 12.
		assert_ok!(Assets::force_asset_status(
			RuntimeOrigin::root(),
			GOLD,
			99,
			99,
			99,
			99,
			10,
			false,
			false
		));
		assert_ok!(DepositLock::create_program(
			RuntimeOrigin::signed(ALICE),
			b"GOLD".to_vec(),
			vec![(5, Perbill::from_percent(10))]
		));
		assert_ok!(DepositLock::fund_program(RuntimeOrigin::signed(ALICE), 1, 12));
		// Two rewards of 6 would empty the pool: paying the first would leave 6, below the
		// minimum, so the pool would be dusted away and the second principal stuck behind an
		// unpayable reward. Only what exceeds the minimum may be reserved.
		assert_noop!(deposit(BOB, 1, 60, 0), Error::<Test>::PoolTooSmall);
		assert_ok!(DepositLock::fund_program(RuntimeOrigin::signed(ALICE), 1, 10));
		assert_ok!(deposit(BOB, 1, 60, 0));
		assert_ok!(deposit(ALICE, 1, 60, 0));
		assert_noop!(deposit(BOB, 1, 10, 0), Error::<Test>::PoolTooSmall);
		// Closing keeps the minimum for the open deposits.
		assert_ok!(DepositLock::close_program(RuntimeOrigin::signed(ALICE), 1));
		assert_eq!(last_event(), Event::ProgramClosed { id: 1, returned: 0 });
		System::set_block_number(6);
		let pool = DepositLock::pool_account(1);
		assert_ok!(DepositLock::withdraw(RuntimeOrigin::signed(BOB), 0));
		assert_eq!((escrowed(BOB), Assets::balance(GOLD, pool)), (0, 16));
		// The last reward returns the kept minimum to the owner.
		let alice_before = Assets::balance(GOLD, ALICE);
		assert_ok!(DepositLock::withdraw(RuntimeOrigin::signed(ALICE), 1));
		System::assert_has_event(Event::PoolSwept { id: 1, to: ALICE, amount: 10 }.into());
		assert_eq!(Assets::balance(GOLD, ALICE), alice_before + 6 + 10);
		assert_eq!((escrowed(ALICE), Assets::balance(GOLD, pool)), (0, 0));
	});
}

#[test]
fn deposit_pools_tolerate_donations() {
	run(|| {
		// MINI sent to program 0's pool directly: more than its books say, which is fine.
		assert_ok!(Balances::transfer_allow_death(
			RuntimeOrigin::signed(CHARLIE),
			DepositLock::pool_account(0),
			7
		));
		assert_ok!(deposit(BOB, 0, 100, 0));
	});
}
