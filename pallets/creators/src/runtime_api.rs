//! The runtime API through which clients (polkadot.js, subxt) query creators' collections.

use crate::{CollectionId, CreatorCollection, CreatorItem, ItemId, ItemRoyalty};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Queries about creators' collections and their items.
	pub trait CreatorsApi<AccountId>
	where
		AccountId: Codec,
	{
		/// The collections `creator` created, in ascending id order: at most `limit` (up to
		/// 100), skipping the first `start`.
		fn collections_of(creator: AccountId, start: u32, limit: u32) -> Vec<(CollectionId, CreatorCollection<AccountId>)>;
		/// The items of the creator's `collection`, in storage order: at most `limit` (up to
		/// 100), skipping the first `start`.
		fn items(collection: CollectionId, start: u32, limit: u32) -> Vec<CreatorItem<AccountId>>;
		/// The royalty of `item` of the creator's `collection`, if the item exists.
		fn royalty(collection: CollectionId, item: ItemId) -> Option<ItemRoyalty<AccountId>>;
	}
}
