//! Fixed-price listings with offers: anyone buys at the price ([`Pallet::do_buy`]); buyers may
//! hold offers below it, one each, at most `MaxOffers` per listing (a full list takes only an
//! offer above its lowest, which is returned); the seller accepts one exact offer.

use crate::{functions::Funds, *};

impl<T: Config> Pallet<T> {
	/// List `good` at a fixed price.
	///
	/// - `who`: the good's owner.
	/// - `price`: at least `MinPrice`.
	pub(crate) fn do_list_fixed(
		who: T::AccountId,
		good: T::GoodId,
		price: BalanceOf<T>,
	) -> DispatchResult {
		Self::ensure_min_price(price)?;
		Self::open_listing(who, good, Sale::FixedPrice { price })
	}

	/// Offer on a fixed-price listing, replacing the caller's earlier offer.
	///
	/// - `who`: the buyer, not the seller, able to receive the good.
	/// - `id`: a fixed-price listing.
	/// - `amount`: at least `MinPrice`, below the price; above the lowest offer if the list is
	///   full (the lowest is then returned).
	pub(crate) fn do_make_offer(
		who: T::AccountId,
		id: ListingId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::ensure_open()?;
		let listing = Self::listed(id)?;
		let Sale::FixedPrice { price } = listing.sale else {
			return Err(Error::<T>::WrongSale.into());
		};
		ensure!(listing.seller != who, Error::<T>::SellerCannotBuy);
		Self::ensure_min_price(amount)?;
		ensure!(amount < price, Error::<T>::OfferNotBelowPrice);
		ensure!(T::Goods::can_receive(&listing.good, &who), Error::<T>::CannotReceive);
		let mut offers = Offers::<T>::get(id);
		if let Some(at) = offers.iter().position(|o| o.bidder == who) {
			let previous = offers.remove(at);
			Self::return_held(HoldReason::Offer, &who, previous.amount)?;
			Self::deposit_event(Event::OfferReturned {
				id,
				buyer: who.clone(),
				amount: previous.amount,
			});
		}
		if offers.is_full() {
			// A full list (with `MaxOffers` 0, every list) takes only an offer above its lowest.
			let lowest = offers.len().checked_sub(1).ok_or(Error::<T>::OfferTooLow)?;
			ensure!(amount > offers[lowest].amount, Error::<T>::OfferTooLow);
			let displaced = offers.remove(lowest);
			Self::return_held(HoldReason::Offer, &displaced.bidder, displaced.amount)?;
			Self::deposit_event(Event::OfferReturned {
				id,
				buyer: displaced.bidder,
				amount: displaced.amount,
			});
		}
		Self::hold(HoldReason::Offer, &who, amount)?;
		// Highest first; among equal offers, the earlier one first.
		let at = offers.iter().position(|o| o.amount < amount).unwrap_or(offers.len());
		offers
			.try_insert(at, Bid { bidder: who.clone(), amount })
			.map_err(|_| Error::<T>::OfferTooLow)?;
		Offers::<T>::insert(id, offers);
		Self::deposit_event(Event::OfferMade { id, buyer: who, amount });
		Ok(())
	}

	/// Withdraw the caller's offer.
	///
	/// - `who`: a buyer with an offer on `id`.
	pub(crate) fn do_withdraw_offer(who: T::AccountId, id: ListingId) -> DispatchResult {
		let offer = Offers::<T>::try_mutate_exists(id, |maybe| {
			let offers = maybe.as_mut().ok_or(Error::<T>::NoOffer)?;
			let at = offers.iter().position(|o| o.bidder == who).ok_or(Error::<T>::NoOffer)?;
			let offer = offers.remove(at);
			if offers.is_empty() {
				*maybe = None;
			}
			Ok::<_, DispatchError>(offer)
		})?;
		Self::return_held(HoldReason::Offer, &who, offer.amount)?;
		Self::deposit_event(Event::OfferReturned { id, buyer: who, amount: offer.amount });
		Ok(())
	}

	/// Accept an offer: its held amount pays; the other offers are returned.
	///
	/// - `who`: the seller.
	/// - `buyer`: an account with an offer on `id`, able to receive the good.
	/// - `amount`: the offer's amount exactly (a changed offer is not accepted by mistake).
	pub(crate) fn do_accept_offer(
		who: T::AccountId,
		id: ListingId,
		buyer: T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::ensure_open()?;
		let listing = Self::listed(id)?;
		ensure!(listing.seller == who, Error::<T>::NotSeller);
		let mut offers = Offers::<T>::get(id);
		let at = offers.iter().position(|o| o.bidder == buyer).ok_or(Error::<T>::NoOffer)?;
		ensure!(offers[at].amount == amount, Error::<T>::PriceChanged);
		offers.remove(at);
		Offers::<T>::insert(id, offers);
		Self::sell(id, listing, buyer, amount, Funds::Held(HoldReason::Offer))
	}
}
