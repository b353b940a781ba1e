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
//! - **Data feeds** are stored by polkadot-sdk's `pallet-oracle` (runtime `OracleFeeds`), but
//!   fed through [`Call::feed_values`] here: governance registers each key
//!   ([`Call::register_feed_key`]) with its quorum, a share of the key's feeders, and approves
//!   data-feed oracles per key ([`Call::approve_feeder`], [`Call::remove_feeder`]). An approved
//!   feeder feeds its keys once per block, fee-free; any other key is refused, so feeding grows
//!   no state for free. The runtime's call filter closes `OracleFeeds.feed_values` to signed
//!   origins. The combined value of a key is the median of the fresh values of at least its
//!   quorum ([`QuorumCombine`], `pallet-oracle`'s `CombineData`); this pallet reads it through
//!   [`FeedSource`] ([`PalletOracleFeeds`]) and serves it to other pallets as
//!   [`minix_primitives::OracleValues`], treating a value older than `ExpiresIn` as absent.
//!   An oracle that leaves, stops feeding or loses its CID leaves every key at once, and its
//!   fed values are dropped (at most `MaxKeysPerFeeder`).
//! - **Attestations** ([`Call::attest`], [`Call::revoke_attestation`]): authentication oracles
//!   write claims into CIDs through [`minix_primitives::CidAttest`]; a claim past its
//!   `valid_until` reads as absent. An attestation by an oracle of credibility at least
//!   `MinCredibility` gives the subject CID `AttestationReputation` while it is live: a CID's
//!   attested reputation ([`minix_primitives::AttestedReputation`]) is the sum over its live
//!   attestations, computed when read, so expiry, revocation and overwriting take it back.
//! - **Disputes** ([`Call::dispute`], [`Call::resolve_dispute`]): anyone may dispute a fed
//!   value or an attestation by holding `DisputeBond`; the `ArbitrationOrigin` decides. The
//!   loser's stake goes to the fee pool: an upheld dispute slashes `DisputeBond` from the
//!   oracle's bond and revokes the attestation; a rejected one slashes the disputer's bond.
//! - **Credibility** ([`Pallet::credibility`], 0–100): `min(40, age / AgeUnit)` +
//!   `min(60, feeds_accepted / 100)` − `25 × disputes_lost`, floored at 0. A feed counts only
//!   if its key had a quorum of fresh values (other approved feeders corroborated it);
//!   attestations earn nothing, since an oracle could attest CIDs of accounts it controls.
//!
//! Clients read combined values, oracle records and open disputes through
//! [`runtime_api::OracleApi`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::BenchmarkHelper;
mod feeds;
mod functions;
mod impl_traits;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use impl_traits::{PalletOracleFeeds, QuorumCombine};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible};
use frame_system::pallet_prelude::*;
use minix_primitives::{Cid, CidAttest, CidInspect, ClaimKey, OracleKey, OracleValue, Reputation};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Perbill;

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
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// MINI.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// CID ownership.
		type Cids: CidInspect<Self::AccountId, BlockNumberFor<Self>>;
		/// Where attestations and reputation are written (the `Cid` pallet).
		type Attest: CidAttest<Self::AccountId, BlockNumberFor<Self>>;
		/// The data-feed pallet's values ([`PalletOracleFeeds`] over `pallet-oracle`).
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
		/// Who registers feed keys and approves their feeders (governance).
		type FeedOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The fewest fresh values any combined value needs, whatever a key's quorum share.
		#[pallet::constant]
		type MinQuorum: Get<u32>;
		/// The most oracles approved to feed (the members of `OracleFeeds`).
		#[pallet::constant]
		type MaxFeeders: Get<u32>;
		/// The most approved feeders of one key.
		#[pallet::constant]
		type MaxFeedersPerKey: Get<u32>;
		/// The most keys one oracle is approved to feed (and so the most values per feed).
		#[pallet::constant]
		type MaxKeysPerFeeder: Get<u32>;
		/// The most disputes open at once.
		#[pallet::constant]
		type MaxOpenDisputes: Get<u32>;
		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
		/// Sets up what the benchmarks need from other pallets (CIDs for the avatars).
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<Self::AccountId>;
	}

	/// Registered oracles by account.
	#[pallet::storage]
	pub type Oracles<T: Config> = CountedStorageMap<_, Blake2_128Concat, T::AccountId, OracleOf<T>>;

	/// The oracle acting as each CID.
	#[pallet::storage]
	pub type OracleOfCid<T: Config> = StorageMap<_, Twox64Concat, Cid, T::AccountId>;

	/// The oracles approved to feed at least one key, sorted: the members of `OracleFeeds`.
	#[pallet::storage]
	pub type Feeders<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxFeeders>, ValueQuery>;

	/// The feed keys governance registered, with their quorum and approved feeders.
	#[pallet::storage]
	pub type FeedKeys<T: Config> = StorageMap<_, Blake2_128Concat, OracleKey, FeedKeyOf<T>>;

	/// The keys each approved feeder may feed, and when it last fed.
	#[pallet::storage]
	pub type FeederKeys<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, FeederOf<T>>;

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
		/// Governance registered the feed `key`, combined from `quorum` of its feeders.
		FeedKeyRegistered { key: OracleKey, quorum: Perbill },
		/// Governance changed the quorum of `key`.
		QuorumSet { key: OracleKey, quorum: Perbill },
		/// Governance removed the feed `key`; its feeders and values are gone.
		FeedKeyRemoved { key: OracleKey },
		/// `who` may now feed `key`.
		FeederApproved { key: OracleKey, who: T::AccountId },
		/// `who` may no longer feed `key`; its value for it is gone.
		FeederRemoved { key: OracleKey, who: T::AccountId },
		/// `who` fed `count` values fee-free, `corroborated` of them while their key had a
		/// quorum.
		Fed { who: T::AccountId, count: u32, corroborated: u32 },
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
		/// `MaxFeeders` oracles are approved to feed.
		TooManyFeeders,
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
		/// Governance did not register that feed key.
		UnknownFeedKey,
		/// That feed key is already registered.
		FeedKeyExists,
		/// The oracle does not offer data feeds.
		NotDataFeeder,
		/// The oracle is already approved for that key.
		AlreadyApproved,
		/// The caller is not approved to feed that key.
		NotApproved,
		/// The key has `MaxFeedersPerKey` approved feeders.
		TooManyFeedersForKey,
		/// The oracle is approved for `MaxKeysPerFeeder` keys.
		TooManyKeysForFeeder,
		/// The caller already fed in this block.
		AlreadyFed,
		/// A feed names the same key twice.
		DuplicateKey,
		/// A feed with no values.
		NoValues,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register the caller as an oracle acting as `cid`, offering `kinds`; holds
		/// `OracleBond`. A data-feed oracle feeds once governance approves it for a key.
		///
		/// - Origin: signed; the owner of `cid`.
		/// - Errors: `NotCidOwner`, `AlreadyOracle`, `CidInUse`, `NoKinds`, `InsufficientBond`.
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

		/// Change the kinds of service the caller offers; dropping data feeds leaves every key.
		///
		/// - Origin: signed; an active oracle.
		/// - Errors: `NotOracle`, `NotActive`, `NoKinds`.
		/// - Events: `KindsChanged` (and `FeederRemoved` per key left).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_kinds())]
		pub fn set_kinds(origin: OriginFor<T>, kinds: OracleKinds) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_kinds(who, kinds)
		}

		/// Start leaving: the caller stops feeding and attesting at once and leaves every feed
		/// key; its bond stays held for `CoolingOff` blocks so that disputes can still reach it.
		///
		/// - Origin: signed; a registered oracle.
		/// - Errors: `NotOracle`, `AlreadyLeaving`.
		/// - Events: `OracleLeaving` (and `FeederRemoved` per key left).
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

		/// Revoke the caller's attestation of claim `key` about `cid`; the reputation it gave
		/// ends with it.
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

		/// Feed `values` (one per key) fee-free and recombine each key. Allowed once per block,
		/// for keys governance approved the caller for; a failed feed pays its fee.
		///
		/// - Origin: signed; an active data-feed oracle approved for every key fed.
		/// - Errors: `NotOracle`, `NotActive`, `NoValues`, `NotApproved`, `DuplicateKey`,
		///   `AlreadyFed`.
		/// - Events: `Fed` (and `OracleFeeds.NewFeedData` per value).
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::feed_values(values.len() as u32))]
		pub fn feed_values(
			origin: OriginFor<T>,
			values: BoundedVec<(OracleKey, OracleValue), T::MaxKeysPerFeeder>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_feed(who, values.into_inner())?;
			Ok(Pays::No.into())
		}

		/// Register the feed `key`, combined from the fresh values of `quorum` of its approved
		/// feeders (rounded up, at least `MinQuorum`).
		///
		/// - Origin: `FeedOrigin` (governance).
		/// - Errors: `BadOrigin`, `FeedKeyExists`.
		/// - Events: `FeedKeyRegistered`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::register_feed_key())]
		pub fn register_feed_key(
			origin: OriginFor<T>,
			key: OracleKey,
			quorum: Perbill,
		) -> DispatchResult {
			T::FeedOrigin::ensure_origin(origin)?;
			Self::do_register_feed_key(key, quorum)
		}

		/// Change the quorum of the feed `key`.
		///
		/// - Origin: `FeedOrigin` (governance).
		/// - Errors: `BadOrigin`, `UnknownFeedKey`.
		/// - Events: `QuorumSet`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_quorum())]
		pub fn set_quorum(origin: OriginFor<T>, key: OracleKey, quorum: Perbill) -> DispatchResult {
			T::FeedOrigin::ensure_origin(origin)?;
			Self::do_set_quorum(key, quorum)
		}

		/// Remove the feed `key`: its feeders leave it and its values are dropped.
		///
		/// - Origin: `FeedOrigin` (governance).
		/// - Errors: `BadOrigin`, `UnknownFeedKey`.
		/// - Events: `FeederRemoved` per feeder, `FeedKeyRemoved`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::remove_feed_key(T::MaxFeedersPerKey::get()))]
		pub fn remove_feed_key(origin: OriginFor<T>, key: OracleKey) -> DispatchResultWithPostInfo {
			T::FeedOrigin::ensure_origin(origin)?;
			let feeders = Self::do_remove_feed_key(key)?;
			Ok(Some(T::WeightInfo::remove_feed_key(feeders)).into())
		}

		/// Approve the data-feed oracle `who` to feed `key`.
		///
		/// - Origin: `FeedOrigin` (governance).
		/// - Errors: `BadOrigin`, `UnknownFeedKey`, `NotOracle`, `NotActive`, `NotDataFeeder`,
		///   `AlreadyApproved`, `TooManyFeedersForKey`, `TooManyKeysForFeeder`,
		///   `TooManyFeeders`.
		/// - Events: `FeederApproved`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::approve_feeder())]
		pub fn approve_feeder(
			origin: OriginFor<T>,
			key: OracleKey,
			who: T::AccountId,
		) -> DispatchResult {
			T::FeedOrigin::ensure_origin(origin)?;
			Self::do_approve_feeder(key, who)
		}

		/// Withdraw `who`'s approval for `key`; its value for `key` is dropped.
		///
		/// - Origin: `FeedOrigin` (governance).
		/// - Errors: `BadOrigin`, `UnknownFeedKey`, `NotApproved`.
		/// - Events: `FeederRemoved`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::remove_feeder())]
		pub fn remove_feeder(
			origin: OriginFor<T>,
			key: OracleKey,
			who: T::AccountId,
		) -> DispatchResult {
			T::FeedOrigin::ensure_origin(origin)?;
			Self::do_remove_feeder(&key, &who)
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(!T::AgeUnit::get().is_zero(), "AgeUnit must not be zero");
			assert!(T::MinQuorum::get() > 0, "MinQuorum must not be zero");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
