//! # Oracle pallet: value intermediaries
//!
//! Oracles are avatars (CID owners) that feed off-chain data, attest facts about other CIDs
//! (KYC passed, date of birth verified) and arbitrate; their credibility comes from their
//! on-chain record.
//!
//! - **Registry** ([`Call::register_oracle`], [`Call::set_kinds`], [`Call::unregister`],
//!   [`Call::release_bond`]): the caller names a CID it owns and the kinds of service it
//!   offers; a MINI bond is held (`HoldReason::OracleBond`). Leaving starts a cooling-off
//!   period; the bond is released after it, once no dispute is open.
//! - **Data feeds** are polkadot-sdk's `pallet-oracle` (runtime `OracleFeeds`, its
//!   `feed_values` call): this pallet is its `Members` (the registered data-feed oracles, see
//!   [`frame_support::traits::SortedMembers`]) and its `OnNewData` (counting accepted values).
//!   The combined value of a key is the median of the fresh values of at least `MinFeeders`
//!   oracles; this pallet reads it through [`FeedSource`] ([`OrmlFeeds`]) and serves it to
//!   other pallets as [`minix_primitives::OracleValues`], treating a value older than
//!   `ExpiresIn` as absent.
//! - **Attestations** ([`Call::attest`], [`Call::revoke_attestation`]): authentication oracles
//!   write claims into CIDs through [`minix_primitives::CidAttest`]; a claim past its
//!   `valid_until` reads as absent. An attestation by an oracle of credibility at least
//!   `MinCredibility` also raises the subject CID's reputation by `AttestationReputation`
//!   (taken back if the attestation is revoked).
//! - **Disputes** ([`Call::dispute`], [`Call::resolve_dispute`]): anyone may dispute a fed
//!   value or an attestation by holding `DisputeBond`; the `ArbitrationOrigin` decides. The
//!   loser's stake goes to the fee pool: an upheld dispute slashes `DisputeBond` from the
//!   oracle's bond and revokes the attestation; a rejected one slashes the disputer's bond.
//! - **Credibility** ([`Pallet::credibility`], 0–100): `min(30, age / AgeUnit)` +
//!   `min(40, feeds_accepted / 100)` + `min(30, attestations_made)` − `25 × disputes_lost`,
//!   floored at 0.
//!
//! Clients read combined values, oracle records and open disputes through
//! [`runtime_api::OracleApi`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod functions;
mod impl_traits;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use impl_traits::OrmlFeeds;
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible};
use frame_system::pallet_prelude::*;
use minix_primitives::{Cid, CidAttest, CidInspect, ClaimKey, OracleKey, OracleValue, Reputation};
use scale_info::TypeInfo;
use sp_core::H256;

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why the pallet holds MINI.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An oracle's bond, until it leaves and the cooling-off period ends.
		#[codec(index = 0)]
		OracleBond,
		/// A disputer's bond, until the dispute is resolved.
		#[codec(index = 1)]
		DisputeBond,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;
		/// MINI.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// CID ownership.
		type Cids: CidInspect<Self::AccountId, BlockNumberFor<Self>>;
		/// Where attestations and reputation are written (the `Cid` pallet).
		type Attest: CidAttest<Self::AccountId, BlockNumberFor<Self>>;
		/// The data-feed pallet's values ([`OrmlFeeds`] over `pallet-oracle`).
		type Feeds: FeedSource<Self::AccountId>;
		/// A combined value older than this (milliseconds) reads as absent.
		#[pallet::constant]
		type ExpiresIn: Get<u64>;
		/// Who decides disputes.
		type ArbitrationOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Receives slashed bonds (the fee pool).
		type FeeDestination: Get<Self::AccountId>;
		/// The MINI an oracle holds while registered.
		#[pallet::constant]
		type OracleBond: Get<BalanceOf<Self>>;
		/// The MINI a disputer holds, and what an upheld dispute slashes from the oracle.
		#[pallet::constant]
		type DisputeBond: Get<BalanceOf<Self>>;
		/// Blocks between `unregister` and `release_bond`.
		#[pallet::constant]
		type CoolingOff: Get<BlockNumberFor<Self>>;
		/// The longest validity an attestation may have, in blocks.
		#[pallet::constant]
		type MaxValidity: Get<BlockNumberFor<Self>>;
		/// Blocks of age per credibility point.
		#[pallet::constant]
		type AgeUnit: Get<BlockNumberFor<Self>>;
		/// The credibility an oracle needs for its attestations to raise CID reputation.
		#[pallet::constant]
		type MinCredibility: Get<Credibility>;
		/// Reputation an attestation adds to its subject CID.
		#[pallet::constant]
		type AttestationReputation: Get<Reputation>;
		/// The most registered oracles (and data-feed members).
		#[pallet::constant]
		type MaxOracles: Get<u32>;
		/// The most disputes open at once.
		#[pallet::constant]
		type MaxOpenDisputes: Get<u32>;
		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
	}

	/// Registered oracles by account.
	#[pallet::storage]
	pub type Oracles<T: Config> = CountedStorageMap<_, Blake2_128Concat, T::AccountId, OracleOf<T>>;

	/// The oracle acting as each CID.
	#[pallet::storage]
	pub type OracleOfCid<T: Config> = StorageMap<_, Twox64Concat, Cid, T::AccountId>;

	/// The data-feed oracles, sorted: the members of `OracleFeeds`.
	#[pallet::storage]
	pub type Feeders<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxOracles>, ValueQuery>;

	/// Attestations: (subject CID, claim key) -> the attestation.
	#[pallet::storage]
	pub type Attestations<T: Config> =
		StorageDoubleMap<_, Twox64Concat, Cid, Blake2_128Concat, ClaimKey, AttestationOf<T>>;

	/// Open disputes.
	#[pallet::storage]
	pub type Disputes<T: Config> = CountedStorageMap<_, Twox64Concat, DisputeId, DisputeOf<T>>;

	/// The id the next dispute gets.
	#[pallet::storage]
	pub type NextDisputeId<T: Config> = StorageValue<_, DisputeId, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An oracle registered and its bond was held.
		OracleRegistered { who: T::AccountId, cid: Cid, kinds: OracleKinds, bond: BalanceOf<T> },
		/// An oracle changed the kinds of service it offers.
		KindsChanged { who: T::AccountId, kinds: OracleKinds },
		/// An oracle started leaving; its bond may be released from `release_at`.
		OracleLeaving { who: T::AccountId, release_at: BlockNumberFor<T> },
		/// An oracle left and its remaining bond was released.
		OracleRemoved { who: T::AccountId, bond: BalanceOf<T> },
		/// An oracle attested a claim about a CID.
		Attested {
			oracle: T::AccountId,
			cid: Cid,
			key: ClaimKey,
			valid_until: BlockNumberFor<T>,
			reputation_granted: Reputation,
		},
		/// An attestation was revoked (by its oracle, or by an upheld dispute).
		AttestationRevoked { oracle: T::AccountId, cid: Cid, key: ClaimKey },
		/// `cid` changed hands: its `count` attestations (and the reputation they granted, which
		/// the CID lost) are forgotten.
		AttestationsForgotten { cid: Cid, count: u32 },
		/// A dispute was opened and the disputer's bond held.
		Disputed { id: DisputeId, disputer: T::AccountId, oracle: T::AccountId },
		/// A dispute was decided; `slashed` went from `loser` to the fee pool.
		DisputeResolved {
			id: DisputeId,
			verdict: Verdict,
			loser: T::AccountId,
			slashed: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller does not own that CID.
		NotCidOwner,
		/// The caller is already an oracle.
		AlreadyOracle,
		/// Another oracle already acts as that CID.
		CidInUse,
		/// No kind of service was chosen.
		NoKinds,
		/// `MaxOracles` oracles (or data-feed members) are registered.
		TooManyOracles,
		/// The caller cannot hold the bond.
		InsufficientBond,
		/// The account is not a registered oracle.
		NotOracle,
		/// The oracle is leaving (or has lost its CID) and cannot act.
		NotActive,
		/// The oracle is already leaving.
		AlreadyLeaving,
		/// `release_bond` before `unregister`, or before the cooling-off period ended.
		CoolingOff,
		/// Disputes against the oracle are still open.
		OpenDisputes,
		/// The oracle does not offer authentication.
		NotAuthenticator,
		/// No CID has that number.
		UnknownCid,
		/// An oracle cannot attest its own CID.
		SelfAttestation,
		/// `valid_until` is not in the future.
		AlreadyExpired,
		/// `valid_until` is more than `MaxValidity` blocks away.
		ValidityTooLong,
		/// Another oracle's attestation of this claim is still valid.
		AttestedByAnother,
		/// No attestation of that claim exists.
		UnknownAttestation,
		/// The attestation belongs to another oracle.
		NotAttester,
		/// The disputed feed value or attestation does not exist.
		UnknownTarget,
		/// An oracle cannot dispute itself.
		SelfDispute,
		/// `MaxOpenDisputes` disputes are open.
		TooManyDisputes,
		/// No open dispute has that id.
		UnknownDispute,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register the caller as an oracle acting as `cid`, offering `kinds`; holds
		/// `OracleBond`. A data-feed oracle becomes a member of `OracleFeeds` at once.
		///
		/// - Origin: signed; the owner of `cid`.
		/// - Errors: `NotCidOwner`, `AlreadyOracle`, `CidInUse`, `NoKinds`, `TooManyOracles`,
		///   `InsufficientBond`.
		/// - Events: `OracleRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_oracle())]
		pub fn register_oracle(
			origin: OriginFor<T>,
			cid: Cid,
			kinds: OracleKinds,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register(who, cid, kinds)
		}

		/// Change the kinds of service the caller offers.
		///
		/// - Origin: signed; an active oracle.
		/// - Errors: `NotOracle`, `NotActive`, `NoKinds`, `TooManyOracles`.
		/// - Events: `KindsChanged`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_kinds())]
		pub fn set_kinds(origin: OriginFor<T>, kinds: OracleKinds) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_kinds(who, kinds)
		}

		/// Start leaving: the caller stops feeding and attesting at once; its bond stays held
		/// for `CoolingOff` blocks so that disputes can still reach it.
		///
		/// - Origin: signed; a registered oracle.
		/// - Errors: `NotOracle`, `AlreadyLeaving`.
		/// - Events: `OracleLeaving`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::unregister())]
		pub fn unregister(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unregister(who)
		}

		/// Release the caller's bond and remove it from the registry, after the cooling-off
		/// period and once no dispute against it is open.
		///
		/// - Origin: signed; a leaving oracle.
		/// - Errors: `NotOracle`, `CoolingOff`, `OpenDisputes`.
		/// - Events: `OracleRemoved`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::release_bond())]
		pub fn release_bond(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_release_bond(who)
		}

		/// Attest claim `key` about CID `cid`: write the claim (hash of the value, validity)
		/// into the CID. Renewing one's own attestation is allowed.
		///
		/// - Origin: signed; an active authentication oracle.
		/// - Errors: `NotOracle`, `NotActive`, `NotAuthenticator`, `UnknownCid`,
		///   `SelfAttestation`, `AlreadyExpired`, `ValidityTooLong`, `AttestedByAnother`.
		/// - Events: `Attested`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::attest())]
		pub fn attest(
			origin: OriginFor<T>,
			cid: Cid,
			key: ClaimKey,
			value_hash: H256,
			valid_until: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_attest(who, cid, key, value_hash, valid_until)
		}

		/// Revoke the caller's attestation of claim `key` about `cid`; any reputation it granted
		/// is taken back.
		///
		/// - Origin: signed; the attesting oracle.
		/// - Errors: `UnknownAttestation`, `NotAttester`.
		/// - Events: `AttestationRevoked`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::revoke_attestation())]
		pub fn revoke_attestation(origin: OriginFor<T>, cid: Cid, key: ClaimKey) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let attestation =
				Attestations::<T>::get(cid, &key).ok_or(Error::<T>::UnknownAttestation)?;
			ensure!(attestation.oracle == who, Error::<T>::NotAttester);
			Self::revoke(cid, key, attestation)
		}

		/// Dispute a fed value or an attestation; holds `DisputeBond` from the caller.
		///
		/// - Origin: signed; anyone but the disputed oracle.
		/// - Errors: `UnknownTarget`, `NotOracle`, `SelfDispute`, `TooManyDisputes`,
		///   `InsufficientBond`.
		/// - Events: `Disputed`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::dispute())]
		pub fn dispute(
			origin: OriginFor<T>,
			target: DisputeTarget<T::AccountId>,
			evidence_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dispute(who, target, evidence_hash)
		}

		/// Decide dispute `id`. `Upheld`: `DisputeBond` is slashed from the oracle's bond to the
		/// fee pool, a disputed attestation is revoked and the disputer's bond released.
		/// `Rejected`: the disputer's bond is slashed to the fee pool.
		///
		/// - Origin: `ArbitrationOrigin` (governance).
		/// - Errors: `BadOrigin`, `UnknownDispute`.
		/// - Events: `DisputeResolved`, `AttestationRevoked`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::resolve_dispute())]
		pub fn resolve_dispute(
			origin: OriginFor<T>,
			id: DisputeId,
			verdict: Verdict,
		) -> DispatchResult {
			T::ArbitrationOrigin::ensure_origin(origin)?;
			Self::do_resolve(id, verdict)
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(!T::AgeUnit::get().is_zero(), "AgeUnit must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
