//! Unit tests: every call, and every rejection leaves storage untouched (`assert_noop!`).

use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use minix_primitives::MarketGoods;
use minix_test_utils::{bound_collection_created, bound_item};
use mock::Mit;

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn held(who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Mit(HoldReason::MitDeposit), &who)
}

fn one(symbol: &[u8], content: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
	vec![(symbol.to_vec(), content.to_vec())]
}

fn owner(symbol: &[u8]) -> u64 {
	Mit::mit(symbol).expect("registered").owner
}

#[test]
fn the_collection_is_created_at_genesis() {
	run(|| assert!(bound_collection_created()));
}

#[test]
fn register_several_in_one_call_each_an_item_with_its_deposit() {
	run(|| {
		let mits = vec![(b"Art.One".to_vec(), b"ipfs://1".to_vec()), (b"art_2".to_vec(), vec![])];
		assert_ok!(Mit::register(signed(1), mits));
		let first = Mit::mit(b"ART.ONE").unwrap();
		assert_eq!((first.id, first.symbol.as_slice(), first.owner), (0, &b"Art.One"[..], 1));
		assert_eq!(first.content, b"ipfs://1".to_vec());
		assert_eq!(first.history, vec![(1, 1)]);
		assert_eq!(bound_item(0).unwrap().owner, 1);
		assert_eq!(bound_item(0).unwrap().content, b"ipfs://1".to_vec());
		assert_eq!(bound_item(1).unwrap().owner, 1);
		// 10 + 15 bytes and 10 + 5 bytes.
		assert_eq!(held(1), BASE + 15 * PER_BYTE + BASE + 5 * PER_BYTE);
		System::assert_has_event(
			Event::Registered {
				id: 1,
				symbol: b"art_2".to_vec().try_into().unwrap(),
				owner: 1,
				deposit: BASE + 5,
			}
			.into(),
		);
		let mine: Vec<MitId> = Mit::mits_of(&1, 0, 10).into_iter().map(|m| m.id).collect();
		assert_eq!(mine, vec![0, 1]);
		assert_eq!(Mit::mits_of(&1, 1, 10).len(), 1);
	});
}

#[test]
fn symbols_are_checked_and_unique_regardless_of_case() {
	run(|| {
		assert_ok!(Mit::register(signed(1), one(b"Art", b"")));
		let e = |s: &[u8]| Mit::register(signed(2), one(s, b""));
		assert_noop!(e(b"ART"), Error::<Test>::SymbolTaken);
		assert_noop!(e(b"art"), Error::<Test>::SymbolTaken);
		assert_noop!(e(b""), Error::<Test>::BadSymbolLength);
		assert_noop!(e(&[b'a'; 65]), Error::<Test>::BadSymbolLength);
		assert_ok!(e(&[b'a'; 64]));
		for bad in [&b"a b"[..], b"a/b", b"a#", "é".as_bytes(), b"a\0"] {
			assert_noop!(e(bad), Error::<Test>::BadSymbolChar);
		}
		assert_ok!(e(b"A.b@c_d-9"));
		assert_eq!(Mit::mit(b"art").unwrap().symbol, b"Art".to_vec(), "the case is kept");
	});
}

#[test]
fn register_rejections_register_nothing() {
	run(|| {
		assert_noop!(Mit::register(signed(1), vec![]), Error::<Test>::EmptyBatch);
		let four = (0..4).map(|i| (vec![b'a' + i], vec![])).collect();
		assert_noop!(Mit::register(signed(1), four), Error::<Test>::TooManyInBatch);
		assert_noop!(
			Mit::register(signed(1), one(b"big", &[0; 17])),
			Error::<Test>::ContentTooLong
		);
		// A duplicate inside the batch, in another case, refuses the whole batch.
		let twice = vec![(b"x".to_vec(), vec![]), (b"X".to_vec(), vec![])];
		assert_noop!(Mit::register(signed(1), twice), Error::<Test>::SymbolTaken);
		let bad_second = vec![(b"good".to_vec(), vec![]), (b"b d".to_vec(), vec![])];
		assert_noop!(Mit::register(signed(1), bad_second), Error::<Test>::BadSymbolChar);
		// Account 5 holds 20: one deposit of 10 + 16 bytes does not fit.
		assert_noop!(
			Mit::register(signed(5), one(b"poor", &[0; 12])),
			Error::<Test>::CannotPayDeposit
		);
		assert!(bound_item(0).is_none());
		assert_eq!(NextMitId::<Test>::get(), 0);
	});
}

#[test]
fn transfer_to_an_account_a_cid_or_a_name_keeps_a_bounded_history() {
	run(|| {
		assert_ok!(Mit::register(signed(1), one(b"Art", b"c")));
		assert_ok!(Mit::transfer(signed(1), b"art".to_vec(), Recipient::Account(3)));
		assert_eq!(owner(b"Art"), 3);
		System::set_block_number(2);
		assert_ok!(Mit::transfer(signed(3), b"ART".to_vec(), Recipient::Name(b"BoB".to_vec())));
		System::assert_last_event(
			Event::Transferred { id: 0, from: 3, to: 2, cid: Some(1_000_002) }.into(),
		);
		assert_eq!(bound_item(0).unwrap().owner, 2);
		System::set_block_number(3);
		assert_ok!(Mit::transfer(signed(2), b"Art".to_vec(), Recipient::Account(4)));
		System::set_block_number(4);
		assert_ok!(Mit::transfer(signed(4), b"Art".to_vec(), Recipient::Cid(1_000_002)));
		let info = Mit::mit(b"Art").unwrap();
		// The creator stays; the history keeps the last three holders.
		assert_eq!(info.creator, 1);
		assert_eq!(info.history, vec![(2, 2), (4, 3), (2, 4)]);
		assert_eq!(Mit::mits_of(&1, 0, 10).len(), 0);
		assert_eq!(Mit::mits_of(&2, 0, 10).len(), 1);
		// The deposit stays with the creator.
		assert_eq!(held(1), BASE + 4);
	});
}

#[test]
fn transfer_rejections_move_nothing() {
	run(|| {
		assert_ok!(Mit::register(signed(1), one(b"Art", b"")));
		let to = |r| Mit::transfer(signed(1), b"Art".to_vec(), r);
		assert_noop!(
			Mit::transfer(signed(1), b"nope".to_vec(), Recipient::Account(2)),
			Error::<Test>::UnknownMit
		);
		assert_noop!(
			Mit::transfer(signed(2), b"Art".to_vec(), Recipient::Account(3)),
			Error::<Test>::NotOwner
		);
		assert_noop!(to(Recipient::Account(1)), Error::<Test>::SameOwner);
		assert_noop!(to(Recipient::Cid(7_777_777)), Error::<Test>::UnknownRecipient);
		assert_noop!(to(Recipient::Name(b"nobody".to_vec())), Error::<Test>::UnknownRecipient);
		assert_eq!(bound_item(0).unwrap().owner, 1);
	});
}

#[test]
fn burn_returns_the_deposit_to_the_creator_and_frees_the_symbol() {
	run(|| {
		assert_ok!(Mit::register(signed(1), one(b"Art", b"abc")));
		assert_ok!(Mit::transfer(signed(1), b"Art".to_vec(), Recipient::Account(2)));
		assert_noop!(Mit::burn(signed(1), b"Art".to_vec()), Error::<Test>::NotOwner);
		let before = Balances::balance(&1);
		assert_ok!(Mit::burn(signed(2), b"ART".to_vec()));
		System::assert_last_event(
			Event::Burned { id: 0, owner: 2, depositor: 1, deposit: BASE + 6 }.into(),
		);
		assert_eq!((held(1), Balances::balance(&1)), (0, before + BASE + 6));
		assert!(bound_item(0).is_none());
		assert!(Mit::mit(b"Art").is_none());
		// The symbol is free again, in any case; ids are not reused.
		assert_ok!(Mit::register(signed(3), one(b"aRT", b"")));
		assert_eq!(Mit::mit(b"art").unwrap().id, 1);
	});
}

#[test]
fn a_listed_mit_is_escrowed_in_place_and_delivered_by_the_market() {
	run(|| {
		assert_ok!(Mit::register(signed(1), one(b"Art", b"")));
		assert_noop!(<Mit as MarketGoods<_>>::escrow(&0, &2), Error::<Test>::NotOwner);
		assert_noop!(<Mit as MarketGoods<_>>::escrow(&9, &1), Error::<Test>::UnknownMit);
		assert_ok!(<Mit as MarketGoods<_>>::escrow(&0, &1));
		assert!(Mit::mit(b"Art").unwrap().in_escrow);
		assert_noop!(<Mit as MarketGoods<_>>::escrow(&0, &1), Error::<Test>::InEscrow);
		assert_noop!(
			Mit::transfer(signed(1), b"Art".to_vec(), Recipient::Account(2)),
			Error::<Test>::InEscrow
		);
		assert_noop!(Mit::burn(signed(1), b"Art".to_vec()), Error::<Test>::InEscrow);
		assert!(!<Mit as MarketGoods<_>>::can_receive(&0, &1), "not to its own seller");
		assert!(<Mit as MarketGoods<_>>::can_receive(&0, &2));
		assert_eq!(<Mit as MarketGoods<_>>::royalty(&0), None);
		System::set_block_number(5);
		assert_ok!(<Mit as MarketGoods<_>>::deliver(&0, &1, &2));
		assert_eq!(owner(b"Art"), 2);
		assert_eq!(Mit::mit(b"Art").unwrap().history, vec![(1, 1), (2, 5)]);
		assert_noop!(<Mit as MarketGoods<_>>::deliver(&0, &2, &3), Error::<Test>::NotInEscrow);
		// Ending an escrow without a sale frees the MIT.
		assert_ok!(<Mit as MarketGoods<_>>::escrow(&0, &2));
		<Mit as MarketGoods<_>>::end_escrow(&0);
		assert_ok!(Mit::burn(signed(2), b"Art".to_vec()));
	});
}
