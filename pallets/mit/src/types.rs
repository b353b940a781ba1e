//! Types stored by the MIT pallet and returned by its runtime API.

use super::*;
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::fungible::Inspect;
use scale_info::TypeInfo;

pub(crate) type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// An MIT's id: its item id in the MIT collection of pallet-nfts.
pub type MitId = u64;
/// The longest symbol.
pub const MAX_SYMBOL_LEN: u32 = 64;
/// A symbol as registered (its case kept for display).
pub type SymbolOf = BoundedVec<u8, ConstU32<MAX_SYMBOL_LEN>>;
/// A symbol lower-cased: what uniqueness is decided on.
pub type SymbolKey = BoundedVec<u8, ConstU32<MAX_SYMBOL_LEN>>;
/// An MIT's content.
pub type ContentOf<T> = BoundedVec<u8, <T as Config>::MaxContentLen>;
/// The holders an MIT keeps on chain, oldest first, with the block each received it in.
pub type HistoryOf<T> = BoundedVec<
	(<T as frame_system::Config>::AccountId, BlockNumberFor<T>),
	<T as Config>::MaxHistory,
>;
/// An MIT as stored.
pub type MitOf<T> = Mit<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	BlockNumberFor<T>,
	ContentOf<T>,
	HistoryOf<T>,
>;
/// An MIT as the runtime API returns it.
pub type MitInfoOf<T> =
	MitInfo<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A stored MIT.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Mit<AccountId, Balance, BlockNumber, Content, History> {
	/// The symbol as registered.
	pub symbol: SymbolOf,
	/// The owner now.
	pub owner: AccountId,
	/// The content (also the item's metadata).
	pub content: Content,
	/// Who registered it; its deposit returns to this account on burn.
	pub creator: AccountId,
	/// The block it was registered in.
	pub created: BlockNumber,
	/// The deposit held from the creator.
	pub deposit: Balance,
	/// The last `MaxHistory` holders, the owner last, each with the block it received the MIT.
	pub history: History,
}

/// An MIT as the runtime API returns it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct MitInfo<AccountId, Balance, BlockNumber> {
	/// Its id (the pallet-nfts item id).
	pub id: MitId,
	/// The symbol as registered.
	pub symbol: Vec<u8>,
	/// The owner.
	pub owner: AccountId,
	/// The content.
	pub content: Vec<u8>,
	/// Who registered it.
	pub creator: AccountId,
	/// The block it was registered in.
	pub created: BlockNumber,
	/// The deposit held from the creator.
	pub deposit: Balance,
	/// The last holders, oldest first, with the block each received it in.
	pub history: Vec<(AccountId, BlockNumber)>,
	/// Whether it is listed on the market (escrowed in place).
	pub in_escrow: bool,
}

/// Whom [`Call::transfer`] sends an MIT to.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub enum Recipient<AccountId> {
	/// This account.
	#[codec(index = 0)]
	Account(AccountId),
	/// The owner of this CID now.
	#[codec(index = 1)]
	Cid(Cid),
	/// The owner of the CID with this avatar name (any case) now.
	#[codec(index = 2)]
	Name(Vec<u8>),
}
