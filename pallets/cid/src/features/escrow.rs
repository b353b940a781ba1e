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

	/// The remint tax of the CID's C-Card, to its last reminter.
	fn royalty(cid: &Cid) -> Option<(T::AccountId, Percent)> {
		let remints = Cids::<T>::get(cid)?.card?.remints;
		remints
			.last_reminter
			.filter(|_| !remints.tax.is_zero())
			.map(|who| (who, remints.tax))
	}
}
