//! Oracles through the real runtime: dev accounts register with their CIDs, governance registers
//! `rain_mm` and approves three of them, they feed through `Oracle.feed_values` into
//! `OracleFeeds` (polkadot-sdk's pallet-oracle) and the median is served by `Oracle`;
//! an MST locked on `rain_mm >= 100` is released only once the feeds say so; an attestation
//! lands in the subject's CID.

use crate::common::*;
use frame_support::dispatch::GetDispatchInfo;
use frame_support::traits::fungible::InspectHold;
use minix_primitives::{CidInspect, Comparison, Condition};
use minix_runtime::{
	configs::OracleBond, genesis_config_presets::DEV_TOKEN, Balances, Cid, Mst, Oracle, Runtime,
	RuntimeCall, RuntimeHoldReason,
};
use pallet_minix_oracle::OracleKinds;
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve};
use sp_runtime::{traits::Dispatchable, DispatchError, Perbill};

fn first_cid(who: Sr25519Keyring) -> u64 {
	Cid::cid_of(&who.to_account_id()).expect("dev accounts own CIDs")
}

fn register(who: Sr25519Keyring, kinds: OracleKinds) {
	let call = RuntimeCall::Oracle(pallet_minix_oracle::Call::register_oracle {
		cid: first_cid(who),
		kinds,
	});
	assert_eq!(apply(who, call), Ok(()));
}

fn rain_mm() -> minix_primitives::OracleKey {
	b"rain_mm".to_vec().try_into().unwrap()
}

fn feed(who: Sr25519Keyring, value: i128) -> Result<(), DispatchError> {
	let values = vec![(rain_mm(), value)].try_into().unwrap();
	apply(who, RuntimeCall::Oracle(pallet_minix_oracle::Call::feed_values { values }))
}

/// Governance (Root here; a two-thirds council motion on a live chain) registers `rain_mm`,
/// combined from all of its feeders, and approves `feeders` for it.
fn govern_rain_mm(feeders: &[Sr25519Keyring]) {
	let root = |call: RuntimeCall| {
		call.dispatch(minix_runtime::RuntimeOrigin::root())
			.map(|_| ())
			.map_err(|e| e.error)
	};
	let register =
		pallet_minix_oracle::Call::register_feed_key { key: rain_mm(), quorum: Perbill::one() };
	assert_eq!(root(RuntimeCall::Oracle(register)), Ok(()));
	for who in feeders {
		let approve =
			pallet_minix_oracle::Call::approve_feeder { key: rain_mm(), who: who.to_account_id() };
		assert_eq!(root(RuntimeCall::Oracle(approve)), Ok(()));
	}
}

fn try_unlock() -> Result<(), DispatchError> {
	let call = RuntimeCall::Mst(pallet_mst::Call::try_unlock {
		symbol: DEV_TOKEN.to_vec(),
		who: Bob.to_account_id().into(),
		index: 0,
	});
	apply(Eve, call)
}

#[test]
fn three_feeds_give_a_median_that_releases_a_conditional_lock() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let feeder = OracleKinds { data_feed: true, authentication: true, ..Default::default() };
		for who in [Alice, Bob, Charlie] {
			register(who, feeder);
		}
		let held = Balances::balance_on_hold(
			&RuntimeHoldReason::Oracle(pallet_minix_oracle::HoldReason::OracleBond),
			&Alice.to_account_id(),
		);
		assert_eq!(held, OracleBond::get());
		govern_rain_mm(&[Alice, Bob, Charlie]);

		// Alice sends Bob 500 DEV locked until rain_mm >= 100 (fallback: 1000 blocks).
		let condition = Condition {
			key: b"rain_mm".to_vec().try_into().unwrap(),
			comparison: Comparison::AtLeast,
			value: 100,
		};
		let consent = RuntimeCall::Mst(pallet_mst::Call::allow_locks_from {
			sender: Alice.to_account_id().into(),
		});
		assert_eq!(apply(Bob, consent), Ok(()));
		let lock = RuntimeCall::Mst(pallet_mst::Call::transfer_locked {
			symbol: DEV_TOKEN.to_vec(),
			to: Bob.to_account_id().into(),
			amount: 500,
			model: pallet_mst::LockModel::Conditional { condition, deadline: 1_000 },
		});
		assert_eq!(apply(Alice, lock), Ok(()));
		let asset = Mst::token(DEV_TOKEN.to_vec()).unwrap().asset_id;
		assert_eq!(Mst::locked_of(asset, &Bob.to_account_id()), 500);

		assert_eq!(feed(Alice, 120), Ok(()));
		assert_eq!(feed(Bob, 90), Ok(()));
		// Two feeders are fewer than the quorum (all three): no value, the lock holds.
		assert_eq!(Oracle::value(b"rain_mm".to_vec()), None);
		assert_eq!(try_unlock(), Err(pallet_mst::Error::<Runtime>::ConditionNotMet.into()));
		// Once per block; Dave is no oracle.
		assert_eq!(feed(Alice, 1), Err(pallet_minix_oracle::Error::<Runtime>::AlreadyFed.into()));
		assert_eq!(feed(Dave, 1), Err(pallet_minix_oracle::Error::<Runtime>::NotOracle.into()));

		assert_eq!(feed(Charlie, 101), Ok(()));
		assert_eq!(Oracle::value(b"rain_mm".to_vec()), Some(101));
		// Charlie's feed completed the quorum: it is the one corroborated.
		assert_eq!(Oracle::oracle(&Charlie.to_account_id()).unwrap().0.record.feeds_accepted, 1);
		assert_eq!(try_unlock(), Ok(()));
		assert_eq!(Mst::locked_of(asset, &Bob.to_account_id()), 0);
	});
}

#[test]
fn an_attestation_lands_in_the_subject_cid() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		register(Alice, OracleKinds { authentication: true, ..Default::default() });
		let subject = first_cid(Dave);
		let attest = |who| {
			apply(
				who,
				RuntimeCall::Oracle(pallet_minix_oracle::Call::attest {
					cid: subject,
					key: b"kyc".to_vec().try_into().unwrap(),
					value_hash: H256::repeat_byte(1),
					valid_until: 100,
				}),
			)
		};
		// An account that is no oracle cannot attest.
		assert_eq!(attest(Bob), Err(pallet_minix_oracle::Error::<Runtime>::NotOracle.into()));
		assert_eq!(attest(Alice), Ok(()));
		let claim = Cid::claim_of(subject, &b"kyc".to_vec().try_into().unwrap()).expect("claim");
		assert_eq!((claim.issuer, claim.valid_until), (Alice.to_account_id(), 100));
		// A new oracle is not credible enough to raise reputation.
		assert_eq!(Cid::reputation_of(subject), 0);
	});
}

#[test]
fn reputation_follows_the_holder_a_cid_that_changes_hands_arrives_with_none() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		register(
			Alice,
			OracleKinds { authentication: true, data_feed: true, ..Default::default() },
		);
		// Dave's genesis CIDs are reserved (they never move): he claims a public one.
		let claim = RuntimeCall::Cid(pallet_cid::Call::claim { cid: None });
		assert_eq!(apply(Dave, claim), Ok(()));
		let subject = *pallet_cid::CidsOf::<Runtime>::get(Dave.to_account_id()).last().unwrap();
		let kyc: minix_primitives::ClaimKey = b"kyc".to_vec().try_into().unwrap();
		let attest = RuntimeCall::Oracle(pallet_minix_oracle::Call::attest {
			cid: subject,
			key: kyc.clone(),
			value_hash: H256::repeat_byte(1),
			valid_until: 100,
		});
		assert_eq!(apply(Alice, attest), Ok(()));
		// Governance grants reputation; then Dave sells the CID to Eve.
		let grant = pallet_cid::Pallet::<Runtime>::adjust_reputation(
			minix_runtime::RuntimeOrigin::root(),
			subject,
			40,
		);
		assert!(grant.is_ok());
		let offer = RuntimeCall::Cid(pallet_cid::Call::offer_transfer {
			cid: subject,
			dest: Eve.to_account_id().into(),
		});
		assert_eq!(apply(Dave, offer), Ok(()));
		let accept = RuntimeCall::Cid(pallet_cid::Call::accept_transfer { cid: subject });
		assert_eq!(apply(Eve, accept), Ok(()));
		assert_eq!(Cid::owner_of(subject), Some(Eve.to_account_id()));
		assert_eq!(Cid::reputation_of(subject), 0);
		assert!(Cid::claim_of(subject, &kyc).is_none());
		assert!(pallet_minix_oracle::Attestations::<Runtime>::get(subject, &kyc).is_none());
		// Eve becomes an oracle with that public CID and sells it on to Bob: she stops feeding
		// and attesting at once.
		let eve_oracle = RuntimeCall::Oracle(pallet_minix_oracle::Call::register_oracle {
			cid: subject,
			kinds: OracleKinds { data_feed: true, ..Default::default() },
		});
		assert_eq!(apply(Eve, eve_oracle), Ok(()));
		govern_rain_mm(&[Eve]);
		assert_eq!(feed(Eve, 1), Ok(()));
		let sold = RuntimeCall::Cid(pallet_cid::Call::offer_transfer {
			cid: subject,
			dest: Bob.to_account_id().into(),
		});
		assert_eq!(apply(Eve, sold), Ok(()));
		let bought = RuntimeCall::Cid(pallet_cid::Call::accept_transfer { cid: subject });
		assert_eq!(apply(Bob, bought), Ok(()));
		assert!(pallet_minix_oracle::Oracles::<Runtime>::get(Eve.to_account_id())
			.unwrap()
			.leaving_at
			.is_some());
		assert!(!pallet_minix_oracle::Feeders::<Runtime>::get().contains(&Eve.to_account_id()));
	});
}

#[test]
fn feed_spam_is_refused_and_pallet_oracles_own_call_is_closed_to_signed_origins() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		register(Alice, OracleKinds { data_feed: true, ..Default::default() });
		govern_rain_mm(&[Alice]);
		// A member feeding a key nobody registered, through either path, is refused; nothing
		// is stored for it.
		let spam: minix_primitives::OracleKey = b"spam".to_vec().try_into().unwrap();
		let values: sp_runtime::BoundedVec<_, _> = vec![(spam.clone(), 1)].try_into().unwrap();
		let through_oracle = RuntimeCall::Oracle(pallet_minix_oracle::Call::feed_values {
			values: values.clone().into_inner().try_into().unwrap(),
		});
		assert_eq!(
			apply(Alice, through_oracle),
			Err(pallet_minix_oracle::Error::<Runtime>::NotApproved.into())
		);
		let direct =
			RuntimeCall::OracleFeeds(pallet_oracle::Call::feed_values { values: values.clone() });
		assert_eq!(apply(Alice, direct), Err(frame_system::Error::<Runtime>::CallFiltered.into()));
		// Nor through a batch.
		let direct = RuntimeCall::OracleFeeds(pallet_oracle::Call::feed_values { values });
		let batch = RuntimeCall::Utility(pallet_utility::Call::batch_all { calls: vec![direct] });
		assert!(apply(Alice, batch).is_err());
		assert_eq!(pallet_oracle::RawValues::<Runtime>::get(Alice.to_account_id(), spam), None);
		// A feed that is refused pays its fee; an accepted one is free.
		let fed = RuntimeCall::Oracle(pallet_minix_oracle::Call::feed_values {
			values: vec![(rain_mm(), 1)].try_into().unwrap(),
		});
		assert_eq!(fed.get_dispatch_info().pays_fee, frame_support::dispatch::Pays::Yes);
		let before = Balances::free_balance(Alice.to_account_id());
		assert_eq!(apply(Alice, fed), Ok(()));
		assert_eq!(Balances::free_balance(Alice.to_account_id()), before);
		// Governance approval is needed: a signed registration of a key is refused.
		let register = RuntimeCall::Oracle(pallet_minix_oracle::Call::register_feed_key {
			key: b"eth".to_vec().try_into().unwrap(),
			quorum: Perbill::one(),
		});
		assert_eq!(apply(Bob, register), Err(DispatchError::BadOrigin));
	});
}
