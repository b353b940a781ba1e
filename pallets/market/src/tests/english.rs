use super::*;
use frame_support::{assert_noop, assert_ok};

/// Good 1 in an English auction: reserve 500, increment 50, 100 blocks (ends at block 101).
fn list() -> ListingId {
	assert_ok!(Market::list_english(signed(1), 1, 500, 50, 100));
	0
}

fn end_of(id: ListingId) -> u64 {
	match Listings::<Test>::get(id).unwrap().sale {
		Sale::English { end, .. } => end,
		_ => panic!("an English auction"),
	}
}

#[test]
fn bids_are_held_the_outbid_refunded_at_once_and_the_best_wins() {
	run(|| {
		let id = list();
		let before = total();
		assert_noop!(Market::bid(signed(3), id, 499), Error::<Test>::BidTooLow);
		assert_ok!(Market::bid(signed(3), id, 500));
		assert_eq!((held(3), free(3)), (500, 9_500));
		assert_noop!(Market::bid(signed(4), id, 549), Error::<Test>::BidTooLow);
		assert_ok!(Market::bid(signed(4), id, 550));
		// Outbid: refunded in the same block.
		assert_eq!((held(3), free(3)), (0, 10_000));
		assert_eq!((held(4), free(4)), (550, 9_450));
		System::assert_has_event(Event::Outbid { id, bidder: 3, amount: 500 }.into());
		// Raising one's own bid holds only the difference.
		assert_ok!(Market::bid(signed(4), id, 600));
		assert_eq!(held(4), 600);
		assert_noop!(Market::settle(signed(5), id), Error::<Test>::AuctionRunning);
		System::set_block_number(102);
		assert_noop!(Market::bid(signed(3), id, 1_000), Error::<Test>::AuctionOver);
		assert_ok!(Market::settle(signed(5), id));
		// 600: fee 12, seller 588; the winner's hold paid it all.
		assert_eq!((held(4), free(4)), (0, 9_400));
		assert_eq!((free(1), free(POOL)), (10_000 + 588, 1 + 12));
		assert_eq!(good(1), (Some(4), false));
		assert_eq!(total(), before);
	});
}

#[test]
fn a_bid_in_the_last_blocks_extends_the_end() {
	run(|| {
		let id = list();
		System::set_block_number(50);
		assert_ok!(Market::bid(signed(3), id, 500));
		assert_eq!(end_of(id), 101, "far from the end: no extension");
		System::set_block_number(95);
		assert_ok!(Market::bid(signed(4), id, 550));
		assert_eq!(end_of(id), 95 + EXTENSION);
		assert_eq!(last_event(), Event::BidPlaced { id, bidder: 4, amount: 550, end: 105 });
		// The old end has passed but the auction runs on.
		System::set_block_number(102);
		assert_noop!(Market::settle(signed(5), id), Error::<Test>::AuctionRunning);
		assert_ok!(Market::bid(signed(3), id, 600));
		assert_eq!(end_of(id), 112);
	});
}

#[test]
fn without_a_bid_the_auction_ends_unsold() {
	run(|| {
		let id = list();
		System::set_block_number(102);
		assert_ok!(Market::settle(signed(5), id));
		assert_eq!(last_event(), Event::Unsold { id, good: 1 });
		assert_eq!(good(1), (Some(1), false));
		assert!(!Listings::<Test>::contains_key(id));
	});
}

#[test]
fn a_winner_who_can_no_longer_receive_gets_the_bid_back() {
	run(|| {
		let id = list();
		assert_ok!(Market::bid(signed(3), id, 500));
		goods(|g| g.full.insert(3));
		System::set_block_number(102);
		assert_ok!(Market::settle(signed(5), id));
		assert_eq!(last_event(), Event::NotDelivered { id, good: 1, bidder: 3 });
		assert_eq!((held(3), free(3)), (0, 10_000));
		assert_eq!(good(1), (Some(1), false));
	});
}

#[test]
fn the_seller_cancels_only_before_the_first_bid() {
	run(|| {
		let id = list();
		assert_ok!(Market::bid(signed(3), id, 500));
		assert_noop!(Market::cancel(signed(1), id), Error::<Test>::HasBid);
		assert_ok!(Market::list_english(signed(1), 2, 500, 50, 100));
		assert_ok!(Market::cancel(signed(1), 1));
		assert_eq!(good(2), (Some(1), false));
	});
}

#[test]
fn english_rejections() {
	run(|| {
		assert_noop!(
			Market::list_english(signed(1), 1, MIN_PRICE - 1, 50, 100),
			Error::<Test>::PriceTooLow
		);
		assert_noop!(Market::list_english(signed(1), 1, 500, 0, 100), Error::<Test>::PriceTooLow);
		assert_noop!(
			Market::list_english(signed(1), 1, 500, 50, MIN_ENGLISH - 1),
			Error::<Test>::BadDuration
		);
		let id = list();
		assert_noop!(Market::bid(signed(1), id, 500), Error::<Test>::SellerCannotBuy);
		assert_noop!(Market::bid(signed(3), 7, 500), Error::<Test>::UnknownListing);
		goods(|g| g.full.insert(5));
		assert_noop!(Market::bid(signed(5), id, 500), Error::<Test>::CannotReceive);
		// A bid that cannot be held.
		assert!(Market::bid(signed(3), id, 20_000).is_err());
		assert_noop!(Market::buy(signed(3), id, 10_000), Error::<Test>::WrongSale);
		assert_noop!(Market::make_offer(signed(3), id, 100), Error::<Test>::WrongSale);
		assert_ok!(Market::list_fixed(signed(1), 2, 500));
		assert_noop!(Market::settle(signed(3), 1), Error::<Test>::WrongSale);
	});
}
