//! Locks through pallet-assets' freezer hook.

use super::*;

fn model_3() -> LockModelOf<Test> {
	LockModel::FixedRate { period: 12_000, unlocks: 12, rate: 8 }
}

#[test]
fn a_locked_amount_cannot_be_spent_early_and_frees_up_over_blocks() {
	run(|| {
		issue(ALICE, b"GAME", 30_000_000);
		assert_ok!(Mst::lock(
			RuntimeOrigin::signed(ALICE),
			b"GAME".to_vec(),
			20_000_000,
			model_3()
		));
		assert_eq!(
			last_event(),
			Event::Locked {
				symbol: Symbol::truncate_from(b"GAME".to_vec()),
				who: ALICE,
				amount: 20_000_000,
				kind: LockKind::FixedRate
			}
		);
		let spend =
			|amount| Mst::transfer(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), BOB, amount);
		// 10_000_000 are free; one more unit is locked.
		assert_noop!(spend(10_000_001), Error::<Test>::BalanceLocked);
		assert_noop!(
			Assets::transfer_keep_alive(RuntimeOrigin::signed(ALICE), 1, BOB, 10_000_001),
			pallet_assets::Error::<Test>::BalanceLow
		);
		assert_noop!(
			Mst::burn(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), 10_000_001),
			Error::<Test>::BalanceLocked
		);
		assert_ok!(spend(10_000_000));
		// Locked at block 1; the first unlock (8_577_657) comes at block 1_001.
		System::set_block_number(1_000);
		assert_noop!(spend(1), Error::<Test>::BalanceLocked);
		System::set_block_number(1_001);
		assert_eq!(Mst::locked_of(1, &ALICE), 20_000_000 - 8_577_657);
		assert_noop!(spend(8_577_658), Error::<Test>::BalanceLocked);
		assert_ok!(spend(8_577_657));
		System::set_block_number(2_001);
		assert_ok!(spend(686_212));
		System::set_block_number(12_001);
		assert_eq!(Mst::locked_of(1, &ALICE), 0);
		assert_ok!(spend(20_000_000 - 8_577_657 - 686_212));
		assert_eq!(balance(b"GAME", ALICE), 0);
	});
}

#[test]
fn transfer_locked_locks_at_the_recipient() {
	run(|| {
		issue(ALICE, b"GAME", 1_000);
		let model = LockModel::FixedQuantity { period: 10, unlocks: 2 };
		assert_ok!(Mst::allow_locks_from(RuntimeOrigin::signed(BOB), ALICE));
		assert_ok!(Mst::transfer_locked(
			RuntimeOrigin::signed(ALICE),
			b"GAME".to_vec(),
			BOB,
			600,
			model
		));
		assert_eq!(balance(b"GAME", BOB), 600);
		let spend =
			|amount| Mst::transfer(RuntimeOrigin::signed(BOB), b"GAME".to_vec(), CHARLIE, amount);
		assert_noop!(spend(1), Error::<Test>::BalanceLocked);
		System::set_block_number(6);
		assert_ok!(spend(300));
		assert_noop!(spend(1), Error::<Test>::BalanceLocked);
		System::set_block_number(11);
		assert_ok!(spend(300));
		// Errors of either half leave nothing behind.
		let bad = LockModel::FixedQuantity { period: 0, unlocks: 2 };
		assert_noop!(
			Mst::transfer_locked(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), BOB, 10, bad),
			Error::<Test>::BadLockModel
		);
		assert_noop!(
			Mst::transfer_locked(
				RuntimeOrigin::signed(ALICE),
				b"GAME".to_vec(),
				BOB,
				401,
				model_3()
			),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn issue_and_secondary_issue_can_lock_the_new_supply() {
	run(|| {
		let custom = LockModel::Custom {
			cycles: vec![5, 5].try_into().unwrap(),
			quantities: vec![400, 600].try_into().unwrap(),
		};
		assert_ok!(Mst::issue(
			RuntimeOrigin::signed(ALICE),
			b"VEST".to_vec(),
			0,
			1_000,
			SecondaryIssue::Freely,
			vec![],
			Some(custom)
		));
		assert_eq!(
			Mst::account(b"VEST".to_vec(), ALICE),
			Some(MstAccount { balance: 1_000, locked: 1_000, escrowed: 0 })
		);
		System::set_block_number(6);
		assert_eq!(Mst::locked_of(1, &ALICE), 600);
		let more = LockModel::FixedQuantity { period: 4, unlocks: 4 };
		assert_ok!(Mst::secondary_issue(
			RuntimeOrigin::signed(ALICE),
			b"VEST".to_vec(),
			100,
			Some(more)
		));
		assert_eq!(
			Mst::account(b"VEST".to_vec(), ALICE),
			Some(MstAccount { balance: 1_100, locked: 700, escrowed: 0 })
		);
		// A bad model fails the whole issue.
		assert_noop!(
			Mst::issue(
				RuntimeOrigin::signed(ALICE),
				b"BAD".to_vec(),
				0,
				1_000,
				SecondaryIssue::Freely,
				vec![],
				Some(LockModel::FixedRate { period: 10, unlocks: 2, rate: 0 })
			),
			Error::<Test>::BadLockModel
		);
	});
}

#[test]
fn lock_rejections() {
	run(|| {
		issue(ALICE, b"GAME", 1_000);
		let lock = |amount, model| {
			Mst::lock(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), amount, model)
		};
		let simple = || LockModel::FixedQuantity { period: 10, unlocks: 1 };
		assert_noop!(lock(0, simple()), Error::<Test>::ZeroAmount);
		assert_noop!(lock(1_001, simple()), Error::<Test>::InsufficientBalance);
		assert_noop!(
			lock(10, LockModel::FixedQuantity { period: 100, unlocks: 13 }),
			Error::<Test>::BadLockModel
		);
		assert_ok!(lock(400, simple()));
		assert_ok!(lock(400, simple()));
		// Both locked amounts are taken: 200 free.
		assert_noop!(lock(201, simple()), Error::<Test>::BalanceLocked);
		assert_noop!(lock(100, simple()), Error::<Test>::TooManyLocks);
		// Once released, old locks make room for new ones.
		System::set_block_number(11);
		assert_ok!(lock(100, simple()));
		assert_eq!(Locks::<Test>::get(1, ALICE).len(), 1);
	});
}

fn rain_at_least(mm: i128, deadline: u32) -> LockModelOf<Test> {
	LockModel::Conditional {
		condition: Condition {
			key: b"rain_mm".to_vec().try_into().unwrap(),
			comparison: minix_primitives::Comparison::AtLeast,
			value: mm,
		},
		deadline,
	}
}

#[test]
fn a_conditional_lock_is_released_only_once_the_oracle_condition_holds() {
	run(|| {
		issue(ALICE, b"GAME", 1_000);
		assert_ok!(Mst::allow_locks_from(RuntimeOrigin::signed(BOB), ALICE));
		assert_ok!(Mst::transfer_locked(
			RuntimeOrigin::signed(ALICE),
			b"GAME".to_vec(),
			BOB,
			600,
			rain_at_least(100, 50)
		));
		assert_ok!(Mst::transfer(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), BOB, 100));
		assert_ok!(Mst::lock(RuntimeOrigin::signed(BOB), b"GAME".to_vec(), 100, model_3()));
		let spend =
			|amount| Mst::transfer(RuntimeOrigin::signed(BOB), b"GAME".to_vec(), ALICE, amount);
		let try_unlock =
			|index| Mst::try_unlock(RuntimeOrigin::signed(CHARLIE), b"GAME".to_vec(), BOB, index);
		assert_noop!(spend(1), Error::<Test>::BalanceLocked);
		// No value yet, then a value below the threshold: nothing is released.
		assert_noop!(try_unlock(0), Error::<Test>::ConditionNotMet);
		set_oracle_value(b"rain_mm", Some(99));
		assert_noop!(try_unlock(0), Error::<Test>::ConditionNotMet);
		// Bad indices and a scheduled lock are refused.
		assert_noop!(try_unlock(2), Error::<Test>::UnknownLock);
		assert_noop!(try_unlock(1), Error::<Test>::NotConditional);
		assert_noop!(
			Mst::try_unlock(RuntimeOrigin::signed(CHARLIE), b"NOPE".to_vec(), BOB, 0),
			Error::<Test>::UnknownToken
		);
		// The feeds say 100 mm: anyone may release the lock.
		set_oracle_value(b"rain_mm", Some(100));
		assert_ok!(try_unlock(0));
		assert_eq!(
			last_event(),
			Event::Unlocked {
				symbol: Symbol::truncate_from(b"GAME".to_vec()),
				who: BOB,
				amount: 600
			}
		);
		assert_eq!(Mst::locked_of(1, &BOB), 100);
		assert_ok!(spend(600));
		assert_noop!(spend(1), Error::<Test>::BalanceLocked);
		// The remaining lock is now index 0 and is not conditional.
		assert_noop!(try_unlock(0), Error::<Test>::NotConditional);
	});
}

#[test]
fn a_conditional_lock_falls_back_to_its_deadline() {
	run(|| {
		issue(ALICE, b"GAME", 1_000);
		assert_ok!(Mst::lock(
			RuntimeOrigin::signed(ALICE),
			b"GAME".to_vec(),
			1_000,
			rain_at_least(100, 50)
		));
		let spend =
			|amount| Mst::transfer(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), BOB, amount);
		// Locked at block 1 with a 50-block fallback.
		System::set_block_number(50);
		assert_noop!(spend(1), Error::<Test>::BalanceLocked);
		System::set_block_number(51);
		assert_ok!(spend(1_000));
		// Released by the deadline: there is nothing left to unlock.
		set_oracle_value(b"rain_mm", Some(500));
		assert_noop!(
			Mst::try_unlock(RuntimeOrigin::signed(BOB), b"GAME".to_vec(), ALICE, 0),
			Error::<Test>::UnknownLock
		);
		// A zero deadline is a malformed model.
		assert_noop!(
			Mst::lock(RuntimeOrigin::signed(BOB), b"GAME".to_vec(), 10, rain_at_least(1, 0)),
			Error::<Test>::BadLockModel
		);
	});
}

#[test]
fn a_conditional_lock_must_name_a_key_governance_registered() {
	run(|| {
		issue(ALICE, b"GAME", 1_000);
		// A key nobody governs has no quorum behind its value: any member could set it.
		let unknown = LockModel::Conditional {
			condition: Condition {
				key: b"nobody_feeds".to_vec().try_into().unwrap(),
				comparison: minix_primitives::Comparison::AtLeast,
				value: 1,
			},
			deadline: 50,
		};
		assert_noop!(
			Mst::lock(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), 100, unknown),
			Error::<Test>::UnknownFeedKey
		);
		assert_ok!(Mst::lock(
			RuntimeOrigin::signed(ALICE),
			b"GAME".to_vec(),
			100,
			rain_at_least(1, 50)
		));
	});
}

#[test]
fn unsolicited_locks_need_the_recipients_consent() {
	run(|| {
		issue(ALICE, b"GAME", 1_000);
		let model = LockModel::FixedQuantity { period: 1_000, unlocks: 1 };
		let send_locked = |from, to| {
			Mst::transfer_locked(
				RuntimeOrigin::signed(from),
				b"GAME".to_vec(),
				to,
				1,
				model.clone(),
			)
		};
		// The attack: fill BOB's lock slots (and keep his asset account alive) unasked.
		assert_noop!(send_locked(ALICE, BOB), Error::<Test>::LocksNotAccepted);
		assert_eq!(Locks::<Test>::get(1, BOB).len(), 0);
		// Locking one's own tokens needs no consent.
		assert_ok!(Mst::lock(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), 1, model.clone()));
		// BOB accepts ALICE's locks, then withdraws his consent.
		assert_ok!(Mst::allow_locks_from(RuntimeOrigin::signed(BOB), ALICE));
		assert_eq!(last_event(), Event::LockSenderAllowed { who: BOB, sender: ALICE });
		assert_noop!(
			Mst::allow_locks_from(RuntimeOrigin::signed(BOB), ALICE),
			Error::<Test>::LockSenderAlreadyAllowed
		);
		assert_ok!(send_locked(ALICE, BOB));
		assert_ok!(Mst::disallow_locks_from(RuntimeOrigin::signed(BOB), ALICE));
		assert_eq!(last_event(), Event::LockSenderDisallowed { who: BOB, sender: ALICE });
		assert_noop!(send_locked(ALICE, BOB), Error::<Test>::LocksNotAccepted);
		assert_noop!(
			Mst::disallow_locks_from(RuntimeOrigin::signed(BOB), ALICE),
			Error::<Test>::UnknownLockSender
		);
		assert_eq!(LockSenders::<Test>::get(BOB).len(), 0);
		// The list is bounded.
		assert_ok!(Mst::allow_locks_from(RuntimeOrigin::signed(BOB), ALICE));
		assert_ok!(Mst::allow_locks_from(RuntimeOrigin::signed(BOB), CHARLIE));
		assert_noop!(
			Mst::allow_locks_from(RuntimeOrigin::signed(BOB), DAVE),
			Error::<Test>::TooManyLockSenders
		);
	});
}
