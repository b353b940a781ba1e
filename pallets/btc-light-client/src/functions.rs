//! Header validation, fork choice, reorganisation and pruning.

use crate::*;
use minix_primitives::btc::{
	hash_as_number, retarget, target_from_bits, work_of, BtcChain, EPOCH_BLOCKS, MAX_FUTURE_DRIFT,
};
use sp_runtime::DispatchResult;

/// The median of `times` (not empty).
fn median(times: &[u32]) -> u32 {
	let mut sorted = times.to_vec();
	sorted.sort_unstable();
	sorted[sorted.len() / 2]
}

impl<T: Config> Pallet<T> {
	/// The weight of importing `n` headers: the benchmark (each header a new tip) plus the
	/// worst-case pruning it does not reach (two heights of `MaxForksPerHeight` headers each).
	pub(crate) fn submit_weight(n: u32) -> Weight {
		let pruned = 2 * (T::MaxForksPerHeight::get() as u64 + 2);
		T::WeightInfo::submit_headers(n)
			.saturating_add(T::DbWeight::get().reads_writes(2, pruned).saturating_mul(u64::from(n)))
	}

	/// Anchor at `checkpoint` (genesis or governance).
	pub(crate) fn anchor(checkpoint: &CheckpointConfig) -> DispatchResult {
		ensure!(BestTip::<T>::get().is_none(), Error::<T>::AlreadyAnchored);
		let header = BtcHeader::parse(&checkpoint.header).ok_or(Error::<T>::BadHeaderLength)?;
		let network = checkpoint.network;
		let target = Self::checked_target(network, &header)?;
		let mut recent: alloc::vec::Vec<u32> = checkpoint.previous_times.clone();
		ensure!(recent.len() < MEDIAN_TIME_SPAN, Error::<T>::BadCheckpoint);
		recent.push(header.time);
		let hash = header.hash();
		let record = HeaderRecord {
			header,
			height: checkpoint.height,
			chain_work: work_of(target),
			epoch_start_time: checkpoint.epoch_start_time,
			recent_times: RecentTimes::truncate_from(recent),
		};
		Network::<T>::put(network);
		Self::store(hash, record)?;
		let tip = Tip { hash, height: checkpoint.height };
		Anchor::<T>::put(tip);
		BestTip::<T>::put(tip);
		BestChain::<T>::insert(checkpoint.height, hash);
		PrunedBelow::<T>::put(checkpoint.height);
		Self::deposit_event(Event::Anchored { network, height: checkpoint.height, hash });
		Ok(())
	}

	/// The target of `header`, checked against the network's limit and its own id.
	fn checked_target(network: BtcNetwork, header: &BtcHeader) -> Result<U256, DispatchError> {
		let target = target_from_bits(header.bits).ok_or(Error::<T>::BadBits)?;
		ensure!(target <= network.pow_limit(), Error::<T>::TargetAboveLimit);
		ensure!(hash_as_number(&header.hash()) <= target, Error::<T>::InsufficientWork);
		Ok(target)
	}

	/// Validate and store one raw header; move the best tip if it has more work.
	pub(crate) fn import(raw: &[u8]) -> DispatchResult {
		let network = Network::<T>::get().ok_or(Error::<T>::NotAnchored)?;
		let header = BtcHeader::parse(raw).ok_or(Error::<T>::BadHeaderLength)?;
		let hash = header.hash();
		ensure!(!Headers::<T>::contains_key(hash), Error::<T>::DuplicateHeader);
		let anchor = Anchor::<T>::get().ok_or(Error::<T>::NotAnchored)?;
		let Some(parent) = Headers::<T>::get(header.prev) else {
			// The checkpoint's parent is never stored: a sibling of the checkpoint lands here
			// and competes below the anchor. Only this rare path reads the anchor's record.
			let anchor_prev = Headers::<T>::get(anchor.hash).map(|a| a.header.prev);
			return Err(if anchor_prev == Some(header.prev) {
				Error::<T>::BelowCheckpoint
			} else {
				Error::<T>::UnknownParent
			}
			.into());
		};
		let height = parent.height.saturating_add(1);
		ensure!(height > anchor.height, Error::<T>::BelowCheckpoint);
		let tip = BestTip::<T>::get().ok_or(Error::<T>::NotAnchored)?;
		ensure!(
			parent.height.saturating_add(T::MaxReorgDepth::get()) >= tip.height,
			Error::<T>::ReorgTooDeep
		);
		// Contextual rules first, proof of work last, so each malformed header gets the error
		// of the rule it breaks (changing any field also changes the id).
		// Difficulty: unchanged inside an epoch; Bitcoin Core's retarget at a boundary, from the
		// epoch start recorded on this branch.
		ensure!(network.version_allowed(height, header.version), Error::<T>::BadVersion);
		let boundary = height % EPOCH_BLOCKS == 0;
		if boundary && network.retargets() {
			let expected =
				retarget(network, parent.header.bits, parent.epoch_start_time, parent.header.time);
			ensure!(header.bits == expected, Error::<T>::BadRetarget);
		} else {
			ensure!(header.bits == parent.header.bits, Error::<T>::BitsChangedInEpoch);
		}

		// Time: after the median of the previous (up to) 11 on this branch, at most two hours
		// ahead of this chain's clock.
		ensure!(header.time > median(&parent.recent_times), Error::<T>::TimeTooOld);
		let now = T::UnixTime::now().as_secs();
		ensure!(
			u64::from(header.time) <= now.saturating_add(MAX_FUTURE_DRIFT),
			Error::<T>::TimeTooNew
		);
		let target = Self::checked_target(network, &header)?;

		let mut recent = parent.recent_times.clone().into_inner();
		if recent.len() == MEDIAN_TIME_SPAN {
			recent.remove(0);
		}
		recent.push(header.time);
		let record = HeaderRecord {
			chain_work: parent.chain_work.saturating_add(work_of(target)),
			epoch_start_time: if boundary { header.time } else { parent.epoch_start_time },
			recent_times: RecentTimes::truncate_from(recent),
			height,
			header,
		};
		let more_work =
			Headers::<T>::get(tip.hash).is_none_or(|best| record.chain_work > best.chain_work);
		Self::store(hash, record.clone())?;
		Self::deposit_event(Event::HeaderImported { hash, height });
		if more_work {
			Self::set_best(tip, hash, &record)?;
		}
		Ok(())
	}

	fn store(hash: H256, record: HeaderRecord) -> DispatchResult {
		AtHeight::<T>::try_mutate(record.height, |ids| ids.try_push(hash))
			.map_err(|_| Error::<T>::TooManyForks)?;
		Headers::<T>::insert(hash, record);
		Ok(())
	}

	/// Make `hash` the best tip, rewriting the best chain back to where it meets the old one.
	fn set_best(old: Tip, hash: H256, record: &HeaderRecord) -> DispatchResult {
		let new = Tip { hash, height: record.height };
		// Walk back from the new tip until the best chain agrees (bounded by the reorg depth).
		let mut cursor = (hash, record.height, record.header.prev);
		let mut steps = 0u32;
		while BestChain::<T>::get(cursor.1) != Some(cursor.0) {
			BestChain::<T>::insert(cursor.1, cursor.0);
			steps += 1;
			ensure!(steps <= T::MaxReorgDepth::get().saturating_add(1), Error::<T>::ReorgTooDeep);
			let parent = Headers::<T>::get(cursor.2).ok_or(Error::<T>::ReorgTooDeep)?;
			cursor = (cursor.2, parent.height, parent.header.prev);
		}
		let fork_height = cursor.1;
		// A shorter branch with more work: drop the old chain above the new tip.
		for height in new.height.saturating_add(1)..=old.height {
			BestChain::<T>::remove(height);
		}
		let depth = old.height.saturating_sub(fork_height);
		BestTip::<T>::put(new);
		if depth > 0 {
			Self::deposit_event(Event::Reorganized { depth, old_tip: old.hash, new_tip: hash });
			// A reorganisation of exactly `ConfirmationDepth` blocks already removes a block that
			// had `ConfirmationDepth` confirmations, so the bridge may have counted it.
			if depth >= T::ConfirmationDepth::get() {
				Self::deposit_event(Event::DeepReorg { depth });
				T::OnDeepReorg::on_deep_reorg(depth);
			}
		}
		Self::deposit_event(Event::NewBestTip { hash, height: new.height });
		Self::prune(new.height);
		Ok(())
	}

	/// Forget heights more than `PruneDepth` below `tip_height`, at most two per call (the tip
	/// rises by one height per header, so pruning keeps up).
	fn prune(tip_height: u32) {
		let keep_from = tip_height.saturating_sub(T::PruneDepth::get());
		let mut below = PrunedBelow::<T>::get();
		for _ in 0..2 {
			if below >= keep_from {
				break;
			}
			for id in AtHeight::<T>::take(below) {
				Headers::<T>::remove(id);
			}
			BestChain::<T>::remove(below);
			below += 1;
		}
		PrunedBelow::<T>::put(below);
	}

	/// Confirmations of `hash` if it is on the best chain.
	pub fn confirmations(hash: &H256) -> Option<u32> {
		let record = Headers::<T>::get(hash)?;
		let tip = BestTip::<T>::get()?;
		(BestChain::<T>::get(record.height) == Some(*hash))
			.then(|| tip.height.saturating_sub(record.height).saturating_add(1))
	}

	/// The invariants: the tip is on the best chain and has the most work; every best-chain
	/// entry is a known header at that height whose parent is the entry below.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let Some(tip) = BestTip::<T>::get() else { return Ok(()) };
		ensure!(BestChain::<T>::get(tip.height) == Some(tip.hash), "tip not on the best chain");
		let best = Headers::<T>::get(tip.hash).ok_or("tip header missing")?;
		for (_, record) in Headers::<T>::iter() {
			ensure!(record.chain_work <= best.chain_work, "a header has more work than the tip");
		}
		let from = PrunedBelow::<T>::get();
		for height in from..=tip.height {
			let id = BestChain::<T>::get(height).ok_or("gap in the best chain")?;
			let record = Headers::<T>::get(id).ok_or("best-chain header missing")?;
			ensure!(record.height == height, "best-chain height mismatch");
			if height > from {
				ensure!(BestChain::<T>::get(height - 1) == Some(record.header.prev), "broken link");
			}
		}
		ensure!(BestChain::<T>::get(tip.height + 1).is_none(), "best chain above the tip");
		Ok(())
	}
}

impl<T: Config> BtcChain for Pallet<T> {
	fn network() -> Option<BtcNetwork> {
		Network::<T>::get()
	}

	fn confirmations(hash: &H256) -> Option<u32> {
		Self::confirmations(hash)
	}

	fn merkle_root(hash: &H256) -> Option<H256> {
		Headers::<T>::get(hash).map(|r| r.header.merkle_root)
	}

	fn tip_height_and_mtp() -> Option<(u32, u32)> {
		let tip = BestTip::<T>::get()?;
		let record = Headers::<T>::get(tip.hash)?;
		Some((tip.height, median(&record.recent_times)))
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn confirmed_block_for_benchmarks(merkle_root: H256, confirmations: u32) -> H256 {
		use minix_primitives::btc::mine_regtest;
		crate::benchmarking::clear::<T>();
		let block = mine_regtest(H256::zero(), merkle_root, 1, 0);
		let checkpoint = CheckpointConfig {
			network: BtcNetwork::Regtest,
			height: 0,
			header: block.to_bytes().to_vec(),
			epoch_start_time: 1,
			previous_times: alloc::vec![],
		};
		let _ = Self::anchor(&checkpoint);
		let mut prev = block.hash();
		for i in 1..confirmations {
			let child = mine_regtest(prev, H256::zero(), 1 + i, i);
			let _ = Self::import(&child.to_bytes());
			prev = child.hash();
		}
		block.hash()
	}
}
