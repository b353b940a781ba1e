//! C-Cards: minted once as a bound item, reminted with a doubling fee and a capped tax that the
//! market pays the last reminter; the item moves with the CID and is burned on release.

use super::*;
use minix_primitives::{CardRemints, MarketGoods};
use minix_test_utils::{bound_collection_created, bound_item};
use sp_runtime::Percent;

fn remints(cid: CidNumber) -> CardRemints<u64> {
	Cids::<Test>::get(cid).unwrap().card.unwrap().remints
}

#[test]
fn the_collection_is_created_at_genesis() {
	run(|| assert!(bound_collection_created()));
}

#[test]
fn mint_card_creates_the_bound_item_once() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::mint_card(signed(2), PUBLIC, b"ipfs://a".to_vec()));
		assert_eq!(
			last_event(),
			Event::CardMinted {
				cid: PUBLIC,
				owner: 2,
				content: b"ipfs://a".to_vec().try_into().unwrap()
			}
		);
		let item = bound_item(PUBLIC).unwrap();
		assert_eq!((item.owner, item.content), (2, b"ipfs://a".to_vec()));
		assert_eq!(remints(PUBLIC), CardRemints::default());
		// Set once: later changes are remints.
		assert_noop!(Cid::mint_card(signed(2), PUBLIC, vec![1]), Error::<Test>::CardExists);
		let info = Cid::details(PUBLIC).unwrap();
		assert_eq!(info.card.unwrap().content, b"ipfs://a".to_vec());
		assert_eq!(info.remint_fee, Some(REMINT_BASE));
	});
}

#[test]
fn mint_card_rejections() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_noop!(Cid::mint_card(signed(2), PUBLIC, vec![]), Error::<Test>::CardEmpty);
		assert_noop!(Cid::mint_card(signed(2), PUBLIC, vec![1; 9]), Error::<Test>::CardTooLong);
		assert_noop!(Cid::mint_card(signed(3), PUBLIC, vec![1]), Error::<Test>::NotOwner);
		assert_noop!(Cid::mint_card(signed(2), PUBLIC + 1, vec![1]), Error::<Test>::UnknownCid);
		assert!(bound_item(PUBLIC).is_none());
	});
}

#[test]
fn remint_doubles_its_fee_pays_the_pool_and_names_the_reminter() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::mint_card(signed(2), PUBLIC, vec![1]));
		let before = Balances::balance(&2);
		for n in 0..MAX_REMINTS {
			let fee = REMINT_BASE << n;
			assert_eq!(Cid::details(PUBLIC).unwrap().remint_fee, Some(fee));
			let tax = Percent::from_percent(10 * n);
			assert_ok!(Cid::remint_card(signed(2), PUBLIC, vec![n + 2], tax));
			assert_eq!(
				last_event(),
				Event::CardReminted {
					cid: PUBLIC,
					reminter: 2,
					content: vec![n + 2].try_into().unwrap(),
					remints: n + 1,
					tax,
					fee,
				}
			);
			let item = bound_item(PUBLIC).unwrap();
			assert_eq!(item.content, vec![n + 2]);
			assert_eq!(item.attributes[&b"remints".to_vec()], (n + 1).to_string().into_bytes());
			assert_eq!(item.attributes[&b"tax".to_vec()], (10 * n).to_string().into_bytes());
			assert_eq!(item.attributes[&b"reminter".to_vec()], 2u64.encode());
		}
		// 5 + 10 + 20 went to the pool; the card may not be reminted a fourth time.
		assert_eq!(before - Balances::balance(&2), 35);
		assert_eq!(Balances::balance(&POOL), 35);
		assert_eq!(Cid::details(PUBLIC).unwrap().remint_fee, None);
		assert_noop!(
			Cid::remint_card(signed(2), PUBLIC, vec![9], Percent::zero()),
			Error::<Test>::TooManyRemints
		);
	});
}

#[test]
fn remint_rejections_change_nothing() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		let ten = Percent::from_percent(10);
		assert_noop!(Cid::remint_card(signed(2), PUBLIC, vec![1], ten), Error::<Test>::NoCard);
		assert_ok!(Cid::mint_card(signed(2), PUBLIC, vec![1]));
		let over = Percent::from_percent(31);
		assert_noop!(Cid::remint_card(signed(2), PUBLIC, vec![1], over), Error::<Test>::TaxTooHigh);
		assert_noop!(Cid::remint_card(signed(3), PUBLIC, vec![1], ten), Error::<Test>::NotOwner);
		assert_noop!(Cid::remint_card(signed(2), PUBLIC, vec![], ten), Error::<Test>::CardEmpty);
		assert_noop!(
			Cid::remint_card(signed(2), PUBLIC, vec![1; 9], ten),
			Error::<Test>::CardTooLong
		);
		// Account 5 owns a CID but holds nothing: it cannot pay the fee.
		assert_ok!(Cid::register(RuntimeOrigin::root(), PUBLIC + 1, 5));
		assert_ok!(Cid::mint_card(signed(5), PUBLIC + 1, vec![1]));
		assert!(Cid::remint_card(signed(5), PUBLIC + 1, vec![2], ten).is_err());
		assert_eq!(remints(PUBLIC + 1), CardRemints::default());
		// Exactly the cap is allowed.
		assert_ok!(Cid::remint_card(signed(2), PUBLIC, vec![2], Percent::from_percent(30)));
	});
}

#[test]
fn the_remint_tax_is_the_cids_royalty_and_follows_the_last_reminter() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::mint_card(signed(2), PUBLIC, vec![1]));
		// No remint, or a remint naming no tax: no royalty.
		assert_eq!(<Cid as MarketGoods<_>>::royalty(&PUBLIC), None);
		assert_ok!(Cid::remint_card(signed(2), PUBLIC, vec![2], Percent::zero()));
		assert_eq!(<Cid as MarketGoods<_>>::royalty(&PUBLIC), None);
		let twenty = Percent::from_percent(20);
		assert_ok!(Cid::remint_card(signed(2), PUBLIC, vec![3], twenty));
		assert_eq!(<Cid as MarketGoods<_>>::royalty(&PUBLIC), Some((2, twenty)));
		// The tax stays with the reminter after the CID moves on …
		assert_ok!(give(2, PUBLIC, 3));
		assert_eq!(<Cid as MarketGoods<_>>::royalty(&PUBLIC), Some((2, twenty)));
		assert_eq!(bound_item(PUBLIC).unwrap().owner, 3);
		// … until the new owner remints (at the doubled fee) and takes it over.
		let five = Percent::from_percent(5);
		assert_ok!(Cid::remint_card(signed(3), PUBLIC, vec![4], five));
		assert_eq!(<Cid as MarketGoods<_>>::royalty(&PUBLIC), Some((3, five)));
		assert_eq!(Balances::balance(&POOL), REMINT_BASE * (1 + 2 + 4));
		assert_eq!(<Cid as CidInspect<_, _>>::card_remints(PUBLIC).unwrap().count, 3);
	});
}

#[test]
fn an_escrowed_card_cannot_be_reminted() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::mint_card(signed(2), PUBLIC, vec![1]));
		assert_ok!(<Cid as MarketGoods<_>>::escrow(&PUBLIC, &2));
		assert_noop!(
			Cid::remint_card(signed(2), PUBLIC, vec![2], Percent::from_percent(30)),
			Error::<Test>::InEscrow
		);
		// The market's delivery moves the item with the CID.
		assert_ok!(<Cid as MarketGoods<_>>::deliver(&PUBLIC, &2, &3));
		assert_eq!(bound_item(PUBLIC).unwrap().owner, 3);
	});
}

#[test]
fn release_burns_the_card_and_a_new_holder_starts_afresh() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::mint_card(signed(2), PUBLIC, vec![1]));
		assert_ok!(Cid::remint_card(signed(2), PUBLIC, vec![2], Percent::from_percent(30)));
		assert_ok!(Cid::release(signed(2), PUBLIC));
		assert!(bound_item(PUBLIC).is_none());
		assert_ok!(Cid::claim(signed(3), Some(PUBLIC)));
		assert_eq!(<Cid as MarketGoods<_>>::royalty(&PUBLIC), None);
		assert_ok!(Cid::mint_card(signed(3), PUBLIC, vec![7]));
		assert_eq!(remints(PUBLIC), CardRemints::default());
		assert_eq!(Cid::details(PUBLIC).unwrap().remint_fee, Some(REMINT_BASE));
	});
}
