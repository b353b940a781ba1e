//! CIDs as goods of the market: escrowed in place while listed (the owner keeps the CID, with
//! its bonds, but cannot transfer, release, rename or re-list it, or change its card or bonds),
//! delivered to the buyer through the one change-of-holder path.

use crate::*;
use minix_primitives::MarketGoods;
use sp_runtime::Percent;

impl<T: Config> MarketGoods<T::AccountId> for Pallet<T> {
	type Id = Cid;

	fn owner(cid: &Cid) -> Option<T::AccountId> {
		Cids::<T>::get(cid).map(|d| d.owner)
	}

	fn escrow(cid: &Cid, seller: &T::AccountId) -> DispatchResult {
		Self::owned(*cid, seller)?;
		ensure!(CidRange::of(*cid) != Some(CidRange::Reserved), Error::<T>::NotTransferable);
		InEscrow::<T>::insert(cid, ());
		Ok(())
	}

	fn end_escrow(cid: &Cid) {
		InEscrow::<T>::remove(cid);
	}

	fn can_receive(cid: &Cid, buyer: &T::AccountId) -> bool {
		Self::owner(cid).is_some_and(|owner| &owner != buyer) && !CidsOf::<T>::get(buyer).is_full()
	}

	fn deliver(cid: &Cid, seller: &T::AccountId, buyer: &T::AccountId) -> DispatchResult {
		ensure!(InEscrow::<T>::take(cid).is_some(), Error::<T>::NotInEscrow);
		Self::change_holder(*cid, seller, buyer.clone())
	}

	fn royalty(_cid: &Cid) -> Option<(T::AccountId, Percent)> {
		// No CID pays a royalty until C-Cards can be reminted with a tax.
		None
	}
}
