//! Avatar / CID identities: the number type, its ranges, and the traits through which other
//! pallets read CIDs (`CidInspect`), write claims and reputation (`CidAttest`), and learn that a
//! CID was issued (`OnCidIssued`, implemented by Mini Point economics).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::{ConstU32, H256};
use sp_runtime::{BoundedVec, DispatchResult, Percent};

/// A CID: an integer in `[1, 10^12)`, i.e. 1 to 12 decimal digits.
pub type Cid = u64;

/// The largest CID (12 digits).
pub const MAX_CID: Cid = 999_999_999_999;
/// The largest CID of the reserved range (1–5 digits).
pub const MAX_RESERVED_CID: Cid = 99_999;
/// The largest CID of the community range (6 digits).
pub const MAX_COMMUNITY_CID: Cid = 999_999;
/// The first CID of the public range (7–12 digits).
pub const MIN_PUBLIC_CID: Cid = 1_000_000;

/// The range a CID belongs to, which decides who may assign it and whether it moves.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum CidRange {
	/// 1–5 digits: assigned by governance; owners cannot transfer them.
	Reserved,
	/// 6 digits: assigned by registrars; transferable.
	Community,
	/// 7–12 digits: claimed by anyone with a refundable deposit; transferable.
	Public,
}

impl CidRange {
	/// The range of `cid`, or `None` if it is 0 or has more than 12 digits.
	pub fn of(cid: Cid) -> Option<CidRange> {
		match cid {
			0 => None,
			1..=MAX_RESERVED_CID => Some(CidRange::Reserved),
			..=MAX_COMMUNITY_CID => Some(CidRange::Community),
			..=MAX_CID => Some(CidRange::Public),
			_ => None,
		}
	}
}

/// A reputation score. Starts at 0; raised and lowered by attesters, never below 0.
pub type Reputation = u32;

/// The key of a claim about a CID, e.g. `b"kyc"` (at most 32 bytes).
pub type ClaimKey = BoundedVec<u8, ConstU32<32>>;

/// A claim about a CID: who issued it, the hash of the attested value (never the personal data
/// itself), and the last block at which it is valid.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Claim<AccountId, BlockNumber> {
	/// The account (an oracle, or governance's account) that issued the claim.
	pub issuer: AccountId,
	/// Hash of the attested value or verdict.
	pub value_hash: H256,
	/// The claim is valid up to and including this block.
	pub valid_until: BlockNumber,
}

/// The remint record of a CID's C-Card: how often it was reminted, who reminted it last, and
/// the tax that account takes of every market sale of the CID.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct CardRemints<AccountId> {
	/// How many times the card was reminted (at most the `Cid` pallet's `MaxRemints`).
	pub count: u8,
	/// The account that reminted it last (none before the first remint).
	pub last_reminter: Option<AccountId>,
	/// The share of every market sale's price paid to `last_reminter`.
	pub tax: Percent,
}

impl<AccountId> Default for CardRemints<AccountId> {
	/// A card never reminted.
	fn default() -> Self {
		Self { count: 0, last_reminter: None, tax: Percent::zero() }
	}
}

/// Read access to CIDs for other pallets (MST gates offerings on reputation, oracles are
/// avatars). The runtime wires it to the `Cid` pallet.
pub trait CidInspect<AccountId, BlockNumber> {
	/// The owner of `cid`, if it is issued.
	fn owner_of(cid: Cid) -> Option<AccountId>;
	/// The first (lowest-numbered) CID that `who` owns, if any.
	fn cid_of(who: &AccountId) -> Option<Cid>;
	/// The reputation of `cid` (0 if it has none or is not issued).
	fn reputation_of(cid: Cid) -> Reputation;
	/// The claim `key` about `cid`, if one exists and is still valid at the current block.
	fn claim_of(cid: Cid, key: &ClaimKey) -> Option<Claim<AccountId, BlockNumber>>;
	/// The CID named `name` (any case), if an avatar has that name.
	fn cid_by_name(name: &[u8]) -> Option<Cid>;
	/// The remint record of `cid`'s C-Card, if the card is minted.
	fn card_remints(cid: Cid) -> Option<CardRemints<AccountId>>;
}

/// Write access to claims: the only way they change outside the `Cid` pallet's own calls. The
/// runtime wires it to the `Cid` pallet; the `Oracle` pallet writes attested claims through it.
pub trait CidAttest<AccountId, BlockNumber> {
	/// Set (or replace) the claim `key` about `cid`.
	fn set_claim(cid: Cid, key: ClaimKey, claim: Claim<AccountId, BlockNumber>) -> DispatchResult;
	/// Remove the claim `key` about `cid`.
	fn remove_claim(cid: Cid, key: &ClaimKey) -> DispatchResult;
}

/// The reputation attestations give a CID: the sum over the attestations that are live now
/// (an expired, overwritten or revoked attestation gives nothing), computed when read, so it
/// cannot drift. The runtime wires it to the `Oracle` pallet; the `Cid` pallet adds it to the
/// score governance sets.
pub trait AttestedReputation {
	/// The reputation `cid`'s live attestations give it.
	fn attested_reputation(cid: Cid) -> Reputation;
}

impl AttestedReputation for () {
	fn attested_reputation(_: Cid) -> Reputation {
		0
	}
}

/// Told when a CID is issued (registered or claimed) or released. Mini Point economics mints on
/// issuance and takes the owner's reward back on release.
pub trait OnCidIssued<AccountId> {
	/// `cid` was issued to `owner`. An error reverts the issuance.
	fn on_cid_issued(cid: Cid, owner: &AccountId) -> DispatchResult;
	/// `owner` gave `cid` up. An error reverts the release.
	fn on_cid_released(_cid: Cid, _owner: &AccountId) -> DispatchResult {
		Ok(())
	}
}

/// Told when a CID changes hands: transferred (`to` is the new owner) or released (`to` is
/// `None`). Whatever was earned under the old holder (attestations, an oracle acting as the
/// CID) must not pass to the next one.
pub trait OnCidChangedHands<AccountId> {
	/// `cid` left `from`.
	fn on_cid_changed_hands(cid: Cid, from: &AccountId, to: Option<&AccountId>);
}

impl<AccountId> OnCidChangedHands<AccountId> for () {
	fn on_cid_changed_hands(_: Cid, _: &AccountId, _: Option<&AccountId>) {}
}

impl<AccountId> OnCidIssued<AccountId> for () {
	fn on_cid_issued(_: Cid, _: &AccountId) -> DispatchResult {
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn ranges_follow_digit_counts() {
		assert_eq!(CidRange::of(0), None);
		assert_eq!(CidRange::of(1), Some(CidRange::Reserved));
		assert_eq!(CidRange::of(99_999), Some(CidRange::Reserved));
		assert_eq!(CidRange::of(100_000), Some(CidRange::Community));
		assert_eq!(CidRange::of(999_999), Some(CidRange::Community));
		assert_eq!(CidRange::of(1_000_000), Some(CidRange::Public));
		assert_eq!(CidRange::of(999_999_999_999), Some(CidRange::Public));
		assert_eq!(CidRange::of(1_000_000_000_000), None);
	}
}
