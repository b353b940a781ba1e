//! Every call and rejection, the market-goods rules (escrow, delivery, royalty) and the lock.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::tokens::Locker};
use minix_primitives::MarketGoods;
use minix_test_utils::{burn_creator_item, creator_item, put_creator_item, CreatorItem};
use sp_runtime::{DispatchError, Percent};

const CREATOR: u64 = 1;
const BUYER: u64 = 2;
const RESELLER: u64 = 3;
/// The mock's first creator collection id.
const COLL: CollectionId = 2;

fn origin(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn pct(p: u8) -> Percent {
	Percent::from_percent(p)
}

/// A collection of `CREATOR` with a 5 % resale royalty and item 7 minted.
fn with_item() {
	assert_ok!(Creators::create_collection(origin(CREATOR), pct(5), None));
	assert_ok!(Creators::mint(origin(CREATOR), COLL, 7, b"ipfs://art".to_vec()));
}

fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

#[test]
fn create_collection_records_the_terms_and_indexes_the_creator() {
	run(|| {
		assert_ok!(Creators::create_collection(origin(CREATOR), pct(10), Some(3)));
		let record = Collections::<Test>::get(COLL).unwrap();
		assert_eq!(
			record,
			CreatorCollection { creator: CREATOR, creator_share: pct(70), resale_royalty: pct(10) }
		);
		assert!(CollectionsOf::<Test>::contains_key(CREATOR, COLL));
		assert_eq!(
			last_event(),
			Event::CollectionCreated {
				collection: COLL,
				creator: CREATOR,
				creator_share: pct(70),
				resale_royalty: pct(10),
				max_supply: Some(3),
			}
			.into()
		);
		assert_ok!(Creators::create_collection(origin(CREATOR), pct(0), None));
		let ids: Vec<_> = Creators::collections_of(&CREATOR, 0, 10)
			.into_iter()
			.map(|(id, _)| id)
			.collect();
		assert_eq!(ids, vec![COLL, COLL + 1]);
		assert_eq!(Creators::collections_of(&CREATOR, 1, 10).len(), 1);
		assert!(Creators::collections_of(&BUYER, 0, 10).is_empty());
	});
}

#[test]
fn royalty_bounds_are_enforced() {
	run(|| {
		assert_noop!(
			Creators::create_collection(origin(CREATOR), pct(11), None),
			Error::<Test>::RoyaltyTooHigh
		);
		assert_noop!(
			Creators::create_collection(origin(CREATOR), pct(100), None),
			Error::<Test>::RoyaltyTooHigh
		);
		assert_noop!(
			Creators::create_collection(origin(CREATOR), pct(5), Some(0)),
			Error::<Test>::ZeroMaxSupply
		);
		assert_ok!(Creators::create_collection(origin(CREATOR), pct(10), None));
	});
}

#[test]
fn mint_gives_the_creator_a_locked_item() {
	run(|| {
		with_item();
		let item = creator_item(COLL, 7).unwrap();
		assert_eq!(
			(item.owner, item.metadata.as_slice(), item.locked),
			(CREATOR, &b"ipfs://art"[..], true)
		);
		assert_eq!(
			last_event(),
			Event::Minted { collection: COLL, item: 7, creator: CREATOR }.into()
		);
		let items = Creators::items(COLL, 0, 10);
		assert_eq!(items.len(), 1);
		assert_eq!((items[0].item, items[0].owner), (7, CREATOR));
		assert!(!items[0].primary_sold && !items[0].listed);
	});
}

#[test]
fn mint_rejections_change_nothing() {
	run(|| {
		with_item();
		assert_noop!(
			Creators::mint(origin(CREATOR), COLL + 5, 1, b"x".to_vec()),
			Error::<Test>::UnknownCollection
		);
		assert_noop!(
			Creators::mint(origin(BUYER), COLL, 1, b"x".to_vec()),
			Error::<Test>::NotCreator
		);
		assert_noop!(
			Creators::mint(origin(CREATOR), COLL, 1, Vec::new()),
			Error::<Test>::BadMetadataLength
		);
		assert_noop!(
			Creators::mint(origin(CREATOR), COLL, 1, vec![1; MAX_METADATA as usize + 1]),
			Error::<Test>::BadMetadataLength
		);
		assert_ok!(Creators::mint(origin(CREATOR), COLL, 1, vec![1; MAX_METADATA as usize]));
		// The item exists already: pallet-nfts' error.
		assert_noop!(
			Creators::mint(origin(CREATOR), COLL, 7, b"y".to_vec()),
			DispatchError::Other("AlreadyExists")
		);
	});
}

#[test]
fn max_supply_is_pallet_nfts_own() {
	run(|| {
		assert_ok!(Creators::create_collection(origin(CREATOR), pct(0), Some(1)));
		assert_ok!(Creators::mint(origin(CREATOR), COLL, 1, b"a".to_vec()));
		assert_noop!(
			Creators::mint(origin(CREATOR), COLL, 2, b"b".to_vec()),
			DispatchError::Other("MaxSupplyReached")
		);
	});
}

#[test]
fn escrow_locks_the_item_against_pallet_nfts() {
	run(|| {
		with_item();
		let id = (COLL, 7);
		assert!(!Creators::is_locked(COLL, 7));
		assert_ok!(Creators::escrow(&id, &CREATOR));
		// pallet-nfts asks its `Locker` before `nfts.transfer` and `nfts.burn`.
		assert!(Creators::is_locked(COLL, 7));
		assert!(!Creators::is_locked(COLL, 8));
		assert!(Creators::items(COLL, 0, 1)[0].listed);
		assert_noop!(Creators::escrow(&id, &CREATOR), Error::<Test>::InEscrow);
		Creators::end_escrow(&id);
		assert!(!Creators::is_locked(COLL, 7));
	});
}

#[test]
fn escrow_rejections() {
	run(|| {
		with_item();
		// Not a creator's collection (e.g. the C-Cards' collection 0).
		assert_noop!(Creators::escrow(&(0, 7), &CREATOR), Error::<Test>::UnknownCollection);
		assert_eq!(Creators::owner(&(0, 7)), None);
		assert_noop!(Creators::escrow(&(COLL, 8), &CREATOR), Error::<Test>::UnknownItem);
		assert_noop!(Creators::escrow(&(COLL, 7), &BUYER), Error::<Test>::NotOwner);
		// An item minted directly through pallet-nfts whose metadata the admin can change.
		put_creator_item(
			COLL,
			8,
			CreatorItem { owner: CREATOR, locked: false, ..Default::default() },
		);
		assert_noop!(Creators::escrow(&(COLL, 8), &CREATOR), Error::<Test>::PropertiesUnlocked);
		// A frozen item.
		put_creator_item(
			COLL,
			9,
			CreatorItem { owner: CREATOR, locked: true, frozen: true, ..Default::default() },
		);
		assert_noop!(Creators::escrow(&(COLL, 9), &CREATOR), Error::<Test>::Frozen);
	});
}

#[test]
fn primary_sale_pays_the_pool_share_then_resales_pay_the_creator() {
	run(|| {
		with_item();
		let id = (COLL, 7);
		assert_eq!(Creators::royalty(&id), Some((POOL, pct(30))));
		assert_eq!(Creators::item_royalty(COLL, 7).unwrap().next_sale, Some((POOL, pct(30))));
		assert_ok!(Creators::escrow(&id, &CREATOR));
		assert!(Creators::can_receive(&id, &BUYER));
		assert!(!Creators::can_receive(&id, &CREATOR));
		assert_ok!(Creators::deliver(&id, &CREATOR, &BUYER));
		assert_eq!(creator_item(COLL, 7).unwrap().owner, BUYER);
		assert!(!Creators::is_locked(COLL, 7));
		assert_eq!(
			last_event(),
			Event::PrimarySale { collection: COLL, item: 7, seller: CREATOR }.into()
		);
		// Every later sale pays the resale royalty to the creator.
		assert_eq!(Creators::royalty(&id), Some((CREATOR, pct(5))));
		assert_ok!(Creators::escrow(&id, &BUYER));
		assert_ok!(Creators::deliver(&id, &BUYER, &RESELLER));
		assert_eq!(Creators::royalty(&id), Some((CREATOR, pct(5))));
		let view = Creators::item_royalty(COLL, 7).unwrap();
		assert!(view.primary_sold);
		assert_eq!(
			(view.creator, view.creator_share, view.resale_royalty),
			(CREATOR, pct(70), pct(5))
		);
		assert_eq!(Creators::item_royalty(COLL, 99), None);
	});
}

#[test]
fn a_zero_resale_royalty_pays_nothing() {
	run(|| {
		assert_ok!(Creators::create_collection(origin(CREATOR), pct(0), None));
		assert_ok!(Creators::mint(origin(CREATOR), COLL, 1, b"a".to_vec()));
		assert_ok!(Creators::escrow(&(COLL, 1), &CREATOR));
		assert_ok!(Creators::deliver(&(COLL, 1), &CREATOR, &BUYER));
		assert_eq!(Creators::royalty(&(COLL, 1)), None);
	});
}

#[test]
fn deliver_rejections_and_frozen_items() {
	run(|| {
		with_item();
		let id = (COLL, 7);
		assert_noop!(Creators::deliver(&id, &CREATOR, &BUYER), Error::<Test>::NotInEscrow);
		assert_ok!(Creators::escrow(&id, &CREATOR));
		assert_noop!(Creators::deliver(&id, &BUYER, &RESELLER), Error::<Test>::NotOwner);
		// The collection's freezer freezes the listed item: it can no longer be sold.
		let mut item = creator_item(COLL, 7).unwrap();
		item.frozen = true;
		put_creator_item(COLL, 7, item);
		assert!(!Creators::can_receive(&id, &BUYER));
		assert_noop!(Creators::deliver(&id, &CREATOR, &BUYER), DispatchError::Other("ItemLocked"));
		assert!(!PrimarySold::<Test>::contains_key(id));
	});
}

#[test]
fn a_burned_id_minted_again_is_a_new_item() {
	run(|| {
		with_item();
		let id = (COLL, 7);
		assert_ok!(Creators::escrow(&id, &CREATOR));
		assert_ok!(Creators::deliver(&id, &CREATOR, &BUYER));
		// The buyer burns it through pallet-nfts; the creator mints the id again.
		burn_creator_item(COLL, 7);
		assert_ok!(Creators::mint(origin(CREATOR), COLL, 7, b"again".to_vec()));
		assert_eq!(Creators::royalty(&id), Some((POOL, pct(30))));
	});
}
