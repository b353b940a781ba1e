//! The pallet as pallet-session's `SessionManager` (who validates) and session clock
//! (`ShouldEndSession`, `EstimateNextSessionRotation`).

use crate::{Config, Event, Pallet, PendingChange, SessionPeriod, Validators};
use alloc::vec::Vec;
use frame_support::{
	traits::{EstimateNextSessionRotation, Get},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{One, Saturating, Zero},
	Permill,
};

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	/// The validators for session `index`, if they changed since pallet-session last asked.
	fn new_session(index: u32) -> Option<Vec<T::AccountId>> {
		if !PendingChange::<T>::take() {
			return None;
		}
		let set = Validators::<T>::get().to_vec();
		Self::deposit_event(Event::NewSetQueued { session: index, count: set.len() as u32 });
		Some(set)
	}

	/// Sessions 0 and 1 are validated by the genesis set.
	fn new_session_genesis(_index: u32) -> Option<Vec<T::AccountId>> {
		Some(Validators::<T>::get().to_vec())
	}

	fn end_session(_index: u32) {}

	fn start_session(_index: u32) {}
}

/// The session period, never zero (genesis and `set_session_period` refuse zero; one block is
/// the fallback should storage ever be empty).
fn period<T: Config>() -> BlockNumberFor<T> {
	let period = SessionPeriod::<T>::get();
	if period.is_zero() {
		One::one()
	} else {
		period
	}
}

impl<T: Config> pallet_session::ShouldEndSession<BlockNumberFor<T>> for Pallet<T> {
	/// A session ends at every block number divisible by the period.
	fn should_end_session(now: BlockNumberFor<T>) -> bool {
		(now % period::<T>()).is_zero()
	}
}

impl<T: Config> EstimateNextSessionRotation<BlockNumberFor<T>> for Pallet<T> {
	fn average_session_length() -> BlockNumberFor<T> {
		period::<T>()
	}

	fn estimate_current_session_progress(now: BlockNumberFor<T>) -> (Option<Permill>, Weight) {
		let period = period::<T>();
		let progress = Permill::from_rational(now % period, period);
		(Some(progress), T::DbWeight::get().reads(1))
	}

	fn estimate_next_session_rotation(
		now: BlockNumberFor<T>,
	) -> (Option<BlockNumberFor<T>>, Weight) {
		let period = period::<T>();
		let next = now.saturating_add(period).saturating_sub(now % period);
		(Some(next), T::DbWeight::get().reads(1))
	}
}
