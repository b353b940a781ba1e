//! Withdrawals: lock XBTC for a Bitcoin address; cancel before a payout; refunds of unclaimed
//! deposits queue as withdrawals without XBTC.

use crate::*;
use minix_primitives::mst::XBTC_SYMBOL;

impl<T: Config> Pallet<T> {
	/// The output script of `address` on the relayed network; refused if the trustees own it.
	fn payee_script(address: &[u8]) -> Result<ScriptPubKey, DispatchError> {
		let network = T::Chain::network().ok_or(Error::<T>::NoBitcoinNetwork)?;
		let script = address::script_of(address, network).map_err(|e| match e {
			address::AddressError::Invalid => Error::<T>::BadAddress,
			address::AddressError::WrongNetwork => Error::<T>::WrongNetwork,
		})?;
		ensure!(Self::set_of_script(&script).is_none(), Error::<T>::TrusteeAddress);
		Ok(ScriptPubKey::try_from(script).map_err(|_| Error::<T>::BadAddress)?)
	}

	fn queue(withdrawal: Withdrawal<T::AccountId>) -> WithdrawalId {
		let id = NextWithdrawalId::<T>::mutate(|next| {
			let id = *next;
			*next = next.saturating_add(1);
			id
		});
		Withdrawals::<T>::insert(id, withdrawal);
		id
	}

	/// Freeze XBTC for a withdrawal to a Bitcoin address.
	///
	/// - `who`: the XBTC holder.
	/// - `amount`: satoshis; the payout output is this less the withdrawal fee.
	/// - `address`: a standard address of the relayed network, not the trustees' own.
	pub(crate) fn do_request_withdrawal(
		who: T::AccountId,
		amount: u64,
		address: BtcAddress,
	) -> DispatchResult {
		Self::ensure_running()?;
		let script = Self::payee_script(&address)?;
		ensure!(amount >= T::MinWithdrawal::get(), Error::<T>::BelowMinimum);
		let asset = T::Tokens::asset_of(XBTC_SYMBOL).ok_or(Error::<T>::NoXbtc)?;
		T::Tokens::escrow(asset, &who, amount.into())?;
		let id = Self::queue(Withdrawal {
			owner: Some(who.clone()),
			amount,
			address: address.clone(),
			script,
			payout: None,
		});
		Self::deposit_event(Event::WithdrawalRequested {
			id,
			who,
			amount,
			address: address.into_inner(),
		});
		Ok(())
	}

	/// Cancel a withdrawal no payout includes yet and unfreeze its XBTC.
	///
	/// - `who`: the withdrawal's owner.
	/// - `id`: the withdrawal.
	pub(crate) fn do_cancel_withdrawal(who: T::AccountId, id: WithdrawalId) -> DispatchResult {
		let w = Withdrawals::<T>::get(id).ok_or(Error::<T>::UnknownWithdrawal)?;
		ensure!(w.owner.as_ref() == Some(&who), Error::<T>::NotOwner);
		ensure!(w.payout.is_none(), Error::<T>::WithdrawalInPayout);
		let asset = T::Tokens::asset_of(XBTC_SYMBOL).ok_or(Error::<T>::NoXbtc)?;
		T::Tokens::release(asset, &who, w.amount.into())?;
		Withdrawals::<T>::remove(id);
		Self::deposit_event(Event::WithdrawalCancelled { id });
		Ok(())
	}

	/// Vote to refund an unclaimed deposit; queued once the threshold of the current set names
	/// the same address (a trustee's new vote replaces its old one).
	///
	/// - `who`: a trustee of the current set.
	/// - `outpoint`: the unclaimed output.
	/// - `address`: where to refund it.
	pub(crate) fn do_refund_unclaimed(
		who: T::AccountId,
		outpoint: tx::OutPoint,
		address: BtcAddress,
	) -> DispatchResult {
		let set = CurrentSet::<T>::get()
			.and_then(TrusteeSets::<T>::get)
			.ok_or(Error::<T>::NoTrustees)?;
		ensure!(Self::member_index(&set, &who).is_some(), Error::<T>::NotTrustee);
		let unclaimed =
			UnclaimedDeposits::<T>::get(outpoint).ok_or(Error::<T>::UnknownUnclaimed)?;
		let script = Self::payee_script(&address)?;
		ensure!(unclaimed.value > T::WithdrawalFee::get(), Error::<T>::BelowMinimum);
		// One vote per trustee (a new one replaces the old); only current members count.
		let mut votes = RefundVotes::<T>::get(outpoint);
		votes.retain(|(voter, _)| *voter != who && Self::member_index(&set, voter).is_some());
		votes
			.try_push((who.clone(), address.clone()))
			.map_err(|_| Error::<T>::TooMany)?;
		let approvals = votes.iter().filter(|(_, a)| *a == address).count() as u32;
		Self::deposit_event(Event::RefundApproved {
			outpoint,
			trustee: who,
			address: address.to_vec(),
			approvals,
		});
		if approvals < set.threshold {
			RefundVotes::<T>::insert(outpoint, votes);
			return Ok(());
		}
		RefundVotes::<T>::remove(outpoint);
		UnclaimedDeposits::<T>::remove(outpoint);
		let id = Self::queue(Withdrawal {
			owner: None,
			amount: unclaimed.value,
			address,
			script,
			payout: None,
		});
		Self::deposit_event(Event::RefundQueued { outpoint, id });
		Ok(())
	}

	/// Burn the XBTC locked for a paid withdrawal (nothing for a refund).
	pub(crate) fn burn_paid(w: &Withdrawal<T::AccountId>) -> DispatchResult {
		if let Some(owner) = &w.owner {
			let asset = T::Tokens::asset_of(XBTC_SYMBOL).ok_or(Error::<T>::NoXbtc)?;
			T::Tokens::release(asset, owner, w.amount.into())?;
			T::Tokens::burn_reserved(XBTC_SYMBOL, owner, w.amount.into())?;
		}
		Ok(())
	}
}
