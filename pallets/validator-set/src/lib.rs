//! # Validator set
//!
//! The consortium's validators, added and removed by its council, and the length of a session.
//!
//! - pallet-session asks this pallet for the next validators at every session boundary
//!   ([`SessionManager`]); a change made in session `n` is queued at the end of `n` and active
//!   from session `n + 2`, when Aura and GRANDPA take the new set (pallet-session hands the
//!   validators' session keys to both).
//! - Sessions last [`SessionPeriod`] blocks ([`ShouldEndSession`]); the period is part of the
//!   chain spec and the council may change it.
//! - A validator must have registered its session keys (`session.setKeys`) before the council
//!   can add it, so a validator is never queued without keys and silently dropped.
//! - A validator reported for an offence (pallet-offences: a GRANDPA equivocation proven on
//!   chain) is removed as if the council had removed it, with [`Event::OffenderRemoved`]; nothing
//!   is slashed, and the council can add it back ([`OnOffenceHandler`]).
//!
//! [`OnOffenceHandler`]: sp_staking::offence::OnOffenceHandler
//!
//! ## Calls
//! - [`Pallet::add_validator`]: adds a validator from the next-but-one session (`AddRemoveOrigin`).
//! - [`Pallet::remove_validator`]: removes a validator from the next-but-one session
//!   (`AddRemoveOrigin`).
//! - [`Pallet::set_session_period`]: sets the session length in blocks (`AddRemoveOrigin`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
mod offences;
mod session;
#[cfg(test)]
mod tests;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::BenchmarkHelper;

#[frame_support::pallet]
pub mod pallet {
	use super::WeightInfo;
	use alloc::vec::Vec;
	use frame_support::{pallet_prelude::*, traits::ValidatorRegistration};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::Zero;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who adds and removes validators and sets the session period (the council).
		type AddRemoveOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Whether an account has session keys registered (pallet-session).
		type ValidatorRegistration: ValidatorRegistration<Self::AccountId>;
		/// The most validators the set may hold (at most Aura's and GRANDPA's `MaxAuthorities`).
		#[pallet::constant]
		type MaxValidators: Get<u32>;
		/// The fewest validators the set may hold; removals below it are refused.
		#[pallet::constant]
		type MinValidators: Get<u32>;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
		/// Registers session keys for accounts the benchmarks add.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;
	}

	/// The validators, in the order they were added. Active two sessions after a change.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Blocks per session; a session ends at every block number divisible by it.
	#[pallet::storage]
	pub type SessionPeriod<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// Whether [`Validators`] changed since pallet-session last took it.
	#[pallet::storage]
	pub type PendingChange<T: Config> = StorageValue<_, bool, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The validators of sessions 0 and 1 (each needs keys in pallet-session's genesis).
		pub validators: Vec<T::AccountId>,
		/// Blocks per session (must be above zero when validators are listed).
		pub session_period: BlockNumberFor<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// The default (empty) config sets nothing: a chain spec always lists validators.
			if self.validators.is_empty() && self.session_period.is_zero() {
				return;
			}
			assert!(!self.session_period.is_zero(), "validator set: session_period must be > 0");
			assert!(
				self.validators.len() >= T::MinValidators::get() as usize,
				"validator set: fewer genesis validators than MinValidators"
			);
			let mut seen = self.validators.clone();
			seen.sort();
			seen.dedup();
			assert_eq!(seen.len(), self.validators.len(), "validator set: duplicate validator");
			let validators = BoundedVec::try_from(self.validators.clone())
				.expect("validator set: more genesis validators than MaxValidators");
			Validators::<T>::put(validators);
			SessionPeriod::<T>::put(self.session_period);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` joins the validators from the next-but-one session.
		ValidatorAdded { who: T::AccountId },
		/// `who` leaves the validators from the next-but-one session.
		ValidatorRemoved { who: T::AccountId },
		/// Sessions now last `period` blocks.
		SessionPeriodSet { period: BlockNumberFor<T> },
		/// The changed set was queued for `session` (active when it starts), with `count` members.
		NewSetQueued { session: u32, count: u32 },
		/// `who` was reported for an offence in `session` and leaves from the next-but-one session.
		OffenderRemoved { who: T::AccountId, session: u32 },
		/// `who` was reported for an offence in `session` but stays: removing it would leave fewer
		/// than `MinValidators`.
		OffenderKept { who: T::AccountId, session: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a validator.
		AlreadyValidator,
		/// The account is not a validator.
		NotValidator,
		/// The set already holds `MaxValidators` validators.
		TooManyValidators,
		/// Removing the validator would leave fewer than `MinValidators`.
		TooFewValidators,
		/// The account has no session keys: it must call `session.setKeys` first.
		NoSessionKeys,
		/// A session period must be at least one block.
		ZeroSessionPeriod,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `who` (with registered session keys) to the validators.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator())]
		pub fn add_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AddRemoveOrigin::ensure_origin(origin)?;
			ensure!(T::ValidatorRegistration::is_registered(&who), Error::<T>::NoSessionKeys);
			Validators::<T>::try_mutate(|set| {
				ensure!(!set.contains(&who), Error::<T>::AlreadyValidator);
				set.try_push(who.clone()).map_err(|_| Error::<T>::TooManyValidators)
			})?;
			PendingChange::<T>::put(true);
			Self::deposit_event(Event::ValidatorAdded { who });
			Ok(())
		}

		/// Removes `who` from the validators.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator())]
		pub fn remove_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AddRemoveOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|set| {
				let at = set.iter().position(|v| v == &who).ok_or(Error::<T>::NotValidator)?;
				ensure!(set.len() > T::MinValidators::get() as usize, Error::<T>::TooFewValidators);
				set.remove(at);
				Ok::<_, DispatchError>(())
			})?;
			PendingChange::<T>::put(true);
			Self::deposit_event(Event::ValidatorRemoved { who });
			Ok(())
		}

		/// Sets the session length to `period` blocks, from the next block on.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_session_period())]
		pub fn set_session_period(
			origin: OriginFor<T>,
			period: BlockNumberFor<T>,
		) -> DispatchResult {
			T::AddRemoveOrigin::ensure_origin(origin)?;
			ensure!(!period.is_zero(), Error::<T>::ZeroSessionPeriod);
			SessionPeriod::<T>::put(period);
			Self::deposit_event(Event::SessionPeriodSet { period });
			Ok(())
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	impl<T: Config> Pallet<T> {
		/// The invariants: a non-zero period, at least `MinValidators` distinct validators.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			ensure!(!SessionPeriod::<T>::get().is_zero(), "session period is zero");
			let set = Validators::<T>::get();
			ensure!(set.len() >= T::MinValidators::get() as usize, "fewer than MinValidators");
			let mut sorted = set.to_vec();
			sorted.sort();
			sorted.dedup();
			ensure!(sorted.len() == set.len(), "duplicate validator");
			Ok(())
		}
	}
}
