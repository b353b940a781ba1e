use super::*;
use frame_support::{assert_noop, assert_ok};

/// Good 1 at a fixed price of 1_000.
fn list() -> ListingId {
	assert_ok!(Market::list_fixed(signed(1), 1, 1_000));
	0
}

fn offers(id: ListingId) -> Vec<(u64, u64)> {
	Offers::<Test>::get(id).iter().map(|o| (o.bidder, o.amount)).collect()
}

#[test]
fn offers_are_held_and_the_seller_accepts_one_exactly() {
	run(|| {
		let id = list();
		let before = total();
		assert_ok!(Market::make_offer(signed(3), id, 700));
		assert_ok!(Market::make_offer(signed(4), id, 800));
		assert_eq!(offers(id), vec![(4, 800), (3, 700)]);
		assert_eq!((held(3), held(4)), (700, 800));
		// The seller accepts Charlie's offer: a changed amount is refused.
		assert_noop!(Market::accept_offer(signed(1), id, 3, 800), Error::<Test>::PriceChanged);
		assert_noop!(Market::accept_offer(signed(2), id, 3, 700), Error::<Test>::NotSeller);
		assert_noop!(Market::accept_offer(signed(1), id, 5, 700), Error::<Test>::NoOffer);
		assert_ok!(Market::accept_offer(signed(1), id, 3, 700));
		// 700: fee 14, seller 686; the other offer is returned.
		assert_eq!((held(3), free(3)), (0, 9_300));
		assert_eq!((held(4), free(4)), (0, 10_000));
		assert_eq!((free(1), free(POOL)), (10_000 + 686, 1 + 14));
		assert_eq!(good(1), (Some(3), false));
		System::assert_has_event(Event::OfferReturned { id, buyer: 4, amount: 800 }.into());
		assert_eq!(total(), before);
	});
}

#[test]
fn buying_at_the_price_returns_every_offer_the_buyers_own_included() {
	run(|| {
		let id = list();
		assert_ok!(Market::make_offer(signed(3), id, 700));
		assert_ok!(Market::make_offer(signed(4), id, 800));
		assert_noop!(Market::buy(signed(3), id, 999), Error::<Test>::PriceChanged);
		assert_ok!(Market::buy(signed(3), id, 1_000));
		assert_eq!((held(3), free(3)), (0, 9_000));
		assert_eq!((held(4), free(4)), (0, 10_000));
		assert!(!Offers::<Test>::contains_key(id));
	});
}

#[test]
fn a_new_offer_replaces_the_buyers_old_one_and_withdrawing_returns_it() {
	run(|| {
		let id = list();
		assert_ok!(Market::make_offer(signed(3), id, 700));
		assert_ok!(Market::make_offer(signed(3), id, 600));
		assert_eq!(offers(id), vec![(3, 600)]);
		assert_eq!(held(3), 600);
		assert_noop!(Market::withdraw_offer(signed(4), id), Error::<Test>::NoOffer);
		assert_ok!(Market::withdraw_offer(signed(3), id));
		assert_eq!((held(3), free(3)), (0, 10_000));
		assert!(!Offers::<Test>::contains_key(id), "an empty offer list is removed");
	});
}

#[test]
fn a_full_offer_list_takes_only_a_higher_offer_and_returns_the_lowest() {
	run(|| {
		let id = list();
		for (who, amount) in [(2, 300), (3, 400), (4, 500)] {
			assert_ok!(Market::make_offer(signed(who), id, amount));
		}
		// Spam of low offers cannot lock real buyers out: a full list wants more than its lowest.
		assert_noop!(Market::make_offer(signed(5), id, 300), Error::<Test>::OfferTooLow);
		assert_ok!(Market::make_offer(signed(5), id, 301));
		assert_eq!(offers(id), vec![(4, 500), (3, 400), (5, 301)]);
		assert_eq!((held(2), free(2)), (0, 10_000));
		System::assert_has_event(Event::OfferReturned { id, buyer: 2, amount: 300 }.into());
	});
}

#[test]
fn cancelling_returns_every_offer() {
	run(|| {
		let id = list();
		assert_ok!(Market::make_offer(signed(3), id, 700));
		assert_ok!(Market::cancel(signed(1), id));
		assert_eq!((held(3), free(3)), (0, 10_000));
		assert_eq!(good(1), (Some(1), false));
	});
}

#[test]
fn offer_rejections() {
	run(|| {
		let id = list();
		assert_noop!(Market::make_offer(signed(1), id, 700), Error::<Test>::SellerCannotBuy);
		assert_noop!(Market::make_offer(signed(3), id, MIN_PRICE - 1), Error::<Test>::PriceTooLow);
		assert_noop!(Market::make_offer(signed(3), id, 1_000), Error::<Test>::OfferNotBelowPrice);
		assert_noop!(Market::make_offer(signed(3), 5, 700), Error::<Test>::UnknownListing);
		goods(|g| g.full.insert(3));
		assert_noop!(Market::make_offer(signed(3), id, 700), Error::<Test>::CannotReceive);
		assert_noop!(Market::list_fixed(signed(1), 2, MIN_PRICE - 1), Error::<Test>::PriceTooLow);
		// An offer that cannot be held.
		assert!(Market::make_offer(signed(4), id, 999).is_ok());
		assert_ok!(Balances::transfer_allow_death(signed(5), 2, 9_990));
		assert!(Market::make_offer(signed(5), id, 500).is_err());
		assert_eq!(offers(id), vec![(4, 999)]);
	});
}
