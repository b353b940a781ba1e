//! Creators' items as goods of the market: escrowed in place while listed (this pallet is
//! pallet-nfts' `Locker`, so the holder keeps the item but cannot transfer or burn it), and
//! delivered to the buyer by pallet-nfts' own transfer.

use crate::*;
use frame_support::traits::tokens::Locker;
use minix_primitives::MarketGoods;

impl<T: Config> MarketGoods<T::AccountId> for Pallet<T> {
	type Id = NftId;

	/// The holder of an item of a creator's collection (none for other collections, so the
	/// market cannot list C-Cards or MITs as plain NFTs).
	fn owner(&(collection, item): &NftId) -> Option<T::AccountId> {
		Collections::<T>::contains_key(collection)
			.then(|| T::Items::owner(collection, item))
			.flatten()
	}

	fn escrow(id: &NftId, seller: &T::AccountId) -> DispatchResult {
		let (collection, item) = *id;
		ensure!(Collections::<T>::contains_key(collection), Error::<T>::UnknownCollection);
		let owner = T::Items::owner(collection, item).ok_or(Error::<T>::UnknownItem)?;
		ensure!(&owner == seller, Error::<T>::NotOwner);
		ensure!(!InEscrow::<T>::contains_key(id), Error::<T>::InEscrow);
		ensure!(T::Items::properties_locked(collection, item), Error::<T>::PropertiesUnlocked);
		ensure!(T::Items::can_transfer(collection, item), Error::<T>::Frozen);
		InEscrow::<T>::insert(id, ());
		Ok(())
	}

	fn end_escrow(id: &NftId) {
		InEscrow::<T>::remove(id);
	}

	/// Whether the item could change hands now: it is not frozen in pallet-nfts (its holder
	/// or the collection's freezer may have frozen it since it was listed).
	fn can_receive(id: &NftId, buyer: &T::AccountId) -> bool {
		Self::owner(id).is_some_and(|owner| &owner != buyer) && T::Items::can_transfer(id.0, id.1)
	}

	/// All or nothing: a frozen item stays escrowed and unsold.
	fn deliver(id: &NftId, seller: &T::AccountId, buyer: &T::AccountId) -> DispatchResult {
		let (collection, item) = *id;
		ensure!(T::Items::owner(collection, item).as_ref() == Some(seller), Error::<T>::NotOwner);
		frame_support::storage::with_storage_layer(|| {
			// The lock is lifted first: pallet-nfts asks this pallet before it transfers.
			ensure!(InEscrow::<T>::take(id).is_some(), Error::<T>::NotInEscrow);
			T::Items::transfer(collection, item, buyer)?;
			if !PrimarySold::<T>::contains_key(id) {
				PrimarySold::<T>::insert(id, ());
				Self::deposit_event(Event::PrimarySale {
					collection,
					item,
					seller: seller.clone(),
				});
			}
			Ok(())
		})
	}

	/// Before the primary sale, the pool share to the ecosystem pool; after, the resale
	/// royalty to the creator. The market pays none to the seller itself.
	fn royalty(id: &NftId) -> Option<(T::AccountId, Percent)> {
		Self::next_sale(&Collections::<T>::get(id.0)?, id)
	}
}

/// pallet-nfts' downstream lock: an escrowed item cannot be transferred or burned.
impl<T: Config> Locker<CollectionId, ItemId> for Pallet<T> {
	fn is_locked(collection: CollectionId, item: ItemId) -> bool {
		InEscrow::<T>::contains_key((collection, item))
	}
}
