//! Data feeds: the keys governance registers, the oracles it approves per key, feeding, and the
//! quorum a key's combined value needs.

use crate::*;
use sp_runtime::{traits::Saturating, DispatchResult};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_register_feed_key(key: OracleKey, quorum: Perbill) -> DispatchResult {
		ensure!(!FeedKeys::<T>::contains_key(&key), Error::<T>::FeedKeyExists);
		FeedKeys::<T>::insert(&key, FeedKeyInfo { quorum, feeders: BoundedVec::new() });
		Self::deposit_event(Event::FeedKeyRegistered { key, quorum });
		Ok(())
	}

	pub(crate) fn do_set_quorum(key: OracleKey, quorum: Perbill) -> DispatchResult {
		FeedKeys::<T>::try_mutate(&key, |info| {
			info.as_mut().ok_or(Error::<T>::UnknownFeedKey)?.quorum = quorum;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::QuorumSet { key, quorum });
		Ok(())
	}

	/// Remove `key` and every approval for it; returns how many feeders it had.
	pub(crate) fn do_remove_feed_key(key: OracleKey) -> Result<u32, DispatchError> {
		let info = FeedKeys::<T>::take(&key).ok_or(Error::<T>::UnknownFeedKey)?;
		for who in &info.feeders {
			Self::drop_key_of(who, &key);
		}
		T::Feeds::forget_key(&key);
		Self::deposit_event(Event::FeedKeyRemoved { key });
		Ok(info.feeders.len() as u32)
	}

	pub(crate) fn do_approve_feeder(key: OracleKey, who: T::AccountId) -> DispatchResult {
		let mut info = FeedKeys::<T>::get(&key).ok_or(Error::<T>::UnknownFeedKey)?;
		let oracle = Self::active(&who)?;
		ensure!(oracle.kinds.data_feed, Error::<T>::NotDataFeeder);
		let at = info.feeders.binary_search(&who).err().ok_or(Error::<T>::AlreadyApproved)?;
		info.feeders
			.try_insert(at, who.clone())
			.map_err(|_| Error::<T>::TooManyFeedersForKey)?;
		let mut feeder = FeederKeys::<T>::get(&who)
			.unwrap_or(FeederInfo { keys: BoundedVec::new(), last_fed: None });
		feeder
			.keys
			.try_push(key.clone())
			.map_err(|_| Error::<T>::TooManyKeysForFeeder)?;
		if feeder.keys.len() == 1 {
			Feeders::<T>::try_mutate(|members| {
				let at = members.binary_search(&who).unwrap_err();
				members.try_insert(at, who.clone()).map_err(|_| Error::<T>::TooManyFeeders)
			})?;
		}
		FeederKeys::<T>::insert(&who, feeder);
		FeedKeys::<T>::insert(&key, info);
		Self::deposit_event(Event::FeederApproved { key, who });
		Ok(())
	}

	pub(crate) fn do_remove_feeder(key: &OracleKey, who: &T::AccountId) -> DispatchResult {
		FeedKeys::<T>::try_mutate(key, |info| {
			let info = info.as_mut().ok_or(Error::<T>::UnknownFeedKey)?;
			let at = info.feeders.binary_search(who).map_err(|_| Error::<T>::NotApproved)?;
			info.feeders.remove(at);
			Ok::<_, DispatchError>(())
		})?;
		Self::drop_key_of(who, key);
		Ok(())
	}

	/// `who` stops feeding altogether (it left, stopped offering feeds or lost its CID): it
	/// leaves every key it was approved for, at most `MaxKeysPerFeeder`, and nothing it fed
	/// is left behind.
	pub(crate) fn leave_all_keys(who: &T::AccountId) {
		let Some(feeder) = FeederKeys::<T>::get(who) else { return };
		for key in &feeder.keys {
			FeedKeys::<T>::mutate(key, |info| {
				if let Some(info) = info {
					if let Ok(at) = info.feeders.binary_search(who) {
						info.feeders.remove(at);
					}
				}
			});
			Self::drop_key_of(who, key);
		}
	}

	/// Take `key` from `who`'s approvals and drop the value it fed for it; `who` leaves the
	/// members of `OracleFeeds` with its last key.
	fn drop_key_of(who: &T::AccountId, key: &OracleKey) {
		T::Feeds::forget(who, key);
		let remaining = FeederKeys::<T>::mutate_exists(who, |feeder| {
			let Some(info) = feeder else { return 0 };
			info.keys.retain(|k| k != key);
			let remaining = info.keys.len();
			if remaining == 0 {
				*feeder = None;
			}
			remaining
		});
		if remaining == 0 {
			Feeders::<T>::mutate(|members| {
				if let Ok(at) = members.binary_search(who) {
					members.remove(at);
				}
			});
		}
		Self::deposit_event(Event::FeederRemoved { key: key.clone(), who: who.clone() });
	}

	pub(crate) fn do_feed(
		who: T::AccountId,
		values: alloc::vec::Vec<(OracleKey, OracleValue)>,
	) -> DispatchResult {
		Self::active(&who)?;
		ensure!(!values.is_empty(), Error::<T>::NoValues);
		let mut feeder = FeederKeys::<T>::get(&who).ok_or(Error::<T>::NotApproved)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(feeder.last_fed != Some(now), Error::<T>::AlreadyFed);
		for (i, (key, _)) in values.iter().enumerate() {
			ensure!(feeder.keys.contains(key), Error::<T>::NotApproved);
			ensure!(values[..i].iter().all(|(k, _)| k != key), Error::<T>::DuplicateKey);
		}
		feeder.last_fed = Some(now);
		FeederKeys::<T>::insert(&who, feeder);
		let mut corroborated = 0u32;
		for (key, value) in &values {
			T::Feeds::feed(&who, key, *value)?;
			if Self::has_quorum(key) {
				corroborated.saturating_inc();
			}
		}
		if corroborated > 0 {
			Oracles::<T>::mutate(&who, |oracle| {
				if let Some(oracle) = oracle {
					oracle.record.feeds_accepted.saturating_accrue(corroborated);
				}
			});
		}
		Self::deposit_event(Event::Fed { who, count: values.len() as u32, corroborated });
		Ok(())
	}

	/// The fresh values `key`'s combined value needs: its quorum share of its approved
	/// feeders, rounded up, and at least `MinQuorum`. `None` for a key governance did not
	/// register (it never combines).
	pub fn quorum_of(key: &OracleKey) -> Option<u32> {
		FeedKeys::<T>::get(key).map(|info| Self::required(&info))
	}

	fn required(info: &FeedKeyOf<T>) -> u32 {
		info.quorum.mul_ceil(info.feeders.len() as u32).max(T::MinQuorum::get())
	}

	/// Whether `key`'s approved feeders have a quorum of fresh values now.
	fn has_quorum(key: &OracleKey) -> bool {
		let Some(info) = FeedKeys::<T>::get(key) else { return false };
		let required = Self::required(&info);
		let now = T::Feeds::now();
		let fresh = info
			.feeders
			.iter()
			.filter_map(|f| T::Feeds::raw(f, key))
			.filter(|(_, at)| Self::is_fresh(*at, now))
			.count() as u32;
		fresh >= required
	}

	/// Whether a value fed at `at` (milliseconds) is still fresh at `now`.
	pub(crate) fn is_fresh(at: u64, now: u64) -> bool {
		at.saturating_add(T::ExpiresIn::get()) > now
	}

	/// Feed approvals agree: every key's feeders are sorted active data-feed oracles that list
	/// the key, every feeder's keys list it back, and the members of `OracleFeeds` are exactly
	/// the accounts with an approval.
	#[cfg(any(feature = "try-runtime", test))]
	pub(crate) fn try_state_feeds() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut approvals = 0usize;
		for (key, info) in FeedKeys::<T>::iter() {
			ensure!(info.feeders.windows(2).all(|w| w[0] < w[1]), "key's feeders not sorted");
			for who in &info.feeders {
				let feeder = FeederKeys::<T>::get(who).ok_or("feeder without approvals")?;
				ensure!(feeder.keys.contains(&key), "approval not listed by its feeder");
				ensure!(Self::active(who).is_ok(), "an inactive oracle is approved");
				approvals += 1;
			}
		}
		let mut members = alloc::vec::Vec::new();
		for (who, feeder) in FeederKeys::<T>::iter() {
			ensure!(!feeder.keys.is_empty(), "feeder entry without keys");
			approvals = approvals.checked_sub(feeder.keys.len()).ok_or("unlisted approval")?;
			members.push(who);
		}
		ensure!(approvals == 0, "approval not listed by its key");
		members.sort();
		ensure!(Feeders::<T>::get().into_inner() == members, "members differ from approvals");
		Ok(())
	}
}
