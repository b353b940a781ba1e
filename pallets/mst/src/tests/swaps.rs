//! Atomic two-party swaps.

use super::*;
use frame_support::traits::fungible::InspectHold;

fn swap(
	maker: u64,
	give: (&[u8], u64),
	want: (&[u8], u64),
	taker: Option<u64>,
	duration: u64,
) -> sp_runtime::DispatchResult {
	Mst::create_swap(
		RuntimeOrigin::signed(maker),
		give.0.to_vec(),
		give.1,
		want.0.to_vec(),
		want.1,
		taker,
		duration,
	)
}

fn escrowed_mini(who: u64) -> u64 {
	Balances::balance_on_hold(&HoldReason::Escrow.into(), &who)
}

#[test]
fn mst_for_mini_escrows_then_settles() {
	run(|| {
		issue(ALICE, b"GAME", 1_000);
		assert_ok!(swap(ALICE, (b"GAME", 100), (b"MINI", 500), None, 10));
		assert_eq!(last_event(), Event::SwapCreated { id: 0, maker: ALICE });
		assert_eq!(
			Mst::account(b"GAME".to_vec(), ALICE),
			Some(MstAccount { balance: 1_000, locked: 0, escrowed: 100 })
		);
		// The escrowed part cannot leave.
		assert_noop!(
			Mst::transfer(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), BOB, 901),
			Error::<Test>::BalanceLocked
		);
		let (alice_mini, bob_mini) = (mini(ALICE), mini(BOB));
		assert_ok!(Mst::accept_swap(RuntimeOrigin::signed(BOB), 0));
		assert_eq!(last_event(), Event::SwapAccepted { id: 0, maker: ALICE, taker: BOB });
		assert_eq!((balance(b"GAME", ALICE), balance(b"GAME", BOB)), (900, 100));
		assert_eq!((mini(ALICE), mini(BOB)), (alice_mini + 500, bob_mini - 500));
		assert_eq!(
			Mst::account(b"GAME".to_vec(), ALICE),
			Some(MstAccount { balance: 900, locked: 0, escrowed: 0 })
		);
		assert!(Swaps::<Test>::get(0).is_none());
		assert_eq!(OpenSwaps::<Test>::get(ALICE), 0);
		assert_noop!(Mst::accept_swap(RuntimeOrigin::signed(BOB), 0), Error::<Test>::UnknownSwap);
	});
}

#[test]
fn mini_for_mst_with_a_named_taker() {
	run(|| {
		issue(BOB, b"GAME", 1_000);
		let before = mini(ALICE);
		assert_ok!(swap(ALICE, (b"MINI", 300), (b"GAME", 10), Some(BOB), 10));
		assert_eq!(escrowed_mini(ALICE), 300);
		assert_eq!(mini(ALICE), before - 300);
		assert_noop!(Mst::accept_swap(RuntimeOrigin::signed(CHARLIE), 0), Error::<Test>::NotTaker);
		assert_ok!(Mst::accept_swap(RuntimeOrigin::signed(BOB), 0));
		assert_eq!(escrowed_mini(ALICE), 0);
		assert_eq!(mini(ALICE), before - 300);
		assert_eq!(balance(b"GAME", ALICE), 10);
	});
}

#[test]
fn mst_for_mst() {
	run(|| {
		issue(ALICE, b"GOLD", 1_000);
		issue(BOB, b"SILVER", 1_000);
		assert_ok!(swap(ALICE, (b"GOLD", 10), (b"SILVER", 80), None, 10));
		assert_ok!(Mst::accept_swap(RuntimeOrigin::signed(BOB), 0));
		assert_eq!((balance(b"GOLD", BOB), balance(b"SILVER", ALICE)), (10, 80));
	});
}

#[test]
fn nothing_is_lost_on_cancel_or_expiry() {
	run(|| {
		issue(ALICE, b"GAME", 1_000);
		let before = mini(ALICE);
		assert_ok!(swap(ALICE, (b"GAME", 100), (b"MINI", 500), None, 10));
		assert_ok!(swap(ALICE, (b"MINI", 200), (b"GAME", 1), Some(BOB), 10));
		// Before expiry only the maker may cancel.
		assert_noop!(Mst::cancel_swap(RuntimeOrigin::signed(BOB), 0), Error::<Test>::NotMaker);
		assert_ok!(Mst::cancel_swap(RuntimeOrigin::signed(ALICE), 0));
		assert_eq!(last_event(), Event::SwapCancelled { id: 0, maker: ALICE });
		assert_eq!(
			Mst::account(b"GAME".to_vec(), ALICE),
			Some(MstAccount { balance: 1_000, locked: 0, escrowed: 0 })
		);
		// The expiry block itself still accepts; the next one does not.
		System::set_block_number(12);
		assert_noop!(Mst::accept_swap(RuntimeOrigin::signed(BOB), 1), Error::<Test>::SwapExpired);
		// Anyone may close an expired swap; the maker gets everything back.
		assert_ok!(Mst::cancel_swap(RuntimeOrigin::signed(CHARLIE), 1));
		assert_eq!(mini(ALICE), before);
		assert_eq!(escrowed_mini(ALICE), 0);
		assert_eq!(OpenSwaps::<Test>::get(ALICE), 0);
	});
}

#[test]
fn swap_rejections() {
	run(|| {
		issue(ALICE, b"GAME", 1_000);
		assert_noop!(swap(ALICE, (b"GAME", 1), (b"game", 1), None, 10), Error::<Test>::SameToken);
		assert_noop!(swap(ALICE, (b"GAME", 0), (b"MINI", 1), None, 10), Error::<Test>::ZeroAmount);
		assert_noop!(swap(ALICE, (b"GAME", 1), (b"MINI", 0), None, 10), Error::<Test>::ZeroAmount);
		assert_noop!(swap(ALICE, (b"GAME", 1), (b"MINI", 1), None, 0), Error::<Test>::BadDuration);
		assert_noop!(
			swap(ALICE, (b"GAME", 1), (b"MINI", 1), None, 101),
			Error::<Test>::BadDuration
		);
		assert_noop!(
			swap(ALICE, (b"NOPE", 1), (b"MINI", 1), None, 10),
			Error::<Test>::UnknownToken
		);
		assert_noop!(
			swap(ALICE, (b"GAME", 1_001), (b"MINI", 1), None, 10),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			swap(ALICE, (b"GAME", 1), (b"MINI", 1), Some(ALICE), 10),
			Error::<Test>::SelfTransfer
		);
		assert_noop!(
			swap(BOB, (b"MINI", INITIAL_MINI), (b"GAME", 1), None, 10),
			Error::<Test>::CannotPay
		);
		assert_ok!(swap(ALICE, (b"GAME", 1), (b"MINI", 1), None, 10));
		assert_ok!(swap(ALICE, (b"GAME", 1), (b"MINI", 1), None, 10));
		assert_noop!(
			swap(ALICE, (b"GAME", 1), (b"MINI", 1), None, 10),
			Error::<Test>::TooManySwaps
		);
		// The maker cannot take its own swap; a taker who cannot pay changes nothing.
		assert_noop!(
			Mst::accept_swap(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::SelfTransfer
		);
		assert_ok!(swap(BOB, (b"MINI", 10), (b"GAME", 5), None, 10));
		assert_noop!(
			Mst::accept_swap(RuntimeOrigin::signed(CHARLIE), 2),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(Mst::cancel_swap(RuntimeOrigin::signed(ALICE), 9), Error::<Test>::UnknownSwap);
	});
}
