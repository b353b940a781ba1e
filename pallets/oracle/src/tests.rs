//! Unit tests. Every test ends with the pallet's `try_state` checks.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use minix_primitives::OracleValues;
use sp_runtime::{DispatchError, Perbill};

fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Pallet::<Test>::do_try_state().expect("try_state");
	});
}

fn feeder() -> OracleKinds {
	OracleKinds { data_feed: true, ..Default::default() }
}

fn authenticator() -> OracleKinds {
	OracleKinds { authentication: true, ..Default::default() }
}

fn cid(who: u64) -> u64 {
	100_000 + who
}

fn register(who: u64, kinds: OracleKinds) {
	assert_ok!(Oracle::register_oracle(RuntimeOrigin::signed(who), cid(who), kinds));
}

fn key(k: &[u8]) -> OracleKey {
	k.to_vec().try_into().unwrap()
}

fn claim_key(k: &[u8]) -> ClaimKey {
	k.to_vec().try_into().unwrap()
}

fn feed(who: u64, k: &[u8], value: i128) -> frame_support::dispatch::DispatchResultWithPostInfo {
	feed_many(who, &[(k, value)])
}

fn feed_many(
	who: u64,
	values: &[(&[u8], i128)],
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	let values: Vec<_> = values.iter().map(|(k, v)| (key(k), *v)).collect();
	Oracle::feed_values(RuntimeOrigin::signed(who), values.try_into().unwrap())
}

/// Governance registers `k` with quorum `percent` % and approves `feeders` for it.
fn governed(k: &[u8], percent: u32, feeders: &[u64]) {
	if !FeedKeys::<Test>::contains_key(key(k)) {
		assert_ok!(Oracle::register_feed_key(
			RuntimeOrigin::root(),
			key(k),
			Perbill::from_percent(percent)
		));
	}
	for who in feeders {
		assert_ok!(Oracle::approve_feeder(RuntimeOrigin::root(), key(k), *who));
	}
}

/// Feeders ALICE, BOB and CHARLIE, approved for `rain_mm`, all of whom must agree.
fn three_feeders() {
	for who in [ALICE, BOB, CHARLIE] {
		register(who, feeder());
	}
	governed(b"rain_mm", 100, &[ALICE, BOB, CHARLIE]);
}

fn accepted(who: u64) -> u32 {
	Oracles::<Test>::get(who).unwrap().record.feeds_accepted
}

/// Start the next block, `ms` later.
fn next_block(ms: u64) {
	System::set_block_number(System::block_number() + 1);
	Timestamp::set_timestamp(pallet_timestamp::Now::<Test>::get() + ms);
}

fn held(who: u64, reason: HoldReason) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Oracle(reason), &who)
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| if let RuntimeEvent::Oracle(e) = r.event { Some(e) } else { None })
		.expect("an oracle event")
}

fn attest(who: u64, subject: u64, k: &[u8], valid_until: u64) -> DispatchResult {
	Oracle::attest(
		RuntimeOrigin::signed(who),
		subject,
		claim_key(k),
		H256::repeat_byte(7),
		valid_until,
	)
}

#[test]
fn registering_holds_the_bond_and_governance_approval_makes_a_feeder_a_member() {
	run(|| {
		register(ALICE, feeder());
		assert_eq!(
			last_event(),
			Event::OracleRegistered {
				who: ALICE,
				cid: cid(ALICE),
				kinds: feeder(),
				bond: ORACLE_BOND
			}
		);
		assert_eq!(held(ALICE, HoldReason::OracleBond), ORACLE_BOND);
		// Registering offers feeds; only governance's approval for a key makes a member.
		assert!(Feeders::<Test>::get().is_empty());
		governed(b"rain_mm", 50, &[ALICE]);
		assert_eq!(last_event(), Event::FeederApproved { key: key(b"rain_mm"), who: ALICE });
		assert_eq!(Feeders::<Test>::get().into_inner(), vec![ALICE]);
		register(BOB, authenticator());
		assert_eq!(Feeders::<Test>::get().into_inner(), vec![ALICE]);
		assert_eq!(OracleOfCid::<Test>::get(cid(BOB)), Some(BOB));
	});
}

#[test]
fn registration_rejections() {
	run(|| {
		let reg = |who, c, kinds| Oracle::register_oracle(RuntimeOrigin::signed(who), c, kinds);
		// An oracle without (that) CID.
		assert_noop!(reg(ALICE, cid(BOB), feeder()), Error::<Test>::NotCidOwner);
		assert_noop!(reg(ALICE, 999_999, feeder()), Error::<Test>::NotCidOwner);
		assert_noop!(reg(ALICE, cid(ALICE), OracleKinds::default()), Error::<Test>::NoKinds);
		assert_noop!(reg(POOR, cid(POOR), feeder()), Error::<Test>::InsufficientBond);
		register(EVE, feeder());
		assert_noop!(reg(EVE, 100_010, feeder()), Error::<Test>::AlreadyOracle);
		// The CID moves to DAVE: it is still EVE's oracle's CID.
		set_cid(cid(EVE), DAVE, 0);
		assert_noop!(reg(DAVE, cid(EVE), feeder()), Error::<Test>::CidInUse);
	});
}

#[test]
fn the_registry_cannot_be_filled_to_lock_honest_oracles_out() {
	run(|| {
		// Sybils with bonds register far more oracles than there are feeder slots: the registry
		// is bounded by bonds only, and feeder slots are governance's to give.
		for who in 10..(10 + 4 * MAX_FEEDERS as u64) {
			set_cid(200_000 + who, who, 0);
			assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), who, INITIAL_MINI));
			assert_ok!(Oracle::register_oracle(
				RuntimeOrigin::signed(who),
				200_000 + who,
				feeder()
			));
		}
		register(ALICE, feeder());
		governed(b"rain_mm", 50, &[ALICE]);
		assert_eq!(Feeders::<Test>::get().into_inner(), vec![ALICE]);
	});
}

#[test]
fn three_approved_feeds_combine_into_their_median_and_go_stale() {
	run(|| {
		three_feeders();
		assert_ok!(feed(ALICE, b"rain_mm", 120));
		assert_ok!(feed(BOB, b"rain_mm", 90));
		// Two fresh values are not the quorum of all three.
		assert_eq!(Oracle::quorum_of(&key(b"rain_mm")), Some(3));
		assert_eq!(Oracle::value_of(&key(b"rain_mm")), None);
		let fed = feed(CHARLIE, b"rain_mm", 101).unwrap();
		assert_eq!(fed.pays_fee, frame_support::dispatch::Pays::No);
		assert_eq!(last_event(), Event::Fed { who: CHARLIE, count: 1, corroborated: 1 });
		assert_eq!(Oracle::value_of(&key(b"rain_mm")), Some(101));
		assert_eq!(Oracle::value(b"rain_mm".to_vec()), Some(101));
		// Only the feed that completed a quorum was corroborated.
		assert_eq!((accepted(ALICE), accepted(CHARLIE)), (0, 1));
		// Once per block each.
		assert_noop!(feed(ALICE, b"rain_mm", 1), Error::<Test>::AlreadyFed);
		next_block(6_000);
		assert_ok!(feed(ALICE, b"rain_mm", 1));
		assert_eq!(Oracle::value_of(&key(b"rain_mm")), Some(90));
		assert_eq!(accepted(ALICE), 1);
		// Nobody feeds for a minute: the combined value expires.
		next_block(EXPIRES_IN);
		assert_eq!(Oracle::value_of(&key(b"rain_mm")), None);
	});
}

#[test]
fn feed_spam_only_registered_keys_of_approved_feeders_are_fed_fee_free() {
	run(|| {
		register(ALICE, feeder());
		register(BOB, authenticator());
		// Not an oracle, an oracle nobody approved, an empty feed.
		assert_noop!(feed(DAVE, b"rain_mm", 1), Error::<Test>::NotOracle);
		assert_noop!(feed(ALICE, b"rain_mm", 1), Error::<Test>::NotApproved);
		governed(b"rain_mm", 100, &[ALICE]);
		assert_noop!(feed_many(ALICE, &[]), Error::<Test>::NoValues);
		// A key governance did not register (or did not approve ALICE for) is refused, and
		// nothing is stored for it.
		assert_noop!(
			feed_many(ALICE, &[(b"rain_mm", 1), (b"spam", 1)]),
			Error::<Test>::NotApproved
		);
		assert_eq!(pallet_oracle::RawValues::<Test>::get(ALICE, key(b"spam")), None);
		assert_noop!(
			feed_many(ALICE, &[(b"rain_mm", 1), (b"rain_mm", 2)]),
			Error::<Test>::DuplicateKey
		);
		// Approval rejections.
		let approve = |k: &[u8], who| Oracle::approve_feeder(RuntimeOrigin::root(), key(k), who);
		assert_noop!(
			Oracle::approve_feeder(RuntimeOrigin::signed(ALICE), key(b"rain_mm"), ALICE),
			DispatchError::BadOrigin
		);
		assert_noop!(approve(b"spam", ALICE), Error::<Test>::UnknownFeedKey);
		assert_noop!(approve(b"rain_mm", DAVE), Error::<Test>::NotOracle);
		assert_noop!(approve(b"rain_mm", BOB), Error::<Test>::NotDataFeeder);
		assert_noop!(approve(b"rain_mm", ALICE), Error::<Test>::AlreadyApproved);
		assert_noop!(
			Oracle::register_feed_key(RuntimeOrigin::root(), key(b"rain_mm"), Perbill::one()),
			Error::<Test>::FeedKeyExists
		);
		assert_noop!(
			Oracle::register_feed_key(RuntimeOrigin::signed(ALICE), key(b"x"), Perbill::one()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Oracle::remove_feeder(RuntimeOrigin::root(), key(b"rain_mm"), BOB),
			Error::<Test>::NotApproved
		);
		for k in [&b"a"[..], b"b", b"c"] {
			governed(k, 100, &[]);
		}
		assert_ok!(approve(b"a", ALICE));
		assert_ok!(approve(b"b", ALICE));
		assert_noop!(approve(b"c", ALICE), Error::<Test>::TooManyKeysForFeeder);
		for who in [BOB, CHARLIE, DAVE, EVE] {
			register_or_switch(who);
			assert_ok!(approve(b"c", who));
		}
		set_cid(100_011, 11, 0);
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), 11, INITIAL_MINI));
		assert_ok!(Oracle::register_oracle(RuntimeOrigin::signed(11), 100_011, feeder()));
		assert_noop!(approve(b"c", 11), Error::<Test>::TooManyFeedersForKey);
		assert_noop!(approve(b"rain_mm", 11), Error::<Test>::TooManyFeeders);
	});
}

/// Register `who` as a feeder, or make its registration offer feeds.
fn register_or_switch(who: u64) {
	if Oracles::<Test>::contains_key(who) {
		assert_ok!(Oracle::set_kinds(RuntimeOrigin::signed(who), feeder()));
	} else {
		register(who, feeder());
	}
}

#[test]
fn leaving_the_feeder_set_drops_everything_it_fed() {
	run(|| {
		register(
			ALICE,
			OracleKinds { data_feed: true, authentication: true, ..Default::default() },
		);
		let keys: [&[u8]; 3] = [b"a", b"b", b"c"];
		for k in keys {
			governed(k, 100, &[ALICE]);
		}
		assert_ok!(feed_many(ALICE, &[(b"a", 1), (b"b", 2), (b"c", 3)]));
		// Withdrawn from one key: that value goes.
		assert_ok!(Oracle::remove_feeder(RuntimeOrigin::root(), key(b"c"), ALICE));
		assert_eq!(last_event(), Event::FeederRemoved { key: key(b"c"), who: ALICE });
		assert_eq!(pallet_oracle::RawValues::<Test>::get(ALICE, key(b"c")), None);
		next_block(1);
		assert_noop!(feed(ALICE, b"c", 1), Error::<Test>::NotApproved);
		// Stops offering feeds: every other key and value goes at once.
		assert_ok!(Oracle::set_kinds(RuntimeOrigin::signed(ALICE), authenticator()));
		for k in keys {
			assert_eq!(pallet_oracle::RawValues::<Test>::get(ALICE, key(k)), None);
			assert!(FeedKeys::<Test>::get(key(k)).unwrap().feeders.is_empty());
		}
		assert_eq!(FeederKeys::<Test>::get(ALICE), None);
		assert!(Feeders::<Test>::get().is_empty());
		assert_noop!(feed(ALICE, b"a", 1), Error::<Test>::NotApproved);
		assert_noop!(
			Oracle::set_kinds(RuntimeOrigin::signed(ALICE), OracleKinds::default()),
			Error::<Test>::NoKinds
		);
		assert_noop!(
			Oracle::set_kinds(RuntimeOrigin::signed(BOB), feeder()),
			Error::<Test>::NotOracle
		);
	});
}

#[test]
fn sybil_median_a_quorum_is_a_share_of_the_keys_approved_feeders() {
	run(|| {
		for who in [ALICE, BOB, CHARLIE, DAVE] {
			register(who, feeder());
		}
		governed(b"btc", 75, &[ALICE, BOB, CHARLIE, DAVE]);
		assert_eq!(Oracle::quorum_of(&key(b"btc")), Some(3));
		// Two colluding feeders are not three quarters of four.
		assert_ok!(feed(ALICE, b"btc", 1));
		assert_ok!(feed(BOB, b"btc", 1));
		assert_eq!(Oracle::value_of(&key(b"btc")), None);
		assert_ok!(feed(CHARLIE, b"btc", 60_000));
		assert_eq!(Oracle::value_of(&key(b"btc")), Some(1));
		// Governance raises the quorum to all four.
		assert_ok!(Oracle::set_quorum(RuntimeOrigin::root(), key(b"btc"), Perbill::one()));
		assert_eq!(last_event(), Event::QuorumSet { key: key(b"btc"), quorum: Perbill::one() });
		assert_eq!(Oracle::quorum_of(&key(b"btc")), Some(4));
		// A small share never goes below MIN_QUORUM.
		assert_ok!(Oracle::set_quorum(
			RuntimeOrigin::root(),
			key(b"btc"),
			Perbill::from_percent(1)
		));
		assert_eq!(Oracle::quorum_of(&key(b"btc")), Some(MIN_QUORUM));
		assert_noop!(
			Oracle::set_quorum(RuntimeOrigin::root(), key(b"eth"), Perbill::one()),
			Error::<Test>::UnknownFeedKey
		);
		assert_eq!(Oracle::quorum_of(&key(b"eth")), None);
		// Removing the key drops its feeders, their values and its combined value.
		assert_ok!(Oracle::remove_feed_key(RuntimeOrigin::root(), key(b"btc")));
		assert_eq!(last_event(), Event::FeedKeyRemoved { key: key(b"btc") });
		assert_eq!(pallet_oracle::Values::<Test>::get(key(b"btc")), None);
		assert_eq!(pallet_oracle::RawValues::<Test>::get(ALICE, key(b"btc")), None);
		assert!(Feeders::<Test>::get().is_empty());
		assert_noop!(
			Oracle::remove_feed_key(RuntimeOrigin::root(), key(b"btc")),
			Error::<Test>::UnknownFeedKey
		);
		assert!(!<Oracle as OracleValues>::is_feed_key(&key(b"btc")));
	});
}

#[test]
fn reputation_pumping_feeding_alone_earns_no_credibility() {
	run(|| {
		// ALICE is the only feeder of a key: no feed of hers is ever corroborated.
		register(ALICE, feeder());
		governed(b"solo", 1, &[ALICE]);
		for _ in 0..300 {
			assert_ok!(feed(ALICE, b"solo", 1));
			next_block(1);
		}
		assert_eq!(accepted(ALICE), 0);
		assert_eq!(Oracle::value_of(&key(b"solo")), None);
	});
}

#[test]
fn reputation_pumping_attesting_controlled_cids_earns_no_credibility() {
	run(|| {
		register(ALICE, authenticator());
		// ALICE attests CIDs its own sybils hold, over and over: credibility stays at 0 and
		// none of the attestations gives reputation.
		for who in 20..60u64 {
			set_cid(300_000 + who, who, 0);
			assert_ok!(attest(ALICE, 300_000 + who, b"kyc", 100));
		}
		assert_eq!(Oracles::<Test>::get(ALICE).unwrap().record.attestations_made, 40);
		assert_eq!(Oracle::credibility(&ALICE), Some(0));
		assert_eq!(MockCids::reputation_of(300_020), 0);
	});
}

#[test]
fn attested_reputation_is_the_sum_of_live_attestations() {
	run(|| {
		register(ALICE, authenticator());
		System::set_block_number(1 + u64::from(MIN_CREDIBILITY) * AGE_UNIT);
		register(DAVE, authenticator());
		assert_ok!(attest(ALICE, cid(BOB), b"kyc", 50));
		assert_ok!(attest(ALICE, cid(BOB), b"dob", 100));
		assert_eq!(MockCids::reputation_of(cid(BOB)), 2 * ATTESTATION_REPUTATION);
		// Expiry takes the first one's reputation back, without any call.
		System::set_block_number(51);
		assert_eq!(MockCids::reputation_of(cid(BOB)), ATTESTATION_REPUTATION);
		// Overwritten by a not yet credible oracle: what it gives (nothing) replaces it.
		assert_ok!(attest(DAVE, cid(BOB), b"kyc", 100));
		assert_eq!(MockCids::reputation_of(cid(BOB)), ATTESTATION_REPUTATION);
		// Renewal keeps what the attestation gives; revocation ends it.
		assert_ok!(attest(ALICE, cid(BOB), b"dob", 200));
		assert_eq!(MockCids::reputation_of(cid(BOB)), ATTESTATION_REPUTATION);
		assert_ok!(Oracle::revoke_attestation(
			RuntimeOrigin::signed(ALICE),
			cid(BOB),
			claim_key(b"dob")
		));
		assert_eq!(MockCids::reputation_of(cid(BOB)), 0);
	});
}

#[test]
fn attestations_write_claims_that_expire() {
	run(|| {
		register(ALICE, authenticator());
		assert_ok!(attest(ALICE, cid(BOB), b"kyc", 50));
		assert_eq!(
			last_event(),
			Event::Attested {
				oracle: ALICE,
				cid: cid(BOB),
				key: claim_key(b"kyc"),
				valid_until: 50,
				reputation_granted: 0
			}
		);
		let c = claim(cid(BOB), b"kyc").expect("claim written");
		assert_eq!((c.issuer, c.value_hash, c.valid_until), (ALICE, H256::repeat_byte(7), 50));
		assert_eq!(Oracles::<Test>::get(ALICE).unwrap().record.attestations_made, 1);
		System::set_block_number(50);
		assert!(claim(cid(BOB), b"kyc").is_some());
		// An expired claim reads as absent.
		System::set_block_number(51);
		assert_eq!(claim(cid(BOB), b"kyc"), None);
		// Renewal by the same oracle is not a new attestation.
		assert_ok!(attest(ALICE, cid(BOB), b"kyc", 100));
		assert_eq!(Oracles::<Test>::get(ALICE).unwrap().record.attestations_made, 1);
		assert!(claim(cid(BOB), b"kyc").is_some());
	});
}

#[test]
fn attestation_rejections() {
	run(|| {
		register(ALICE, authenticator());
		register(CHARLIE, feeder());
		register(DAVE, authenticator());
		assert_noop!(attest(BOB, cid(EVE), b"kyc", 50), Error::<Test>::NotOracle);
		// A data-feed oracle is not an authentication oracle.
		assert_noop!(attest(CHARLIE, cid(EVE), b"kyc", 50), Error::<Test>::NotAuthenticator);
		assert_noop!(attest(ALICE, 123_456, b"kyc", 50), Error::<Test>::UnknownCid);
		assert_noop!(attest(ALICE, cid(ALICE), b"kyc", 50), Error::<Test>::SelfAttestation);
		set_cid(100_011, ALICE, 0);
		assert_noop!(attest(ALICE, 100_011, b"kyc", 50), Error::<Test>::SelfAttestation);
		assert_noop!(attest(ALICE, cid(EVE), b"kyc", 1), Error::<Test>::AlreadyExpired);
		assert_noop!(
			attest(ALICE, cid(EVE), b"kyc", 2 + MAX_VALIDITY),
			Error::<Test>::ValidityTooLong
		);
		assert_ok!(attest(ALICE, cid(EVE), b"kyc", 50));
		assert_noop!(attest(DAVE, cid(EVE), b"kyc", 60), Error::<Test>::AttestedByAnother);
		// Once ALICE's has expired, DAVE may attest the same claim.
		System::set_block_number(51);
		assert_ok!(attest(DAVE, cid(EVE), b"kyc", 60));
		assert_eq!(claim(cid(EVE), b"kyc").unwrap().issuer, DAVE);
		// An oracle whose CID moved away cannot act.
		set_cid(cid(DAVE), BOB, 0);
		assert_noop!(attest(DAVE, cid(EVE), b"dob", 60), Error::<Test>::NotActive);
	});
}

#[test]
fn credible_oracles_raise_reputation_and_revocation_takes_it_back() {
	run(|| {
		register(ALICE, authenticator());
		assert_eq!(Oracle::credibility(&ALICE), Some(0));
		// Age: one point per AGE_UNIT blocks; attestations earn none.
		System::set_block_number(1 + 2 * AGE_UNIT);
		assert_ok!(attest(ALICE, cid(BOB), b"kyc", 100));
		assert_eq!(MockCids::reputation_of(cid(BOB)), 0);
		assert_eq!(Oracle::credibility(&ALICE), Some(2));
		// Three points of age reach MIN_CREDIBILITY (3).
		System::set_block_number(1 + 3 * AGE_UNIT);
		assert_eq!(Oracle::credibility(&ALICE), Some(MIN_CREDIBILITY));
		assert_ok!(attest(ALICE, cid(CHARLIE), b"kyc", 100));
		assert_eq!(MockCids::reputation_of(cid(CHARLIE)), ATTESTATION_REPUTATION);
		assert_noop!(
			Oracle::revoke_attestation(RuntimeOrigin::signed(BOB), cid(CHARLIE), claim_key(b"kyc")),
			Error::<Test>::NotAttester
		);
		assert_noop!(
			Oracle::revoke_attestation(
				RuntimeOrigin::signed(ALICE),
				cid(CHARLIE),
				claim_key(b"dob")
			),
			Error::<Test>::UnknownAttestation
		);
		assert_ok!(Oracle::revoke_attestation(
			RuntimeOrigin::signed(ALICE),
			cid(CHARLIE),
			claim_key(b"kyc")
		));
		assert_eq!(
			last_event(),
			Event::AttestationRevoked { oracle: ALICE, cid: cid(CHARLIE), key: claim_key(b"kyc") }
		);
		assert_eq!(MockCids::reputation_of(cid(CHARLIE)), 0);
		assert_eq!(claim(cid(CHARLIE), b"kyc"), None);
	});
}

#[test]
fn credibility_follows_the_documented_formula() {
	run(|| {
		register(ALICE, feeder());
		Oracles::<Test>::mutate(ALICE, |o| {
			let o = o.as_mut().unwrap();
			o.record = Record { feeds_accepted: 1_050, attestations_made: 4, disputes_lost: 0 };
		});
		System::set_block_number(1 + 7 * AGE_UNIT + 3);
		// 7 (age) + 10 (corroborated feeds); attestations earn nothing.
		assert_eq!(Oracle::credibility(&ALICE), Some(17));
		Oracles::<Test>::mutate(ALICE, |o| o.as_mut().unwrap().record.disputes_lost = 1);
		assert_eq!(Oracle::credibility(&ALICE), Some(0));
		// Caps: 40 + 60.
		Oracles::<Test>::mutate(ALICE, |o| {
			o.as_mut().unwrap().record =
				Record { feeds_accepted: 1_000_000, attestations_made: 1_000, disputes_lost: 0 }
		});
		System::set_block_number(1_000_000);
		assert_eq!(Oracle::credibility(&ALICE), Some(100));
		assert_eq!(Oracle::credibility(&BOB), None);
	});
}

#[test]
fn an_upheld_dispute_slashes_the_oracle_and_revokes_the_attestation() {
	run(|| {
		register(ALICE, authenticator());
		assert_ok!(attest(ALICE, cid(BOB), b"kyc", 100));
		let target = DisputeTarget::Attestation { cid: cid(BOB), key: claim_key(b"kyc") };
		assert_ok!(Oracle::dispute(RuntimeOrigin::signed(CHARLIE), target.clone(), H256::zero()));
		assert_eq!(last_event(), Event::Disputed { id: 0, disputer: CHARLIE, oracle: ALICE });
		assert_eq!(held(CHARLIE, HoldReason::DisputeBond), DISPUTE_BOND);
		assert_eq!(Oracle::open_disputes().len(), 1);
		// Only the arbiter decides.
		assert_noop!(
			Oracle::resolve_dispute(RuntimeOrigin::signed(CHARLIE), 0, Verdict::Upheld),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Oracle::resolve_dispute(RuntimeOrigin::root(), 9, Verdict::Upheld),
			Error::<Test>::UnknownDispute
		);
		let pool = Balances::free_balance(FEE_POOL);
		assert_ok!(Oracle::resolve_dispute(RuntimeOrigin::root(), 0, Verdict::Upheld));
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::Oracle(Event::DisputeResolved {
				id: 0,
				verdict: Verdict::Upheld,
				loser: ALICE,
				slashed: DISPUTE_BOND
			})));
		assert_eq!(Balances::free_balance(FEE_POOL), pool + DISPUTE_BOND);
		assert_eq!(held(ALICE, HoldReason::OracleBond), ORACLE_BOND - DISPUTE_BOND);
		assert_eq!(held(CHARLIE, HoldReason::DisputeBond), 0);
		assert_eq!(Balances::free_balance(CHARLIE), INITIAL_MINI);
		let oracle = Oracles::<Test>::get(ALICE).unwrap();
		assert_eq!((oracle.bond, oracle.open_disputes, oracle.record.disputes_lost), (700, 0, 1));
		assert_eq!(claim(cid(BOB), b"kyc"), None);
		assert_eq!(Attestations::<Test>::get(cid(BOB), claim_key(b"kyc")), None);
		assert!(Oracle::open_disputes().is_empty());
	});
}

#[test]
fn a_rejected_dispute_slashes_the_disputer() {
	run(|| {
		three_feeders();
		assert_ok!(feed(ALICE, b"rain_mm", 500));
		let target = DisputeTarget::Feed { oracle: ALICE, key: key(b"rain_mm") };
		assert_ok!(Oracle::dispute(RuntimeOrigin::signed(DAVE), target, H256::zero()));
		assert_eq!(Disputes::<Test>::get(0).unwrap().disputed_value, Some(500));
		let pool = Balances::free_balance(FEE_POOL);
		assert_ok!(Oracle::resolve_dispute(RuntimeOrigin::root(), 0, Verdict::Rejected));
		assert_eq!(
			last_event(),
			Event::DisputeResolved {
				id: 0,
				verdict: Verdict::Rejected,
				loser: DAVE,
				slashed: DISPUTE_BOND
			}
		);
		assert_eq!(Balances::free_balance(FEE_POOL), pool + DISPUTE_BOND);
		assert_eq!(Balances::free_balance(DAVE), INITIAL_MINI - DISPUTE_BOND);
		assert_eq!(held(ALICE, HoldReason::OracleBond), ORACLE_BOND);
		assert_eq!(Oracles::<Test>::get(ALICE).unwrap().record.disputes_lost, 0);
	});
}

#[test]
fn dispute_rejections() {
	run(|| {
		register(ALICE, feeder());
		register(BOB, authenticator());
		governed(b"rain_mm", 100, &[ALICE]);
		let dispute =
			|who, target| Oracle::dispute(RuntimeOrigin::signed(who), target, H256::zero());
		let fed = DisputeTarget::Feed { oracle: ALICE, key: key(b"rain_mm") };
		// Nothing fed yet, no such attestation.
		assert_noop!(dispute(CHARLIE, fed.clone()), Error::<Test>::UnknownTarget);
		assert_noop!(
			dispute(CHARLIE, DisputeTarget::Attestation { cid: cid(EVE), key: claim_key(b"kyc") }),
			Error::<Test>::UnknownTarget
		);
		assert_ok!(feed(ALICE, b"rain_mm", 5));
		assert_noop!(dispute(ALICE, fed.clone()), Error::<Test>::SelfDispute);
		// A dispute without the bond.
		assert_noop!(dispute(POOR, fed.clone()), Error::<Test>::InsufficientBond);
		assert_ok!(dispute(CHARLIE, fed.clone()));
		assert_ok!(dispute(DAVE, fed.clone()));
		assert_noop!(dispute(EVE, fed), Error::<Test>::TooManyDisputes);
	});
}

#[test]
fn leaving_waits_for_the_cooling_off_and_open_disputes() {
	run(|| {
		for who in [ALICE, BOB, CHARLIE] {
			register(
				who,
				OracleKinds { data_feed: true, authentication: true, ..Default::default() },
			);
		}
		governed(b"rain_mm", 100, &[ALICE, BOB, CHARLIE]);
		assert_ok!(feed(ALICE, b"rain_mm", 5));
		let fed = DisputeTarget::Feed { oracle: ALICE, key: key(b"rain_mm") };
		assert_ok!(Oracle::dispute(RuntimeOrigin::signed(DAVE), fed, H256::zero()));
		assert_noop!(Oracle::release_bond(RuntimeOrigin::signed(ALICE)), Error::<Test>::CoolingOff);
		assert_ok!(Oracle::unregister(RuntimeOrigin::signed(ALICE)));
		assert_eq!(last_event(), Event::OracleLeaving { who: ALICE, release_at: 1 + COOLING_OFF });
		assert_noop!(
			Oracle::unregister(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::AlreadyLeaving
		);
		// A leaving oracle neither feeds nor attests; its fed values are gone.
		next_block(1);
		assert_noop!(feed(ALICE, b"rain_mm", 5), Error::<Test>::NotActive);
		assert_eq!(pallet_oracle::RawValues::<Test>::get(ALICE, key(b"rain_mm")), None);
		assert_noop!(attest(ALICE, cid(EVE), b"kyc", 50), Error::<Test>::NotActive);
		System::set_block_number(COOLING_OFF);
		assert_noop!(Oracle::release_bond(RuntimeOrigin::signed(ALICE)), Error::<Test>::CoolingOff);
		System::set_block_number(1 + COOLING_OFF);
		assert_noop!(
			Oracle::release_bond(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::OpenDisputes
		);
		assert_ok!(Oracle::resolve_dispute(RuntimeOrigin::root(), 0, Verdict::Rejected));
		assert_ok!(Oracle::release_bond(RuntimeOrigin::signed(ALICE)));
		assert_eq!(last_event(), Event::OracleRemoved { who: ALICE, bond: ORACLE_BOND });
		assert_eq!(Balances::free_balance(ALICE), INITIAL_MINI);
		assert_eq!(Oracles::<Test>::get(ALICE), None);
		assert_eq!(OracleOfCid::<Test>::get(cid(ALICE)), None);
		assert_noop!(Oracle::release_bond(RuntimeOrigin::signed(ALICE)), Error::<Test>::NotOracle);
		assert_noop!(Oracle::unregister(RuntimeOrigin::signed(EVE)), Error::<Test>::NotOracle);
		// The CID can act as an oracle again.
		register(ALICE, feeder());
	});
}

#[test]
fn reputation_follows_the_holder_attestations_are_forgotten_when_the_cid_changes_hands() {
	run(|| {
		register(ALICE, authenticator());
		System::set_block_number(1 + u64::from(MIN_CREDIBILITY) * AGE_UNIT);
		assert_ok!(attest(ALICE, cid(BOB), b"kyc", 100));
		assert_ok!(attest(ALICE, cid(CHARLIE), b"kyc", 100));
		assert_eq!(MockCids::reputation_of(cid(CHARLIE)), ATTESTATION_REPUTATION);
		// Charlie's CID goes to Dave: the Cid pallet resets its reputation and claims, and tells
		// the oracle pallet, which forgets the attestation.
		set_cid(cid(CHARLIE), DAVE, 0);
		<Oracle as minix_primitives::OnCidChangedHands<u64>>::on_cid_changed_hands(
			cid(CHARLIE),
			&CHARLIE,
			Some(&DAVE),
		);
		assert_eq!(last_event(), Event::AttestationsForgotten { cid: cid(CHARLIE), count: 1 });
		assert!(Attestations::<Test>::get(cid(CHARLIE), claim_key(b"kyc")).is_none());
		// So the old attester cannot revoke it and take reputation from the new holder.
		assert_noop!(
			Oracle::revoke_attestation(
				RuntimeOrigin::signed(ALICE),
				cid(CHARLIE),
				claim_key(b"kyc")
			),
			Error::<Test>::UnknownAttestation
		);
	});
}

#[test]
fn an_oracle_whose_cid_changed_hands_stops_at_once() {
	run(|| {
		register(
			ALICE,
			OracleKinds { data_feed: true, authentication: true, ..Default::default() },
		);
		governed(b"btc", 100, &[ALICE]);
		assert_ok!(feed(ALICE, b"btc", 1));
		set_cid(cid(ALICE), DAVE, 0);
		<Oracle as minix_primitives::OnCidChangedHands<u64>>::on_cid_changed_hands(
			cid(ALICE),
			&ALICE,
			Some(&DAVE),
		);
		assert!(Oracles::<Test>::get(ALICE).unwrap().leaving_at.is_some());
		assert!(Feeders::<Test>::get().is_empty());
		assert_eq!(pallet_oracle::RawValues::<Test>::get(ALICE, key(b"btc")), None);
		next_block(1);
		assert_noop!(feed(ALICE, b"btc", 2), Error::<Test>::NotActive);
		assert_noop!(attest(ALICE, cid(BOB), b"kyc", 100), Error::<Test>::NotActive);
	});
}

#[test]
fn a_dispute_can_be_upheld_after_the_attested_cid_was_released() {
	run(|| {
		register(ALICE, authenticator());
		assert_ok!(attest(ALICE, cid(BOB), b"kyc", 100));
		let target = DisputeTarget::Attestation { cid: cid(BOB), key: claim_key(b"kyc") };
		assert_ok!(Oracle::dispute(RuntimeOrigin::signed(CHARLIE), target, H256::zero()));
		// BOB gives the CID up: its attestations are forgotten, the dispute stays open.
		<Oracle as minix_primitives::OnCidChangedHands<u64>>::on_cid_changed_hands(
			cid(BOB),
			&BOB,
			None,
		);
		assert_ok!(Oracle::resolve_dispute(RuntimeOrigin::root(), 0, Verdict::Upheld));
		assert_eq!(held(ALICE, HoldReason::OracleBond), ORACLE_BOND - DISPUTE_BOND);
		assert_eq!(Oracles::<Test>::get(ALICE).unwrap().record.disputes_lost, 1);
		assert_eq!(held(CHARLIE, HoldReason::DisputeBond), 0);
	});
}
