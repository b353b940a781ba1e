//! Offerings gated by CID reputation.

use super::*;

fn create(who: u64, cap: u64, window: u64, min_reputation: u32) -> sp_runtime::DispatchResult {
	Mst::create_offering(
		RuntimeOrigin::signed(who),
		b"GAME".to_vec(),
		300,
		cap,
		window,
		min_reputation,
	)
}

#[test]
fn participants_with_enough_reputation_buy_at_the_price() {
	run(|| {
		issue(ALICE, b"GAME", 10_000);
		assert_ok!(create(ALICE, 1_000, 10, 5));
		assert_eq!(
			Mst::account(b"GAME".to_vec(), ALICE),
			Some(MstAccount { balance: 10_000, locked: 0, escrowed: 1_000 })
		);
		set_cid(1_000_000, BOB, 5);
		set_cid(1_000_001, CHARLIE, 4);
		let (alice, bob) = (mini(ALICE), mini(BOB));
		// 150 units = 1.5 tokens at 300 MINI units each.
		assert_ok!(Mst::participate(RuntimeOrigin::signed(BOB), 0, 150));
		assert_eq!(last_event(), Event::Participated { id: 0, who: BOB, amount: 150, paid: 450 });
		assert_eq!(balance(b"GAME", BOB), 150);
		assert_eq!((mini(ALICE), mini(BOB)), (alice + 450, bob - 450));
		assert_eq!(Offerings::<Test>::get(0).unwrap().remaining, 850);
		assert_noop!(
			Mst::participate(RuntimeOrigin::signed(CHARLIE), 0, 1),
			Error::<Test>::ReputationTooLow
		);
		// No CID counts as reputation 0.
		assert_noop!(
			Mst::participate(RuntimeOrigin::signed(DAVE), 0, 1),
			Error::<Test>::ReputationTooLow
		);
		assert_noop!(
			Mst::participate(RuntimeOrigin::signed(BOB), 0, 851),
			Error::<Test>::OfferingSoldOut
		);
		assert_noop!(Mst::participate(RuntimeOrigin::signed(BOB), 0, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Mst::participate(RuntimeOrigin::signed(ALICE), 0, 1),
			Error::<Test>::SelfTransfer
		);
		assert_noop!(
			Mst::participate(RuntimeOrigin::signed(BOB), 5, 1),
			Error::<Test>::UnknownOffering
		);
		// The window is blocks 1–10.
		System::set_block_number(11);
		assert_noop!(
			Mst::participate(RuntimeOrigin::signed(BOB), 0, 1),
			Error::<Test>::OfferingNotOpen
		);
		// Anyone may close it after the window; the unsold tokens are released.
		assert_ok!(Mst::close_offering(RuntimeOrigin::signed(CHARLIE), 0));
		assert_eq!(last_event(), Event::OfferingClosed { id: 0, unsold: 850 });
		assert_eq!(
			Mst::account(b"GAME".to_vec(), ALICE),
			Some(MstAccount { balance: 9_850, locked: 0, escrowed: 0 })
		);
	});
}

#[test]
fn offering_rejections() {
	run(|| {
		issue(ALICE, b"GAME", 10_000);
		assert_noop!(create(BOB, 1_000, 10, 0), Error::<Test>::NotCertHolder);
		assert_noop!(create(ALICE, 0, 10, 0), Error::<Test>::ZeroAmount);
		assert_noop!(create(ALICE, 10_001, 10, 0), Error::<Test>::InsufficientBalance);
		assert_noop!(create(ALICE, 1_000, 0, 0), Error::<Test>::BadDuration);
		assert_noop!(create(ALICE, 1_000, 51, 0), Error::<Test>::BadDuration);
		assert_noop!(
			Mst::create_offering(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), 0, 1, 10, 0),
			Error::<Test>::ZeroPrice
		);
		assert_ok!(create(ALICE, 1_000, 10, 0));
		assert_noop!(create(ALICE, 1_000, 10, 0), Error::<Test>::TooManyOfferings);
		// Only the seller may close early.
		assert_noop!(Mst::close_offering(RuntimeOrigin::signed(BOB), 0), Error::<Test>::NotSeller);
		assert_ok!(Mst::close_offering(RuntimeOrigin::signed(ALICE), 0));
		assert_noop!(
			Mst::close_offering(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::UnknownOffering
		);
		assert_ok!(create(ALICE, 1_000, 10, 0));
	});
}
