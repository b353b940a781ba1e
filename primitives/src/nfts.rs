//! NFT items that belong to a record of a MiniX pallet (a CID's C-Card; later an MIT). The
//! runtime keeps them in polkadot-sdk's `pallet-nfts`, so wallets and indexers that read it list
//! them, but only the owning pallet mints, moves and burns them: their holder cannot transfer or
//! burn them directly (pallet-nfts refuses with `ItemLocked`).

use alloc::vec::Vec;
use sp_runtime::DispatchResult;

/// A collection of bound items, implemented by the runtime over one pallet-nfts collection.
pub trait BoundItems<AccountId> {
	/// The item id (a CID number for C-Cards).
	type ItemId;
	/// Create the collection (at genesis).
	fn create_collection() -> DispatchResult;
	/// Mint `item` to `owner` with `content` as its metadata, bound: its holder cannot move it.
	fn mint(item: &Self::ItemId, owner: &AccountId, content: &[u8]) -> DispatchResult;
	/// Replace the metadata of `item`.
	fn set_content(item: &Self::ItemId, content: &[u8]) -> DispatchResult;
	/// Set the pallet attribute `key` of `item` to `value` (readable by any pallet-nfts client).
	fn set_attribute(item: &Self::ItemId, key: &[u8], value: &[u8]) -> DispatchResult;
	/// Move `item` to `to`; it stays bound.
	fn transfer(item: &Self::ItemId, to: &AccountId) -> DispatchResult;
	/// Burn `item` with its metadata and the pallet attributes named in `attributes`.
	fn burn(item: &Self::ItemId, attributes: &[&[u8]]) -> DispatchResult;
	/// The holder of `item`, if it exists.
	fn owner(item: &Self::ItemId) -> Option<AccountId>;
	/// The metadata of `item` (empty if none).
	fn content(item: &Self::ItemId) -> Vec<u8>;
}

/// A pallet-nfts collection id.
pub type CollectionId = u32;
/// A pallet-nfts item id (a CID number in the C-Card collection, an MIT id in the MIT one).
pub type ItemId = u64;

/// Creators' collections in pallet-nfts: ordinary collections owned and managed by the account
/// that created them, whose items their holders transfer freely (`nfts.transfer`). Implemented
/// by the runtime; every deposit is pallet-nfts' own, in MINI.
pub trait CreatorItems<AccountId> {
	/// Create a collection owned and managed by `creator`, with at most `max_supply` items,
	/// holding pallet-nfts' collection deposit from it; the new collection's id.
	fn create_collection(
		creator: &AccountId,
		max_supply: Option<u32>,
	) -> Result<CollectionId, sp_runtime::DispatchError>;
	/// Mint `item` of `collection` to `creator` (who must manage the collection) with
	/// `metadata`, holding the item and metadata deposits from it, and lock the item's metadata
	/// and attributes so that what a buyer sees is what the creator minted.
	fn mint(
		collection: CollectionId,
		item: ItemId,
		creator: &AccountId,
		metadata: &[u8],
	) -> DispatchResult;
	/// The holder of the item, if it exists.
	fn owner(collection: CollectionId, item: ItemId) -> Option<AccountId>;
	/// Whether the item exists and pallet-nfts would let its holder transfer it now (neither
	/// the item nor the collection frozen, no downstream lock).
	fn can_transfer(collection: CollectionId, item: ItemId) -> bool;
	/// Whether the item's metadata and attributes are locked against the collection's admin.
	fn properties_locked(collection: CollectionId, item: ItemId) -> bool;
	/// Move the item to `to` under pallet-nfts' rules (as `nfts.transfer` by its holder).
	fn transfer(collection: CollectionId, item: ItemId, to: &AccountId) -> DispatchResult;
	/// The item's metadata (empty if none).
	fn metadata(collection: CollectionId, item: ItemId) -> Vec<u8>;
	/// Up to `limit` items of `collection` with their holders, skipping the first `start` (in
	/// storage order, which is stable while the collection does not change).
	fn items(collection: CollectionId, start: u32, limit: u32) -> Vec<(ItemId, AccountId)>;
}

/// The holder of any pallet-nfts item, for the contracts' chain extension.
pub trait NftOwners<AccountId> {
	/// The holder of `item` of `collection`, if it exists.
	fn nft_owner(collection: CollectionId, item: ItemId) -> Option<AccountId>;
}

/// Read access to MITs for other pallets (the contracts' chain extension).
pub trait MitInspect<AccountId> {
	/// The owner and content of the MIT `symbol` (any case), if registered.
	fn mit_of(symbol: &[u8]) -> Option<(AccountId, Vec<u8>)>;
}
