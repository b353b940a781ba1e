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
//! Root can do anything, so a captured or careless council could mint MINI (`balances.force_*`),
//! write any storage, mint reserved tokens through pallet-assets' force calls, or install a sudo
//! key. Two guards stand between a motion and that: [`Config::CallFilter`] refuses such calls
//! (the runtime's filter also looks inside batches), and after the dispatch
//! [`Config::SupplyRule`] must still hold, else the whole dispatch is undone. Runtime upgrades
//! pass both (an upgrade is the council's legitimate way to change any rule, in the open).
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
		traits::{Contains, UnfilteredDispatchable},
	};
	use frame_system::{pallet_prelude::*, RawOrigin};
	use minix_primitives::currency::SupplyRule;
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
		/// The calls Root may be asked to dispatch (those that cannot break the supply rule or
		/// mint reserved tokens).
		type CallFilter: Contains<<Self as Config>::RuntimeCall>;
		/// MINI's supply rule, which must hold after every dispatch.
		type SupplyRule: SupplyRule;
		/// Weight of the dispatch itself (the inner call's weight is added).
		type WeightInfo: WeightInfo;
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The call may not be dispatched as Root: it could mint MINI or reserved tokens, write
		/// storage directly, or install a sudo key.
		CallFiltered,
		/// The call would leave MINI's total issuance above the supply rule's cap; undone.
		SupplyRuleBroken,
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
		///
		/// - Origin: `RootOrigin` (the council's two-thirds motion).
		/// - Errors: `BadOrigin`, `CallFiltered`, `SupplyRuleBroken`.
		/// - Events: `DispatchedAsRoot`.
		#[pallet::call_index(0)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(Pallet::<T>::own_weight().saturating_add(info.call_weight), info.class)
		})]
		pub fn dispatch_as_root(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::RootOrigin::ensure_origin(origin)?;
			ensure!(T::CallFilter::contains(&call), Error::<T>::CallFiltered);
			let outcome = call.dispatch_bypass_filter(RawOrigin::Root.into());
			// Returning an error undoes everything the inner call wrote.
			ensure!(T::SupplyRule::holds(), Error::<T>::SupplyRuleBroken);
			let inner = match &outcome {
				Ok(info) => info.actual_weight,
				Err(e) => e.post_info.actual_weight,
			};
			Self::deposit_event(Event::DispatchedAsRoot {
				result: outcome.map(|_| ()).map_err(|e| e.error),
			});
			// The inner call's actual weight when it reports one; its declared weight otherwise.
			Ok(inner.map(|w| w.saturating_add(Self::own_weight())).into())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The dispatch's own weight: the benchmarked dispatch plus the supply rule's two reads
		/// (total issuance, CIDs issued) after the call.
		fn own_weight() -> Weight {
			T::WeightInfo::dispatch_as_root().saturating_add(T::DbWeight::get().reads(2))
		}
	}
}
