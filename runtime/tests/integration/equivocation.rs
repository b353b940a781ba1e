//! GRANDPA equivocations through the real runtime: a report of two prevotes signed by one
//! validator in one round, with the key-ownership proof the node gets from `GrandpaApi`, is
//! accepted only from the node's own pool, checked (signatures, proof against the session's
//! validator root), counted once by `Offences`, and removes the validator from the set at the
//! next session; the council can add it back. Forged, mismatched and repeated reports change
//! nothing.

use crate::{
	common::{end_block, ext_from_preset, start_block_in_slot},
	governance::{block, grandpa_has, motion, until_session},
};
use frame_support::traits::KeyOwnerProofSystem;
use minix_runtime::{
	configs::KEPT_SESSIONS, Executive, GenericUncheckedExtrinsic, Grandpa, Historical, Runtime,
	RuntimeCall, RuntimeEvent, System, UncheckedExtrinsic,
};
use sp_consensus_grandpa::{AuthorityId, Equivocation, EquivocationProof, KEY_TYPE};
use sp_core::H256;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::transaction_validity::{
	InvalidTransaction, TransactionSource, TransactionValidityError,
};

type Proof = EquivocationProof<H256, u32>;

/// `signer`'s signature on a prevote for block `target` (number 1) in `round` of `set_id`, under
/// the identity `identity` claims.
fn prevote(
	signer: Ed25519Keyring,
	round: u64,
	set_id: u64,
	target: u8,
) -> (finality_grandpa::Prevote<H256, u32>, sp_consensus_grandpa::AuthoritySignature) {
	let vote =
		finality_grandpa::Prevote { target_hash: H256::repeat_byte(target), target_number: 1 };
	let payload = sp_consensus_grandpa::localized_payload(
		round,
		set_id,
		&finality_grandpa::Message::<H256, u32>::Prevote(vote.clone()),
	);
	(vote, signer.sign(&payload).into())
}

/// An equivocation of `identity` in round 1 of the current set: prevotes for blocks `first` and
/// `second`, both signed by `signer`.
fn equivocation(identity: Ed25519Keyring, signer: Ed25519Keyring, first: u8, second: u8) -> Proof {
	let set_id = Grandpa::current_set_id();
	EquivocationProof::new(
		set_id,
		Equivocation::Prevote(finality_grandpa::Equivocation {
			round_number: 1,
			identity: identity.public().into(),
			first: prevote(signer, 1, set_id, first),
			second: prevote(signer, 1, set_id, second),
		}),
	)
}

/// The key-ownership proof of `who`'s GRANDPA key in the current session (what the node gets
/// from `GrandpaApi::generate_key_ownership_proof`).
fn ownership(who: Ed25519Keyring) -> sp_session::MembershipProof {
	let key: AuthorityId = who.public().into();
	Historical::prove((KEY_TYPE, key)).expect("a validator's key has a proof")
}

/// The unsigned report the node submits to its own pool.
fn report(proof: Proof, ownership: sp_session::MembershipProof) -> UncheckedExtrinsic {
	let call = RuntimeCall::Grandpa(pallet_grandpa::Call::report_equivocation_unsigned {
		equivocation_proof: Box::new(proof),
		key_owner_proof: ownership,
	});
	GenericUncheckedExtrinsic::new_bare(call).into()
}

/// Pool validation of `tx` arriving from `source`, as the pool runs it: on top of the last
/// block, in state that is thrown away afterwards.
fn validate(
	source: TransactionSource,
	tx: UncheckedExtrinsic,
) -> Result<(), TransactionValidityError> {
	use frame_support::storage::{with_transaction, TransactionOutcome};
	with_transaction(|| {
		let validity =
			Executive::validate_transaction(source, tx, System::block_hash(System::block_number()));
		TransactionOutcome::Rollback(Ok::<_, sp_runtime::DispatchError>(validity.map(|_| ())))
	})
	.expect("rolled back")
}

/// The report applied in a block of its own: the dispatch outcome, or the validity error that
/// keeps it out of the block.
fn include(
	tx: UncheckedExtrinsic,
) -> Result<Result<(), sp_runtime::DispatchError>, TransactionValidityError> {
	start_block_in_slot(u64::from(System::block_number() + 1));
	let outcome = Executive::apply_extrinsic(tx);
	end_block();
	outcome
}

fn removed_for_offence(who: &minix_runtime::AccountId) -> bool {
	System::events().iter().any(|r| {
		matches!(&r.event, RuntimeEvent::ValidatorSet(
			pallet_validator_set::Event::OffenderRemoved { who: w, .. }) if w == who)
	})
}

#[test]
fn an_equivocating_validator_is_reported_once_and_leaves_the_set() {
	let mut ext = ext_from_preset("local_testnet");
	ext.execute_with(|| {
		block(vec![]);
		let dave = Sr25519Keyring::Dave.to_account_id();
		let dave_key: AuthorityId = Ed25519Keyring::Dave.public().into();
		let valid = equivocation(Ed25519Keyring::Dave, Ed25519Keyring::Dave, 1, 2);

		// From another node (gossiped, or an RPC submission) the report is refused: only the
		// node that saw the votes, or a block, can carry it.
		let external = validate(
			TransactionSource::External,
			report(valid.clone(), ownership(Ed25519Keyring::Dave)),
		);
		assert_eq!(external, Err(InvalidTransaction::Call.into()));
		// Alice's key-ownership proof does not prove Dave's key.
		let mismatched = report(valid.clone(), ownership(Ed25519Keyring::Alice));
		assert_eq!(
			validate(TransactionSource::Local, mismatched.clone()),
			Err(InvalidTransaction::BadProof.into())
		);
		assert_eq!(include(mismatched), Err(InvalidTransaction::BadProof.into()));
		// Two votes for the same block are no equivocation; votes Alice signed in Dave's name
		// carry no valid signature of his.
		for forged in [
			equivocation(Ed25519Keyring::Dave, Ed25519Keyring::Dave, 1, 1),
			equivocation(Ed25519Keyring::Dave, Ed25519Keyring::Alice, 1, 2),
		] {
			let outcome = include(report(forged, ownership(Ed25519Keyring::Dave)));
			assert_eq!(
				outcome,
				Ok(Err(pallet_grandpa::Error::<Runtime>::InvalidEquivocationProof.into()))
			);
		}
		assert!(pallet_offences::Reports::<Runtime>::iter().next().is_none());
		assert!(pallet_validator_set::Validators::<Runtime>::get().contains(&dave));

		// The real report: valid from the node's own pool, included, Dave removed.
		let tx = report(valid.clone(), ownership(Ed25519Keyring::Dave));
		assert_eq!(validate(TransactionSource::Local, tx.clone()), Ok(()));
		assert_eq!(include(tx), Ok(Ok(())));
		assert!(removed_for_offence(&dave), "ValidatorSet says why Dave leaves");
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Offences(pallet_offences::Event::Offence { .. })
		)));
		assert!(!pallet_validator_set::Validators::<Runtime>::get().contains(&dave));
		// The same offence again is stale: it never reaches a block twice.
		let again = report(valid, ownership(Ed25519Keyring::Dave));
		assert_eq!(
			validate(TransactionSource::Local, again),
			Err(InvalidTransaction::Stale.into())
		);

		// Dave still votes in this session and the next (the set was queued at this session's
		// end), and not after.
		let session = pallet_session::CurrentIndex::<Runtime>::get();
		assert!(grandpa_has(&dave_key));
		until_session(session + 2);
		assert!(!grandpa_has(&dave_key));
		assert_eq!(Grandpa::grandpa_authorities().len(), 3);

		// The council brings Dave back (his keys are still registered).
		let add =
			RuntimeCall::ValidatorSet(pallet_validator_set::Call::add_validator { who: dave });
		assert_eq!(motion(add), Ok(()));
		let session = pallet_session::CurrentIndex::<Runtime>::get();
		until_session(session + 2);
		assert!(grandpa_has(&dave_key));
	});
}

#[test]
fn session_proofs_are_kept_for_a_bounded_number_of_sessions() {
	let mut ext = ext_from_preset("local_testnet");
	ext.execute_with(|| {
		block(vec![]);
		let old = ownership(Ed25519Keyring::Dave);
		assert_eq!(old.session, 0);
		until_session(KEPT_SESSIONS + 3);
		let (first, last) =
			pallet_session::historical::StoredRange::<Runtime>::get().expect("roots are stored");
		let current = pallet_session::CurrentIndex::<Runtime>::get();
		assert!(last - first <= KEPT_SESSIONS + 2, "stored {first}..{last} at session {current}");
		assert!(pallet_session::historical::HistoricalSessions::<Runtime>::get(0).is_none());
		// A report proven against a pruned session is refused.
		let stale = report(equivocation(Ed25519Keyring::Dave, Ed25519Keyring::Dave, 1, 2), old);
		assert_eq!(
			validate(TransactionSource::Local, stale),
			Err(InvalidTransaction::BadProof.into())
		);
		// The set-to-session map of GRANDPA is bounded too.
		assert!(pallet_grandpa::SetIdSession::<Runtime>::iter().count() as u32 <= KEPT_SESSIONS);
	});
}
