//! MITs as goods of the market: escrowed in place while listed (the owner keeps the MIT but
//! cannot transfer or burn it), delivered to the buyer through the one change-of-holder path.

use crate::*;
use minix_primitives::{MarketGoods, MitInspect};
use sp_runtime::Percent;

impl<T: Config> MarketGoods<T::AccountId> for Pallet<T> {
	type Id = MitId;

	fn owner(id: &MitId) -> Option<T::AccountId> {
		Mits::<T>::get(id).map(|m| m.owner)
	}

	fn escrow(id: &MitId, seller: &T::AccountId) -> DispatchResult {
		let mit = Mits::<T>::get(id).ok_or(Error::<T>::UnknownMit)?;
		ensure!(&mit.owner == seller, Error::<T>::NotOwner);
		ensure!(!InEscrow::<T>::contains_key(id), Error::<T>::InEscrow);
		InEscrow::<T>::insert(id, ());
		Ok(())
	}

	fn end_escrow(id: &MitId) {
		InEscrow::<T>::remove(id);
	}

	fn can_receive(id: &MitId, buyer: &T::AccountId) -> bool {
		Self::owner(id).is_some_and(|owner| &owner != buyer)
	}

	fn deliver(id: &MitId, seller: &T::AccountId, buyer: &T::AccountId) -> DispatchResult {
		ensure!(InEscrow::<T>::take(id).is_some(), Error::<T>::NotInEscrow);
		Self::change_holder(*id, seller, buyer.clone(), None)
	}

	/// MITs pay no royalty: the Metaverse MIT has none.
	fn royalty(_: &MitId) -> Option<(T::AccountId, Percent)> {
		None
	}
}

/// MITs for other pallets (the contracts' chain extension).
impl<T: Config> MitInspect<T::AccountId> for Pallet<T> {
	fn mit_of(symbol: &[u8]) -> Option<(T::AccountId, alloc::vec::Vec<u8>)> {
		let (_, mit) = Self::lookup(symbol).ok()?;
		Some((mit.owner, mit.content.into_inner()))
	}
}
