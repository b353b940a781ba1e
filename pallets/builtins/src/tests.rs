//! Each function through `Pallet::run`: results, bad input, and refusals that change nothing.

use crate::{mock::*, ExtensionError::*, Func, MAX_INPUT_LEN};
use codec::{Decode, Encode};
use minix_primitives::{cid::Claim, TokenSummary};
use minix_test_utils::gold;

const CONTRACT: u64 = 100;

fn run(func: Func, input: impl Encode) -> Result<Vec<u8>, crate::ExtensionError> {
	Builtins::run(func, &CONTRACT, false, &input.encode())
}

fn ok<D: Decode>(func: Func, input: impl Encode) -> D {
	D::decode(&mut &run(func, input).expect("succeeds")[..]).expect("decodes")
}

/// Bob (2) owns CID 1_000_001 "bob" with reputation 40 and a KYC claim; the contract holds
/// 500 GOLD of which 100 are locked; BTC/USD reads 65_000.
fn setup() -> sp_io::TestExternalities {
	let mut ext = new_test_ext();
	ext.execute_with(|| {
		minix_test_utils::set_gold(CONTRACT, 500);
		minix_test_utils::set_gold_locked(CONTRACT, 100);
		minix_test_utils::set_cid(1_000_001, 2, 40);
		minix_test_utils::set_name(1_000_001, b"bob");
		let claim = Claim { issuer: 9, value_hash: [7; 32].into(), valid_until: 10 };
		minix_test_utils::put_claim(1_000_001, b"kyc", claim);
		minix_test_utils::set_oracle_value(b"BTC/USD", Some(65_000));
	});
	ext
}

#[test]
fn function_ids_are_stable() {
	for (id, func) in [
		(1, Func::MstBalance),
		(2, Func::MstDetails),
		(3, Func::MstTransfer),
		(4, Func::CidOf),
		(5, Func::CidOwner),
		(6, Func::ResolveName),
		(7, Func::Reputation),
		(8, Func::Claim),
		(9, Func::OracleValue),
		(10, Func::CardRemints),
		(11, Func::CidListing),
		(12, Func::ListingPrice),
		(13, Func::MitOwner),
		(14, Func::MitContent),
		(15, Func::NftOwner),
	] {
		assert_eq!(Func::from_id(id), Some(func));
	}
	assert_eq!(Func::from_id(0), None);
	assert_eq!(Func::from_id(16), None);
	assert_eq!(
		[BadInput, UnknownToken, InsufficientBalance, TransferFailed, NoSuchCid, NoSuchName]
			.map(|e| e.code()),
		[1, 2, 3, 4, 5, 6]
	);
	assert_eq!(
		[NoClaim, NoValue, UnknownFunction, NoCard, NotListed, NoSuchMit, NoSuchNft]
			.map(|e| e.code()),
		[7, 8, 9, 10, 11, 12, 13]
	);
}

#[test]
fn mst_balance_and_details() {
	setup().execute_with(|| {
		assert_eq!(ok::<u128>(Func::MstBalance, (b"gold".to_vec(), CONTRACT)), 500);
		assert_eq!(ok::<u128>(Func::MstBalance, (GOLD.to_vec(), 5u64)), 0, "no account: 0");
		assert_eq!(run(Func::MstBalance, (b"SILVER".to_vec(), CONTRACT)), Err(UnknownToken));
		let details: TokenSummary<u64, u128> = ok(Func::MstDetails, GOLD.to_vec());
		assert_eq!(details, TokenSummary { asset_id: 7, decimals: 2, supply: 500, issuer: 1 });
		assert_eq!(run(Func::MstDetails, b"SILVER".to_vec()), Err(UnknownToken));
		assert_eq!(run(Func::MstDetails, vec![b'A'; 65]), Err(UnknownToken), "too long a symbol");
	});
}

#[test]
fn mst_transfer_spends_only_the_contracts_free_balance() {
	setup().execute_with(|| {
		let transfer = |amount: u128| run(Func::MstTransfer, (GOLD.to_vec(), 2u64, amount));
		assert_eq!(transfer(401), Err(InsufficientBalance), "100 of 500 are locked");
		assert_eq!(transfer(400), Ok(().encode()));
		assert_eq!((gold(CONTRACT), gold(2)), (Some(100), Some(400)));
		assert_eq!(transfer(1), Err(InsufficientBalance), "the rest is locked");
		assert_eq!(run(Func::MstTransfer, (b"SILVER".to_vec(), 2u64, 1u128)), Err(UnknownToken));
		minix_test_utils::set_gold_locked(CONTRACT, 0);
		assert_eq!(transfer(0), Err(TransferFailed), "Mst refuses zero amounts");
		let to_self = run(Func::MstTransfer, (GOLD.to_vec(), CONTRACT, 1u128));
		assert_eq!(to_self, Err(TransferFailed));
		assert_eq!(gold(CONTRACT), Some(100), "refusals moved nothing");
	});
}

#[test]
fn mst_transfer_is_refused_in_a_read_only_call() {
	setup().execute_with(|| {
		let input = (GOLD.to_vec(), 2u64, 10u128).encode();
		assert_eq!(Builtins::run(Func::MstTransfer, &CONTRACT, true, &input), Err(TransferFailed));
		assert_eq!(gold(2), None);
	});
}

#[test]
fn cids_names_and_reputation() {
	setup().execute_with(|| {
		assert_eq!(ok::<u64>(Func::CidOf, 2u64), 1_000_001);
		assert_eq!(run(Func::CidOf, 3u64), Err(NoSuchCid));
		assert_eq!(ok::<u64>(Func::CidOwner, 1_000_001u64), 2);
		assert_eq!(run(Func::CidOwner, 1_000_002u64), Err(NoSuchCid));
		assert_eq!(ok::<(u64, u64)>(Func::ResolveName, b"BoB".to_vec()), (1_000_001, 2));
		assert_eq!(run(Func::ResolveName, b"alice".to_vec()), Err(NoSuchName));
		assert_eq!(ok::<u32>(Func::Reputation, 1_000_001u64), 40);
		assert_eq!(run(Func::Reputation, 1_000_002u64), Err(NoSuchCid), "not issued");
	});
}

#[test]
fn claims_are_read_while_valid() {
	setup().execute_with(|| {
		let claim: Claim<u64, u64> = ok(Func::Claim, (1_000_001u64, b"kyc".to_vec()));
		assert_eq!(claim.issuer, 9);
		assert_eq!(claim.value_hash, [7; 32].into());
		assert_eq!(run(Func::Claim, (1_000_001u64, b"age".to_vec())), Err(NoClaim));
		assert_eq!(run(Func::Claim, (1_000_001u64, vec![b'k'; 33])), Err(NoClaim), "key > 32");
		assert_eq!(run(Func::Claim, (1_000_002u64, b"kyc".to_vec())), Err(NoSuchCid));
		System::set_block_number(11);
		assert_eq!(run(Func::Claim, (1_000_001u64, b"kyc".to_vec())), Err(NoClaim), "expired");
	});
}

#[test]
fn oracle_values() {
	setup().execute_with(|| {
		assert_eq!(ok::<i128>(Func::OracleValue, b"BTC/USD".to_vec()), 65_000);
		assert_eq!(run(Func::OracleValue, b"ETH/USD".to_vec()), Err(NoValue));
		assert_eq!(run(Func::OracleValue, vec![b'k'; 33]), Err(NoValue), "key > 32");
	});
}

#[test]
fn card_remints_and_listings_for_a_marketplace_contract() {
	use minix_primitives::{CardRemints, ListingSummary, SaleKind};
	setup().execute_with(|| {
		assert_eq!(run(Func::CardRemints, 1_000_001u64), Err(NoCard), "issued, no card");
		assert_eq!(run(Func::CardRemints, 1_000_002u64), Err(NoSuchCid));
		let remints = CardRemints {
			count: 2,
			last_reminter: Some(2),
			tax: sp_runtime::Percent::from_percent(20),
		};
		minix_test_utils::set_card_remints(1_000_001, remints.clone());
		assert_eq!(ok::<CardRemints<u64>>(Func::CardRemints, 1_000_001u64), remints);
		assert_eq!(run(Func::CidListing, 1_000_001u64), Err(NotListed));
		assert_eq!(run(Func::CidListing, 1_000_002u64), Err(NoSuchCid));
		assert_eq!(run(Func::ListingPrice, 5u64), Err(NotListed));
		let listing = ListingSummary {
			id: 5,
			seller: 2,
			kind: SaleKind::Dutch,
			current_price: 750u128,
			end: Some(100u64),
			best_bid: None,
		};
		minix_test_utils::set_listing(1_000_001, Some(listing.clone()));
		assert_eq!(ok::<ListingSummary<u64, u128, u64>>(Func::CidListing, 1_000_001u64), listing);
		assert_eq!(ok::<u128>(Func::ListingPrice, 5u64), 750);
		assert_eq!(run(Func::ListingPrice, 6u64), Err(NotListed));
	});
}

#[test]
fn mits_and_nfts_for_a_collectibles_contract() {
	setup().execute_with(|| {
		assert_eq!(run(Func::MitOwner, b"Art".to_vec()), Err(NoSuchMit));
		assert_eq!(run(Func::MitContent, b"Art".to_vec()), Err(NoSuchMit));
		minix_test_utils::set_mit(b"Art", 2, b"ipfs://art");
		// Any case, as MIT symbols are unique regardless of case.
		assert_eq!(ok::<u64>(Func::MitOwner, b"ART".to_vec()), 2);
		assert_eq!(ok::<Vec<u8>>(Func::MitContent, b"art".to_vec()), b"ipfs://art".to_vec());
		assert_eq!(run(Func::NftOwner, (2u32, 7u64)), Err(NoSuchNft));
		minix_test_utils::set_nft_owner(2, 7, 3);
		assert_eq!(ok::<u64>(Func::NftOwner, (2u32, 7u64)), 3);
		assert_eq!(run(Func::NftOwner, (2u32, 8u64)), Err(NoSuchNft));
		// A collection id alone does not decode.
		assert_eq!(run(Func::NftOwner, 2u32), Err(BadInput));
	});
}

#[test]
fn bad_input_is_an_error_code() {
	setup().execute_with(|| {
		// Truncated, trailing bytes, wrong types, a length prefix beyond the input.
		assert_eq!(Builtins::run(Func::MstBalance, &CONTRACT, false, &[4, b'G']), Err(BadInput));
		let mut trailing = (GOLD.to_vec(), 2u64).encode();
		trailing.push(0);
		assert_eq!(Builtins::run(Func::MstBalance, &CONTRACT, false, &trailing), Err(BadInput));
		assert_eq!(Builtins::run(Func::CidOwner, &CONTRACT, false, &[1, 2, 3]), Err(BadInput));
		assert_eq!(
			Builtins::run(Func::OracleValue, &CONTRACT, false, &[0xfd, 0xff]),
			Err(BadInput)
		);
		assert_eq!(Builtins::run(Func::Reputation, &CONTRACT, false, &[]), Err(BadInput));
		// Too long: refused whatever it holds.
		let long = vec![0u8; MAX_INPUT_LEN as usize + 1];
		for id in 1..=15 {
			let func = Func::from_id(id).unwrap();
			assert_eq!(Builtins::run(func, &CONTRACT, false, &long), Err(BadInput));
		}
		let big_transfer = (GOLD.to_vec(), 2u64, 1u128).encode();
		assert_eq!(
			Builtins::run(
				Func::MstTransfer,
				&CONTRACT,
				false,
				&big_transfer[..big_transfer.len() - 1]
			),
			Err(BadInput)
		);
		assert_eq!(gold(2), None);
	});
}

#[test]
fn every_function_has_a_weight() {
	for id in 1..=15 {
		let weight = Builtins::weight_of(Func::from_id(id).unwrap());
		assert!(weight.ref_time() > 0 && weight.proof_size() > 0);
	}
}

// --- The precompiles' answers (what `ICid` and `IOracle` return to Solidity) ------------------

mod precompiles {
	use super::setup;
	use crate::{
		mock::*,
		precompiles::{ICid, ICidCalls, IOracle, IOracleCalls, MAX_KEY_LEN},
	};
	use alloy_core::{
		primitives::{Address, FixedBytes, I256},
		sol_types::SolCall,
	};

	fn address(account: u64) -> Address {
		Address::from(sp_core::H160::from_low_u64_be(account).0)
	}

	#[test]
	fn cid_of_and_owner_of_answer_found_or_not() {
		setup().execute_with(|| {
			let cid_of = |account| {
				let out = Builtins::cid_precompile(&ICidCalls::cidOf(ICid::cidOfCall { account }));
				let r = ICid::cidOfCall::abi_decode_returns(&out).unwrap();
				(r.found, r.cid)
			};
			assert_eq!(cid_of(address(2)), (true, 1_000_001));
			assert_eq!(cid_of(address(3)), (false, 0));
			let owner_of = |cid| {
				let out = Builtins::cid_precompile(&ICidCalls::ownerOf(ICid::ownerOfCall { cid }));
				let r = ICid::ownerOfCall::abi_decode_returns(&out).unwrap();
				(r.found, r.owner)
			};
			assert_eq!(owner_of(1_000_001), (true, address(2)));
			assert_eq!(owner_of(1_000_002), (false, Address::ZERO));
		});
	}

	#[test]
	fn resolve_finds_names_in_any_case_and_never_looks_up_overlong_ones() {
		setup().execute_with(|| {
			let resolve = |name: &str| {
				let input = ICidCalls::resolve(ICid::resolveCall { name: name.into() });
				let r = ICid::resolveCall::abi_decode_returns(&Builtins::cid_precompile(&input))
					.unwrap();
				(r.found, r.cid, r.owner)
			};
			assert_eq!(resolve("BoB"), (true, 1_000_001, address(2)));
			assert_eq!(resolve("alice"), (false, 0, Address::ZERO));
			let long = "b".repeat(MAX_KEY_LEN + 1);
			minix_test_utils::set_name(1_000_001, long.as_bytes());
			assert_eq!(resolve(&long), (false, 0, Address::ZERO));
		});
	}

	#[test]
	fn reputation_and_claims_answer_only_for_issued_cids_and_valid_claims() {
		setup().execute_with(|| {
			let reputation = |cid| {
				let input = ICidCalls::reputationOf(ICid::reputationOfCall { cid });
				let r =
					ICid::reputationOfCall::abi_decode_returns(&Builtins::cid_precompile(&input))
						.unwrap();
				(r.found, r.reputation)
			};
			assert_eq!(reputation(1_000_001), (true, 40));
			assert_eq!(reputation(9), (false, 0));
			let claim = |key: &[u8]| {
				let input = ICidCalls::claimOf(ICid::claimOfCall {
					cid: 1_000_001,
					key: key.to_vec().into(),
				});
				let r = ICid::claimOfCall::abi_decode_returns(&Builtins::cid_precompile(&input))
					.unwrap();
				(r.valid, r.issuer, r.valueHash, r.validUntil)
			};
			assert_eq!(claim(b"kyc"), (true, address(9), FixedBytes([7; 32]), 10));
			assert_eq!(claim(b"aml"), (false, Address::ZERO, FixedBytes::ZERO, 0));
			assert_eq!(claim(&[b'k'; MAX_KEY_LEN + 1]).0, false);
			// Past its last block the claim is no longer valid.
			System::set_block_number(11);
			assert_eq!(claim(b"kyc").0, false);
		});
	}

	#[test]
	fn oracle_values_come_with_their_time_and_freshness() {
		setup().execute_with(|| {
			let value_of = |key: &[u8]| {
				let input =
					IOracleCalls::valueOf(IOracle::valueOfCall { key: key.to_vec().into() });
				let r =
					IOracle::valueOfCall::abi_decode_returns(&Builtins::oracle_precompile(&input))
						.unwrap();
				(r.found, r.value, r.updatedAt, r.fresh)
			};
			assert_eq!(value_of(b"BTC/USD"), (true, I256::try_from(65_000).unwrap(), 0, true));
			minix_test_utils::set_oracle_value(b"TEMP", Some(-273));
			assert_eq!(value_of(b"TEMP").1, I256::try_from(-273).unwrap());
			assert_eq!(value_of(b"ETH/USD"), (false, I256::ZERO, 0, false));
			assert_eq!(value_of(&[b'k'; MAX_KEY_LEN + 1]).0, false);
		});
	}

	#[test]
	fn each_precompile_function_charges_its_own_weight() {
		use crate::WeightInfo;
		type W = <Test as crate::Config>::WeightInfo;
		let cid = ICidCalls::claimOf(ICid::claimOfCall { cid: 1, key: Default::default() });
		assert_eq!(Builtins::cid_precompile_weight(&cid), W::precompile_claim_of());
		let name = ICidCalls::resolve(ICid::resolveCall { name: Default::default() });
		assert_eq!(Builtins::cid_precompile_weight(&name), W::precompile_resolve());
		let value = IOracleCalls::valueOf(IOracle::valueOfCall { key: Default::default() });
		assert_eq!(Builtins::oracle_precompile_weight(&value), W::precompile_value_of());
	}
}
