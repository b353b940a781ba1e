//! What the `Market` pallet needs of the goods it sells. Each kind of good (CIDs; the NFTs of
//! later pallets) is implemented by the pallet that owns it, and the runtime routes the market's
//! good ids to them, so a new kind of good needs no change of the market.

use sp_runtime::{DispatchResult, Percent};

/// A kind of good the market sells. A listed good is escrowed **in place**: its owner keeps it,
/// but the owning pallet refuses every change of it (transfer, release, rename, content) until
/// the market ends the escrow or delivers the good.
pub trait MarketGoods<AccountId> {
	/// The good's id (a CID number for CIDs).
	type Id;
	/// The owner of `good` now, if it exists.
	fn owner(good: &Self::Id) -> Option<AccountId>;
	/// Escrow `good` in place for a listing by `seller`; fails unless `seller` owns it and it
	/// may be sold (for a CID: not reserved, not already escrowed).
	fn escrow(good: &Self::Id, seller: &AccountId) -> DispatchResult;
	/// End the escrow of `good` without a sale.
	fn end_escrow(good: &Self::Id);
	/// Whether `buyer` could receive `good` now (for a CID: a free slot in its account).
	fn can_receive(good: &Self::Id, buyer: &AccountId) -> bool;
	/// End the escrow and move `good` from `seller` to `buyer` under the good's own rules (for
	/// a CID: reputation and claims reset, name, card and bonds kept).
	fn deliver(good: &Self::Id, seller: &AccountId, buyer: &AccountId) -> DispatchResult;
	/// Who receives a share of every sale of `good`, and how much (for a CID: the remint tax to
	/// its last reminter), if anybody.
	fn royalty(good: &Self::Id) -> Option<(AccountId, Percent)>;
}

/// How a listing sells, in brief.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	codec::Encode,
	codec::Decode,
	codec::DecodeWithMemTracking,
	codec::MaxEncodedLen,
	scale_info::TypeInfo,
	Debug,
)]
pub enum SaleKind {
	/// A Dutch auction: the price falls every block; the first buyer wins.
	#[codec(index = 0)]
	Dutch,
	/// An English auction: held bids until the end, extended by late bids.
	#[codec(index = 1)]
	English,
	/// A fixed price, with held offers below it.
	#[codec(index = 2)]
	FixedPrice,
}

/// An open listing as other pallets (the contracts' chain extension) read it.
#[derive(
	Clone,
	PartialEq,
	Eq,
	codec::Encode,
	codec::Decode,
	codec::DecodeWithMemTracking,
	codec::MaxEncodedLen,
	scale_info::TypeInfo,
	Debug,
)]
pub struct ListingSummary<AccountId, Balance, BlockNumber> {
	/// The listing's id.
	pub id: u64,
	/// Who sells.
	pub seller: AccountId,
	/// How it sells.
	pub kind: SaleKind,
	/// What a buyer pays now: Dutch, this block's price; fixed, the price; English, the lowest
	/// bid accepted now.
	pub current_price: Balance,
	/// Dutch: the block the price stops falling; English: the last block bids are taken in
	/// (as extended so far); fixed price: none.
	pub end: Option<BlockNumber>,
	/// English: the best bid so far.
	pub best_bid: Option<Balance>,
}

/// Read access to the market's listings for other pallets, by good.
pub trait MarketInspect<GoodId, AccountId, Balance, BlockNumber> {
	/// The open listing of `good`, if it is listed.
	fn listing_of(good: &GoodId) -> Option<ListingSummary<AccountId, Balance, BlockNumber>>;
	/// The open listing `id`, if any.
	fn listing(id: u64) -> Option<ListingSummary<AccountId, Balance, BlockNumber>>;
}
