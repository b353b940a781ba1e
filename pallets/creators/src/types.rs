//! Types stored by the creators pallet and returned by its runtime API.

use alloc::vec::Vec;
use codec::{Decode, Encode};
pub use minix_primitives::{CollectionId, ItemId};
use scale_info::TypeInfo;
use sp_runtime::Percent;

/// An item of a creator's collection, as the market names it: `(collection, item)`.
pub type NftId = (CollectionId, ItemId);

minix_primitives::stored! {
	/// A creator's collection: who created it and the royalty terms fixed at creation.
	pub struct CreatorCollection<AccountId> {
		/// The account that created the collection; it receives the resale royalty.
		pub creator: AccountId,
		/// The seller's share of an item's primary sale (its first sale on the market); the rest
		/// of the price, less the market fee, goes to the ecosystem pool.
		pub creator_share: Percent,
		/// The share of every later sale paid to the creator.
		pub resale_royalty: Percent,
	}
}

/// An item of a creator's collection, as the runtime API returns it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct CreatorItem<AccountId> {
	/// The item id.
	pub item: ItemId,
	/// Its holder.
	pub owner: AccountId,
	/// Its metadata (e.g. an IPFS CID).
	pub metadata: Vec<u8>,
	/// Whether its primary sale happened (later sales pay the resale royalty).
	pub primary_sold: bool,
	/// Whether it is listed on the market now (and cannot move until the listing ends).
	pub listed: bool,
}

/// The royalty of an item, as the runtime API returns it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct ItemRoyalty<AccountId> {
	/// The collection's creator.
	pub creator: AccountId,
	/// The seller's share of the primary sale.
	pub creator_share: Percent,
	/// The creator's share of every later sale.
	pub resale_royalty: Percent,
	/// Whether the item's primary sale happened.
	pub primary_sold: bool,
	/// Who the item's next market sale pays a share of the price to, besides the market fee
	/// and the seller: the ecosystem pool before the primary sale, the creator after (none
	/// with a zero share, or when the creator sells).
	pub next_sale: Option<(AccountId, Percent)>,
}
