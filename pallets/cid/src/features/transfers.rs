//! Consented transfers: the owner offers a CID, the recipient accepts it (MVS requires the
//! receiver's co-signature), either side may cancel. Nothing lands in an account that did not
//! accept it, so nobody can fill another account's `MaxCidsPerAccount` slots.
//!
//! Every change of holder (an accepted offer, a market sale) goes through
//! [`Pallet::change_holder`]: name, card (its NFT item too) and bonds move with the CID;
//! reputation and claims,
//! which belong to the holder and not the number, are reset.

use crate::*;

impl<T: Config> Pallet<T> {
	/// Offer `cid` to `dest`, replacing an earlier offer of it.
	///
	/// - `who`: the owner; the CID must be transferable (not reserved) and not in escrow.
	/// - `dest`: the account that may accept it (not the owner).
	pub(crate) fn do_offer_transfer(
		cid: Cid,
		who: &T::AccountId,
		dest: T::AccountId,
	) -> DispatchResult {
		Self::owned(cid, who)?;
		ensure!(CidRange::of(cid) != Some(CidRange::Reserved), Error::<T>::NotTransferable);
		ensure!(&dest != who, Error::<T>::SameOwner);
		if let Some(previous) = TransferOffers::<T>::take(cid) {
			Self::deposit_event(Event::TransferOfferCancelled { cid, to: previous });
		}
		TransferOffers::<T>::insert(cid, &dest);
		Self::deposit_event(Event::TransferOffered { cid, from: who.clone(), to: dest });
		Ok(())
	}

	/// Take the CID offered to `who`.
	///
	/// - `cid`: a CID offered to `who` (an offer does not survive a change of holder, so the
	///   owner is still the one who made it); not in escrow.
	/// - `who`: the recipient; it must have room for one more CID.
	pub(crate) fn do_accept_transfer(cid: Cid, who: T::AccountId) -> DispatchResult {
		let to = TransferOffers::<T>::get(cid).ok_or(Error::<T>::NoTransferOffer)?;
		ensure!(to == who, Error::<T>::NotOfferedTo);
		ensure!(!InEscrow::<T>::contains_key(cid), Error::<T>::InEscrow);
		let from = Cids::<T>::get(cid).ok_or(Error::<T>::UnknownCid)?.owner;
		Self::change_holder(cid, &from, who)
	}

	/// Withdraw or decline the offer of `cid`.
	///
	/// - `who`: the CID's owner or the account it was offered to.
	pub(crate) fn do_cancel_transfer(cid: Cid, who: &T::AccountId) -> DispatchResult {
		let to = TransferOffers::<T>::get(cid).ok_or(Error::<T>::NoTransferOffer)?;
		let owner = Cids::<T>::get(cid).map(|d| d.owner);
		ensure!(&to == who || owner.as_ref() == Some(who), Error::<T>::NotOfferedTo);
		TransferOffers::<T>::remove(cid);
		Self::deposit_event(Event::TransferOfferCancelled { cid, to });
		Ok(())
	}

	/// Move `cid` from `from` to `to`, the one path of every change of holder: name, card (and
	/// its NFT item) and bonds go with it; claims are cleared, reputation is reset and `OnChangedHands` is told;
	/// an open transfer offer is dropped.
	///
	/// - `from`: the current owner.
	/// - `to`: the new owner (not `from`), with room for one more CID.
	pub(crate) fn change_holder(cid: Cid, from: &T::AccountId, to: T::AccountId) -> DispatchResult {
		let mut details = Cids::<T>::get(cid).ok_or(Error::<T>::UnknownCid)?;
		ensure!(&details.owner == from, Error::<T>::NotOwner);
		ensure!(&to != from, Error::<T>::SameOwner);
		Self::add_to_account(&to, cid)?;
		Self::remove_from_account(from, cid);
		if let Some(offered) = TransferOffers::<T>::take(cid) {
			if offered != to {
				Self::deposit_event(Event::TransferOfferCancelled { cid, to: offered });
			}
		}
		// Reputation and claims belong to the holder, not the number: a gate that reads them
		// cannot be passed by buying a CID.
		let _ = Claims::<T>::clear_prefix(cid, T::MaxClaims::get(), None);
		details.claims = 0;
		let had_reputation = core::mem::take(&mut details.reputation) != 0;
		details.owner = to.clone();
		let has_card = details.card.is_some();
		Cids::<T>::insert(cid, details);
		if has_card {
			T::Cards::transfer(&cid, &to)?;
		}
		T::OnChangedHands::on_cid_changed_hands(cid, from, Some(&to));
		if had_reputation {
			Self::deposit_event(Event::ReputationChanged { cid, reputation: 0 });
		}
		Self::deposit_event(Event::Transferred { cid, from: from.clone(), to });
		Ok(())
	}
}
