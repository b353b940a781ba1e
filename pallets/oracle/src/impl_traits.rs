//! How the pallet plugs into `pallet-oracle` (as its members and its combiner,
//! [`QuorumCombine`]), serves combined values and attested reputation to other pallets, and
//! reads and writes `pallet-oracle`'s storage ([`PalletOracleFeeds`]).

use crate::*;
use core::marker::PhantomData;
use frame_support::traits::{SortedMembers, Time};
use minix_primitives::{AttestedReputation, OracleValues, TimedValue};
use sp_runtime::traits::UniqueSaturatedInto;

/// The members of `pallet-oracle`: the oracles approved to feed at least one key. They feed
/// through [`Call::feed_values`]; the runtime closes `pallet-oracle`'s own call to them.
impl<T: Config> SortedMembers<T::AccountId> for Pallet<T> {
	fn sorted_members() -> alloc::vec::Vec<T::AccountId> {
		Feeders::<T>::get().into_inner()
	}

	fn contains(who: &T::AccountId) -> bool {
		Feeders::<T>::get().binary_search(who).is_ok()
	}

	/// Benchmarks of `pallet-oracle` make their caller a member this way.
	#[cfg(feature = "runtime-benchmarks")]
	fn add(who: &T::AccountId) {
		Feeders::<T>::mutate(|members| {
			if let Err(at) = members.binary_search(who) {
				let _ = members.try_insert(at, who.clone());
			}
		});
	}
}

/// A CID changed hands. The `Cid` pallet has reset its reputation and cleared its claims, so the
/// attestations behind them are forgotten here too (a later revocation must not take reputation
/// from the next holder), and an oracle acting as that CID stops at once: it leaves, its feeds
/// and attestations end now, and its bond follows the usual cooling-off (disputes stay open).
impl<T: Config> minix_primitives::OnCidChangedHands<T::AccountId> for Pallet<T> {
	fn on_cid_changed_hands(cid: Cid, _from: &T::AccountId, _to: Option<&T::AccountId>) {
		// At most the CID's claim limit: every attestation wrote one of its claims. (Drained, not
		// `clear_prefix`ed: that counts only keys already in the database, not this block's.)
		let forgotten = Attestations::<T>::drain_prefix(cid).count() as u32;
		if forgotten > 0 {
			Self::deposit_event(Event::AttestationsForgotten { cid, count: forgotten });
		}
		if let Some(who) = OracleOfCid::<T>::get(cid) {
			// `AlreadyLeaving` is the only error, and then there is nothing left to stop.
			let _ = Self::do_unregister(who);
		}
	}
}

/// A CID's attested reputation: the sum over its live attestations.
impl<T: Config> AttestedReputation for Pallet<T> {
	fn attested_reputation(cid: Cid) -> Reputation {
		Self::attested_reputation(cid)
	}
}

/// `pallet-oracle`'s `CombineData`: the median of a key's fresh values once at least its quorum
/// ([`Pallet::quorum_of`]) of them are fresh; otherwise the previous combined value stays (and
/// expires). A key governance did not register never combines. Only a key's approved feeders
/// (and Root, as `pallet-oracle`'s own account) can have fed it, so every value counted is
/// theirs.
pub struct QuorumCombine<R, I = ()>(PhantomData<(R, I)>);

type Moment<R, I> = <<R as pallet_oracle::Config<I>>::Time as Time>::Moment;

impl<R, I>
	pallet_oracle::CombineData<
		OracleKey,
		pallet_oracle::TimestampedValue<OracleValue, Moment<R, I>>,
	> for QuorumCombine<R, I>
where
	R: Config + pallet_oracle::Config<I, OracleKey = OracleKey, OracleValue = OracleValue>,
	I: 'static,
{
	fn combine_data(
		key: &OracleKey,
		mut values: alloc::vec::Vec<pallet_oracle::TimestampedValue<OracleValue, Moment<R, I>>>,
		previous: Option<pallet_oracle::TimestampedValue<OracleValue, Moment<R, I>>>,
	) -> Option<pallet_oracle::TimestampedValue<OracleValue, Moment<R, I>>> {
		let Some(required) = Pallet::<R>::quorum_of(key) else { return previous };
		let now: u64 = <R as pallet_oracle::Config<I>>::Time::now().unique_saturated_into();
		values.retain(|v| Pallet::<R>::is_fresh(v.timestamp.unique_saturated_into(), now));
		if values.is_empty() || (values.len() as u32) < required {
			return previous;
		}
		let middle = values.len() / 2;
		let (_, median, _) = values.select_nth_unstable_by(middle, |a, b| a.value.cmp(&b.value));
		Some(median.clone())
	}
}

/// Fresh combined values for other pallets (an MST conditional unlock).
impl<T: Config> OracleValues for Pallet<T> {
	fn value_of(key: &OracleKey) -> Option<OracleValue> {
		Self::fresh_value(key)
	}

	fn timed_value_of(key: &OracleKey) -> Option<TimedValue> {
		let (value, updated_at) = T::Feeds::combined(key)?;
		let fresh = updated_at.saturating_add(T::ExpiresIn::get()) > T::Feeds::now();
		Some(TimedValue { value, updated_at, fresh })
	}

	fn is_feed_key(key: &OracleKey) -> bool {
		FeedKeys::<T>::contains_key(key)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// Make `key` a registered feed that reads `value` now (benchmarks of other pallets only:
	/// a satisfied condition).
	pub fn set_value_for_benchmarks(key: &OracleKey, value: OracleValue) {
		if !FeedKeys::<T>::contains_key(key) {
			let _ = Self::do_register_feed_key(key.clone(), sp_runtime::Perbill::one());
		}
		T::Feeds::set_combined(key, value);
	}
}

/// [`FeedSource`] over polkadot-sdk's `pallet-oracle` instance `I` of runtime `R`.
pub struct PalletOracleFeeds<R, I = ()>(PhantomData<(R, I)>);

impl<R, I> FeedSource<R::AccountId> for PalletOracleFeeds<R, I>
where
	R: pallet_oracle::Config<I, OracleKey = OracleKey, OracleValue = OracleValue>,
	I: 'static,
{
	fn combined(key: &OracleKey) -> Option<(OracleValue, u64)> {
		pallet_oracle::Values::<R, I>::get(key)
			.map(|v| (v.value, v.timestamp.unique_saturated_into()))
	}

	fn raw(who: &R::AccountId, key: &OracleKey) -> Option<(OracleValue, u64)> {
		pallet_oracle::RawValues::<R, I>::get(who, key)
			.map(|v| (v.value, v.timestamp.unique_saturated_into()))
	}

	fn now() -> u64 {
		<R as pallet_oracle::Config<I>>::Time::now().unique_saturated_into()
	}

	fn feed(who: &R::AccountId, key: &OracleKey, value: OracleValue) -> DispatchResult {
		<pallet_oracle::Pallet<R, I> as pallet_oracle::DataFeeder<_, _, _>>::feed_value(
			Some(who.clone()),
			key.clone(),
			value,
		)
	}

	fn forget(who: &R::AccountId, key: &OracleKey) {
		pallet_oracle::RawValues::<R, I>::remove(who, key);
	}

	fn forget_key(key: &OracleKey) {
		pallet_oracle::Values::<R, I>::remove(key);
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn set_raw(who: &R::AccountId, key: &OracleKey, value: OracleValue) {
		let timestamp = <R as pallet_oracle::Config<I>>::Time::now();
		let fed = pallet_oracle::TimestampedValue { value, timestamp };
		pallet_oracle::RawValues::<R, I>::insert(who, key, fed);
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn set_combined(key: &OracleKey, value: OracleValue) {
		let timestamp = <R as pallet_oracle::Config<I>>::Time::now();
		pallet_oracle::Values::<R, I>::insert(
			key,
			pallet_oracle::TimestampedValue { value, timestamp },
		);
	}
}
