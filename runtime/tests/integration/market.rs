//! The market through the real runtime: a CID sold in a Dutch auction and in an English
//! auction, signed and applied through `Executive`, with exact balances of seller, buyer,
//! outbid bidder, reminter and ecosystem pool, and the total issuance unchanged; and the C-Card
//! as a pallet-nfts item bound to its CID.

use crate::common::*;
use codec::Encode;
use frame_support::traits::fungible::{Inspect, InspectHold};
use frame_support::traits::tokens::nonfungibles_v2::Inspect as NftInspect;
use minix_primitives::CidInspect;
use minix_runtime::{
	configs::{EcosystemPoolAccount, MarketGood, CARD_COLLECTION},
	currency::MINI,
	Balances, Cid, Market, Nfts, Runtime, RuntimeCall, RuntimeHoldReason,
};
use sp_keyring::Sr25519Keyring::{self, Bob, Charlie, Dave, Eve};
use sp_runtime::Percent;

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

/// Bob mints the card of `cid` and remints it naming a 20 % tax, paying the first remint fee
/// to the pool.
fn bob_remints_with_a_tax(cid: u64) {
	let mint =
		RuntimeCall::Cid(pallet_cid::Call::mint_card { cid, content: b"ipfs://bob".to_vec() });
	assert_eq!(apply(Bob, mint), Ok(()));
	let pool_before = pool();
	let remint = RuntimeCall::Cid(pallet_cid::Call::remint_card {
		cid,
		content: b"ipfs://bob2".to_vec(),
		tax: Percent::from_percent(20),
	});
	assert_eq!(apply(Bob, remint), Ok(()));
	assert_eq!(pool(), pool_before + MINI / 10, "the first remint costs RemintBase");
}

fn nft_call(call: pallet_nfts::Call<Runtime>) -> RuntimeCall {
	RuntimeCall::Nfts(call)
}

#[test]
fn a_cid_sold_in_a_dutch_auction_pays_seller_and_pool_exactly() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let cid = bobs_public_cid();
		// Bob's own tax: a sale by the reminter pays no royalty.
		bob_remints_with_a_tax(cid);
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
		assert_eq!(card_holder(cid), Some(Charlie.to_account_id()), "the card moved with it");
		assert_eq!(Balances::total_issuance(), issuance, "a sale mints and burns nothing");
	});
}

#[test]
fn a_cid_sold_in_an_english_auction_refunds_the_outbid_and_pays_the_reminter_its_tax() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let cid = bobs_public_cid();
		bob_remints_with_a_tax(cid);
		let offer = RuntimeCall::Cid(pallet_cid::Call::offer_transfer {
			cid,
			dest: Charlie.to_account_id().into(),
		});
		assert_eq!(apply(Bob, offer), Ok(()));
		let accept = RuntimeCall::Cid(pallet_cid::Call::accept_transfer { cid });
		assert_eq!(apply(Charlie, accept), Ok(()));
		let good = MarketGood::Cid(cid);
		let list = RuntimeCall::Market(pallet_market::Call::list_english {
			good,
			reserve: 5 * MINI,
			min_increment: MINI,
			duration: 100,
		});
		assert_eq!(apply(Charlie, list), Ok(()));
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
		let (bob, charlie, pool_before) = (free(Bob), free(Charlie), pool());
		let settle = RuntimeCall::Market(pallet_market::Call::settle { id });
		assert_eq!(apply(Eve, settle), Ok(()));
		let market_fee = 7 * MINI * 2 / 100;
		let tax = 7 * MINI * 20 / 100;
		assert_eq!((free(Dave), held(Dave)), (dave - 7 * MINI - dave_fee, 0));
		assert_eq!(free(Charlie), charlie + 7 * MINI - market_fee - tax);
		assert_eq!(free(Bob), bob + tax, "the last reminter receives its 20 %");
		assert_eq!(pool(), pool_before + market_fee);
		assert_eq!(Cid::owner_of(cid), Some(Dave.to_account_id()));
		assert_eq!(card_holder(cid), Some(Dave.to_account_id()));
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

fn card_holder(cid: u64) -> Option<sp_runtime::AccountId32> {
	pallet_nfts::Item::<Runtime>::get(CARD_COLLECTION, cid).map(|d| d.owner)
}

#[test]
fn a_card_is_a_pallet_nfts_item_bound_to_its_cid() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let cid = bobs_public_cid();
		bob_remints_with_a_tax(cid);
		assert_eq!(card_holder(cid), Some(Bob.to_account_id()));
		// What wallets read through pallet-nfts: the content and the remint record.
		let metadata = pallet_nfts::ItemMetadataOf::<Runtime>::get(CARD_COLLECTION, cid).unwrap();
		assert_eq!(metadata.data.into_inner(), b"ipfs://bob2".to_vec());
		let attribute = |key: &[u8]| {
			<Nfts as NftInspect<_>>::system_attribute(&CARD_COLLECTION, Some(&cid), key)
		};
		assert_eq!(attribute(b"remints"), Some(b"1".to_vec()));
		assert_eq!(attribute(b"tax"), Some(b"20".to_vec()));
		assert_eq!(attribute(b"reminter"), Some(Bob.to_account_id().encode()));
		// Its holder can neither move nor burn it through pallet-nfts.
		let transfer = nft_call(pallet_nfts::Call::transfer {
			collection: CARD_COLLECTION,
			item: cid,
			dest: Eve.to_account_id().into(),
		});
		let locked = pallet_nfts::Error::<Runtime>::ItemLocked.into();
		assert_eq!(apply(Bob, transfer), Err(locked));
		let burn = nft_call(pallet_nfts::Call::burn { collection: CARD_COLLECTION, item: cid });
		assert_eq!(apply(Bob, burn), Err(locked));
		// Nor can anyone create a collection: `nfts.create` is closed.
		let create = nft_call(pallet_nfts::Call::create {
			admin: Bob.to_account_id().into(),
			config: Default::default(),
		});
		assert_eq!(apply(Bob, create), Err(sp_runtime::DispatchError::BadOrigin));
		assert_eq!(card_holder(cid), Some(Bob.to_account_id()));
		// Releasing the CID burns the card and its remint attributes.
		let release = RuntimeCall::Cid(pallet_cid::Call::release { cid });
		assert_eq!(apply(Bob, release), Ok(()));
		assert_eq!(card_holder(cid), None);
		assert_eq!(attribute(b"remints"), None);
		assert!(pallet_nfts::ItemMetadataOf::<Runtime>::get(CARD_COLLECTION, cid).is_none());
	});
}
