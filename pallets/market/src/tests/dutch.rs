use super::*;
use frame_support::{assert_noop, assert_ok};

fn list(good: u32, start: u64, end: u64, duration: u64) -> DispatchResult {
	Market::list_dutch(signed(1), good, start, end, duration)
}

#[test]
fn the_price_falls_linearly_and_the_first_buyer_wins_at_once() {
	run(|| {
		assert_ok!(list(1, 1_000, 100, 100));
		assert_eq!(good(1), (Some(1), true), "escrowed in place: the seller keeps it");
		let sale = Listings::<Test>::get(0).unwrap().sale;
		assert_eq!(Market::current_price(&sale), 1_000);
		// 900 over 100 blocks: 9 a block. At block 1 + 37 the price is 1_000 - 333.
		System::set_block_number(38);
		assert_eq!(Market::current_price(&sale), 667);
		assert_noop!(Market::buy(signed(3), 0, 666), Error::<Test>::PriceChanged);
		let before = total();
		assert_ok!(Market::buy(signed(3), 0, 700));
		// 2 % fee rounded down (13), the seller gets the rest (654).
		assert_eq!(free(3), 10_000 - 667);
		assert_eq!(free(POOL), 1 + 13);
		assert_eq!(free(1), 10_000 + 654);
		assert_eq!(good(1), (Some(3), false));
		assert_eq!(total(), before, "a sale only moves MINI");
		assert_eq!(
			last_event(),
			Event::Sold {
				id: 0,
				good: 1,
				seller: 1,
				buyer: 3,
				settlement: Settlement { price: 667, fee: 13, royalty: None, to_seller: 654 },
			}
		);
		// Sold once: the listing is gone.
		assert_noop!(Market::buy(signed(4), 0, 1_000), Error::<Test>::UnknownListing);
	});
}

#[test]
fn the_price_rounds_in_the_sellers_favour_and_stops_at_the_end_price() {
	run(|| {
		// 10 over 100 blocks: after 1 block the fall is 0.1, rounded down to 0.
		assert_ok!(list(1, 110, 100, 100));
		let sale = Listings::<Test>::get(0).unwrap().sale;
		System::set_block_number(2);
		assert_eq!(Market::current_price(&sale), 110);
		System::set_block_number(11);
		assert_eq!(Market::current_price(&sale), 109);
		System::set_block_number(101);
		assert_eq!(Market::current_price(&sale), 100);
		System::set_block_number(5_000);
		assert_eq!(Market::current_price(&sale), 100, "it stays at the end price");
		assert_ok!(Market::buy(signed(3), 0, 100));
	});
}

#[test]
fn listing_rejections() {
	run(|| {
		assert_noop!(list(1, 1_000, MIN_PRICE - 1, 100), Error::<Test>::PriceTooLow);
		assert_noop!(list(1, 100, 100, 100), Error::<Test>::PriceMustFall);
		assert_noop!(list(1, 100, 200, 100), Error::<Test>::PriceMustFall);
		assert_noop!(list(1, 1_000, 100, MIN_DUTCH - 1), Error::<Test>::BadDuration);
		assert_noop!(list(1, 1_000, 100, 10_001), Error::<Test>::BadDuration);
		// Not the owner's good: the goods' pallet refuses the escrow.
		assert_noop!(list(4, 1_000, 100, 100), DispatchError::Other("not the owner"));
		assert_ok!(list(1, 1_000, 100, 100));
		assert_noop!(list(1, 1_000, 100, 100), Error::<Test>::AlreadyListed);
		// Two listings per seller in the mock.
		assert_ok!(list(2, 1_000, 100, 100));
		assert_noop!(list(3, 1_000, 100, 100), Error::<Test>::TooManyListings);
	});
}

#[test]
fn buy_rejections() {
	run(|| {
		assert_ok!(list(1, 1_000, 100, 100));
		assert_noop!(Market::buy(signed(3), 9, 1_000), Error::<Test>::UnknownListing);
		assert_noop!(Market::buy(signed(1), 0, 1_000), Error::<Test>::SellerCannotBuy);
		goods(|g| g.full.insert(3));
		assert_noop!(Market::buy(signed(3), 0, 1_000), Error::<Test>::CannotReceive);
		// A buyer who cannot pay keeping its account alive.
		assert_ok!(Balances::transfer_allow_death(signed(4), 5, 9_500));
		assert!(Market::buy(signed(4), 0, 1_000).is_err());
		assert_eq!(good(1), (Some(1), true));
		// Bids and offers are not for Dutch auctions.
		assert_noop!(Market::bid(signed(3), 0, 1_000), Error::<Test>::WrongSale);
		assert_noop!(Market::make_offer(signed(3), 0, 50), Error::<Test>::WrongSale);
	});
}

#[test]
fn the_seller_cancels_and_the_good_is_free_again() {
	run(|| {
		assert_ok!(list(1, 1_000, 100, 100));
		assert_noop!(Market::cancel(signed(3), 0), Error::<Test>::NotSeller);
		assert_ok!(Market::cancel(signed(1), 0));
		assert_eq!(last_event(), Event::Cancelled { id: 0, good: 1 });
		assert_eq!(good(1), (Some(1), false));
		assert!(ListingsBySeller::<Test>::get(1).is_empty());
		assert_noop!(Market::cancel(signed(1), 0), Error::<Test>::UnknownListing);
		// Listed again, under a new id.
		assert_ok!(list(1, 1_000, 100, 100));
		assert!(Listings::<Test>::contains_key(1));
	});
}

#[test]
fn a_royalty_goes_to_its_recipient_and_the_seller_gets_the_rest() {
	run(|| {
		goods(|g| g.royalties.insert(1, (5, Percent::from_percent(20))));
		assert_ok!(list(1, 1_005, 105, 100));
		assert_ok!(Market::buy(signed(3), 0, 1_005));
		// 1_005: fee 2 % = 20 (20.1 down), royalty 20 % = 201, seller 784.
		assert_eq!((free(POOL), free(5), free(1)), (1 + 20, 10_000 + 201, 10_000 + 784));
		assert_eq!(
			last_event(),
			Event::Sold {
				id: 0,
				good: 1,
				seller: 1,
				buyer: 3,
				settlement: Settlement {
					price: 1_005,
					fee: 20,
					royalty: Some((5, 201)),
					to_seller: 784
				},
			}
		);
	});
}

#[test]
fn a_royalty_that_rounds_to_nothing_is_not_paid() {
	run(|| {
		// 1 % of 20 rounds down to 0, as does the 2 % fee: the seller receives all 20.
		goods(|g| g.royalties.insert(1, (9, Percent::from_percent(1))));
		assert_ok!(Market::list_fixed(signed(1), 1, 20));
		assert_ok!(Market::buy(signed(3), 0, 20));
		assert_eq!(free(9), 0);
		assert_eq!(free(1), 10_000 + 20);
	});
}
