//! MITs through the real runtime: registered in a batch, items of pallet-nfts collection 1 that
//! their holder cannot move directly, and an MIT sold in a Dutch auction changes hands with its
//! history updated and exact balances.

use crate::common::*;
use frame_support::traits::fungible::{Inspect, InspectHold};
use minix_runtime::{
	configs::{EcosystemPoolAccount, MarketGood, MIT_COLLECTION},
	currency::MINI,
	Balances, Mit, Runtime, RuntimeCall, RuntimeHoldReason,
};
use sp_keyring::Sr25519Keyring::{Bob, Charlie, Eve};

fn register(mits: &[(&[u8], &[u8])]) -> RuntimeCall {
	let mits = mits.iter().map(|(s, c)| (s.to_vec(), c.to_vec())).collect();
	RuntimeCall::Mit(pallet_mit::Call::register { mits })
}

fn item_holder(id: u64) -> Option<sp_runtime::AccountId32> {
	pallet_nfts::Item::<Runtime>::get(MIT_COLLECTION, id).map(|d| d.owner)
}

#[test]
fn mits_are_bound_pallet_nfts_items_with_a_deposit() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		assert_eq!(apply(Bob, register(&[(b"Moon.Art", b"ipfs://moon"), (b"sun", b"")])), Ok(()));
		let moon = Mit::mit(b"MOON.ART").expect("registered");
		assert_eq!((moon.id, moon.owner.clone()), (0, Bob.to_account_id()));
		assert_eq!(item_holder(0), Some(Bob.to_account_id()));
		assert_eq!(item_holder(1), Some(Bob.to_account_id()));
		// Contracts read owner and content through the chain extension, in any case.
		let read = |func, symbol: &[u8]| {
			let input = codec::Encode::encode(&symbol.to_vec());
			minix_runtime::Builtins::run(func, &Eve.to_account_id(), true, &input)
		};
		let owner = read(pallet_builtins::Func::MitOwner, b"moon.ART");
		assert_eq!(owner, Ok(codec::Encode::encode(&Bob.to_account_id())));
		let content = read(pallet_builtins::Func::MitContent, b"Moon.Art");
		assert_eq!(content, Ok(codec::Encode::encode(&b"ipfs://moon".to_vec())));
		let missing = read(pallet_builtins::Func::MitOwner, b"mars");
		assert_eq!(missing, Err(pallet_builtins::ExtensionError::NoSuchMit));
		let metadata = pallet_nfts::ItemMetadataOf::<Runtime>::get(MIT_COLLECTION, 0).unwrap();
		assert_eq!(metadata.data.into_inner(), b"ipfs://moon".to_vec());
		// 0.01 MINI plus 0.00001 MINI per byte, for each.
		let held = Balances::balance_on_hold(
			&RuntimeHoldReason::Mit(pallet_mit::HoldReason::MitDeposit),
			&Bob.to_account_id(),
		);
		assert_eq!(held, 2 * MINI / 100 + (19 + 3) * MINI / 100_000);
		// A case-only lookalike is refused.
		let lookalike = register(&[(b"MOON.art", b"")]);
		assert_eq!(apply(Eve, lookalike), Err(pallet_mit::Error::<Runtime>::SymbolTaken.into()));
		// The holder cannot move or burn the item through pallet-nfts.
		let transfer = RuntimeCall::Nfts(pallet_nfts::Call::transfer {
			collection: MIT_COLLECTION,
			item: 0,
			dest: Eve.to_account_id().into(),
		});
		assert_eq!(apply(Bob, transfer), Err(pallet_nfts::Error::<Runtime>::ItemLocked.into()));
		// Burning returns the deposit.
		let burn = RuntimeCall::Mit(pallet_mit::Call::burn { symbol: b"sun".to_vec() });
		assert_eq!(apply(Bob, burn), Ok(()));
		assert_eq!(item_holder(1), None);
	});
}

#[test]
fn an_mit_sold_in_a_dutch_auction_changes_hands_with_its_history() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		assert_eq!(apply(Bob, register(&[(b"Moon.Art", b"ipfs://moon")])), Ok(()));
		let good = MarketGood::Mit(0);
		let list = RuntimeCall::Market(pallet_market::Call::list_dutch {
			good,
			start_price: 4 * MINI,
			end_price: 2 * MINI,
			duration: 100,
		});
		assert_eq!(apply(Bob, list), Ok(()));
		// Escrowed in place: still Bob's, but he cannot send it away.
		let send = RuntimeCall::Mit(pallet_mit::Call::transfer {
			symbol: b"moon.art".to_vec(),
			to: pallet_mit::Recipient::Account(Eve.to_account_id()),
		});
		assert_eq!(apply(Bob, send), Err(pallet_mit::Error::<Runtime>::InEscrow.into()));
		for _ in 0..50 {
			start_block();
		}
		let id = pallet_market::ListingOfGood::<Runtime>::get(good).expect("listed");
		let price = 4 * MINI - 2 * MINI / 2;
		assert_eq!(minix_runtime::Market::listing(id).unwrap().current_price, price);
		let issuance = Balances::total_issuance();
		let pool = || Balances::balance(&EcosystemPoolAccount::get());
		let (bob, pool_before) = (Balances::balance(&Bob.to_account_id()), pool());
		let buy = RuntimeCall::Market(pallet_market::Call::buy { id, max_price: price });
		assert_eq!(apply(Charlie, buy), Ok(()));
		let fee = price * 2 / 100;
		assert_eq!(Balances::balance(&Bob.to_account_id()), bob + price - fee);
		assert_eq!(pool(), pool_before + fee);
		let moon = Mit::mit(b"Moon.Art").unwrap();
		assert_eq!(moon.owner, Charlie.to_account_id());
		assert_eq!(item_holder(0), Some(Charlie.to_account_id()));
		assert_eq!(moon.creator, Bob.to_account_id());
		let holders: Vec<_> = moon.history.iter().map(|(who, _)| who.clone()).collect();
		assert_eq!(holders, vec![Bob.to_account_id(), Charlie.to_account_id()]);
		let now = frame_system::Pallet::<Runtime>::block_number();
		assert_eq!(moon.history[1].1, now, "received in the block of the sale");
		assert_eq!(Balances::total_issuance(), issuance);
	});
}
