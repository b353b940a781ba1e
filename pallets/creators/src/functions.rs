//! The calls' logic, the runtime API's queries and the invariants.

use crate::*;
use alloc::vec::Vec;
use sp_runtime::traits::Saturating;

/// The most entries one runtime API query returns.
pub const MAX_QUERY: u32 = 100;

impl<T: Config> Pallet<T> {
	/// Create a collection of `creator` with `resale_royalty` and `max_supply`.
	pub(crate) fn do_create_collection(
		creator: T::AccountId,
		resale_royalty: Percent,
		max_supply: Option<u32>,
	) -> DispatchResult {
		ensure!(resale_royalty <= T::MaxResaleRoyalty::get(), Error::<T>::RoyaltyTooHigh);
		ensure!(max_supply != Some(0), Error::<T>::ZeroMaxSupply);
		let collection = T::Items::create_collection(&creator, max_supply)?;
		let creator_share = T::CreatorShare::get();
		Collections::<T>::insert(
			collection,
			CreatorCollection { creator: creator.clone(), creator_share, resale_royalty },
		);
		CollectionsOf::<T>::insert(&creator, collection, ());
		Self::deposit_event(Event::CollectionCreated {
			collection,
			creator,
			creator_share,
			resale_royalty,
			max_supply,
		});
		Ok(())
	}

	/// Mint `item` of `collection` to `who`, its creator, with `metadata`.
	pub(crate) fn do_mint(
		who: T::AccountId,
		collection: CollectionId,
		item: ItemId,
		metadata: &[u8],
	) -> DispatchResult {
		let record = Collections::<T>::get(collection).ok_or(Error::<T>::UnknownCollection)?;
		ensure!(record.creator == who, Error::<T>::NotCreator);
		ensure!(
			!metadata.is_empty() && metadata.len() <= T::MaxMetadataLen::get() as usize,
			Error::<T>::BadMetadataLength
		);
		T::Items::mint(collection, item, &who, metadata)?;
		// A burned item's id minted again is a new item: its first sale is a primary sale.
		PrimarySold::<T>::remove((collection, item));
		Self::deposit_event(Event::Minted { collection, item, creator: who });
		Ok(())
	}

	/// The share of the next sale of `id` paid besides the fee, and to whom, if `id` is an item
	/// of a creator's collection: the pool share before its primary sale, the resale royalty
	/// after. Zero shares are none.
	pub(crate) fn next_sale(
		record: &CreatorCollection<T::AccountId>,
		id: &NftId,
	) -> Option<(T::AccountId, Percent)> {
		let (to, share) = if PrimarySold::<T>::contains_key(id) {
			(record.creator.clone(), record.resale_royalty)
		} else {
			(T::EcosystemPool::get(), Percent::one().saturating_sub(record.creator_share))
		};
		(!share.is_zero()).then_some((to, share))
	}

	/// `CreatorsApi::collections_of`: up to `limit` (at most [`MAX_QUERY`]) collections
	/// `creator` created, in ascending id order, skipping the first `start`.
	pub fn collections_of(
		creator: &T::AccountId,
		start: u32,
		limit: u32,
	) -> Vec<(CollectionId, CreatorCollection<T::AccountId>)> {
		let mut ids: Vec<CollectionId> = CollectionsOf::<T>::iter_key_prefix(creator).collect();
		ids.sort_unstable();
		ids.into_iter()
			.skip(start as usize)
			.take(limit.min(MAX_QUERY) as usize)
			.filter_map(|id| Collections::<T>::get(id).map(|c| (id, c)))
			.collect()
	}

	/// `CreatorsApi::items`: up to `limit` (at most [`MAX_QUERY`]) items of the creator's
	/// `collection`, skipping the first `start`.
	pub fn items(
		collection: CollectionId,
		start: u32,
		limit: u32,
	) -> Vec<CreatorItem<T::AccountId>> {
		if !Collections::<T>::contains_key(collection) {
			return Vec::new();
		}
		T::Items::items(collection, start, limit.min(MAX_QUERY))
			.into_iter()
			.map(|(item, owner)| CreatorItem {
				item,
				owner,
				metadata: T::Items::metadata(collection, item),
				primary_sold: PrimarySold::<T>::contains_key((collection, item)),
				listed: InEscrow::<T>::contains_key((collection, item)),
			})
			.collect()
	}

	/// `CreatorsApi::royalty`: the royalty of `item` of the creator's `collection`, if the
	/// item exists.
	pub fn item_royalty(
		collection: CollectionId,
		item: ItemId,
	) -> Option<ItemRoyalty<T::AccountId>> {
		let record = Collections::<T>::get(collection)?;
		T::Items::owner(collection, item)?;
		let id = (collection, item);
		Some(ItemRoyalty {
			next_sale: Self::next_sale(&record, &id),
			primary_sold: PrimarySold::<T>::contains_key(id),
			creator: record.creator,
			creator_share: record.creator_share,
			resale_royalty: record.resale_royalty,
		})
	}

	/// The invariants: the creator index and the records agree, every recorded royalty is
	/// within bounds, and every escrowed item exists in a creator's collection.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut count = 0usize;
		for (id, record) in Collections::<T>::iter() {
			count += 1;
			ensure!(
				CollectionsOf::<T>::contains_key(&record.creator, id),
				"a collection missing from its creator's index"
			);
			ensure!(
				record.resale_royalty <= T::MaxResaleRoyalty::get(),
				"a resale royalty above the bound"
			);
		}
		ensure!(CollectionsOf::<T>::iter().count() == count, "a stale creator index entry");
		for ((collection, item), ()) in InEscrow::<T>::iter() {
			ensure!(
				Collections::<T>::contains_key(collection),
				"escrow outside creators' collections"
			);
			ensure!(
				T::Items::owner(collection, item).is_some(),
				"an escrowed item that does not exist"
			);
		}
		Ok(())
	}
}
