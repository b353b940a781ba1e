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
	/// Parse a raw transaction, refusing 64-byte ones (which could pose as inner merkle nodes).
	pub(crate) fn parse_tx(raw: &[u8]) -> Result<Transaction, DispatchError> {
		ensure!(raw.len() != 64, Error::<T>::SixtyFourByteTransaction);
		Ok(Transaction::parse(raw).ok_or(Error::<T>::BadTransaction)?)
	}

	/// Check that `txid` is in a block on the best Bitcoin chain with enough confirmations.
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
				(proof.header.hash(), root)
			},
			TxProof::Branch { block, index, siblings } => {
				(*block, branch_root(txid, *index, siblings).ok_or(Error::<T>::BadProof)?)
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

	/// The set whose script `script` is, among the current and the retiring set (the latter
	/// only while `in_grace` allows it or always when `in_grace` is false).
	pub(crate) fn set_paid_by(script: &[u8], in_grace: bool) -> Option<SetId> {
		let current = CurrentSet::<T>::get()?;
		let retiring = Retiring::<T>::get()
			.filter(|(_, until)| !in_grace || frame_system::Pallet::<T>::block_number() <= *until);
		core::iter::once(current)
			.chain(retiring.map(|(set, _)| set))
			.find(|set| TrusteeSets::<T>::get(set).is_some_and(|s| s.script_pubkey[..] == *script))
	}

	/// Whether `who` is a member of `set`, and at which index.
	pub(crate) fn member_index(set: &TrusteeSet<T>, who: &T::AccountId) -> Option<u32> {
		set.members.iter().position(|m| m.account == *who).map(|i| i as u32)
	}

	/// Track a new trustee output.
	pub(crate) fn add_utxo(outpoint: tx::OutPoint, value: u64, set: SetId) {
		Credited::<T>::insert(outpoint, ());
		Utxos::<T>::insert(outpoint, Utxo { value, set, payout: None });
		UtxoCount::<T>::mutate(set, |n| *n = n.saturating_add(1));
	}

	/// Forget a spent trustee output.
	pub(crate) fn remove_utxo(outpoint: &tx::OutPoint) -> Option<Utxo> {
		let utxo = Utxos::<T>::take(outpoint)?;
		UtxoCount::<T>::mutate(utxo.set, |n| *n = n.saturating_sub(1));
		Some(utxo)
	}

	/// The invariants: the UTXO counts match the outputs; each reserved output and pending
	/// withdrawal points to an open payout that lists it; the open-payout count is right.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut counts = alloc::collections::BTreeMap::<SetId, u32>::new();
		for (_, utxo) in Utxos::<T>::iter() {
			*counts.entry(utxo.set).or_default() += 1;
			if let Some(txid) = utxo.payout {
				ensure!(Payouts::<T>::contains_key(txid), "output reserved by a closed payout");
			}
		}
		for (set, n) in UtxoCount::<T>::iter() {
			ensure!(counts.get(&set).copied().unwrap_or(0) == n, "UtxoCount out of step");
		}
		let mut open = 0u32;
		for (txid, payout) in Payouts::<T>::iter() {
			open += 1;
			for id in payout.withdrawals.iter() {
				let w = Withdrawals::<T>::get(id).ok_or("payout of a missing withdrawal")?;
				ensure!(w.payout == Some(txid), "withdrawal not marked with its payout");
			}
		}
		ensure!(open == OpenPayouts::<T>::get(), "OpenPayouts out of step");
		Ok(())
	}
}

impl<T: Config> OnDeepReorg for Pallet<T> {
	fn on_deep_reorg(depth: u32) {
		Self::do_pause(PauseReason::DeepReorg { depth });
	}
}
