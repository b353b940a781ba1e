//! Payouts: propose an unsigned transaction, approve it with verified signatures, assemble the
//! witness at the threshold, settle it from a Bitcoin proof; cancel, reject and displace; spends
//! that match no payout pause.
//!
//! A signed payout is valid on Bitcoin forever, so nothing it spends or pays is freed until a
//! Bitcoin proof shows it can no longer confirm: another transaction spent one of its inputs.

use crate::*;
use alloc::{collections::BTreeSet, vec, vec::Vec};
use sighash::{bip143_sighash, parse_der, verify};

/// `nLockTime` values below this are block heights, others Unix times (Bitcoin Core's
/// `LOCKTIME_THRESHOLD`).
const LOCKTIME_THRESHOLD: u32 = 500_000_000;
/// `nSequence` of an input that disables both `nLockTime` (if all are) and BIP68.
const SEQUENCE_FINAL: u32 = 0xffff_ffff;
/// The BIP68 bit that turns an input's relative lock off.
const SEQUENCE_LOCKTIME_DISABLE_FLAG: u32 = 1 << 31;

impl<T: Config> Pallet<T> {
	/// The extra weight of walking the open payouts and relinking what a payout held (reads of
	/// every payout, writes of every input and withdrawal of the largest one).
	pub(crate) fn relink_weight() -> Weight {
		let items = T::MaxPayoutInputs::get().saturating_add(T::MaxPayoutWithdrawals::get());
		T::DbWeight::get().reads_writes(
			u64::from(T::MaxOpenPayouts::get()).saturating_add(u64::from(items)),
			u64::from(items).saturating_add(u64::from(T::MaxOpenPayouts::get())),
		)
	}

	/// Whether `tx` could enter the next Bitcoin block: Bitcoin Core's `IsFinalTx` at the tip's
	/// height + 1 and median time past (BIP113), and no input with a BIP68 relative lock.
	fn ensure_final(tx: &tx::Transaction) -> DispatchResult {
		let (height, mtp) = T::Chain::tip_height_and_mtp().ok_or(Error::<T>::NoBitcoinNetwork)?;
		let lock = tx.lock_time;
		let limit = if lock < LOCKTIME_THRESHOLD { height.saturating_add(1) } else { mtp };
		let final_lock =
			lock == 0 || lock < limit || tx.inputs.iter().all(|i| i.sequence == SEQUENCE_FINAL);
		let relative = tx.version >= 2
			&& tx.inputs.iter().any(|i| i.sequence & SEQUENCE_LOCKTIME_DISABLE_FLAG == 0);
		ensure!(final_lock && !relative, Error::<T>::TimeLocked);
		Ok(())
	}

	/// Propose an unsigned Bitcoin transaction that pays withdrawals from trustee outputs.
	///
	/// - `who`: a trustee of the current set.
	/// - `raw`: the unsigned transaction: known unspent outputs of one set, not in another
	///   payout; outputs exactly the withdrawals in order plus at most one change output; a
	///   miner fee covered by the withdrawal fees it keeps back and the fee reserve.
	/// - `withdrawal_ids`: the withdrawals it pays, in output order.
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
		Self::ensure_final(&tx)?;
		let (set_id, inputs, input_values) = Self::payout_inputs(&who, &tx)?;
		Self::check_payout_outputs(&tx, &withdrawal_ids, &inputs)?;
		let (fee, reserve_used) = Self::charge_miner_fee(&tx, &input_values, withdrawal_ids.len())?;

		Self::mark(&inputs, &withdrawal_ids, Some(txid));
		Payouts::<T>::insert(
			txid,
			Payout::<T> {
				tx: raw,
				set: set_id,
				inputs,
				input_values,
				withdrawals: withdrawal_ids.clone(),
				fee,
				reserve_used,
				approvals: Default::default(),
				rejections: Default::default(),
				state: PayoutState::Open,
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

	/// A proposed payout's inputs: known, distinct, in no open payout (a cancelled one may hold
	/// them), all of one set whose member is `who`. Returns the set, the outpoints and their
	/// values.
	fn payout_inputs(
		who: &T::AccountId,
		tx: &tx::Transaction,
	) -> Result<
		(u32, BoundedVec<tx::OutPoint, T::MaxPayoutInputs>, BoundedVec<u64, T::MaxPayoutInputs>),
		DispatchError,
	> {
		let mut input_values = BoundedVec::<u64, T::MaxPayoutInputs>::new();
		let mut inputs = BoundedVec::<tx::OutPoint, T::MaxPayoutInputs>::new();
		let mut set_id = None;
		for input in &tx.inputs {
			let utxo = Utxos::<T>::get(input.prev).ok_or(Error::<T>::UnknownInput)?;
			ensure!(
				!inputs.contains(&input.prev) && !Self::held_by_open(utxo.payout),
				Error::<T>::InputInPayout
			);
			ensure!(*set_id.get_or_insert(utxo.set) == utxo.set, Error::<T>::MixedTrusteeSets);
			input_values.try_push(utxo.value).map_err(|_| Error::<T>::TooMany)?;
			inputs.try_push(input.prev).map_err(|_| Error::<T>::TooMany)?;
		}
		let set_id = set_id.ok_or(Error::<T>::BadTransaction)?;
		let set = TrusteeSets::<T>::get(set_id).ok_or(Error::<T>::UnknownInput)?;
		ensure!(Self::member_index(&set, who).is_some(), Error::<T>::NotTrustee);
		Ok((set_id, inputs, input_values))
	}

	/// A proposed payout's outputs: the withdrawals in order (amount less the fee), then at most
	/// one change output to the current set; a withdrawal that a cancelled, signed payout still
	/// pays only in a transaction that conflicts with it (spends one of its `inputs`).
	fn check_payout_outputs(
		tx: &tx::Transaction,
		withdrawal_ids: &[WithdrawalId],
		inputs: &[tx::OutPoint],
	) -> DispatchResult {
		let mut ids = BTreeSet::new();
		let fee_per = T::WithdrawalFee::get();
		ensure!(
			tx.outputs.len() == withdrawal_ids.len()
				|| tx.outputs.len() == withdrawal_ids.len() + 1,
			Error::<T>::OutputsMismatch
		);
		for (id, output) in withdrawal_ids.iter().zip(tx.outputs.iter()) {
			let w = Withdrawals::<T>::get(id).ok_or(Error::<T>::UnknownWithdrawal)?;
			ensure!(
				!Self::held_by_open(w.payout) && ids.insert(*id),
				Error::<T>::WithdrawalNotPending
			);
			ensure!(
				output.script[..] == w.script[..]
					&& output.value == w.amount.saturating_sub(fee_per),
				Error::<T>::OutputsMismatch
			);
		}
		for (_, other) in Payouts::<T>::iter() {
			if other.withdrawals.iter().any(|id| ids.contains(id)) {
				ensure!(other.inputs.iter().any(|o| inputs.contains(o)), Error::<T>::MustConflict);
			}
		}
		if let Some(change) = tx.outputs.get(withdrawal_ids.len()) {
			let current = CurrentSet::<T>::get().and_then(TrusteeSets::<T>::get);
			ensure!(
				current.is_some_and(|c| c.script_pubkey[..] == change.script[..]),
				Error::<T>::OutputsMismatch
			);
		}
		Ok(())
	}

	/// The miner fee of a proposed payout (inputs less outputs, at most `MaxMinerFee`), paid
	/// from the withdrawal fees it keeps back, then from the fee reserve, never from the BTC that
	/// backs XBTC. Takes the reserve's share; returns `(fee, reserve_used)`.
	fn charge_miner_fee(
		tx: &tx::Transaction,
		input_values: &[u64],
		withdrawals: usize,
	) -> Result<(u64, u64), DispatchError> {
		let total_in = input_values.iter().fold(0u64, |sum, v| sum.saturating_add(*v));
		let fee = total_in.checked_sub(tx.output_total()).ok_or(Error::<T>::OutputsExceedInputs)?;
		ensure!(fee <= T::MaxMinerFee::get(), Error::<T>::FeeTooHigh);
		let reserve_used = fee.saturating_sub(Self::collected_fees(withdrawals));
		FeeReserve::<T>::try_mutate(|r| {
			*r = r.checked_sub(reserve_used).ok_or(Error::<T>::FeeNotCovered)?;
			Ok::<_, Error<T>>(())
		})?;
		Ok((fee, reserve_used))
	}

	/// The withdrawal fees a payout of `withdrawals` withdrawals keeps back from their outputs.
	fn collected_fees(withdrawals: usize) -> u64 {
		T::WithdrawalFee::get().saturating_mul(withdrawals as u64)
	}

	/// Whether the payout a resource points to is an open one.
	fn held_by_open(payout: Option<H256>) -> bool {
		payout.and_then(Payouts::<T>::get).is_some_and(|p| p.state == PayoutState::Open)
	}

	/// An open payout and its set, for a trustee's vote; the caller's index in the set.
	fn open_payout_for(
		who: &T::AccountId,
		txid: H256,
	) -> Result<(Payout<T>, TrusteeSet<T>, u32), DispatchError> {
		let payout = Payouts::<T>::get(txid).ok_or(Error::<T>::UnknownPayout)?;
		ensure!(payout.state == PayoutState::Open, Error::<T>::PayoutNotOpen);
		let set = TrusteeSets::<T>::get(payout.set).ok_or(Error::<T>::UnknownPayout)?;
		let index = Self::member_index(&set, who).ok_or(Error::<T>::NotTrustee)?;
		ensure!(!payout.approvals.iter().any(|(i, _)| *i == index), Error::<T>::AlreadyApproved);
		ensure!(!payout.rejections.contains(&index), Error::<T>::AlreadyRejected);
		Ok((payout, set, index))
	}

	/// Record a trustee's signatures of a payout, each checked against its BIP143 hash.
	///
	/// - `who`: a trustee of the set whose outputs the payout spends.
	/// - `txid`: the payout.
	/// - `signatures`: one DER `SIGHASH_ALL` signature per input, in input order.
	pub(crate) fn do_approve_payout(
		who: T::AccountId,
		txid: H256,
		signatures: BoundedVec<DerSignature, T::MaxPayoutInputs>,
	) -> DispatchResult {
		Self::ensure_running()?;
		let (mut payout, set, index) = Self::open_payout_for(&who, txid)?;
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

	/// Record a trustee's rejection; at the threshold an unsigned payout is dropped and a signed
	/// one cancelled (it keeps what it holds until a conflicting one settles).
	///
	/// - `who`: a trustee of the payout's set that has not approved it.
	/// - `txid`: the payout.
	pub(crate) fn do_reject_payout(who: T::AccountId, txid: H256) -> DispatchResult {
		let (mut payout, set, index) = Self::open_payout_for(&who, txid)?;
		payout.rejections.try_push(index).map_err(|_| Error::<T>::TooMany)?;
		let rejections = payout.rejections.len() as u32;
		Payouts::<T>::insert(txid, &payout);
		Self::deposit_event(Event::PayoutRejected { txid, trustee: who, rejections });
		if rejections >= set.threshold {
			Self::cancel(txid, payout, &set);
		}
		Ok(())
	}

	/// The payout `txid` with its witnesses, ready to broadcast: per input `[empty, signatures
	/// of the first `threshold` approvers in key order, witness script]`. A cancelled payout
	/// that was signed is still returned: it is valid on Bitcoin and may be in mempools.
	pub fn signed_payout(txid: H256) -> Result<Vec<u8>, DispatchError> {
		let payout = Payouts::<T>::get(txid).ok_or(Error::<T>::UnknownPayout)?;
		let set = TrusteeSets::<T>::get(payout.set).ok_or(Error::<T>::UnknownPayout)?;
		ensure!(payout.is_signed(&set), Error::<T>::TooFewApprovals);
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

	/// Settle a payout (or report an unexpected spend) from its proven inclusion on Bitcoin:
	/// burn the XBTC of its withdrawals and track its change.
	///
	/// - `raw`: the transaction as serialized on Bitcoin.
	/// - `proof`: its inclusion in a block 6 deep on the best chain.
	pub(crate) fn do_payout_proof(raw: &[u8], proof: &TxProof) -> DispatchResult {
		let tx = Self::parse_tx(raw)?;
		let txid = tx.txid();
		Self::verify_inclusion(txid, proof)?;
		let spent: Vec<tx::OutPoint> = tx
			.inputs
			.iter()
			.map(|i| i.prev)
			.filter(|o| Utxos::<T>::contains_key(o))
			.collect();
		let Some(payout) = Payouts::<T>::take(txid) else {
			// Not a payout: if it spends trustee outputs, they are gone; pause.
			ensure!(!spent.is_empty(), Error::<T>::NotAPayout);
			spent.iter().for_each(|o| {
				Self::remove_utxo(o);
			});
			Self::displace(&spent, txid);
			Self::deposit_event(Event::UnexpectedSpend { txid, outpoints: spent });
			Self::do_pause(PauseReason::UnexpectedSpend { txid });
			return Ok(());
		};
		OpenPayouts::<T>::mutate(|n| *n = n.saturating_sub(1));
		for input in &spent {
			Self::remove_utxo(input);
		}
		let mut burned = 0u64;
		for id in payout.withdrawals.iter() {
			if let Some(w) = Withdrawals::<T>::take(id) {
				Self::burn_paid(&w)?;
				burned = burned.saturating_add(if w.owner.is_some() { w.amount } else { 0 });
			}
		}
		let surplus = Self::collected_fees(payout.withdrawals.len()).saturating_sub(payout.fee);
		FeeReserve::<T>::mutate(|r| *r = r.saturating_add(surplus));
		for (vout, output) in tx.outputs.iter().enumerate().skip(payout.withdrawals.len()) {
			if let Some(set) = Self::set_of_script(&output.script) {
				Self::add_utxo(tx::OutPoint { txid, vout: vout as u32 }, output.value, set);
			}
		}
		Self::deposit_event(Event::PayoutSettled { txid, burned });
		Self::displace(&spent, txid);
		Self::maybe_complete_rotation();
		Ok(())
	}

	/// Drop every payout that spends one of `spent` (proven spent by `by`): it can never
	/// confirm. What it alone held is free again; its fee draw returns to the reserve.
	fn displace(spent: &[tx::OutPoint], by: H256) {
		let dead: Vec<(H256, Payout<T>)> = Payouts::<T>::iter()
			.filter(|(_, p)| p.inputs.iter().any(|o| spent.contains(o)))
			.collect();
		for (txid, payout) in dead {
			Self::drop_payout(txid, &payout);
			Self::deposit_event(Event::PayoutDisplaced { txid, by });
		}
	}

	/// Remove a payout that will never confirm and relink what it held.
	fn drop_payout(txid: H256, payout: &Payout<T>) {
		Payouts::<T>::remove(txid);
		OpenPayouts::<T>::mutate(|n| *n = n.saturating_sub(1));
		FeeReserve::<T>::mutate(|r| *r = r.saturating_add(payout.reserve_used));
		Self::relink(&payout.inputs, &payout.withdrawals);
	}

	/// Point each of `inputs` and `withdrawals` (where they still exist) at a payout that still
	/// holds it, an open one first, or at none.
	fn relink(inputs: &[tx::OutPoint], withdrawals: &[WithdrawalId]) {
		let mut holders: Vec<(H256, Payout<T>)> = Payouts::<T>::iter().collect();
		holders.sort_by_key(|(_, p)| p.state != PayoutState::Open);
		for outpoint in inputs {
			let holder = holders.iter().find(|(_, p)| p.inputs.contains(outpoint)).map(|h| h.0);
			Utxos::<T>::mutate(outpoint, |u| u.iter_mut().for_each(|u| u.payout = holder));
		}
		for id in withdrawals {
			let holder = holders.iter().find(|(_, p)| p.withdrawals.contains(id)).map(|h| h.0);
			Withdrawals::<T>::mutate(id, |w| w.iter_mut().for_each(|w| w.payout = holder));
		}
	}

	/// Point `inputs` and `withdrawals` at `payout`.
	fn mark(inputs: &[tx::OutPoint], withdrawals: &[WithdrawalId], payout: Option<H256>) {
		for outpoint in inputs {
			Utxos::<T>::mutate(outpoint, |u| u.iter_mut().for_each(|u| u.payout = payout));
		}
		for id in withdrawals {
			Withdrawals::<T>::mutate(id, |w| w.iter_mut().for_each(|w| w.payout = payout));
		}
	}

	/// Cancel an open payout: drop it if unsigned, keep it as `Cancelled` if signed.
	fn cancel(txid: H256, mut payout: Payout<T>, set: &TrusteeSet<T>) {
		let signed = payout.is_signed(set);
		if signed {
			payout.state = PayoutState::Cancelled;
			Payouts::<T>::insert(txid, payout);
		} else {
			Self::drop_payout(txid, &payout);
		}
		Self::deposit_event(Event::PayoutCancelled { txid, signed });
	}

	/// Cancel a payout by governance: dropped if unsigned, kept as `Cancelled` if signed.
	///
	/// - `txid`: the payout.
	pub(crate) fn do_cancel_payout(txid: H256) -> DispatchResult {
		let payout = Payouts::<T>::get(txid).ok_or(Error::<T>::UnknownPayout)?;
		ensure!(payout.state == PayoutState::Open, Error::<T>::PayoutNotOpen);
		let set = TrusteeSets::<T>::get(payout.set).ok_or(Error::<T>::UnknownPayout)?;
		Self::cancel(txid, payout, &set);
		Ok(())
	}
}
