//! Types stored by the CID pallet and returned by its runtime API.

use super::*;
use alloc::vec::Vec;
use frame_support::traits::fungible::Inspect;

pub(crate) type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
pub(crate) type AccountIdLookupOf<T> =
	<<T as frame_system::Config>::Lookup as StaticLookup>::Source;
/// An avatar name: lower case, `[a-z0-9._@-]`, at most `MaxNameLen` bytes.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;
/// The content of a C-Card (e.g. an IPFS CID), 1 to `MaxCardLen` bytes.
pub type CardOf<T> = BoundedVec<u8, <T as Config>::MaxCardLen>;
/// The C-Card of a CID as stored.
pub type CCardOf<T> = CCard<<T as frame_system::Config>::AccountId, CardOf<T>>;
/// A bonded external identity of a CID.
pub type BondOf<T> = Bond<BoundedVec<u8, <T as Config>::MaxBondLen>>;
/// The bonds of a CID.
pub type BondsOf<T> = BoundedVec<BondOf<T>, <T as Config>::MaxBonds>;
/// The stored record of a CID.
pub type DetailsOf<T> =
	CidDetails<<T as frame_system::Config>::AccountId, BalanceOf<T>, NameOf<T>, CCardOf<T>>;
/// A claim about a CID.
pub type ClaimOf<T> = Claim<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// A registrar's allowance of community registrations (each mints 1.25 MINI and holds no
/// deposit, so it is limited): at most `allowance` per `RegistrationPeriod`.
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct RegistrarInfo {
	/// Community CIDs the registrar may assign per period.
	pub allowance: u32,
	/// The period `used` counts in (block number / `RegistrationPeriod`).
	pub period: u32,
	/// Community CIDs assigned in that period.
	pub used: u32,
}

/// The kind of a bonded external identity, which decides how its address is checked.
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
pub enum BondKind {
	/// A Bitcoin address as text (base58 or bech32, 26–62 alphanumeric characters).
	Bitcoin,
	/// An Ethereum address: its 20 raw bytes.
	Ethereum,
	/// A Substrate / Polkadot account: its 32 raw bytes.
	Substrate,
	/// Anything else (e.g. the hash of an e-mail address): 1 to `MaxBondLen` bytes.
	Other,
}

impl BondKind {
	/// Whether `address` has the shape this kind requires.
	pub fn accepts(&self, address: &[u8]) -> bool {
		match self {
			BondKind::Bitcoin => {
				(26..=62).contains(&address.len())
					&& address.iter().all(|c| c.is_ascii_alphanumeric())
			},
			BondKind::Ethereum => address.len() == 20,
			BondKind::Substrate => address.len() == 32,
			BondKind::Other => !address.is_empty(),
		}
	}
}

/// An external identity bonded to a CID. Bonds are assertions by the CID's owner, not proofs.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Bond<Address> {
	/// What kind of identity the address is.
	pub kind: BondKind,
	/// The address.
	pub address: Address,
}

/// A refundable deposit held for a public CID.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Deposit<AccountId, Balance> {
	/// Who paid it (the owner for a claim, the registrar for sponsored onboarding); the deposit
	/// goes back to this account when the CID is released, whoever owns it then.
	pub depositor: AccountId,
	/// The amount held.
	pub amount: Balance,
}

/// A CID's C-Card: the content of its pallet-nfts item (mirrored there for wallets) and its
/// remint record (mirrored as the item's attributes `remints`, `reminter`, `tax`).
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct CCard<AccountId, Content> {
	/// The content the owner minted or last reminted.
	pub content: Content,
	/// How often it was reminted, by whom last, and that account's tax on sales.
	pub remints: CardRemints<AccountId>,
}

/// The stored record of an issued CID.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct CidDetails<AccountId, Balance, Name, Card> {
	/// The owner.
	pub owner: AccountId,
	/// The avatar name, if set.
	pub name: Option<Name>,
	/// The C-Card, if set.
	pub card: Option<Card>,
	/// The deposit held for a public CID (none for reserved, community and governance-assigned).
	pub deposit: Option<Deposit<AccountId, Balance>>,
	/// The reputation score governance set (attested reputation is added when read).
	pub reputation: Reputation,
	/// How many claims are stored about this CID.
	pub claims: u32,
}

/// Everything about a CID, as the runtime API returns it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct CidInfo<AccountId, Balance, BlockNumber> {
	/// The CID.
	pub cid: Cid,
	/// Its range.
	pub range: CidRange,
	/// The owner.
	pub owner: AccountId,
	/// The avatar name (empty if none).
	pub name: Vec<u8>,
	/// The C-Card, if minted.
	pub card: Option<CCard<AccountId, Vec<u8>>>,
	/// What the next remint of the card costs (none without a card or remints left).
	pub remint_fee: Option<Balance>,
	/// Bonded external identities.
	pub bonds: Vec<(BondKind, Vec<u8>)>,
	/// Reputation: the score governance set plus what live attestations give.
	pub reputation: Reputation,
	/// Claims about the CID, including expired ones (compare `valid_until` with the block).
	pub claims: Vec<(Vec<u8>, Claim<AccountId, BlockNumber>)>,
	/// The deposit held (0 if none).
	pub deposit: Balance,
	/// The account a transfer of it is offered to, until that account accepts it.
	pub offered_to: Option<AccountId>,
	/// Whether it is escrowed in place (listed on the market): nothing about it can change.
	pub in_escrow: bool,
}

/// Whom [`Call::pay`] pays: the current owner of a CID, named by number or by avatar name.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub enum PayTarget {
	/// The CID with this number.
	#[codec(index = 0)]
	Cid(Cid),
	/// The CID with this avatar name (any case).
	#[codec(index = 1)]
	Name(Vec<u8>),
}

/// What [`Call::pay`] pays in.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub enum PaidToken {
	/// Mini Point, the native token.
	#[codec(index = 0)]
	Mini,
	/// An MST, by pallet-assets id.
	#[codec(index = 1)]
	Mst(u32),
}
