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
