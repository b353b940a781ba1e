//! [`MockCreatorItems`]: a stand-in for creators' collections in pallet-nfts
//! (`CreatorItems`), its state in storage so that a failed call rolls it back.

use minix_primitives::{CollectionId, CreatorItems, ItemId};
use sp_runtime::{DispatchError, DispatchResult};

/// An item as [`MockCreatorItems`] holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq, codec::Encode, codec::Decode)]
pub struct CreatorItem {
	/// Its holder.
	pub owner: u64,
	/// Its metadata.
	pub metadata: Vec<u8>,
	/// Whether its metadata and attributes are locked.
	pub locked: bool,
	/// Whether it is frozen (pallet-nfts would refuse to transfer it).
	pub frozen: bool,
}

/// A collection as [`MockCreatorItems`] holds it: `(owner, max_supply, items)`.
type StoredCollection = (u64, Option<u32>, Vec<ItemId>);

fn collection_key(collection: CollectionId) -> Vec<u8> {
	[&b"mock/creator-collection/"[..], &collection.to_le_bytes()].concat()
}

fn item_key(collection: CollectionId, item: ItemId) -> Vec<u8> {
	[&b"mock/creator-item/"[..], &collection.to_le_bytes(), &item.to_le_bytes()].concat()
}

fn collection(id: CollectionId) -> Option<StoredCollection> {
	frame_support::storage::unhashed::get(&collection_key(id))
}

/// The item `item` of `collection` of [`MockCreatorItems`], if minted.
pub fn creator_item(collection: CollectionId, item: ItemId) -> Option<CreatorItem> {
	frame_support::storage::unhashed::get(&item_key(collection, item))
}

/// Store `entry` as `item` of `collection` (as pallet-nfts' own calls would change it: a
/// holder's `nfts.transfer`, a freezer's lock, a direct `nfts.mint` with unlocked metadata).
pub fn put_creator_item(collection: CollectionId, item: ItemId, entry: CreatorItem) {
	if creator_item(collection, item).is_none() {
		let mut stored = self::collection(collection).expect("the collection exists");
		stored.2.push(item);
		frame_support::storage::unhashed::put(&collection_key(collection), &stored);
	}
	frame_support::storage::unhashed::put(&item_key(collection, item), &entry);
}

/// Stands for creators' collections in pallet-nfts: ids from 2 (0 and 1 are the bound
/// collections), minting an existing item or past the maximum supply fails, and a frozen item
/// cannot move, as in pallet-nfts. Deposits are not modelled (the runtime tests check them).
pub struct MockCreatorItems;

impl CreatorItems<u64> for MockCreatorItems {
	fn create_collection(
		creator: &u64,
		max_supply: Option<u32>,
	) -> Result<CollectionId, DispatchError> {
		let next: CollectionId =
			frame_support::storage::unhashed::get(b"mock/next-creator-collection").unwrap_or(2);
		frame_support::storage::unhashed::put(b"mock/next-creator-collection", &(next + 1));
		let stored: StoredCollection = (*creator, max_supply, Vec::new());
		frame_support::storage::unhashed::put(&collection_key(next), &stored);
		Ok(next)
	}
	fn mint(
		collection: CollectionId,
		item: ItemId,
		creator: &u64,
		metadata: &[u8],
	) -> DispatchResult {
		let (owner, max, items) =
			self::collection(collection).ok_or(DispatchError::Other("UnknownCollection"))?;
		if owner != *creator {
			return Err(DispatchError::Other("NoPermission"));
		}
		if creator_item(collection, item).is_some() {
			return Err(DispatchError::Other("AlreadyExists"));
		}
		if max.is_some_and(|max| items.len() as u32 >= max) {
			return Err(DispatchError::Other("MaxSupplyReached"));
		}
		let entry = CreatorItem {
			owner: *creator,
			metadata: metadata.to_vec(),
			locked: true,
			frozen: false,
		};
		put_creator_item(collection, item, entry);
		Ok(())
	}
	fn owner(collection: CollectionId, item: ItemId) -> Option<u64> {
		creator_item(collection, item).map(|i| i.owner)
	}
	fn can_transfer(collection: CollectionId, item: ItemId) -> bool {
		creator_item(collection, item).is_some_and(|i| !i.frozen)
	}
	fn properties_locked(collection: CollectionId, item: ItemId) -> bool {
		creator_item(collection, item).is_some_and(|i| i.locked)
	}
	fn transfer(collection: CollectionId, item: ItemId, to: &u64) -> DispatchResult {
		let mut entry =
			creator_item(collection, item).ok_or(DispatchError::Other("UnknownItem"))?;
		if entry.frozen {
			return Err(DispatchError::Other("ItemLocked"));
		}
		entry.owner = *to;
		put_creator_item(collection, item, entry);
		Ok(())
	}
	fn metadata(collection: CollectionId, item: ItemId) -> Vec<u8> {
		creator_item(collection, item).map(|i| i.metadata).unwrap_or_default()
	}
	fn items(collection: CollectionId, start: u32, limit: u32) -> Vec<(ItemId, u64)> {
		let items = self::collection(collection).map(|c| c.2).unwrap_or_default();
		items
			.into_iter()
			.filter_map(|item| creator_item(collection, item).map(|i| (item, i.owner)))
			.skip(start as usize)
			.take(limit as usize)
			.collect()
	}
}

/// Remove `item` of `collection` (as its holder's `nfts.burn` would).
pub fn burn_creator_item(collection: CollectionId, item: ItemId) {
	if let Some(mut stored) = self::collection(collection) {
		stored.2.retain(|i| *i != item);
		frame_support::storage::unhashed::put(&collection_key(collection), &stored);
	}
	frame_support::storage::unhashed::kill(&item_key(collection, item));
}
