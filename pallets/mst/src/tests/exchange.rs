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
		assert_eq!(
			Mst::account(b"GAME".to_vec(), CHARLIE),
			Some(MstAccount { balance: 1_000, locked: 0, escrowed: 200 })
		);
		let asks: Vec<OrderId> =
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
		assert_eq!(Mst::pair_depth(pair(), 10), BookDepth { bids: vec![], asks: vec![(50, 150)] });

		// Dave buys 200 at 60: takes the 150 left at 50, the other 50 rests as a bid.
		assert_ok!(order(DAVE, Side::Buy, 60, 200));
		assert_eq!(balance(b"GAME", DAVE), 150);
		assert_eq!(Mst::pair_depth(pair(), 10), BookDepth { bids: vec![(60, 50)], asks: vec![] });
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
		assert_eq!(Mst::pair_depth(pair(), 10), BookDepth { bids: vec![], asks: vec![] });
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
		assert_eq!(Mst::pair_depth(pair(), 10), BookDepth { bids: vec![], asks: vec![(50, 100)] });
	});
}

#[test]
fn an_order_that_crosses_its_own_order_is_refused() {
	run(|| {
		setup();
		assert_ok!(order(ALICE, Side::Sell, 50, 100));
		assert_noop!(order(ALICE, Side::Buy, 60, 20), Error::<Test>::SelfTrade);
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
		assert_eq!(
			Mst::account(b"GAME".to_vec(), CHARLIE),
			Some(MstAccount { balance: 1_000, locked: 0, escrowed: 0 })
		);
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

#[test]
fn exchange_dos_a_resting_order_that_cannot_settle_is_skipped_not_reverting_the_taker() {
	run(|| {
		setup();
		// Bob bids best, then takes every consumer reference he may have, so he cannot hold the
		// GAME he bought: on its own, his bid would revert every seller for good.
		assert_ok!(order(BOB, Side::Buy, 50, 100));
		assert_ok!(order(DAVE, Side::Buy, 40, 100));
		while frame_system::Pallet::<Test>::can_accrue_consumers(&BOB, 2) {
			frame_system::Pallet::<Test>::inc_consumers_without_limit(&BOB).unwrap();
		}
		let bob = mini(BOB) + held(BOB);
		assert_ok!(order(CHARLIE, Side::Sell, 40, 100));
		// Bob's bid was removed with its escrow returned; the seller traded with Dave.
		assert!(System::events()
			.iter()
			.any(|r| r.event == RuntimeEvent::Mst(Event::OrderUnsettleable { id: 0, owner: BOB })));
		assert_eq!((mini(BOB), held(BOB)), (bob, 0));
		assert_eq!(balance(b"GAME", DAVE), 100);
		assert!(OrderBook::<Test>::get(0).is_none());
		assert_eq!(Mst::pair_depth(pair(), 10), BookDepth { bids: vec![], asks: vec![] });
		while frame_system::Pallet::<Test>::consumers(&BOB) > 0 {
			frame_system::Pallet::<Test>::dec_consumers(&BOB);
		}
	});
}

#[test]
fn exchange_dos_dust_is_refused_and_orders_expire() {
	run(|| {
		setup();
		// Worth 5 MINI units at 50 per 100: below MIN_ORDER_VALUE (10).
		assert_noop!(order(ALICE, Side::Sell, 50, 10), Error::<Test>::OrderTooSmall);
		assert_ok!(order(ALICE, Side::Sell, 50, 20));
		let alice = balance(b"GAME", ALICE);
		// After its lifetime the ask is skipped by matching and removed; the buyer's order
		// rests instead.
		System::set_block_number(2 + ORDER_LIFETIME);
		assert_ok!(order(BOB, Side::Buy, 60, 100));
		assert!(System::events()
			.iter()
			.any(|r| r.event == RuntimeEvent::Mst(Event::OrderExpired { id: 0, owner: ALICE })));
		assert_eq!(balance(b"GAME", BOB), 0);
		assert_eq!(
			Mst::account(b"GAME".to_vec(), ALICE),
			Some(MstAccount { balance: alice, locked: 0, escrowed: 0 })
		);
		assert_eq!(Mst::pair_depth(pair(), 10), BookDepth { bids: vec![(60, 100)], asks: vec![] });
		// Anyone may clear an expired order; before that only its owner may cancel it.
		assert_noop!(
			Mst::cancel_order(RuntimeOrigin::signed(CHARLIE), 1),
			Error::<Test>::NotOrderOwner
		);
		System::set_block_number(3 + 2 * ORDER_LIFETIME);
		assert_ok!(Mst::cancel_order(RuntimeOrigin::signed(CHARLIE), 1));
		assert_eq!(last_event(), Event::OrderExpired { id: 1, owner: BOB });
		assert_eq!(held(BOB), 0);
	});
}

#[test]
fn exchange_dos_a_full_book_makes_room_for_better_orders() {
	run(|| {
		setup();
		assert_ok!(Mst::transfer(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), DAVE, 1_000));
		// Four far-off asks fill the side (MaxOrdersPerBook is 4).
		assert_ok!(order(ALICE, Side::Sell, 900, 100));
		assert_ok!(order(ALICE, Side::Sell, 901, 100));
		assert_ok!(order(CHARLIE, Side::Sell, 902, 100));
		assert_ok!(order(CHARLIE, Side::Sell, 903, 100));
		// A worse ask is refused; a better one returns the worst.
		assert_noop!(order(DAVE_SELLER, Side::Sell, 904, 100), Error::<Test>::BookFull);
		let charlie = Mst::account(b"GAME".to_vec(), CHARLIE).unwrap();
		assert_ok!(order(DAVE_SELLER, Side::Sell, 100, 100));
		assert!(System::events()
			.iter()
			.any(|r| r.event == RuntimeEvent::Mst(Event::OrderEvicted { id: 3, owner: CHARLIE })));
		assert_eq!(
			Mst::account(b"GAME".to_vec(), CHARLIE),
			Some(MstAccount { escrowed: charlie.escrowed - 100, ..charlie })
		);
		// Once an order expired, it is the one returned, whatever its price.
		System::set_block_number(2 + ORDER_LIFETIME);
		assert_ok!(order(DAVE_SELLER, Side::Sell, 950, 100));
		assert!(System::events()
			.iter()
			.any(|r| matches!(r.event, RuntimeEvent::Mst(Event::OrderExpired { .. }))));
	});
}

/// A seller that is neither ALICE nor CHARLIE (they hold the four asks above).
const DAVE_SELLER: u64 = DAVE;

/// A small deterministic generator (xorshift64*), so that the property test is reproducible.
struct Rng(u64);
impl Rng {
	fn next(&mut self) -> u64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
	}
	fn below(&mut self, n: u64) -> u64 {
		self.next() % n
	}
}

#[test]
fn limit_prices_hold_on_every_fill_for_random_prices_decimals_and_amounts() {
	let mut rng = Rng(0x5eed_1234_abcd_0001);
	let mut fills = 0;
	for case in 0..60 {
		new_test_ext().execute_with(|| {
			// The base has 0–6 decimals (0: coarse, every unit a whole token); the quote is
			// MINI or a coarse MST.
			let decimals = rng.below(7) as u8;
			assert_ok!(Mst::issue(
				RuntimeOrigin::signed(ALICE),
				b"BASE".to_vec(),
				decimals,
				1_000_000,
				SecondaryIssue::Freely,
				b"t".to_vec(),
				None
			));
			let quote: &[u8] = if case % 2 == 0 { b"MINI" } else { b"COIN" };
			if quote == b"COIN" {
				assert_ok!(Mst::issue(
					RuntimeOrigin::signed(BOB),
					b"COIN".to_vec(),
					0,
					1_000_000,
					SecondaryIssue::Freely,
					b"t".to_vec(),
					None
				));
				assert_ok!(Mst::transfer(
					RuntimeOrigin::signed(BOB),
					b"COIN".to_vec(),
					DAVE,
					500_000
				));
			}
			assert_ok!(Mst::transfer(
				RuntimeOrigin::signed(ALICE),
				b"BASE".to_vec(),
				CHARLIE,
				500_000
			));
			let unit = 10u64.pow(decimals.into());
			let mut limits = alloc::collections::BTreeMap::new();
			for step in 0..12 {
				System::reset_events();
				let (who, side) = match rng.below(4) {
					0 => (ALICE, Side::Sell),
					1 => (CHARLIE, Side::Sell),
					2 => (BOB, Side::Buy),
					_ => (DAVE, Side::Buy),
				};
				let price = 1 + rng.below(3 * unit.max(3));
				let amount = 1 + rng.below(5 * unit);
				let next_id = NextOrderId::<Test>::get();
				let placed = Mst::place_order(
					RuntimeOrigin::signed(who),
					b"BASE".to_vec(),
					quote.to_vec(),
					side,
					price,
					amount,
				);
				if placed.is_err() {
					continue;
				}
				limits.insert(next_id, price);
				for record in System::events() {
					let RuntimeEvent::Mst(Event::Traded {
						maker_order,
						taker_side,
						price: at,
						amount,
						quote_amount,
						..
					}) = record.event
					else {
						continue;
					};
					fills += 1;
					// Exactly `at` per whole token: nobody pays more or receives less.
					assert_eq!(
						u128::from(quote_amount) * u128::from(unit),
						u128::from(amount) * u128::from(at),
						"case {case} step {step}: inexact fill"
					);
					// `at` is the maker's own limit and lies within the taker's.
					assert_eq!(limits.get(&maker_order), Some(&at));
					match taker_side {
						Side::Buy => {
							assert!(at <= price, "case {case}: a buyer paid above its limit")
						},
						Side::Sell => {
							assert!(at >= price, "case {case}: a seller got below its limit")
						},
					}
				}
			}
			Mst::do_try_state().expect("MST invariants hold");
		});
	}
	// The generator must actually produce trades for the property to mean anything.
	assert!(fills >= 60, "only {fills} fills");
}
