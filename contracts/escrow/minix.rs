//! MiniX's chain extension as ink! sees it: extension 0, one function per built-in read or
//! transfer, and its status codes as [`MinixError`]. The ids, argument tuples and codes are
//! those of `pallets/builtins` (`Func` and `ExtensionError`); keep the two in step.

use ink::{
	env::{chain_extension::FromStatusCode, DefaultEnvironment, Environment},
	prelude::vec::Vec,
	primitives::AccountId,
};

/// MiniX's `Balance`.
pub type Balance = u128;

/// What `mst_details` returns.
#[derive(Debug, Clone, PartialEq, Eq, scale::Encode, scale::Decode)]
#[cfg_attr(feature = "std", derive(scale_info::TypeInfo))]
pub struct MstDetails {
	/// The pallet-assets id.
	pub asset_id: u32,
	/// Decimal places.
	pub decimals: u8,
	/// Current supply.
	pub supply: Balance,
	/// Who issued it first.
	pub issuer: AccountId,
}

/// What `claim` returns (a claim an oracle made about a CID).
#[derive(Debug, Clone, PartialEq, Eq, scale::Encode, scale::Decode)]
#[cfg_attr(feature = "std", derive(scale_info::TypeInfo))]
pub struct Claim {
	/// Who issued it.
	pub issuer: AccountId,
	/// Hash of the attested value.
	pub value_hash: [u8; 32],
	/// Valid up to and including this block.
	pub valid_until: u32,
}

/// What `card_remints` returns: the remint record of a CID's C-Card.
#[derive(Debug, Clone, PartialEq, Eq, scale::Encode, scale::Decode)]
#[cfg_attr(feature = "std", derive(scale_info::TypeInfo))]
pub struct CardRemints {
	/// How many times the card was reminted.
	pub count: u8,
	/// Who reminted it last.
	pub last_reminter: Option<AccountId>,
	/// The percent of every market sale paid to `last_reminter`.
	pub tax: u8,
}

/// How a listing sells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, scale::Encode, scale::Decode)]
#[cfg_attr(feature = "std", derive(scale_info::TypeInfo))]
pub enum SaleKind {
	/// A Dutch auction.
	Dutch,
	/// An English auction.
	English,
	/// A fixed price with offers.
	FixedPrice,
}

/// What `cid_listing` returns: a CID's open market listing.
#[derive(Debug, Clone, PartialEq, Eq, scale::Encode, scale::Decode)]
#[cfg_attr(feature = "std", derive(scale_info::TypeInfo))]
pub struct ListingSummary {
	/// The listing's id.
	pub id: u64,
	/// Who sells.
	pub seller: AccountId,
	/// How it sells.
	pub kind: SaleKind,
	/// What a buyer pays now (a Dutch auction: this block's price).
	pub current_price: Balance,
	/// The block a Dutch price stops falling, or an English auction's last bidding block.
	pub end: Option<u32>,
	/// An English auction's best bid.
	pub best_bid: Option<Balance>,
}

/// The chain extension's status codes (0 is success, which is not an error).
#[derive(Debug, Copy, Clone, PartialEq, Eq, scale::Encode, scale::Decode)]
#[cfg_attr(feature = "std", derive(scale_info::TypeInfo))]
pub enum MinixError {
	/// 1: the input did not decode or was too long.
	BadInput,
	/// 2: no MST has this symbol.
	UnknownToken,
	/// 3: the contract's spendable balance is too low.
	InsufficientBalance,
	/// 4: the transfer was refused for another reason (locked, self-transfer, ...).
	TransferFailed,
	/// 5: no such CID, or the account owns none.
	NoSuchCid,
	/// 6: no avatar has this name.
	NoSuchName,
	/// 7: no valid claim with this key.
	NoClaim,
	/// 8: the oracle value is unknown or stale.
	NoValue,
	/// 9: the chain does not know this function id.
	UnknownFunction,
	/// 10: the CID has no C-Card.
	NoCard,
	/// 11: the CID or listing is not on the market.
	NotListed,
	/// 12: no MIT has this symbol.
	NoSuchMit,
	/// 13: no pallet-nfts item has this collection and id.
	NoSuchNft,
	/// Any other code (a newer chain).
	Other,
}

impl FromStatusCode for MinixError {
	fn from_status_code(code: u32) -> Result<(), Self> {
		Err(match code {
			0 => return Ok(()),
			1 => Self::BadInput,
			2 => Self::UnknownToken,
			3 => Self::InsufficientBalance,
			4 => Self::TransferFailed,
			5 => Self::NoSuchCid,
			6 => Self::NoSuchName,
			7 => Self::NoClaim,
			8 => Self::NoValue,
			9 => Self::UnknownFunction,
			10 => Self::NoCard,
			11 => Self::NotListed,
			12 => Self::NoSuchMit,
			13 => Self::NoSuchNft,
			_ => Self::Other,
		})
	}
}

impl From<scale::Error> for MinixError {
	fn from(_: scale::Error) -> Self {
		Self::BadInput
	}
}

/// MiniX's built-in functions (extension id 0).
#[ink::chain_extension(extension = 0)]
pub trait Minix {
	/// Status codes.
	type ErrorCode = MinixError;

	/// 1: `who`'s balance of the MST `symbol`.
	#[ink(function = 1)]
	fn mst_balance(symbol: Vec<u8>, who: AccountId) -> Result<Balance, MinixError>;
	/// 2: the MST `symbol`'s details.
	#[ink(function = 2)]
	fn mst_details(symbol: Vec<u8>) -> Result<MstDetails, MinixError>;
	/// 3: transfer `amount` of `symbol` from the calling contract's account to `to`.
	#[ink(function = 3)]
	fn mst_transfer(symbol: Vec<u8>, to: AccountId, amount: Balance) -> Result<(), MinixError>;
	/// 4: the first CID `who` owns.
	#[ink(function = 4)]
	fn cid_of(who: AccountId) -> Result<u64, MinixError>;
	/// 5: the owner of `cid`.
	#[ink(function = 5)]
	fn cid_owner(cid: u64) -> Result<AccountId, MinixError>;
	/// 6: the CID and owner of the avatar `name` (any case).
	#[ink(function = 6)]
	fn resolve_name(name: Vec<u8>) -> Result<(u64, AccountId), MinixError>;
	/// 7: the reputation of an issued `cid`.
	#[ink(function = 7)]
	fn reputation(cid: u64) -> Result<u32, MinixError>;
	/// 8: the valid claim `key` about `cid`.
	#[ink(function = 8)]
	fn claim(cid: u64, key: Vec<u8>) -> Result<Claim, MinixError>;
	/// 9: the combined (median) oracle value of `key`.
	#[ink(function = 9)]
	fn oracle_value(key: Vec<u8>) -> Result<i128, MinixError>;
	/// 10: the remint record of `cid`'s C-Card.
	#[ink(function = 10)]
	fn card_remints(cid: u64) -> Result<CardRemints, MinixError>;
	/// 11: `cid`'s open market listing.
	#[ink(function = 11)]
	fn cid_listing(cid: u64) -> Result<ListingSummary, MinixError>;
	/// 12: what a buyer of listing `id` pays now.
	#[ink(function = 12)]
	fn listing_price(id: u64) -> Result<Balance, MinixError>;
	/// 13: the owner of the MIT `symbol` (any case).
	#[ink(function = 13)]
	fn mit_owner(symbol: Vec<u8>) -> Result<AccountId, MinixError>;
	/// 14: the content of the MIT `symbol` (any case).
	#[ink(function = 14)]
	fn mit_content(symbol: Vec<u8>) -> Result<Vec<u8>, MinixError>;
	/// 15: the holder of item `item` of pallet-nfts collection `collection`.
	#[ink(function = 15)]
	fn nft_owner(collection: u32, item: u64) -> Result<AccountId, MinixError>;
}

/// ink!'s default environment (MiniX uses the same account, balance, hash and block types)
/// with MiniX's chain extension.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "std", derive(scale_info::TypeInfo))]
pub enum MinixEnvironment {}

impl Environment for MinixEnvironment {
	const MAX_EVENT_TOPICS: usize = <DefaultEnvironment as Environment>::MAX_EVENT_TOPICS;
	type AccountId = <DefaultEnvironment as Environment>::AccountId;
	type Balance = <DefaultEnvironment as Environment>::Balance;
	type Hash = <DefaultEnvironment as Environment>::Hash;
	type Timestamp = <DefaultEnvironment as Environment>::Timestamp;
	type BlockNumber = <DefaultEnvironment as Environment>::BlockNumber;
	type ChainExtension = Minix;
}
