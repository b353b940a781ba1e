//! The registry, attestations, disputes and credibility.

use crate::*;
use frame_support::traits::{
	fungible::MutateHold,
	tokens::{Fortitude, Precision, Restriction},
};
use minix_primitives::OracleValues;
use sp_runtime::{
	traits::{Saturating, UniqueSaturatedInto},
	DispatchResult,
};

/// Credibility points per accepted feed value.
const FEEDS_PER_POINT: u32 = 100;
/// Credibility points lost per upheld dispute.
const POINTS_PER_LOST_DISPUTE: u32 = 25;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_register(who: T::AccountId, cid: Cid, kinds: OracleKinds) -> DispatchResult {
		ensure!(T::Cids::owner_of(cid).as_ref() == Some(&who), Error::<T>::NotCidOwner);
		ensure!(!Oracles::<T>::contains_key(&who), Error::<T>::AlreadyOracle);
		ensure!(!OracleOfCid::<T>::contains_key(cid), Error::<T>::CidInUse);
		ensure!(!kinds.is_empty(), Error::<T>::NoKinds);
		let bond = T::OracleBond::get();
		T::Currency::hold(&HoldReason::OracleBond.into(), &who, bond)
			.map_err(|_| Error::<T>::InsufficientBond)?;
		let oracle = OracleInfo {
			cid,
			kinds,
			bond,
			registered_at: frame_system::Pallet::<T>::block_number(),
			leaving_at: None,
			open_disputes: 0,
			record: Record::default(),
		};
		Oracles::<T>::insert(&who, oracle);
		OracleOfCid::<T>::insert(cid, &who);
		Self::deposit_event(Event::OracleRegistered { who, cid, kinds, bond });
		Ok(())
	}

	pub(crate) fn do_set_kinds(who: T::AccountId, kinds: OracleKinds) -> DispatchResult {
		let mut oracle = Self::active(&who)?;
		ensure!(!kinds.is_empty(), Error::<T>::NoKinds);
		if !kinds.data_feed {
			Self::leave_all_keys(&who);
		}
		oracle.kinds = kinds;
		Oracles::<T>::insert(&who, oracle);
		Self::deposit_event(Event::KindsChanged { who, kinds });
		Ok(())
	}

	pub(crate) fn do_unregister(who: T::AccountId) -> DispatchResult {
		let mut oracle = Oracles::<T>::get(&who).ok_or(Error::<T>::NotOracle)?;
		ensure!(oracle.leaving_at.is_none(), Error::<T>::AlreadyLeaving);
		let release_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::CoolingOff::get());
		oracle.leaving_at = Some(release_at);
		Self::leave_all_keys(&who);
		Oracles::<T>::insert(&who, oracle);
		Self::deposit_event(Event::OracleLeaving { who, release_at });
		Ok(())
	}

	pub(crate) fn do_release_bond(who: T::AccountId) -> DispatchResult {
		let oracle = Oracles::<T>::get(&who).ok_or(Error::<T>::NotOracle)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(oracle.leaving_at.is_some_and(|at| at <= now), Error::<T>::CoolingOff);
		ensure!(oracle.open_disputes == 0, Error::<T>::OpenDisputes);
		T::Currency::release(
			&HoldReason::OracleBond.into(),
			&who,
			oracle.bond,
			Precision::BestEffort,
		)?;
		Oracles::<T>::remove(&who);
		OracleOfCid::<T>::remove(oracle.cid);
		Self::deposit_event(Event::OracleRemoved { who, bond: oracle.bond });
		Ok(())
	}

	pub(crate) fn do_attest(
		who: T::AccountId,
		cid: Cid,
		key: ClaimKey,
		value_hash: H256,
		valid_until: BlockNumberFor<T>,
	) -> DispatchResult {
		let mut oracle = Self::active(&who)?;
		ensure!(oracle.kinds.authentication, Error::<T>::NotAuthenticator);
		let subject_owner = T::Cids::owner_of(cid).ok_or(Error::<T>::UnknownCid)?;
		ensure!(cid != oracle.cid && subject_owner != who, Error::<T>::SelfAttestation);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(valid_until > now, Error::<T>::AlreadyExpired);
		ensure!(
			valid_until <= now.saturating_add(T::MaxValidity::get()),
			Error::<T>::ValidityTooLong
		);
		let previous = Attestations::<T>::get(cid, &key);
		let renewal = match &previous {
			Some(p) if p.oracle == who => Some(p.reputation_granted),
			Some(p) => {
				ensure!(p.valid_until < now, Error::<T>::AttestedByAnother);
				None
			},
			None => None,
		};
		// What a live attestation gives is decided when it is made; the CID's attested
		// reputation sums it while `valid_until` has not passed (`attested_reputation`).
		let reputation_granted = match renewal {
			Some(granted) => granted,
			None if Self::credibility_of(&oracle) >= T::MinCredibility::get() => {
				T::AttestationReputation::get()
			},
			None => 0,
		};
		T::Attest::set_claim(
			cid,
			key.clone(),
			minix_primitives::Claim { issuer: who.clone(), value_hash, valid_until },
		)?;
		if renewal.is_none() {
			oracle.record.attestations_made.saturating_inc();
			Oracles::<T>::insert(&who, oracle);
		}
		Attestations::<T>::insert(
			cid,
			&key,
			Attestation { oracle: who.clone(), value_hash, valid_until, reputation_granted },
		);
		Self::deposit_event(Event::Attested {
			oracle: who,
			cid,
			key,
			valid_until,
			reputation_granted,
		});
		Ok(())
	}

	/// Remove an attestation (and so the reputation it gave) and its claim in the CID.
	pub(crate) fn revoke(cid: Cid, key: ClaimKey, attestation: AttestationOf<T>) -> DispatchResult {
		// The claim may already be gone (the CID was released); the attestation goes anyway.
		let _ = T::Attest::remove_claim(cid, &key);
		Attestations::<T>::remove(cid, &key);
		Self::deposit_event(Event::AttestationRevoked { oracle: attestation.oracle, cid, key });
		Ok(())
	}

	pub(crate) fn do_dispute(
		who: T::AccountId,
		target: DisputeTarget<T::AccountId>,
		evidence_hash: H256,
	) -> DispatchResult {
		let (oracle_account, disputed_value) = match &target {
			DisputeTarget::Feed { oracle, key } => {
				let (value, _) = T::Feeds::raw(oracle, key).ok_or(Error::<T>::UnknownTarget)?;
				(oracle.clone(), Some(value))
			},
			DisputeTarget::Attestation { cid, key } => {
				let attestation =
					Attestations::<T>::get(cid, key).ok_or(Error::<T>::UnknownTarget)?;
				(attestation.oracle, None)
			},
		};
		ensure!(oracle_account != who, Error::<T>::SelfDispute);
		let mut oracle = Oracles::<T>::get(&oracle_account).ok_or(Error::<T>::NotOracle)?;
		ensure!(Disputes::<T>::count() < T::MaxOpenDisputes::get(), Error::<T>::TooManyDisputes);
		let bond = T::DisputeBond::get();
		T::Currency::hold(&HoldReason::DisputeBond.into(), &who, bond)
			.map_err(|_| Error::<T>::InsufficientBond)?;
		oracle.open_disputes.saturating_inc();
		Oracles::<T>::insert(&oracle_account, oracle);
		let id = NextDisputeId::<T>::mutate(|next| {
			let id = *next;
			*next = next.wrapping_add(1);
			id
		});
		Disputes::<T>::insert(
			id,
			Dispute {
				disputer: who.clone(),
				oracle: oracle_account.clone(),
				target,
				disputed_value,
				evidence_hash,
				bond,
				opened_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		Self::deposit_event(Event::Disputed { id, disputer: who, oracle: oracle_account });
		Ok(())
	}

	pub(crate) fn do_resolve(id: DisputeId, verdict: Verdict) -> DispatchResult {
		let dispute = Disputes::<T>::take(id).ok_or(Error::<T>::UnknownDispute)?;
		let mut oracle = Oracles::<T>::get(&dispute.oracle).ok_or(Error::<T>::NotOracle)?;
		oracle.open_disputes.saturating_dec();
		let (loser, slashed) = match verdict {
			Verdict::Upheld => {
				let slashed = Self::slash(
					&dispute.oracle,
					HoldReason::OracleBond,
					T::DisputeBond::get().min(oracle.bond),
				)?;
				oracle.bond = oracle.bond.saturating_sub(slashed);
				oracle.record.disputes_lost.saturating_inc();
				T::Currency::release(
					&HoldReason::DisputeBond.into(),
					&dispute.disputer,
					dispute.bond,
					Precision::BestEffort,
				)?;
				(dispute.oracle.clone(), slashed)
			},
			Verdict::Rejected => {
				let slashed =
					Self::slash(&dispute.disputer, HoldReason::DisputeBond, dispute.bond)?;
				(dispute.disputer.clone(), slashed)
			},
		};
		Oracles::<T>::insert(&dispute.oracle, oracle);
		Self::deposit_event(Event::DisputeResolved { id, verdict, loser, slashed });
		if let (Verdict::Upheld, DisputeTarget::Attestation { cid, key }) =
			(verdict, dispute.target)
		{
			// Revoke it only if it is still the disputed oracle's (it may have been revoked or
			// replaced since).
			if let Some(attestation) = Attestations::<T>::get(cid, &key) {
				if attestation.oracle == dispute.oracle {
					Self::revoke(cid, key, attestation)?;
				}
			}
		}
		Ok(())
	}

	/// Move up to `amount` held for `reason` from `who` to the fee pool; returns what moved.
	fn slash(
		who: &T::AccountId,
		reason: HoldReason,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		T::Currency::transfer_on_hold(
			&reason.into(),
			who,
			&T::FeeDestination::get(),
			amount,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Force,
		)
	}

	/// The oracle `who`, if it is registered, not leaving and still owns its CID.
	pub(crate) fn active(who: &T::AccountId) -> Result<OracleOf<T>, DispatchError> {
		let oracle = Oracles::<T>::get(who).ok_or(Error::<T>::NotOracle)?;
		ensure!(oracle.leaving_at.is_none(), Error::<T>::NotActive);
		ensure!(T::Cids::owner_of(oracle.cid).as_ref() == Some(who), Error::<T>::NotActive);
		Ok(oracle)
	}

	/// The credibility (0–100) of a registered oracle: age and corroborated feeds earn points
	/// (capped at 40 and 60), each upheld dispute costs 25. Attestations earn nothing: an
	/// oracle could attest CIDs held by accounts it controls.
	pub fn credibility_of(oracle: &OracleOf<T>) -> Credibility {
		let age = frame_system::Pallet::<T>::block_number().saturating_sub(oracle.registered_at);
		let age_points: u32 = (age / T::AgeUnit::get()).unique_saturated_into();
		let earned = age_points.min(40) + (oracle.record.feeds_accepted / FEEDS_PER_POINT).min(60);
		let lost = oracle.record.disputes_lost.saturating_mul(POINTS_PER_LOST_DISPUTE);
		earned.saturating_sub(lost) as Credibility
	}

	/// The credibility of `who`, if it is a registered oracle.
	pub fn credibility(who: &T::AccountId) -> Option<Credibility> {
		Oracles::<T>::get(who).map(|oracle| Self::credibility_of(&oracle))
	}

	/// The reputation `cid`'s live attestations give it (at most one per claim of the CID).
	pub fn attested_reputation(cid: Cid) -> Reputation {
		let now = frame_system::Pallet::<T>::block_number();
		Attestations::<T>::iter_prefix_values(cid)
			.filter(|a| a.valid_until >= now)
			.fold(0, |sum: Reputation, a| sum.saturating_add(a.reputation_granted))
	}

	/// The combined value of `key` if it is fresh (fed less than `ExpiresIn` ago).
	pub fn fresh_value(key: &OracleKey) -> Option<OracleValue> {
		<Self as OracleValues>::timed_value_of(key).filter(|t| t.fresh).map(|t| t.value)
	}

	/// `OracleApi::value`: the fresh combined value of `key` given as bytes.
	pub fn value(key: alloc::vec::Vec<u8>) -> Option<OracleValue> {
		Self::fresh_value(&OracleKey::try_from(key).ok()?)
	}

	/// `OracleApi::oracle`: the oracle `who` and its credibility.
	pub fn oracle(who: &T::AccountId) -> Option<(OracleOf<T>, Credibility)> {
		Oracles::<T>::get(who).map(|oracle| {
			let credibility = Self::credibility_of(&oracle);
			(oracle, credibility)
		})
	}

	/// `OracleApi::open_disputes`: every open dispute, oldest first.
	pub fn open_disputes() -> alloc::vec::Vec<(DisputeId, DisputeOf<T>)> {
		let mut disputes: alloc::vec::Vec<_> = Disputes::<T>::iter().collect();
		disputes.sort_by_key(|(id, _)| *id);
		disputes
	}

	/// The registry's invariants: every oracle's bond is held, its CID maps back to it,
	/// open-dispute counters match the open disputes, and the feed approvals agree (see
	/// `try_state_feeds`).
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		let mut open: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut dispute_bonds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (_, dispute) in Disputes::<T>::iter() {
			*open.entry(dispute.oracle.clone()).or_default() += 1;
			let held = dispute_bonds.entry(dispute.disputer.clone()).or_default();
			*held = held.saturating_add(dispute.bond);
		}
		for (who, oracle) in Oracles::<T>::iter() {
			ensure!(OracleOfCid::<T>::get(oracle.cid).as_ref() == Some(&who), "CID index broken");
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::OracleBond.into(), &who) == oracle.bond,
				"oracle bond not held"
			);
			ensure!(open.get(&who).copied().unwrap_or(0) == oracle.open_disputes, "dispute count");
		}
		ensure!(OracleOfCid::<T>::iter().count() as u32 == Oracles::<T>::count(), "CID index size");
		for (who, bond) in dispute_bonds {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::DisputeBond.into(), &who) == bond,
				"dispute bond not held"
			);
		}
		Self::try_state_feeds()
	}
}
