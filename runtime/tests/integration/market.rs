//! The market through the real runtime: a CID sold in a Dutch auction and in an English
//! auction, signed and applied through `Executive`, with exact balances of seller, buyer,
//! outbid bidder and ecosystem pool, and the total issuance unchanged.

use crate::common::*;
use frame_support::traits::fungible::{Inspect, InspectHold};
use minix_primitives::CidInspect;
use minix_runtime::{
	configs::{EcosystemPoolAccount, MarketGood},
	currency::MINI,
	Balances, Cid, Executive, Market, Runtime, RuntimeCall, RuntimeHoldReason,
};
use sp_keyring::Sr25519Keyring::{self, Bob, Charlie, Dave, Eve};

fn apply(who: Sr25519Keyring, call: RuntimeCall) -> Result<(), sp_runtime::DispatchError> {
	Executive::apply_extrinsic(signed(who, call)).expect("valid")
}

fn free(who: Sr25519Keyring) -> u128 {
	Balances::balance(&who.to_account_id())
}

fn pool() -> u128 {
	Balances::balance(&EcosystemPoolAccount::get())
}

/// Bob claims a public CID; returns it.
fn bobs_public_cid() -> u64 {
	assert_eq!(apply(Bob, RuntimeCall::Cid(pallet_cid::Call::claim { cid: None })), Ok(()));
	*pallet_cid::CidsOf::<Runtime>::get(Bob.to_account_id())
		.last()
		.expect("Bob's new CID")
}

#[test]
fn a_cid_sold_in_a_dutch_auction_pays_seller_and_pool_exactly() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let cid = bobs_public_cid();
		let good = MarketGood::Cid(cid);
		let list = RuntimeCall::Market(pallet_market::Call::list_dutch {
			good,
			start_price: 10 * MINI,
			end_price: MINI,
			duration: 100,
		});
		assert_eq!(apply(Bob, list), Ok(()));
		// Escrowed in place: Bob keeps it but cannot offer it to anyone.
		assert_eq!(Cid::owner_of(cid), Some(Bob.to_account_id()));
		let offer = RuntimeCall::Cid(pallet_cid::Call::offer_transfer {
			cid,
			dest: Eve.to_account_id().into(),
		});
		assert!(apply(Bob, offer).is_err());
		// 25 blocks later the price has fallen by 9 MINI × 25/100.
		for _ in 0..25 {
			start_block();
		}
		let price = 10 * MINI - 9 * MINI / 4;
		let id = pallet_market::ListingOfGood::<Runtime>::get(good).expect("listed");
		assert_eq!(Market::listing(id).unwrap().current_price, price);
		let issuance = Balances::total_issuance();
		let (bob, charlie, pool_before) = (free(Bob), free(Charlie), pool());
		let buy = RuntimeCall::Market(pallet_market::Call::buy { id, max_price: price });
		assert_eq!(apply(Charlie, buy), Ok(()));
		let market_fee = price * 2 / 100;
		assert_eq!(free(Charlie), charlie - price - fee_paid());
		assert_eq!(free(Bob), bob + price - market_fee);
		assert_eq!(pool(), pool_before + market_fee);
		assert_eq!(Cid::owner_of(cid), Some(Charlie.to_account_id()));
		assert_eq!(Balances::total_issuance(), issuance, "a sale mints and burns nothing");
	});
}

#[test]
fn a_cid_sold_in_an_english_auction_refunds_the_outbid_and_pays_the_winners_bid() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let cid = bobs_public_cid();
		let good = MarketGood::Cid(cid);
		let list = RuntimeCall::Market(pallet_market::Call::list_english {
			good,
			reserve: 5 * MINI,
			min_increment: MINI,
			duration: 100,
		});
		assert_eq!(apply(Bob, list), Ok(()));
		let id = pallet_market::ListingOfGood::<Runtime>::get(good).expect("listed");
		let bid = |amount| RuntimeCall::Market(pallet_market::Call::bid { id, amount });
		let held = |who: Sr25519Keyring| {
			Balances::balance_on_hold(
				&RuntimeHoldReason::Market(pallet_market::HoldReason::Bid),
				&who.to_account_id(),
			)
		};
		let eve = free(Eve);
		assert_eq!(apply(Eve, bid(5 * MINI)), Ok(()));
		let eve_fee = fee_paid();
		assert_eq!((free(Eve), held(Eve)), (eve - 5 * MINI - eve_fee, 5 * MINI));
		start_block();
		let dave = free(Dave);
		assert_eq!(apply(Dave, bid(7 * MINI)), Ok(()));
		let dave_fee = fee_paid();
		// Eve is refunded in Dave's block.
		assert_eq!((free(Eve), held(Eve)), (eve - eve_fee, 0));
		assert_eq!(held(Dave), 7 * MINI);
		for _ in 0..101 {
			start_block();
		}
		let issuance = Balances::total_issuance();
		let (bob, pool_before) = (free(Bob), pool());
		let settle = RuntimeCall::Market(pallet_market::Call::settle { id });
		assert_eq!(apply(Charlie, settle), Ok(()));
		let market_fee = 7 * MINI * 2 / 100;
		assert_eq!((free(Dave), held(Dave)), (dave - 7 * MINI - dave_fee, 0));
		assert_eq!(free(Bob), bob + 7 * MINI - market_fee);
		assert_eq!(pool(), pool_before + market_fee);
		assert_eq!(Cid::owner_of(cid), Some(Dave.to_account_id()));
		assert_eq!(Balances::total_issuance(), issuance);
	});
}
