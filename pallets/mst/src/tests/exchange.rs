//! The order-book exchange. GAME has 2 decimals: prices are MINI units per 100 GAME units.

use super::*;
use frame_support::traits::fungible::InspectHold;

fn order(who: u64, side: Side, price: u64, amount: u64) -> sp_runtime::DispatchResult {
	Mst::place_order(
		RuntimeOrigin::signed(who),
		b"GAME".to_vec(),
		b"MINI".to_vec(),
		side,
		price,
		amount,
	)
	.map(|_| ())
	.map_err(|e| e.error)
}

fn setup() {
	issue(ALICE, b"GAME", 1_000_000);
	assert_ok!(Mst::transfer(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), CHARLIE, 1_000));
}

fn pair() -> Pair {
	Pair { base: 1, quote: Token::Mini }
}

fn held(who: u64) -> u64 {
	Balances::balance_on_hold(&HoldReason::Escrow.into(), &who)
}

#[test]
fn price_time_priority_partial_fills_and_refunds() {
	run(|| {
		setup();
		assert_ok!(order(ALICE, Side::Sell, 50, 200)); // id 0
		assert_ok!(order(CHARLIE, Side::Sell, 50, 100)); // id 1
		assert_ok!(order(CHARLIE, Side::Sell, 40, 100)); // id 2
		assert_eq!(Mst::account_balance(b"GAME".to_vec(), CHARLIE), Some((1_000, 0, 200)));
		let asks: Vec<ItemId> =
			Books::<Test>::get(pair(), Side::Sell).iter().map(|o| o.id).collect();
		assert_eq!(asks, vec![2, 0, 1]);

		let (alice, bob, charlie) = (mini(ALICE), mini(BOB), mini(CHARLIE));
		// Bob buys 250 at up to 50: 100 from order 2 at 40, then 150 from order 0 at 50.
		assert_ok!(order(BOB, Side::Buy, 50, 250));
		assert_eq!(balance(b"GAME", BOB), 250);
		assert_eq!(mini(BOB), bob - 40 - 75);
		assert_eq!(held(BOB), 0);
		assert_eq!((mini(ALICE), mini(CHARLIE)), (alice + 75, charlie + 40));
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::Mst(Event::Traded {
				pair: pair(),
				maker_order: 2,
				maker: CHARLIE,
				taker: BOB,
				taker_side: Side::Buy,
				price: 40,
				amount: 100,
				quote_amount: 40
			})));
		assert_eq!(Mst::book_depth(pair(), 10), BookDepth { bids: vec![], asks: vec![(50, 150)] });

		// Dave buys 200 at 60: takes the 150 left at 50, the other 50 rests as a bid.
		assert_ok!(order(DAVE, Side::Buy, 60, 200));
		assert_eq!(balance(b"GAME", DAVE), 150);
		assert_eq!(Mst::book_depth(pair(), 10), BookDepth { bids: vec![(60, 50)], asks: vec![] });
		// 120 escrowed, 75 paid, 45 still held for the resting 50 at 60 (30 needed).
		assert_eq!(held(DAVE), 45);
		assert_eq!(OrdersOf::<Test>::get(DAVE).into_inner(), vec![3]);
		assert!(OrdersOf::<Test>::get(ALICE).is_empty());

		// A sell into the bid trades at the bid's price and closes it; the bid's leftover escrow
		// goes back.
		let dave = mini(DAVE);
		assert_ok!(order(CHARLIE, Side::Sell, 55, 50));
		assert_eq!(balance(b"GAME", DAVE), 200);
		assert_eq!(held(DAVE), 0);
		assert_eq!(mini(DAVE), dave + 45 - 30);
		assert!(System::events()
			.iter()
			.any(|r| r.event == RuntimeEvent::Mst(Event::OrderFilled { id: 3 })));
		assert_eq!(Mst::book_depth(pair(), 10), BookDepth { bids: vec![], asks: vec![] });
	});
}

#[test]
fn matching_is_bounded_and_the_rest_is_returned() {
	run(|| {
		setup();
		for _ in 0..3 {
			assert_ok!(order(ALICE, Side::Sell, 50, 100));
		}
		let bob = mini(BOB);
		// MaxMatchesPerOrder is 2: two fills, the third crossing order is left alone.
		assert_ok!(order(BOB, Side::Buy, 50, 300));
		assert_eq!(balance(b"GAME", BOB), 200);
		assert_eq!(mini(BOB), bob - 100);
		assert_eq!(held(BOB), 0);
		assert_eq!(
			last_event(),
			Event::OrderRemainderReturned { owner: BOB, pair: pair(), amount: 100 }
		);
		assert_eq!(Mst::book_depth(pair(), 10), BookDepth { bids: vec![], asks: vec![(50, 100)] });
	});
}

#[test]
fn an_order_that_crosses_its_own_order_is_refused() {
	run(|| {
		setup();
		assert_ok!(order(ALICE, Side::Sell, 50, 100));
		assert_noop!(order(ALICE, Side::Buy, 60, 10), Error::<Test>::SelfTrade);
		// Not crossing: fine.
		assert_ok!(order(ALICE, Side::Buy, 40, 100));
	});
}

#[test]
fn books_and_accounts_are_bounded() {
	run(|| {
		setup();
		for price in [50, 51, 52] {
			assert_ok!(order(ALICE, Side::Sell, price, 100));
		}
		assert_noop!(order(ALICE, Side::Sell, 53, 100), Error::<Test>::TooManyOrders);
		assert_ok!(order(CHARLIE, Side::Sell, 53, 100));
		assert_noop!(order(CHARLIE, Side::Sell, 54, 100), Error::<Test>::BookFull);
	});
}

#[test]
fn cancel_returns_the_escrow() {
	run(|| {
		setup();
		assert_ok!(order(CHARLIE, Side::Sell, 50, 100));
		let bob = mini(BOB);
		assert_ok!(order(BOB, Side::Buy, 30, 101)); // escrow ceil(30.3) = 31
		assert_eq!(mini(BOB), bob - 31);
		assert_noop!(
			Mst::cancel_order(RuntimeOrigin::signed(ALICE), 1),
			Error::<Test>::NotOrderOwner
		);
		assert_noop!(Mst::cancel_order(RuntimeOrigin::signed(BOB), 7), Error::<Test>::UnknownOrder);
		assert_ok!(Mst::cancel_order(RuntimeOrigin::signed(BOB), 1));
		assert_eq!(last_event(), Event::OrderCancelled { id: 1, owner: BOB });
		assert_eq!(mini(BOB), bob);
		assert_ok!(Mst::cancel_order(RuntimeOrigin::signed(CHARLIE), 0));
		assert_eq!(Mst::account_balance(b"GAME".to_vec(), CHARLIE), Some((1_000, 0, 0)));
		assert!(OrderBook::<Test>::get(0).is_none());
	});
}

#[test]
fn mst_against_mst() {
	run(|| {
		setup();
		issue(BOB, b"GOLD", 10_000);
		// Alice sells 100 GAME for 7 GOLD units per whole GAME; Bob buys it with GOLD.
		assert_ok!(Mst::place_order(
			RuntimeOrigin::signed(ALICE),
			b"GAME".to_vec(),
			b"GOLD".to_vec(),
			Side::Sell,
			700,
			100
		));
		assert_ok!(Mst::place_order(
			RuntimeOrigin::signed(BOB),
			b"GAME".to_vec(),
			b"GOLD".to_vec(),
			Side::Buy,
			700,
			100
		));
		assert_eq!((balance(b"GAME", BOB), balance(b"GOLD", ALICE)), (100, 700));
	});
}

#[test]
fn order_rejections() {
	run(|| {
		setup();
		assert_noop!(order(ALICE, Side::Sell, 0, 100), Error::<Test>::ZeroPrice);
		assert_noop!(order(ALICE, Side::Sell, 50, 0), Error::<Test>::ZeroAmount);
		assert_noop!(order(ALICE, Side::Sell, 50, 1), Error::<Test>::OrderTooSmall);
		assert_noop!(order(BOB, Side::Sell, 50, 100), Error::<Test>::InsufficientBalance);
		assert_noop!(order(POOR, Side::Buy, 50, 100), Error::<Test>::CannotPay);
		let place = |base: &[u8], quote: &[u8]| {
			Mst::place_order(
				RuntimeOrigin::signed(ALICE),
				base.to_vec(),
				quote.to_vec(),
				Side::Buy,
				1,
				100,
			)
			.map_err(|e| e.error)
		};
		assert_noop!(place(b"MINI", b"GAME"), Error::<Test>::BaseNotMst);
		assert_noop!(place(b"GAME", b"game"), Error::<Test>::SameToken);
		assert_noop!(place(b"GAME", b"NOPE"), Error::<Test>::UnknownToken);
	});
}
