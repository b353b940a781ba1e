//! Types stored by the oracle pallet and taken by its calls.

use super::*;
use frame_support::traits::fungible::Inspect;
use sp_runtime::Perbill;

pub(crate) type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A stored oracle.
pub type OracleOf<T> = OracleInfo<BalanceOf<T>, BlockNumberFor<T>>;
/// A stored attestation.
pub type AttestationOf<T> = Attestation<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
/// A stored dispute.
pub type DisputeOf<T> =
	Dispute<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
/// The id of a dispute.
pub type DisputeId = u32;
/// A registered data feed.
pub type FeedKeyOf<T> =
	FeedKeyInfo<<T as frame_system::Config>::AccountId, <T as Config>::MaxFeedersPerKey>;
/// An approved feeder.
pub type FeederOf<T> = FeederInfo<BlockNumberFor<T>, <T as Config>::MaxKeysPerFeeder>;
/// A credibility score, 0–100.
pub type Credibility = u8;

use minix_primitives::stored;

stored! {
	/// The services an oracle offers. At least one must be set.
	#[derive(Copy, Default)]
	pub struct OracleKinds {
		/// Feeds off-chain data (`OracleFeeds.feed_values`).
		pub data_feed: bool,
		/// Attests facts about CIDs (`attest`).
		pub authentication: bool,
		/// Holds assets in custody for others (recorded; no on-chain duty yet).
		pub custody: bool,
		/// Supervises and arbitrates (recorded; no on-chain duty yet).
		pub supervision: bool,
	}
}

impl OracleKinds {
	/// Whether no kind is set.
	pub fn is_empty(&self) -> bool {
		!(self.data_feed || self.authentication || self.custody || self.supervision)
	}
}

/// A data feed governance registered: who may feed it and how many of them must agree.
#[derive(
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxFeeders))]
#[codec(mel_bound(AccountId: MaxEncodedLen))]
pub struct FeedKeyInfo<AccountId: Clone + PartialEq + core::fmt::Debug, MaxFeeders: Get<u32>> {
	/// The share of `feeders` whose fresh values a combined value needs (rounded up, and never
	/// fewer than `MinQuorum`).
	pub quorum: Perbill,
	/// The oracles approved to feed it, sorted.
	pub feeders: BoundedVec<AccountId, MaxFeeders>,
}

/// An oracle approved to feed some keys.
#[derive(
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxKeys))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
pub struct FeederInfo<BlockNumber: Clone + PartialEq + core::fmt::Debug, MaxKeys: Get<u32>> {
	/// The keys it is approved for.
	pub keys: BoundedVec<OracleKey, MaxKeys>,
	/// The block it last fed in (one feed per block).
	pub last_fed: Option<BlockNumber>,
}

stored! {
	/// An oracle's track record, from which its credibility is computed.
	#[derive(Copy, Default)]
	pub struct Record {
		/// Values it fed while their key had a quorum of fresh values (one per key per feed).
		pub feeds_accepted: u32,
		/// Attestations made (renewals not counted; recorded, not a source of credibility).
		pub attestations_made: u32,
		/// Disputes upheld against the oracle.
		pub disputes_lost: u32,
	}
}

stored! {
	/// A registered oracle.
	pub struct OracleInfo<Balance, BlockNumber> {
		/// The CID the oracle acts as (owned by the oracle's account).
		pub cid: Cid,
		/// What it offers.
		pub kinds: OracleKinds,
		/// The MINI bond it holds (less any slashes).
		pub bond: Balance,
		/// When it registered (its age counts from here).
		pub registered_at: BlockNumber,
		/// Set by `unregister`: the block from which `release_bond` may be called.
		pub leaving_at: Option<BlockNumber>,
		/// Disputes against it not yet resolved.
		pub open_disputes: u32,
		/// Its track record.
		pub record: Record,
	}
}

stored! {
	/// An attestation an oracle made: the claim it wrote into the subject CID.
	pub struct Attestation<AccountId, BlockNumber> {
		/// The attesting oracle.
		pub oracle: AccountId,
		/// The hash of the attested value.
		pub value_hash: H256,
		/// The claim is valid up to and including this block.
		pub valid_until: BlockNumber,
		/// Reputation the attestation added to the subject CID (taken back if it is revoked).
		pub reputation_granted: Reputation,
	}
}

stored! {
	/// What a dispute is about.
	pub enum DisputeTarget<AccountId> {
		/// The value `oracle` last fed for `key`.
		#[codec(index = 0)]
		Feed {
			/// The feeding oracle.
			oracle: AccountId,
			/// The feed key.
			key: OracleKey,
		},
		/// The attestation of claim `key` about CID `cid`.
		#[codec(index = 1)]
		Attestation {
			/// The subject CID.
			cid: Cid,
			/// The claim key.
			key: ClaimKey,
		},
	}
}

stored! {
	/// An open dispute.
	pub struct Dispute<AccountId, Balance, BlockNumber> {
		/// Who opened it (and holds the dispute bond).
		pub disputer: AccountId,
		/// The oracle disputed.
		pub oracle: AccountId,
		/// The disputed feed value or attestation.
		pub target: DisputeTarget<AccountId>,
		/// The disputed feed value at the time of the dispute (`None` for attestations).
		pub disputed_value: Option<OracleValue>,
		/// Hash of the evidence, kept off chain.
		pub evidence_hash: H256,
		/// The disputer's bond.
		pub bond: Balance,
		/// When it was opened.
		pub opened_at: BlockNumber,
	}
}

stored! {
	/// The arbiter's decision on a dispute.
	#[derive(Copy)]
	pub enum Verdict {
		/// The oracle was wrong: it is slashed, an attestation is revoked, the disputer's bond
		/// is released.
		#[codec(index = 0)]
		Upheld,
		/// The dispute was unfounded: the disputer's bond is slashed.
		#[codec(index = 1)]
		Rejected,
	}
}

/// What the oracle pallet reads from and writes to the data-feed pallet (polkadot-sdk's
/// `pallet-oracle`, through [`crate::PalletOracleFeeds`]): values with the timestamp (milliseconds) they
/// were fed at.
pub trait FeedSource<AccountId> {
	/// The combined value of `key` and its timestamp, fresh or not.
	fn combined(key: &OracleKey) -> Option<(OracleValue, u64)>;
	/// The value `who` last fed for `key` and its timestamp.
	fn raw(who: &AccountId, key: &OracleKey) -> Option<(OracleValue, u64)>;
	/// The current time in milliseconds.
	fn now() -> u64;
	/// Record `value` as fed by `who` for `key` now and recombine `key` (`who` must be one of
	/// the data-feed pallet's members).
	fn feed(who: &AccountId, key: &OracleKey, value: OracleValue) -> DispatchResult;
	/// Drop the value `who` fed for `key` (it may no longer feed it).
	fn forget(who: &AccountId, key: &OracleKey);
	/// Drop `key`'s combined value (the key was deregistered).
	fn forget_key(key: &OracleKey);
	/// Record `value` as fed by `who` for `key` now, without recombining (benchmarks only).
	#[cfg(feature = "runtime-benchmarks")]
	fn set_raw(who: &AccountId, key: &OracleKey, value: OracleValue);
	/// Make `key`'s combined value `value`, fed now (benchmarks only).
	#[cfg(feature = "runtime-benchmarks")]
	fn set_combined(key: &OracleKey, value: OracleValue);
}
