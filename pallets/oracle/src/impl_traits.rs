//! How the pallet plugs into `pallet-oracle` (as its members and its new-data hook), serves
//! combined values to other pallets, and reads `pallet-oracle`'s storage ([`OrmlFeeds`]).

use crate::*;
use core::marker::PhantomData;
use frame_support::traits::{SortedMembers, Time};
use minix_primitives::OracleValues;
use sp_runtime::traits::{Saturating, UniqueSaturatedInto};

/// The data-feed members of `pallet-oracle`: the active data-feed oracles.
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
		let _ = Self::add_feeder(who);
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

/// Counts every value `pallet-oracle` accepts into its feeder's record.
impl<T: Config> pallet_oracle::OnNewData<T::AccountId, OracleKey, OracleValue> for Pallet<T> {
	fn on_new_data(who: &T::AccountId, _key: &OracleKey, _value: &OracleValue) {
		Oracles::<T>::mutate(who, |oracle| {
			if let Some(oracle) = oracle {
				oracle.record.feeds_accepted.saturating_inc();
			}
		});
	}
}

/// Fresh combined values for other pallets (an MST conditional unlock).
impl<T: Config> OracleValues for Pallet<T> {
	fn value_of(key: &OracleKey) -> Option<OracleValue> {
		Self::fresh_value(key)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn set_value(key: &OracleKey, value: OracleValue) {
		T::Feeds::set_combined(key, value);
	}
}

/// [`FeedSource`] over polkadot-sdk's `pallet-oracle` instance `I` of runtime `R`.
pub struct OrmlFeeds<R, I = ()>(PhantomData<(R, I)>);

impl<R, I> FeedSource<R::AccountId> for OrmlFeeds<R, I>
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

	// Not `ChangeMembers::change_members_sorted`, which clears every key without a limit.
	fn forget(who: &R::AccountId) {
		let _ = pallet_oracle::RawValues::<R, I>::clear_prefix(who, FORGET_LIMIT, None);
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
