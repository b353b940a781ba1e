//! The logic behind the calls, shared with genesis and the `CidAttest` trait.

use super::*;
use alloc::vec::Vec;
use frame_support::traits::{fungible::MutateHold, tokens::Precision};

impl<T: Config> Pallet<T> {
	/// The record of `cid` for a change by its owner: fails unless `who` owns it and it is not
	/// escrowed by the market.
	pub(crate) fn owned(cid: Cid, who: &T::AccountId) -> Result<DetailsOf<T>, DispatchError> {
		let details = Cids::<T>::get(cid).ok_or(Error::<T>::UnknownCid)?;
		ensure!(&details.owner == who, Error::<T>::NotOwner);
		ensure!(!InEscrow::<T>::contains_key(cid), Error::<T>::InEscrow);
		Ok(details)
	}

	/// Issue `cid` to `owner`; `payer`, if any, pays the public-CID deposit.
	pub(crate) fn do_issue(
		cid: Cid,
		owner: T::AccountId,
		payer: Option<T::AccountId>,
	) -> DispatchResult {
		CidRange::of(cid).ok_or(Error::<T>::InvalidCid)?;
		ensure!(!Cids::<T>::contains_key(cid), Error::<T>::CidTaken);
		Self::add_to_account(&owner, cid)?;
		let deposit = match payer {
			Some(depositor) => {
				let amount = T::CidDeposit::get();
				T::Currency::hold(&HoldReason::CidDeposit.into(), &depositor, amount)
					.map_err(|_| Error::<T>::CannotPayDeposit)?;
				Some(Deposit { depositor, amount })
			},
			None => None,
		};
		Self::deposit_event(Event::Issued {
			cid,
			owner: owner.clone(),
			depositor: deposit.as_ref().map(|d| d.depositor.clone()),
			deposit: deposit.as_ref().map(|d| d.amount).unwrap_or_default(),
		});
		Cids::<T>::insert(
			cid,
			CidDetails {
				owner: owner.clone(),
				name: None,
				card: None,
				deposit,
				reputation: 0,
				claims: 0,
			},
		);
		CidCount::<T>::mutate(|n| *n = n.saturating_add(1));
		T::OnIssued::on_cid_issued(cid, &owner)
	}

	/// The next free public CID from the cursor, and how many taken numbers were skipped.
	pub(crate) fn next_free_public() -> Result<(Cid, u32), DispatchError> {
		let mut cid = NextPublicCid::<T>::get();
		for skipped in 0..=T::MaxClaimScan::get() {
			ensure!(cid <= minix_primitives::cid::MAX_CID, Error::<T>::NoFreeCid);
			if !Cids::<T>::contains_key(cid) {
				return Ok((cid, skipped));
			}
			cid += 1;
		}
		Err(Error::<T>::NoFreeCid.into())
	}

	/// What `OnChangedHands` may cost on top of the benchmarked call: the oracle pallet reads
	/// whether an oracle acts as the CID and forgets up to `MaxClaims` attestations.
	pub(crate) fn changed_hands_weight() -> Weight {
		T::DbWeight::get().reads_writes(2, T::MaxClaims::get() as u64 + 2)
	}

	/// Move `NextPublicCid` past up to `MaxClaimScan` taken numbers; how many it skipped.
	pub(crate) fn skip_taken_public() -> u32 {
		let start = NextPublicCid::<T>::get();
		let mut cid = start;
		while cid - start < T::MaxClaimScan::get() as Cid
			&& cid < minix_primitives::cid::MAX_CID
			&& Cids::<T>::contains_key(cid)
		{
			cid += 1;
		}
		if cid != start {
			NextPublicCid::<T>::put(cid);
		}
		(cid - start) as u32
	}

	pub(crate) fn add_to_account(who: &T::AccountId, cid: Cid) -> DispatchResult {
		CidsOf::<T>::try_mutate(who, |cids| {
			let at = cids.binary_search(&cid).unwrap_or_else(|at| at);
			cids.try_insert(at, cid).map_err(|_| Error::<T>::TooManyCids.into())
		})
	}

	pub(crate) fn remove_from_account(who: &T::AccountId, cid: Cid) {
		CidsOf::<T>::mutate_exists(who, |maybe| {
			if let Some(cids) = maybe {
				if let Ok(at) = cids.binary_search(&cid) {
					cids.remove(at);
				}
				if cids.is_empty() {
					*maybe = None;
				}
			}
		});
	}

	/// Normalise and check an avatar name.
	pub fn normalise_name(name: Vec<u8>) -> Result<NameOf<T>, DispatchError> {
		ensure!(!name.is_empty(), Error::<T>::NameEmpty);
		let mut name: NameOf<T> = name.try_into().map_err(|_| Error::<T>::NameTooLong)?;
		name.iter_mut().for_each(|c| c.make_ascii_lowercase());
		ensure!(
			name.iter()
				.all(|c| matches!(c, b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'@' | b'-')),
			Error::<T>::BadNameChar
		);
		ensure!(!name.iter().all(u8::is_ascii_digit), Error::<T>::NameAllDigits);
		ensure!(!T::ReservedNames::get().contains(&name.as_slice()), Error::<T>::NameReserved);
		Ok(name)
	}

	pub(crate) fn do_set_name(cid: Cid, who: &T::AccountId, name: Vec<u8>) -> DispatchResult {
		let mut details = Self::owned(cid, who)?;
		let name = Self::normalise_name(name)?;
		if details.name.as_ref() == Some(&name) {
			return Ok(());
		}
		ensure!(!CidByName::<T>::contains_key(&name), Error::<T>::NameTaken);
		if let Some(old) = details.name.take() {
			CidByName::<T>::remove(&old);
			Self::deposit_event(Event::NameCleared { cid, name: old });
		}
		CidByName::<T>::insert(&name, cid);
		details.name = Some(name.clone());
		Cids::<T>::insert(cid, details);
		Self::deposit_event(Event::NameSet { cid, name });
		Ok(())
	}

	pub(crate) fn do_clear_name(cid: Cid, who: &T::AccountId) -> DispatchResult {
		let mut details = Self::owned(cid, who)?;
		let name = details.name.take().ok_or(Error::<T>::NoName)?;
		CidByName::<T>::remove(&name);
		Cids::<T>::insert(cid, details);
		Self::deposit_event(Event::NameCleared { cid, name });
		Ok(())
	}

	fn bond_of(kind: BondKind, address: Vec<u8>) -> Result<BondOf<T>, DispatchError> {
		let address: BoundedVec<u8, T::MaxBondLen> =
			address.try_into().map_err(|_| Error::<T>::BondTooLong)?;
		ensure!(kind.accepts(&address), Error::<T>::BadBondAddress);
		Ok(Bond { kind, address })
	}

	pub(crate) fn do_bond(
		cid: Cid,
		who: &T::AccountId,
		kind: BondKind,
		address: Vec<u8>,
	) -> DispatchResult {
		Self::owned(cid, who)?;
		let bond = Self::bond_of(kind, address)?;
		Bonds::<T>::try_mutate(cid, |bonds| -> DispatchResult {
			ensure!(!bonds.contains(&bond), Error::<T>::BondExists);
			bonds.try_push(bond.clone()).map_err(|_| Error::<T>::TooManyBonds)?;
			Ok(())
		})?;
		Self::deposit_event(Event::Bonded { cid, kind, address: bond.address });
		Ok(())
	}

	pub(crate) fn do_unbond(
		cid: Cid,
		who: &T::AccountId,
		kind: BondKind,
		address: Vec<u8>,
	) -> DispatchResult {
		Self::owned(cid, who)?;
		let address: BoundedVec<u8, T::MaxBondLen> =
			address.try_into().map_err(|_| Error::<T>::UnknownBond)?;
		let bond = Bond { kind, address };
		Bonds::<T>::try_mutate_exists(cid, |maybe| -> DispatchResult {
			let bonds = maybe.as_mut().ok_or(Error::<T>::UnknownBond)?;
			let at = bonds.iter().position(|b| b == &bond).ok_or(Error::<T>::UnknownBond)?;
			bonds.remove(at);
			if bonds.is_empty() {
				*maybe = None;
			}
			Ok(())
		})?;
		Self::deposit_event(Event::Unbonded { cid, kind, address: bond.address });
		Ok(())
	}

	pub(crate) fn do_add_registrar(who: T::AccountId) -> DispatchResult {
		ensure!(!Registrars::<T>::contains_key(&who), Error::<T>::AlreadyRegistrar);
		ensure!(Registrars::<T>::count() < T::MaxRegistrars::get(), Error::<T>::TooManyRegistrars);
		let allowance = T::DefaultAllowance::get();
		Registrars::<T>::insert(&who, RegistrarInfo { allowance, period: 0, used: 0 });
		Self::deposit_event(Event::RegistrarAdded { who });
		Ok(())
	}

	/// Count one community registration against `registrar`'s allowance for this period.
	pub(crate) fn use_allowance(registrar: &T::AccountId) -> DispatchResult {
		let period_len = T::RegistrationPeriod::get().max(One::one());
		let period: u32 = (frame_system::Pallet::<T>::block_number() / period_len)
			.try_into()
			.unwrap_or(u32::MAX);
		let remaining = Registrars::<T>::try_mutate(registrar, |info| {
			let info = info.as_mut().ok_or(Error::<T>::NotRegistrar)?;
			if info.period != period {
				*info = RegistrarInfo { period, used: 0, ..*info };
			}
			ensure!(info.used < info.allowance, Error::<T>::AllowanceExhausted);
			info.used += 1;
			Ok::<_, DispatchError>(info.allowance - info.used)
		})?;
		Self::deposit_event(Event::AllowanceUsed { registrar: registrar.clone(), remaining });
		Ok(())
	}

	pub(crate) fn do_release(cid: Cid, who: &T::AccountId) -> DispatchResult {
		let details = Self::owned(cid, who)?;
		ensure!(CidRange::of(cid) == Some(CidRange::Public), Error::<T>::NotPublic);
		if let Some(name) = details.name {
			CidByName::<T>::remove(&name);
			Self::deposit_event(Event::NameCleared { cid, name });
		}
		Bonds::<T>::remove(cid);
		let _ = Claims::<T>::clear_prefix(cid, T::MaxClaims::get(), None);
		if let Some(to) = TransferOffers::<T>::take(cid) {
			Self::deposit_event(Event::TransferOfferCancelled { cid, to });
		}
		if details.card.is_some() {
			T::Cards::burn(&cid, &crate::features::card::ATTRIBUTES)?;
		}
		Self::remove_from_account(who, cid);
		Cids::<T>::remove(cid);
		CidCount::<T>::mutate(|n| *n = n.saturating_sub(1));
		let (depositor, deposit) = match details.deposit {
			Some(Deposit { depositor, amount }) => {
				T::Currency::release(
					&HoldReason::CidDeposit.into(),
					&depositor,
					amount,
					Precision::BestEffort,
				)?;
				(Some(depositor), amount)
			},
			None => (None, Default::default()),
		};
		T::OnIssued::on_cid_released(cid, who)?;
		T::OnChangedHands::on_cid_changed_hands(cid, who, None);
		Self::deposit_event(Event::Released { cid, owner: who.clone(), depositor, deposit });
		Ok(())
	}

	pub(crate) fn claim_key(key: Vec<u8>) -> Result<ClaimKey, DispatchError> {
		ensure!(!key.is_empty(), Error::<T>::BadClaimKey);
		key.try_into().map_err(|_| Error::<T>::BadClaimKey.into())
	}

	pub(crate) fn do_set_claim(cid: Cid, key: ClaimKey, claim: ClaimOf<T>) -> DispatchResult {
		ensure!(!key.is_empty(), Error::<T>::BadClaimKey);
		let mut details = Cids::<T>::get(cid).ok_or(Error::<T>::UnknownCid)?;
		ensure!(
			claim.valid_until >= frame_system::Pallet::<T>::block_number(),
			Error::<T>::ClaimExpired
		);
		if !Claims::<T>::contains_key(cid, &key) {
			ensure!(details.claims < T::MaxClaims::get(), Error::<T>::TooManyClaims);
			details.claims += 1;
			Cids::<T>::insert(cid, details);
		}
		Self::deposit_event(Event::ClaimSet {
			cid,
			key: key.clone(),
			issuer: claim.issuer.clone(),
			value_hash: claim.value_hash,
			valid_until: claim.valid_until,
		});
		Claims::<T>::insert(cid, key, claim);
		Ok(())
	}

	pub(crate) fn do_remove_claim(cid: Cid, key: &ClaimKey) -> DispatchResult {
		Claims::<T>::take(cid, key).ok_or(Error::<T>::UnknownClaim)?;
		Cids::<T>::mutate(cid, |d| {
			if let Some(d) = d {
				d.claims = d.claims.saturating_sub(1)
			}
		});
		Self::deposit_event(Event::ClaimRemoved { cid, key: key.clone() });
		Ok(())
	}

	pub(crate) fn do_adjust_reputation(cid: Cid, delta: i64) -> Result<Reputation, DispatchError> {
		Cids::<T>::try_mutate(cid, |d| {
			let d = d.as_mut().ok_or(Error::<T>::UnknownCid)?;
			let score =
				(d.reputation as i64).saturating_add(delta).clamp(0, Reputation::MAX as i64);
			d.reputation = score as Reputation;
			Self::deposit_event(Event::ReputationChanged { cid, reputation: d.reputation });
			Ok(d.reputation)
		})
	}

	/// Everything about `cid`, for the runtime API.
	pub fn details(cid: Cid) -> Option<CidInfo<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let d = Cids::<T>::get(cid)?;
		Some(CidInfo {
			cid,
			range: CidRange::of(cid)?,
			owner: d.owner,
			name: d.name.map(Into::into).unwrap_or_default(),
			remint_fee: d
				.card
				.as_ref()
				.filter(|c| c.remints.count < T::MaxRemints::get())
				.map(|c| Self::remint_fee(c.remints.count)),
			card: d.card.map(|c| CCard { content: c.content.into(), remints: c.remints }),
			bonds: Bonds::<T>::get(cid).into_iter().map(|b| (b.kind, b.address.into())).collect(),
			reputation: d.reputation.saturating_add(T::Attested::attested_reputation(cid)),
			claims: Claims::<T>::iter_prefix(cid).map(|(k, c)| (k.into(), c)).collect(),
			deposit: d.deposit.map(|d| d.amount).unwrap_or_default(),
			offered_to: TransferOffers::<T>::get(cid),
			in_escrow: InEscrow::<T>::contains_key(cid),
		})
	}

	/// Up to `limit` CIDs of `who`, skipping the first `start`, for the runtime API.
	pub fn cids_of(who: &T::AccountId, start: u32, limit: u32) -> Vec<Cid> {
		CidsOf::<T>::get(who)
			.into_iter()
			.skip(start as usize)
			.take(limit as usize)
			.collect()
	}

	/// The indexes agree with the records: every CID is in its owner's list and nowhere else,
	/// names point back, claim counts match, and the count is right.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut count = 0u64;
		for (cid, d) in Cids::<T>::iter() {
			count += 1;
			ensure!(CidRange::of(cid).is_some(), "a stored CID is out of range");
			ensure!(
				CidsOf::<T>::get(&d.owner).binary_search(&cid).is_ok(),
				"owner index misses a CID"
			);
			if let Some(name) = &d.name {
				ensure!(CidByName::<T>::get(name) == Some(cid), "name index disagrees");
			}
			ensure!(
				Claims::<T>::iter_prefix(cid).count() as u32 == d.claims,
				"claim count disagrees"
			);
			if let Some(card) = &d.card {
				ensure!(T::Cards::owner(&cid) == Some(d.owner.clone()), "C-Card item elsewhere");
				ensure!(T::Cards::content(&cid) == card.content.to_vec(), "C-Card item content");
				ensure!(card.remints.count <= T::MaxRemints::get(), "too many remints");
				ensure!(card.remints.tax <= T::MaxRemintTax::get(), "remint tax above the cap");
			} else {
				ensure!(T::Cards::owner(&cid).is_none(), "a C-Card item without a card");
			}
		}
		ensure!(count == CidCount::<T>::get(), "CidCount disagrees with the records");
		let mut listed = 0u64;
		for (who, cids) in CidsOf::<T>::iter() {
			ensure!(!cids.is_empty(), "empty owner index left behind");
			for cid in cids.iter() {
				listed += 1;
				ensure!(
					Cids::<T>::get(cid).map(|d| d.owner) == Some(who.clone()),
					"stale owner index"
				);
			}
		}
		ensure!(listed == count, "owner indexes list a CID twice");
		for (name, cid) in CidByName::<T>::iter() {
			ensure!(Cids::<T>::get(cid).and_then(|d| d.name) == Some(name), "stale name index");
		}
		for (cid, _) in Bonds::<T>::iter() {
			ensure!(Cids::<T>::contains_key(cid), "bonds of a CID that is not issued");
		}
		for (cid, _, _) in Claims::<T>::iter() {
			ensure!(Cids::<T>::contains_key(cid), "claims about a CID that is not issued");
		}
		for (cid, to) in TransferOffers::<T>::iter() {
			let owner = Cids::<T>::get(cid).map(|d| d.owner);
			ensure!(owner.is_some(), "an offer of a CID that is not issued");
			ensure!(owner != Some(to), "a CID offered to its owner");
		}
		for (cid, ()) in InEscrow::<T>::iter() {
			ensure!(Cids::<T>::contains_key(cid), "escrow of a CID that is not issued");
			ensure!(CidRange::of(cid) != Some(CidRange::Reserved), "a reserved CID in escrow");
		}
		Ok(())
	}
}
