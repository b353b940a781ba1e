//! Trustee sets: installation, the derived P2WSH script, and rotation.

use crate::*;
use alloc::vec::Vec;
use minix_primitives::mst::XBTC_SYMBOL;
use sp_runtime::Saturating;

impl<T: Config> Pallet<T> {
	/// The default threshold of `n` trustees: floor(2n/3) + 1.
	pub fn default_threshold(n: u32) -> u32 {
		n * 2 / 3 + 1
	}

	/// Install a trustee set and start a rotation from the current one.
	///
	/// - `members`: `(account, compressed public key)` pairs, at most 16, no duplicates.
	/// - `threshold`: signatures needed, default `⌊2n/3⌋ + 1`.
	pub(crate) fn do_set_trustees(
		members: Vec<(T::AccountId, TrusteeKey)>,
		threshold: Option<u32>,
	) -> DispatchResult {
		ensure!(Retiring::<T>::get().is_none(), Error::<T>::RotationInProgress);
		let n = members.len() as u32;
		ensure!(
			n >= 1 && n <= T::MaxTrustees::get() && n as usize <= script::MAX_MULTISIG_KEYS,
			Error::<T>::BadTrusteeCount
		);
		let mut sorted: Vec<Trustee<T::AccountId>> =
			members.into_iter().map(|(account, key)| Trustee { account, key }).collect();
		sorted.sort_by(|a, b| a.key.cmp(&b.key));
		for (i, m) in sorted.iter().enumerate() {
			// Only the form is checked here; a key off the curve cannot sign, so its payouts
			// would never reach the threshold, and governance would replace the set.
			ensure!(matches!(m.key[0], 2 | 3), Error::<T>::BadTrusteeKey);
			ensure!(i == 0 || sorted[i - 1].key != m.key, Error::<T>::BadTrusteeKey);
			ensure!(
				!sorted[..i].iter().any(|other| other.account == m.account),
				Error::<T>::DuplicateTrustee
			);
		}
		let threshold = threshold.unwrap_or_else(|| Self::default_threshold(n));
		ensure!(threshold >= 1 && threshold <= n, Error::<T>::BadThreshold);
		let keys: Vec<TrusteeKey> = sorted.iter().map(|m| m.key).collect();
		let witness_script =
			script::sorted_multisig(threshold as usize, &keys).ok_or(Error::<T>::BadThreshold)?;
		let script_pubkey = script::p2wsh(&witness_script);
		let script_key = ScriptPubKey::try_from(script_pubkey.clone())
			.map_err(|_| Error::<T>::BadTrusteeCount)?;
		ensure!(!SetByScript::<T>::contains_key(&script_key), Error::<T>::TrusteeScriptUsed);
		let set = TrusteeSet::<T> {
			members: BoundedVec::try_from(sorted).map_err(|_| Error::<T>::BadTrusteeCount)?,
			threshold,
			witness_script: WitnessScript::try_from(witness_script)
				.map_err(|_| Error::<T>::BadTrusteeCount)?,
			script_pubkey: ScriptPubKey::try_from(script_pubkey.clone())
				.map_err(|_| Error::<T>::BadTrusteeCount)?,
		};
		T::Tokens::ensure_reserved(XBTC_SYMBOL, 8)?;
		let old = CurrentSet::<T>::get();
		let id = NextSetId::<T>::mutate(|next| {
			let id = *next;
			*next = next.saturating_add(1);
			id
		});
		TrusteeSets::<T>::insert(id, set);
		SetByScript::<T>::insert(script_key, id);
		CurrentSet::<T>::put(id);
		Self::deposit_event(Event::TrusteesSet { set: id, threshold, script_pubkey });
		if let Some(old) = old {
			let until =
				frame_system::Pallet::<T>::block_number().saturating_add(T::GracePeriod::get());
			Retiring::<T>::put((old, until));
			Self::maybe_complete_rotation();
		}
		Ok(())
	}

	/// Complete a rotation once the retiring set controls no output worth `MinDeposit`. From
	/// then on deposits to its script are recorded as unclaimed, even inside the grace period.
	/// The set itself is kept: its dust and any later deposit to it stay spendable by it.
	pub(crate) fn maybe_complete_rotation() {
		let Some((old, _)) = Retiring::<T>::get() else { return };
		if UtxoCount::<T>::get(old) == 0 {
			Retiring::<T>::kill();
			Self::deposit_event(Event::RotationCompleted { retired: old });
		}
	}

	/// Abort the rotation in progress: the retiring set is current again.
	pub(crate) fn do_abort_rotation() -> DispatchResult {
		let (restored, _) = Retiring::<T>::take().ok_or(Error::<T>::NoRotation)?;
		let aborted = CurrentSet::<T>::get().ok_or(Error::<T>::NoTrustees)?;
		CurrentSet::<T>::put(restored);
		Self::deposit_event(Event::RotationAborted { aborted, restored });
		Ok(())
	}
}
