use super::*;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError::BadOrigin;

#[test]
fn governance_sets_the_fee_up_to_its_cap() {
	run(|| {
		assert_noop!(Market::set_fee(signed(1), Percent::from_percent(1)), BadOrigin);
		assert_noop!(
			Market::set_fee(RuntimeOrigin::root(), Percent::from_percent(6)),
			Error::<Test>::FeeTooHigh
		);
		assert_ok!(Market::set_fee(RuntimeOrigin::root(), Percent::from_percent(5)));
		assert_eq!(last_event(), Event::FeeSet { fee: Percent::from_percent(5) });
		assert_ok!(Market::list_fixed(signed(1), 1, 1_000));
		assert_ok!(Market::buy(signed(3), 0, 1_000));
		assert_eq!((free(POOL), free(1)), (1 + 50, 10_000 + 950));
	});
}

#[test]
fn a_paused_market_trades_nothing_but_cancels_and_returns_offers() {
	run(|| {
		assert_ok!(Market::list_fixed(signed(1), 1, 1_000));
		assert_ok!(Market::make_offer(signed(3), 0, 700));
		assert_ok!(Market::list_english(signed(1), 2, 500, 50, 100));
		assert_ok!(Market::bid(signed(4), 1, 500));
		assert_noop!(Market::set_paused(signed(1), true), BadOrigin);
		assert_ok!(Market::set_paused(RuntimeOrigin::root(), true));
		let paused = || Error::<Test>::Paused;
		assert_noop!(Market::list_fixed(signed(2), 4, 1_000), paused());
		assert_noop!(Market::buy(signed(3), 0, 1_000), paused());
		assert_noop!(Market::make_offer(signed(4), 0, 800), paused());
		assert_noop!(Market::accept_offer(signed(1), 0, 3, 700), paused());
		assert_noop!(Market::bid(signed(3), 1, 600), paused());
		System::set_block_number(200);
		assert_noop!(Market::settle(signed(3), 1), paused());
		// Leaving still works.
		assert_ok!(Market::withdraw_offer(signed(3), 0));
		assert_ok!(Market::cancel(signed(1), 0));
		assert_eq!(good(1), (Some(1), false));
		assert_ok!(Market::set_paused(RuntimeOrigin::root(), false));
		assert_ok!(Market::settle(signed(3), 1));
		assert_eq!(good(2), (Some(4), false));
	});
}

#[test]
fn the_runtime_api_helpers_page_listings_with_their_current_price() {
	run(|| {
		assert_ok!(Market::list_dutch(signed(1), 1, 1_000, 100, 100));
		assert_ok!(Market::list_fixed(signed(2), 4, 800));
		assert_ok!(Market::make_offer(signed(3), 1, 700));
		System::set_block_number(51);
		let first = Market::listing(0).unwrap();
		assert_eq!(first.current_price, 550);
		assert_eq!(Market::listing_of(4).unwrap().offers, vec![Bid { bidder: 3, amount: 700 }]);
		assert_eq!(Market::listings(0, 10).len(), 2);
		assert_eq!(Market::listings(1, 10)[0].id, 1);
		assert_eq!(Market::listings(0, 1).len(), 1);
		assert_eq!(Market::listings_by_seller(&2, 0, 10)[0].listing.good, 4);
		assert!(Market::listings_by_seller(&3, 0, 10).is_empty());
		assert_eq!(Market::listing_of(2), None);
	});
}
