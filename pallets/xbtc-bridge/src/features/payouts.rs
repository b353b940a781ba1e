//! Payouts: propose an unsigned transaction, approve it with verified signatures, assemble the
//! witness at the threshold, settle it from a Bitcoin proof; spends that match no payout pause.

use crate::*;
use alloc::{collections::BTreeSet, vec, vec::Vec};
use sighash::{bip143_sighash, parse_der, verify};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_propose_payout(
		who: T::AccountId,
		raw: BoundedVec<u8, T::MaxTxLen>,
		withdrawal_ids: BoundedVec<WithdrawalId, T::MaxPayoutWithdrawals>,
	) -> DispatchResult {
		Self::ensure_running()?;
		let tx = Self::parse_tx(&raw)?;
		ensure!(
			tx.inputs.iter().all(|i| i.script_sig.is_empty() && i.witness.is_empty()),
			Error::<T>::SignedInput
		);
		let txid = tx.txid();
		ensure!(!Payouts::<T>::contains_key(txid), Error::<T>::PayoutExists);
		ensure!(OpenPayouts::<T>::get() < T::MaxOpenPayouts::get(), Error::<T>::TooMany);
		ensure!(tx.inputs.len() <= T::MaxPayoutInputs::get() as usize, Error::<T>::TooMany);
		let mut input_values = BoundedVec::<u64, T::MaxPayoutInputs>::new();

		// Inputs: known, free, distinct, all of one set whose member is the caller.
		let mut seen = BTreeSet::new();
		let mut set_id = None;
		for input in &tx.inputs {
			let utxo = Utxos::<T>::get(input.prev).ok_or(Error::<T>::UnknownInput)?;
			ensure!(utxo.payout.is_none() && seen.insert(input.prev), Error::<T>::InputInPayout);
			ensure!(*set_id.get_or_insert(utxo.set) == utxo.set, Error::<T>::MixedTrusteeSets);
			input_values.try_push(utxo.value).map_err(|_| Error::<T>::TooMany)?;
		}
		let set_id = set_id.ok_or(Error::<T>::BadTransaction)?;
		let set = TrusteeSets::<T>::get(set_id).ok_or(Error::<T>::UnknownInput)?;
		ensure!(Self::member_index(&set, &who).is_some(), Error::<T>::NotTrustee);

		// Outputs: the withdrawals in order (amount less the fee), then at most one change
		// output to the current set.
		let mut ids = BTreeSet::new();
		let fee_per = T::WithdrawalFee::get();
		ensure!(
			tx.outputs.len() == withdrawal_ids.len()
				|| tx.outputs.len() == withdrawal_ids.len() + 1,
			Error::<T>::OutputsMismatch
		);
		for (id, output) in withdrawal_ids.iter().zip(tx.outputs.iter()) {
			let w = Withdrawals::<T>::get(id).ok_or(Error::<T>::UnknownWithdrawal)?;
			ensure!(w.payout.is_none() && ids.insert(*id), Error::<T>::WithdrawalNotPending);
			ensure!(
				output.script[..] == w.script[..]
					&& output.value == w.amount.saturating_sub(fee_per),
				Error::<T>::OutputsMismatch
			);
		}
		if let Some(change) = tx.outputs.get(withdrawal_ids.len()) {
			let current = CurrentSet::<T>::get().and_then(TrusteeSets::<T>::get);
			ensure!(
				current.is_some_and(|c| c.script_pubkey[..] == change.script[..]),
				Error::<T>::OutputsMismatch
			);
		}
		let total_in = input_values.iter().fold(0u64, |sum, v| sum.saturating_add(*v));
		let fee = total_in.checked_sub(tx.output_total()).ok_or(Error::<T>::OutputsExceedInputs)?;
		ensure!(fee <= T::MaxMinerFee::get(), Error::<T>::FeeTooHigh);

		Self::mark(&tx, &withdrawal_ids, Some(txid));
		Payouts::<T>::insert(
			txid,
			Payout::<T> {
				tx: raw,
				set: set_id,
				input_values,
				withdrawals: withdrawal_ids.clone(),
				fee,
				approvals: Default::default(),
			},
		);
		OpenPayouts::<T>::mutate(|n| *n = n.saturating_add(1));
		Self::deposit_event(Event::PayoutProposed {
			txid,
			set: set_id,
			withdrawals: withdrawal_ids.into_inner(),
			fee,
		});
		Ok(())
	}

	pub(crate) fn do_approve_payout(
		who: T::AccountId,
		txid: H256,
		signatures: BoundedVec<DerSignature, T::MaxPayoutInputs>,
	) -> DispatchResult {
		Self::ensure_running()?;
		let mut payout = Payouts::<T>::get(txid).ok_or(Error::<T>::UnknownPayout)?;
		let set = TrusteeSets::<T>::get(payout.set).ok_or(Error::<T>::UnknownPayout)?;
		let index = Self::member_index(&set, &who).ok_or(Error::<T>::NotTrustee)?;
		ensure!(!payout.approvals.iter().any(|(i, _)| *i == index), Error::<T>::AlreadyApproved);
		ensure!(signatures.len() == payout.input_values.len(), Error::<T>::WrongSignatureCount);
		let tx = tx::Transaction::parse(&payout.tx).ok_or(Error::<T>::BadTransaction)?;
		let key = set.members[index as usize].key;
		for (i, (sig, value)) in signatures.iter().zip(payout.input_values.iter()).enumerate() {
			let (r, s) = parse_der(sig).ok_or(Error::<T>::BadSignature)?;
			let message = bip143_sighash(&tx, i, &set.witness_script, *value)
				.ok_or(Error::<T>::BadTransaction)?;
			ensure!(verify(&key, &r, &s, &message), Error::<T>::BadSignature);
		}
		payout
			.approvals
			.try_push((index, signatures))
			.map_err(|_| Error::<T>::TooMany)?;
		let approvals = payout.approvals.len() as u32;
		Payouts::<T>::insert(txid, payout);
		Self::deposit_event(Event::PayoutApproved { txid, trustee: who, approvals });
		if approvals == set.threshold {
			Self::deposit_event(Event::PayoutReady { txid });
		}
		Ok(())
	}

	/// The payout `txid` with its witnesses, ready to broadcast: per input `[empty, signatures
	/// of the first `threshold` approvers in key order, witness script]`.
	pub fn signed_payout(txid: H256) -> Result<Vec<u8>, DispatchError> {
		let payout = Payouts::<T>::get(txid).ok_or(Error::<T>::UnknownPayout)?;
		let set = TrusteeSets::<T>::get(payout.set).ok_or(Error::<T>::UnknownPayout)?;
		ensure!(payout.approvals.len() as u32 >= set.threshold, Error::<T>::TooFewApprovals);
		let mut approvals: Vec<_> = payout.approvals.iter().collect();
		// Members are stored in key order, the order OP_CHECKMULTISIG needs.
		approvals.sort_by_key(|(index, _)| *index);
		approvals.truncate(set.threshold as usize);
		let mut tx = tx::Transaction::parse(&payout.tx).ok_or(Error::<T>::BadTransaction)?;
		for (i, input) in tx.inputs.iter_mut().enumerate() {
			let mut witness = vec![Vec::new()];
			witness.extend(approvals.iter().map(|(_, sigs)| sigs[i].to_vec()));
			witness.push(set.witness_script.to_vec());
			input.witness = witness;
		}
		Ok(tx.serialize(true))
	}

	pub(crate) fn do_payout_proof(raw: &[u8], proof: &TxProof) -> DispatchResult {
		let tx = Self::parse_tx(raw)?;
		let txid = tx.txid();
		Self::verify_inclusion(txid, proof)?;
		let Some(payout) = Payouts::<T>::take(txid) else {
			// Not a payout: if it spends trustee outputs, they are gone; pause.
			let spent: Vec<tx::OutPoint> = tx
				.inputs
				.iter()
				.filter_map(|i| Self::remove_utxo(&i.prev).map(|_| i.prev))
				.collect();
			ensure!(!spent.is_empty(), Error::<T>::NotAPayout);
			Self::deposit_event(Event::UnexpectedSpend { txid, outpoints: spent });
			Self::do_pause(PauseReason::UnexpectedSpend { txid });
			return Ok(());
		};
		OpenPayouts::<T>::mutate(|n| *n = n.saturating_sub(1));
		for input in &tx.inputs {
			Self::remove_utxo(&input.prev);
		}
		let mut burned = 0u64;
		for id in payout.withdrawals.iter() {
			if let Some(w) = Withdrawals::<T>::take(id) {
				Self::burn_paid(&w)?;
				burned = burned.saturating_add(if w.owner.is_some() { w.amount } else { 0 });
			}
		}
		for (vout, output) in tx.outputs.iter().enumerate().skip(payout.withdrawals.len()) {
			if let Some(set) = Self::set_paid_by(&output.script, false) {
				Self::add_utxo(tx::OutPoint { txid, vout: vout as u32 }, output.value, set);
			}
		}
		Self::deposit_event(Event::PayoutSettled { txid, burned });
		Self::maybe_complete_rotation();
		Ok(())
	}

	/// Point `tx`'s inputs and `withdrawals` at `payout` (or free them with `None`).
	fn mark(tx: &tx::Transaction, withdrawals: &[WithdrawalId], payout: Option<H256>) {
		for input in &tx.inputs {
			Utxos::<T>::mutate(input.prev, |u| u.iter_mut().for_each(|u| u.payout = payout));
		}
		for id in withdrawals {
			Withdrawals::<T>::mutate(id, |w| w.iter_mut().for_each(|w| w.payout = payout));
		}
	}

	pub(crate) fn do_cancel_payout(txid: H256) -> DispatchResult {
		let payout = Payouts::<T>::take(txid).ok_or(Error::<T>::UnknownPayout)?;
		OpenPayouts::<T>::mutate(|n| *n = n.saturating_sub(1));
		let tx = tx::Transaction::parse(&payout.tx).ok_or(Error::<T>::BadTransaction)?;
		Self::mark(&tx, &payout.withdrawals, None);
		Self::deposit_event(Event::PayoutCancelled { txid });
		Ok(())
	}
}
