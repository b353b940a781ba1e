//! # Consortium root
//!
//! A few calls need the `Root` origin and no other: `system.set_code` (runtime upgrades),
//! `system.set_storage`, `balances.force_*`. On a consortium chain nobody holds a sudo key; its
//! council decides. This pallet turns a decision of [`Config::RootOrigin`] (in MiniX a council
//! motion with at least two-thirds of the members) into a `Root` dispatch, like pallet-sudo does
//! for its key, and records the outcome in an event.
//!
//! The MiniX pallets' own governance calls do not need it: their `GovernanceOrigin` accepts the
//! council motion directly.
//!
//! ## Calls
//! - [`Pallet::dispatch_as_root`]: dispatches `call` with the `Root` origin (`RootOrigin`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

#[frame_support::pallet]
pub mod pallet {
	use super::WeightInfo;
	use alloc::boxed::Box;
	use frame_support::{
		dispatch::{GetDispatchInfo, PostDispatchInfo},
		pallet_prelude::*,
		traits::UnfilteredDispatchable,
	};
	use frame_system::{pallet_prelude::*, RawOrigin};
	use sp_runtime::traits::Dispatchable;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who may dispatch as `Root` (the council's two-thirds motion).
		type RootOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The calls it may dispatch.
		type RuntimeCall: Parameter
			+ UnfilteredDispatchable<RuntimeOrigin = Self::RuntimeOrigin>
			+ Dispatchable<PostInfo = PostDispatchInfo>
			+ GetDispatchInfo;
		/// Weight of the dispatch itself (the inner call's weight is added).
		type WeightInfo: WeightInfo;
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A call was dispatched as `Root`; `result` is its outcome.
		DispatchedAsRoot { result: DispatchResult },
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Dispatches `call` with the `Root` origin; its failure is reported in the event.
		#[pallet::call_index(0)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(T::WeightInfo::dispatch_as_root().saturating_add(info.call_weight), info.class)
		})]
		pub fn dispatch_as_root(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::RootOrigin::ensure_origin(origin)?;
			let outcome = call.dispatch_bypass_filter(RawOrigin::Root.into());
			let inner = match &outcome {
				Ok(info) => info.actual_weight,
				Err(e) => e.post_info.actual_weight,
			};
			Self::deposit_event(Event::DispatchedAsRoot {
				result: outcome.map(|_| ()).map_err(|e| e.error),
			});
			// The inner call's actual weight when it reports one; its declared weight otherwise.
			Ok(inner.map(|w| w.saturating_add(T::WeightInfo::dispatch_as_root())).into())
		}
	}
}
