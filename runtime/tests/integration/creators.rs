//! Creators' collections through the real runtime: pallet-nfts collections with MINI deposits,
//! items locked at mint, escrowed in place while listed (`nfts.transfer` and `nfts.burn`
//! refused), a primary sale that splits 70 / 30 less the market fee, and a resale that pays the
//! creator's royalty, with exact balances.

use crate::common::*;
use frame_support::traits::fungible::Inspect;
use minix_runtime::{
	configs::{EcosystemPoolAccount, MarketGood, CARD_COLLECTION},
	currency::MINI,
	Balances, Creators, Runtime, RuntimeCall,
};
use sp_keyring::Sr25519Keyring::{self, Bob, Charlie, Dave};
use sp_runtime::{DispatchError, Percent};

/// The first creator's collection (0 and 1 are the C-Cards and the MITs).
const COLL: u32 = 2;

fn create(resale: u8) -> RuntimeCall {
	RuntimeCall::Creators(pallet_creators::Call::create_collection {
		resale_royalty: Percent::from_percent(resale),
		max_supply: None,
	})
}

fn mint(item: u64, metadata: &[u8]) -> RuntimeCall {
	RuntimeCall::Creators(pallet_creators::Call::mint {
		collection: COLL,
		item,
		metadata: metadata.to_vec(),
	})
}

fn nfts_transfer(item: u64, to: Sr25519Keyring) -> RuntimeCall {
	RuntimeCall::Nfts(pallet_nfts::Call::transfer {
		collection: COLL,
		item,
		dest: to.to_account_id().into(),
	})
}

fn list_fixed(item: u64, price: u128) -> RuntimeCall {
	RuntimeCall::Market(pallet_market::Call::list_fixed {
		good: MarketGood::Nft((COLL, item)),
		price,
	})
}

fn holder(item: u64) -> Option<sp_runtime::AccountId32> {
	pallet_nfts::Item::<Runtime>::get(COLL, item).map(|d| d.owner)
}

fn free(who: Sr25519Keyring) -> u128 {
	Balances::balance(&who.to_account_id())
}

#[test]
fn a_creator_creates_and_mints_paying_pallet_nfts_deposits_in_mini() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let reserved = || Balances::reserved_balance(&Bob.to_account_id());
		let before = reserved();
		assert_eq!(apply(Bob, create(10)), Ok(()));
		// pallet-nfts' collection deposit: one MINI.
		assert_eq!(reserved(), before + MINI);
		let info = pallet_nfts::Collection::<Runtime>::get(COLL).expect("created");
		assert_eq!(info.owner, Bob.to_account_id());
		assert_eq!(
			apply(Bob, create(11)),
			Err(pallet_creators::Error::<Runtime>::RoyaltyTooHigh.into())
		);
		// `nfts.create` stays closed.
		let direct = RuntimeCall::Nfts(pallet_nfts::Call::create {
			admin: Bob.to_account_id().into(),
			config: Default::default(),
		});
		assert_eq!(apply(Bob, direct), Err(DispatchError::BadOrigin));
		// Minting holds the item deposit and the metadata deposit (base + per byte).
		let before = reserved();
		assert_eq!(apply(Bob, mint(1, b"ipfs://first")), Ok(()));
		let deposits = MINI / 1000 + MINI / 1000 + 12 * MINI / 100_000;
		assert_eq!(reserved(), before + deposits);
		assert_eq!(holder(1), Some(Bob.to_account_id()));
		assert_eq!(
			apply(Charlie, mint(2, b"x")),
			Err(pallet_creators::Error::<Runtime>::NotCreator.into())
		);
		// The metadata is locked against the collection's admin.
		let change = RuntimeCall::Nfts(pallet_nfts::Call::set_metadata {
			collection: COLL,
			item: 1,
			data: b"ipfs://swapped".to_vec().try_into().unwrap(),
		});
		assert_eq!(
			apply(Bob, change),
			Err(pallet_nfts::Error::<Runtime>::LockedItemMetadata.into())
		);
		// Unlisted, an item moves with pallet-nfts' own transfer, and back.
		assert_eq!(apply(Bob, nfts_transfer(1, Charlie)), Ok(()));
		assert_eq!(apply(Charlie, nfts_transfer(1, Bob)), Ok(()));
		let items = Creators::items(COLL, 0, 10);
		assert_eq!(items.len(), 1);
		assert_eq!(items[0].metadata, b"ipfs://first".to_vec());
		assert_eq!(Creators::collections_of(&Bob.to_account_id(), 0, 10)[0].0, COLL);
		// Contracts read the holder through the chain extension.
		let read = |item: u64| {
			let input = codec::Encode::encode(&(COLL, item));
			minix_runtime::Builtins::run(
				pallet_builtins::Func::NftOwner,
				&Dave.to_account_id(),
				true,
				&input,
			)
		};
		assert_eq!(read(1), Ok(codec::Encode::encode(&Bob.to_account_id())));
		assert_eq!(read(2), Err(pallet_builtins::ExtensionError::NoSuchNft));
		check_invariants().expect("consistent");
	});
}

#[test]
fn a_primary_sale_splits_70_30_less_the_fee_and_a_resale_pays_the_royalty() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		assert_eq!(apply(Bob, create(10)), Ok(()));
		assert_eq!(apply(Bob, mint(1, b"ipfs://first")), Ok(()));
		let pool = || Balances::balance(&EcosystemPoolAccount::get());
		let issuance = Balances::total_issuance();

		// Listed: escrowed in place, pallet-nfts refuses to move or burn it.
		assert_eq!(apply(Bob, list_fixed(1, 10 * MINI)), Ok(()));
		let locked = Err(pallet_nfts::Error::<Runtime>::ItemLocked.into());
		assert_eq!(apply(Bob, nfts_transfer(1, Dave)), locked);
		let burn = RuntimeCall::Nfts(pallet_nfts::Call::burn { collection: COLL, item: 1 });
		assert_eq!(apply(Bob, burn), locked);
		assert!(Creators::items(COLL, 0, 1)[0].listed);

		// The primary sale at 10 MINI: fee 2 % and pool share 30 % to the pool, 68 % to Bob.
		let id = pallet_market::ListingOfGood::<Runtime>::get(MarketGood::Nft((COLL, 1))).unwrap();
		let (bob, pool_before, charlie) = (free(Bob), pool(), free(Charlie));
		let buy = RuntimeCall::Market(pallet_market::Call::buy { id, max_price: 10 * MINI });
		assert_eq!(apply(Charlie, buy), Ok(()));
		let fee = fee_paid();
		assert_eq!(free(Bob), bob + 68 * MINI / 10);
		assert_eq!(pool(), pool_before + 2 * MINI / 10 + 3 * MINI);
		assert_eq!(free(Charlie), charlie - 10 * MINI - fee);
		assert_eq!(holder(1), Some(Charlie.to_account_id()));
		let royalty = Creators::item_royalty(COLL, 1).unwrap();
		assert!(royalty.primary_sold);
		assert_eq!(royalty.next_sale, Some((Bob.to_account_id(), Percent::from_percent(10))));

		// The resale at 20 MINI: fee 2 % to the pool, 10 % to Bob, 88 % to Charlie.
		let (bob, pool_before, charlie) = (free(Bob), pool(), free(Charlie));
		assert_eq!(apply(Charlie, list_fixed(1, 20 * MINI)), Ok(()));
		let listing_fee = fee_paid();
		let id = pallet_market::ListingOfGood::<Runtime>::get(MarketGood::Nft((COLL, 1))).unwrap();
		let buy = RuntimeCall::Market(pallet_market::Call::buy { id, max_price: 20 * MINI });
		assert_eq!(apply(Dave, buy), Ok(()));
		assert_eq!(free(Bob), bob + 2 * MINI);
		assert_eq!(pool(), pool_before + 4 * MINI / 10);
		assert_eq!(free(Charlie), charlie - listing_fee + 176 * MINI / 10);
		assert_eq!(holder(1), Some(Dave.to_account_id()));
		// Sales move MINI; only transaction fees may leave the issuance.
		assert!(Balances::total_issuance() <= issuance);
		check_invariants().expect("consistent");
	});
}

#[test]
fn only_locked_items_of_creators_collections_can_be_listed() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		assert_eq!(apply(Bob, create(0)), Ok(()));
		// A C-Card is not a creator's item: the NFT route refuses it.
		let card = RuntimeCall::Market(pallet_market::Call::list_fixed {
			good: MarketGood::Nft((CARD_COLLECTION, 1_000_001)),
			price: MINI,
		});
		assert_eq!(
			apply(Bob, card),
			Err(pallet_creators::Error::<Runtime>::UnknownCollection.into())
		);
		// An item minted directly by the issuer keeps unlocked metadata: refused.
		let direct = RuntimeCall::Nfts(pallet_nfts::Call::mint {
			collection: COLL,
			item: 5,
			mint_to: Bob.to_account_id().into(),
			witness_data: None,
		});
		assert_eq!(apply(Bob, direct), Ok(()));
		assert_eq!(
			apply(Bob, list_fixed(5, MINI)),
			Err(pallet_creators::Error::<Runtime>::PropertiesUnlocked.into())
		);
		// Frozen by the collection's freezer while listed: the sale is refused, nothing moves.
		assert_eq!(apply(Bob, mint(6, b"six")), Ok(()));
		assert_eq!(apply(Bob, list_fixed(6, MINI)), Ok(()));
		let freeze =
			RuntimeCall::Nfts(pallet_nfts::Call::lock_item_transfer { collection: COLL, item: 6 });
		assert_eq!(apply(Bob, freeze), Ok(()));
		let id = pallet_market::ListingOfGood::<Runtime>::get(MarketGood::Nft((COLL, 6))).unwrap();
		let buy = RuntimeCall::Market(pallet_market::Call::buy { id, max_price: MINI });
		assert_eq!(apply(Charlie, buy), Err(pallet_market::Error::<Runtime>::CannotReceive.into()));
		assert_eq!(holder(6), Some(Bob.to_account_id()));
		check_invariants().expect("consistent");
	});
}

#[test]
fn english_auctions_and_accepted_offers_pay_the_same_split() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		assert_eq!(apply(Bob, create(5)), Ok(()));
		assert_eq!(apply(Bob, mint(1, b"one")), Ok(()));
		let pool = || Balances::balance(&EcosystemPoolAccount::get());
		// The primary sale by English auction: Charlie's 4 MINI bid wins at settlement.
		let good = MarketGood::Nft((COLL, 1));
		let list = RuntimeCall::Market(pallet_market::Call::list_english {
			good,
			reserve: MINI,
			min_increment: MINI / 10,
			duration: 20,
		});
		assert_eq!(apply(Bob, list), Ok(()));
		let id = pallet_market::ListingOfGood::<Runtime>::get(good).unwrap();
		let bid = RuntimeCall::Market(pallet_market::Call::bid { id, amount: 4 * MINI });
		assert_eq!(apply(Charlie, bid), Ok(()));
		for _ in 0..21 {
			start_block();
		}
		let (bob, pool_before) = (free(Bob), pool());
		assert_eq!(apply(Dave, RuntimeCall::Market(pallet_market::Call::settle { id })), Ok(()));
		assert_eq!(holder(1), Some(Charlie.to_account_id()));
		assert_eq!(free(Bob), bob + 4 * MINI * 68 / 100);
		assert_eq!(pool(), pool_before + 4 * MINI * 32 / 100);
		// The resale through an accepted offer below the fixed price: 5 % to Bob.
		assert_eq!(apply(Charlie, list_fixed(1, 10 * MINI)), Ok(()));
		let id = pallet_market::ListingOfGood::<Runtime>::get(good).unwrap();
		let offer = RuntimeCall::Market(pallet_market::Call::make_offer { id, amount: 6 * MINI });
		assert_eq!(apply(Dave, offer), Ok(()));
		let (bob, pool_before, charlie) = (free(Bob), pool(), free(Charlie));
		let accept = RuntimeCall::Market(pallet_market::Call::accept_offer {
			id,
			buyer: Dave.to_account_id().into(),
			amount: 6 * MINI,
		});
		assert_eq!(apply(Charlie, accept), Ok(()));
		let fee = fee_paid();
		assert_eq!(holder(1), Some(Dave.to_account_id()));
		assert_eq!(free(Bob), bob + 6 * MINI * 5 / 100);
		assert_eq!(pool(), pool_before + 6 * MINI * 2 / 100);
		assert_eq!(free(Charlie), charlie - fee + 6 * MINI * 93 / 100);
		check_invariants().expect("consistent");
	});
}
