//! The bridge's features, one file each, over shared helpers (inclusion proofs, pausing).

mod deposits;
mod payouts;
mod trustees;
mod withdrawals;

use crate::*;
use merkle::{branch_root, PartialMerkleProof};
use minix_primitives::btc::OnDeepReorg;
use tx::Transaction;

impl<T: Config> Pallet<T> {
	/// Parse a raw transaction, refusing those whose serialization without witnesses (what the
	/// merkle tree hashes) is 64 bytes: they could pose as inner merkle nodes.
	pub(crate) fn parse_tx(raw: &[u8]) -> Result<Transaction, DispatchError> {
		ensure!(raw.len() != 64, Error::<T>::SixtyFourByteTransaction);
		let tx = Transaction::parse(raw).ok_or(Error::<T>::BadTransaction)?;
		ensure!(tx.serialize(false).len() != 64, Error::<T>::SixtyFourByteTransaction);
		Ok(tx)
	}

	/// Check that `txid` is in a block on the best Bitcoin chain with enough confirmations.
	///
	/// The proof must also show the block's coinbase (index 0) at the same depth. All leaves of
	/// Bitcoin's tree are equally deep, so this binds the depth: without it, a real 64-byte
	/// transaction could pass as an inner node and a forged "transaction" one level below it
	/// would verify (the leaf/node ambiguity of the 2018/2019 merkle-tree disclosures).
	pub(crate) fn verify_inclusion(txid: H256, proof: &TxProof) -> DispatchResult {
		let (block, root) = match proof {
			TxProof::PartialMerkleTree(bytes) => {
				let proof = PartialMerkleProof::parse(bytes).map_err(|_| Error::<T>::BadProof)?;
				let (root, matches) = proof.extract_matches().map_err(|_| Error::<T>::BadProof)?;
				ensure!(root == proof.header.merkle_root, Error::<T>::MerkleRootMismatch);
				ensure!(
					matches.iter().any(|(_, id)| *id == txid),
					Error::<T>::TransactionNotInProof
				);
				ensure!(matches.iter().any(|(i, _)| *i == 0), Error::<T>::DepthNotBound);
				(proof.header.hash(), root)
			},
			TxProof::Branch { block, index, siblings, coinbase, coinbase_siblings } => {
				let root = branch_root(txid, *index, siblings).ok_or(Error::<T>::BadProof)?;
				ensure!(
					coinbase_siblings.len() == siblings.len()
						&& branch_root(*coinbase, 0, coinbase_siblings) == Some(root),
					Error::<T>::DepthNotBound
				);
				(*block, root)
			},
		};
		let known_root = T::Chain::merkle_root(&block).ok_or(Error::<T>::UnknownBlock)?;
		ensure!(known_root == root, Error::<T>::NotInBlock);
		let confirmations = T::Chain::confirmations(&block).ok_or(Error::<T>::NotOnBestChain)?;
		ensure!(confirmations >= T::Confirmations::get(), Error::<T>::NotConfirmed);
		Ok(())
	}

	/// The most P2WSH outputs (43 bytes each) a transaction of `len` bytes can hold: what
	/// `submit_deposit` is charged for before parsing.
	pub(crate) fn max_outputs(len: usize) -> u32 {
		(len / 43) as u32 + 1
	}

	/// The output script deposits must pay now, and the set it belongs to.
	pub fn deposit_script() -> Option<crate::DepositScript> {
		let set_id = CurrentSet::<T>::get()?;
		let script_pubkey = TrusteeSets::<T>::get(set_id)?.script_pubkey.into_inner();
		Some(crate::DepositScript { set_id, script_pubkey })
	}

	pub(crate) fn ensure_running() -> DispatchResult {
		ensure!(Paused::<T>::get().is_none(), Error::<T>::BridgePaused);
		Ok(())
	}

	pub(crate) fn do_pause(reason: PauseReason) {
		Paused::<T>::put(reason.clone());
		Self::deposit_event(Event::BridgePaused { reason });
	}

	/// The set whose output script `script` is: the current or retiring set (as their records
	/// say), else any set ever installed.
	pub(crate) fn set_of_script(script: &[u8]) -> Option<SetId> {
		let live = CurrentSet::<T>::get().into_iter().chain(Retiring::<T>::get().map(|(s, _)| s));
		live.into_iter()
			.find(|set| TrusteeSets::<T>::get(set).is_some_and(|s| s.script_pubkey[..] == *script))
			.or_else(|| {
				ScriptPubKey::try_from(script.to_vec()).ok().and_then(SetByScript::<T>::get)
			})
	}

	/// Whether deposits to `set` mint: it is current, or retiring within its grace period.
	pub(crate) fn takes_deposits(set: SetId) -> bool {
		CurrentSet::<T>::get() == Some(set)
			|| Retiring::<T>::get().is_some_and(|(old, until)| {
				old == set && frame_system::Pallet::<T>::block_number() <= until
			})
	}

	/// Whether `who` is a member of `set`, and at which index.
	pub(crate) fn member_index(set: &TrusteeSet<T>, who: &T::AccountId) -> Option<u32> {
		set.members.iter().position(|m| m.account == *who).map(|i| i as u32)
	}

	/// Whether an output of `value` must be swept before its set's rotation completes (dust
	/// below `MinDeposit` need not be: sweeping it could cost more than it holds).
	fn holds_rotation(value: u64) -> bool {
		value >= T::MinDeposit::get()
	}

	/// Track a new trustee output.
	pub(crate) fn add_utxo(outpoint: tx::OutPoint, value: u64, set: SetId) {
		Credited::<T>::insert(outpoint, ());
		Utxos::<T>::insert(outpoint, Utxo { value, set, payout: None });
		if Self::holds_rotation(value) {
			UtxoCount::<T>::mutate(set, |n| *n = n.saturating_add(1));
		}
	}

	/// Forget a spent trustee output.
	pub(crate) fn remove_utxo(outpoint: &tx::OutPoint) -> Option<Utxo> {
		let utxo = Utxos::<T>::take(outpoint)?;
		if Self::holds_rotation(utxo.value) {
			UtxoCount::<T>::mutate(utxo.set, |n| *n = n.saturating_sub(1));
		}
		Some(utxo)
	}

	/// The invariants:
	/// - the UTXO counts match the outputs worth at least `MinDeposit`;
	/// - each reserved output and withdrawal points to a live payout that lists it, an open one
	///   if any open one does; at most one open payout lists each; the payout count is right;
	/// - **backing**: the BTC in tracked trustee outputs covers the XBTC supply plus every
	///   other claim on it: unclaimed deposits, queued refunds, the fee reserve and the fee
	///   draws of live payouts. (A payout's outputs stay tracked until it is proven, so value
	///   in open payouts is part of the tracked outputs.)
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::BTreeMap;
		use minix_primitives::mst::XBTC_SYMBOL;
		let payouts: BTreeMap<H256, Payout<T>> = Payouts::<T>::iter().collect();
		ensure!(payouts.len() as u32 == OpenPayouts::<T>::get(), "OpenPayouts out of step");
		let open_holders = |held: &dyn Fn(&Payout<T>) -> bool| {
			payouts.iter().filter(|(_, p)| p.state == PayoutState::Open && held(p)).count()
		};
		let check_pointer = |pointer: Option<H256>, held: &dyn Fn(&Payout<T>) -> bool| {
			let open = open_holders(held);
			ensure!(open <= 1, "held by two open payouts");
			match pointer {
				Some(txid) => {
					let p = payouts.get(&txid).ok_or("reserved by a closed payout")?;
					ensure!(held(p), "reserved by a payout that does not list it");
					ensure!(
						open == 0 || p.state == PayoutState::Open,
						"pointer skips the open payout"
					);
				},
				None => ensure!(!payouts.values().any(held), "listed by a payout but not reserved"),
			}
			Ok::<_, sp_runtime::TryRuntimeError>(())
		};
		let mut counts = BTreeMap::<SetId, u32>::new();
		let mut backing = 0u128;
		for (outpoint, utxo) in Utxos::<T>::iter() {
			if Self::holds_rotation(utxo.value) {
				*counts.entry(utxo.set).or_default() += 1;
			}
			backing += u128::from(utxo.value);
			check_pointer(utxo.payout, &|p| p.inputs.contains(&outpoint))?;
		}
		for (set, n) in UtxoCount::<T>::iter() {
			ensure!(counts.get(&set).copied().unwrap_or(0) == n, "UtxoCount out of step");
		}
		let mut claims = u128::from(FeeReserve::<T>::get());
		for (id, w) in Withdrawals::<T>::iter() {
			check_pointer(w.payout, &|p| p.withdrawals.contains(&id))?;
			if w.owner.is_none() {
				claims += u128::from(w.amount);
			}
		}
		for p in payouts.values() {
			claims += u128::from(p.reserve_used);
			for id in p.withdrawals.iter() {
				ensure!(Withdrawals::<T>::contains_key(id), "payout of a missing withdrawal");
			}
		}
		claims += UnclaimedDeposits::<T>::iter().map(|(_, u)| u128::from(u.value)).sum::<u128>();
		let supply: u128 = T::Tokens::total_issuance(XBTC_SYMBOL).into();
		ensure!(backing >= supply + claims, "trustee outputs do not back the XBTC supply");
		Ok(())
	}
}

impl<T: Config> OnDeepReorg for Pallet<T> {
	fn on_deep_reorg(depth: u32) {
		Self::do_pause(PauseReason::DeepReorg { depth });
	}
}
