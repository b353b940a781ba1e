//! # Bitcoin light client
//!
//! Permissioned relayers submit Bitcoin block headers; the pallet checks every consensus rule a
//! header alone can show and keeps the branch with the most accumulated work as the best chain.
//!
//! Rules for each header ([`Call::submit_headers`]), each with its own error:
//! exactly 80 bytes; its id is the double SHA-256; the parent is known and the header is new;
//! the version is at least what BIP34/66/65 require at its height on its network (Core's
//! "bad-version"); `nBits` decodes to a valid target no easier than the network's limit; the id meets the target;
//! inside an epoch the bits equal the parent's; at a 2016-block boundary they equal Bitcoin
//! Core's retarget computed from the epoch's first block **on the same branch**; the time is
//! after the median of the previous 11 on the branch and at most two hours ahead of this chain's
//! clock. Each stored header carries its branch's chain work, epoch start time and recent times,
//! so no rule walks the chain.
//!
//! The best tip is the header with the most work (the first seen wins ties). Reorganisations up
//! to `MaxReorgDepth` blocks are followed; one of at least `ConfirmationDepth` blocks emits
//! [`Event::DeepReorg`] and tells the bridge ([`minix_primitives::btc::OnDeepReorg`]), which
//! pauses. Headers more than `PruneDepth` below the tip are pruned, a bounded amount per new
//! height. The anchor is a checkpoint from genesis or, once, from governance; headers at or
//! below it are refused.
//!
//! Relayers pay no fee for a batch that advances the best tip. Clients read the tip, headers and
//! confirmations through [`runtime_api::BtcLightClientApi`]; other pallets through
//! [`minix_primitives::btc::BtcChain`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod functions;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::UnixTime};
use frame_system::pallet_prelude::*;
use minix_primitives::btc::{BtcHeader, BtcNetwork, OnDeepReorg, HEADER_LEN, MEDIAN_TIME_SPAN};
use scale_info::TypeInfo;
use sp_core::{H256, U256};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Sets the relayers and (once) the checkpoint.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// This chain's clock (the two-hour future limit).
		type UnixTime: UnixTime;
		/// Told of reorganisations of at least `ConfirmationDepth` blocks.
		type OnDeepReorg: OnDeepReorg;
		/// The most headers per `submit_headers`.
		#[pallet::constant]
		type MaxHeadersPerCall: Get<u32>;
		/// The most relayers.
		#[pallet::constant]
		type MaxRelayers: Get<u32>;
		/// The deepest reorganisation followed; branches forking deeper are refused.
		#[pallet::constant]
		type MaxReorgDepth: Get<u32>;
		/// Confirmations after which a block counts as final for the bridge.
		#[pallet::constant]
		type ConfirmationDepth: Get<u32>;
		/// Headers this far below the tip are pruned (must exceed `MaxReorgDepth`).
		#[pallet::constant]
		type PruneDepth: Get<u32>;
		/// The most headers kept at one height (competing branches).
		#[pallet::constant]
		type MaxForksPerHeight: Get<u32>;
		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
	}

	/// The network whose rules apply (set with the checkpoint).
	#[pallet::storage]
	pub type Network<T> = StorageValue<_, BtcNetwork, OptionQuery>;

	/// The checkpoint the light client started from.
	#[pallet::storage]
	pub type Anchor<T> = StorageValue<_, Tip, OptionQuery>;

	/// Known headers by id.
	#[pallet::storage]
	pub type Headers<T> = StorageMap<_, Identity, H256, HeaderRecord, OptionQuery>;

	/// The ids of the known headers at each height (for pruning).
	#[pallet::storage]
	pub type AtHeight<T: Config> =
		StorageMap<_, Twox64Concat, u32, BoundedVec<H256, T::MaxForksPerHeight>, ValueQuery>;

	/// The best chain: height -> id.
	#[pallet::storage]
	pub type BestChain<T> = StorageMap<_, Twox64Concat, u32, H256, OptionQuery>;

	/// The best chain's tip.
	#[pallet::storage]
	pub type BestTip<T> = StorageValue<_, Tip, OptionQuery>;

	/// Heights below this have been pruned.
	#[pallet::storage]
	pub type PrunedBelow<T> = StorageValue<_, u32, ValueQuery>;

	/// Who may submit headers.
	#[pallet::storage]
	pub type Relayers<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxRelayers>, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The checkpoint, if the chain relays Bitcoin from genesis.
		pub checkpoint: Option<CheckpointConfig>,
		/// The initial relayers.
		pub relayers: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(checkpoint) = &self.checkpoint {
				Pallet::<T>::anchor(checkpoint).expect("the genesis BTC checkpoint is valid");
			}
			let relayers: BoundedVec<_, _> =
				self.relayers.clone().try_into().expect("at most MaxRelayers genesis relayers");
			Relayers::<T>::put(relayers);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The light client was anchored at a checkpoint.
		Anchored { network: BtcNetwork, height: u32, hash: H256 },
		/// A header was stored.
		HeaderImported { hash: H256, height: u32 },
		/// The best tip moved.
		NewBestTip { hash: H256, height: u32 },
		/// The best chain reorganised: `depth` blocks of the old chain were replaced.
		Reorganized { depth: u32, old_tip: H256, new_tip: H256 },
		/// A reorganisation of at least `ConfirmationDepth` blocks: the bridge was told to pause.
		DeepReorg { depth: u32 },
		/// Governance replaced the relayers.
		RelayersSet { relayers: Vec<T::AccountId> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not a relayer.
		NotRelayer,
		/// No checkpoint yet: the light client is not anchored.
		NotAnchored,
		/// A checkpoint is already set.
		AlreadyAnchored,
		/// A header is not exactly 80 bytes.
		BadHeaderLength,
		/// No header in the call.
		NoHeaders,
		/// The header is already known.
		DuplicateHeader,
		/// The parent is not known (or was pruned).
		UnknownParent,
		/// The header is at or below the checkpoint.
		BelowCheckpoint,
		/// `nBits` is not a valid target (zero, negative or overflowing).
		BadBits,
		/// The version is below what BIP34/66/65 require at that height (Core's "bad-version").
		BadVersion,
		/// The target is easier than the network's limit.
		TargetAboveLimit,
		/// The id does not meet the target.
		InsufficientWork,
		/// Inside an epoch the bits differ from the parent's.
		BitsChangedInEpoch,
		/// At an epoch boundary the bits are not the retarget.
		BadRetarget,
		/// The time is not after the median of the previous 11 blocks.
		TimeTooOld,
		/// The time is more than two hours ahead of this chain's clock.
		TimeTooNew,
		/// The branch forks more than `MaxReorgDepth` below the tip.
		ReorgTooDeep,
		/// `MaxForksPerHeight` headers are already known at that height.
		TooManyForks,
		/// More than `MaxRelayers` relayers.
		TooManyRelayers,
		/// The checkpoint's previous times are more than ten.
		BadCheckpoint,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Import `headers` in order (each may build on the previous one or on any known
		/// header). All or nothing: one invalid header rejects the call. Free when the best tip
		/// advanced.
		///
		/// - Origin: signed; a relayer.
		/// - Errors: `NotRelayer`, `NotAnchored`, `NoHeaders`, `BadHeaderLength`,
		///   `DuplicateHeader`, `UnknownParent`, `BelowCheckpoint`, `BadVersion`, `BadBits`,
		///   `TargetAboveLimit`,
		///   `InsufficientWork`, `BitsChangedInEpoch`, `BadRetarget`, `TimeTooOld`, `TimeTooNew`,
		///   `ReorgTooDeep`, `TooManyForks`.
		/// - Events: `HeaderImported`, `NewBestTip`, `Reorganized`, `DeepReorg`.
		#[pallet::call_index(0)]
		#[pallet::weight(Pallet::<T>::submit_weight(headers.len() as u32))]
		pub fn submit_headers(
			origin: OriginFor<T>,
			headers: BoundedVec<RawHeader, T::MaxHeadersPerCall>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			ensure!(Relayers::<T>::get().contains(&who), Error::<T>::NotRelayer);
			ensure!(!headers.is_empty(), Error::<T>::NoHeaders);
			let before = BestTip::<T>::get().ok_or(Error::<T>::NotAnchored)?;
			for raw in headers.iter() {
				Self::import(raw)?;
			}
			let advanced = BestTip::<T>::get() != Some(before);
			Ok(if advanced { Pays::No } else { Pays::Yes }.into())
		}

		/// Replace the relayers.
		///
		/// - Origin: `GovernanceOrigin`.
		/// - Errors: `BadOrigin`, `TooManyRelayers`.
		/// - Events: `RelayersSet`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_relayers())]
		pub fn set_relayers(origin: OriginFor<T>, relayers: Vec<T::AccountId>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let bounded: BoundedVec<_, _> =
				relayers.clone().try_into().map_err(|_| Error::<T>::TooManyRelayers)?;
			Relayers::<T>::put(bounded);
			Self::deposit_event(Event::RelayersSet { relayers });
			Ok(())
		}

		/// Anchor the light client at a checkpoint, if genesis did not.
		///
		/// - Origin: `GovernanceOrigin`.
		/// - Errors: `BadOrigin`, `AlreadyAnchored`, `BadHeaderLength`, `BadBits`,
		///   `TargetAboveLimit`, `InsufficientWork`, `BadCheckpoint`.
		/// - Events: `Anchored`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_checkpoint())]
		pub fn set_checkpoint(
			origin: OriginFor<T>,
			network: BtcNetwork,
			height: u32,
			header: RawHeader,
			epoch_start_time: u32,
			previous_times: BoundedVec<u32, ConstU32<10>>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::anchor(&CheckpointConfig {
				network,
				height,
				header: header.into_inner(),
				epoch_start_time,
				previous_times: previous_times.into_inner(),
			})
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::PruneDepth::get() > T::MaxReorgDepth::get(),
				"PruneDepth must exceed MaxReorgDepth"
			);
			assert!(T::MaxForksPerHeight::get() >= 1, "MaxForksPerHeight must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
