//! What every kind of listing shares: opening and closing listings, buying at the current
//! price, cancelling, settlement's payments, the current price, and the invariants.

use super::*;
use alloc::vec::Vec;
use frame_support::traits::{
	fungible::{Inspect, Mutate, MutateHold},
	tokens::{DepositConsequence, Precision, Preservation, Provenance},
};
use sp_runtime::traits::{Saturating, Zero};

/// Where a buyer's payment comes from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Funds {
	/// Its free balance (a purchase at the current price): it is kept alive.
	Free,
	/// What is held for its bid or offer.
	Held(HoldReason),
}

impl<T: Config> Pallet<T> {
	/// Fail with `Paused` while governance has paused the market.
	pub(crate) fn ensure_open() -> DispatchResult {
		ensure!(!Paused::<T>::get(), Error::<T>::Paused);
		Ok(())
	}

	/// Fail with `PriceTooLow` below `MinPrice`.
	pub(crate) fn ensure_min_price(amount: BalanceOf<T>) -> DispatchResult {
		ensure!(amount >= T::MinPrice::get(), Error::<T>::PriceTooLow);
		Ok(())
	}

	/// The block an auction of `duration` blocks listed now ends in, if the duration is within
	/// `min..=MaxDuration`.
	pub(crate) fn auction_end(
		duration: BlockNumberFor<T>,
		min: BlockNumberFor<T>,
	) -> Result<BlockNumberFor<T>, DispatchError> {
		ensure!(duration >= min && duration <= T::MaxDuration::get(), Error::<T>::BadDuration);
		Ok(frame_system::Pallet::<T>::block_number().saturating_add(duration))
	}

	/// Open a listing of `good` by `seller`: escrow the good in place and index the listing.
	///
	/// - `seller`: the good's owner, with fewer than `MaxListingsPerSeller` open listings.
	/// - `good`: not listed already; its pallet must accept the escrow.
	/// - `sale`: how it sells, already checked by the caller.
	pub(crate) fn open_listing(
		seller: T::AccountId,
		good: T::GoodId,
		sale: SaleOf<T>,
	) -> DispatchResult {
		Self::ensure_open()?;
		ensure!(!ListingOfGood::<T>::contains_key(good), Error::<T>::AlreadyListed);
		let id = NextListingId::<T>::get();
		NextListingId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		ListingsBySeller::<T>::try_mutate(&seller, |ids| ids.try_push(id))
			.map_err(|_| Error::<T>::TooManyListings)?;
		T::Goods::escrow(&good, &seller)?;
		ListingOfGood::<T>::insert(good, id);
		Listings::<T>::insert(id, Listing { seller: seller.clone(), good, sale: sale.clone() });
		Self::deposit_event(Event::Listed { id, seller, good, sale });
		Ok(())
	}

	/// Remove listing `id` and its indexes, and return every offer on it. The good's escrow is
	/// the caller's: delivered by a sale, or ended by [`Self::end_unsold`].
	pub(crate) fn close_listing(id: ListingId, listing: &ListingOf<T>) -> DispatchResult {
		Listings::<T>::remove(id);
		ListingOfGood::<T>::remove(listing.good);
		ListingsBySeller::<T>::mutate_exists(&listing.seller, |ids| {
			if let Some(list) = ids {
				list.retain(|i| *i != id);
				if list.is_empty() {
					*ids = None;
				}
			}
		});
		for offer in Offers::<T>::take(id) {
			Self::return_held(HoldReason::Offer, &offer.bidder, offer.amount)?;
			Self::deposit_event(Event::OfferReturned {
				id,
				buyer: offer.bidder,
				amount: offer.amount,
			});
		}
		Ok(())
	}

	/// Close listing `id` without a sale: return its offers and end the good's escrow.
	pub(crate) fn end_unsold(id: ListingId, listing: &ListingOf<T>) -> DispatchResult {
		Self::close_listing(id, listing)?;
		T::Goods::end_escrow(&listing.good);
		Ok(())
	}

	/// Release `amount` held for `reason` back to `who`.
	pub(crate) fn return_held(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		T::Currency::release(&reason.into(), who, amount, Precision::Exact)?;
		Ok(())
	}

	/// Hold `amount` of `who` for `reason`.
	pub(crate) fn hold(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		T::Currency::hold(&reason.into(), who, amount)
	}

	/// The listing `id`, if open.
	pub(crate) fn listed(id: ListingId) -> Result<ListingOf<T>, DispatchError> {
		Listings::<T>::get(id).ok_or_else(|| Error::<T>::UnknownListing.into())
	}

	/// Buy at the current price.
	///
	/// - `who`: the buyer, not the seller, able to receive the good and pay the price keeping
	///   its account alive.
	/// - `id`: a Dutch auction (this block's price) or a fixed-price listing.
	/// - `max_price`: the most `who` pays; a higher current price fails with `PriceChanged`.
	pub(crate) fn do_buy(
		who: T::AccountId,
		id: ListingId,
		max_price: BalanceOf<T>,
	) -> DispatchResult {
		Self::ensure_open()?;
		let listing = Self::listed(id)?;
		let price = match &listing.sale {
			Sale::Dutch { .. } | Sale::FixedPrice { .. } => Self::current_price(&listing.sale),
			Sale::English { .. } => return Err(Error::<T>::WrongSale.into()),
		};
		ensure!(listing.seller != who, Error::<T>::SellerCannotBuy);
		ensure!(price <= max_price, Error::<T>::PriceChanged);
		Self::sell(id, listing, who, price, Funds::Free)
	}

	/// Cancel listing `id`.
	///
	/// - `who`: the seller.
	/// - `id`: an open listing; an English auction only while it has no bid.
	pub(crate) fn do_cancel(who: T::AccountId, id: ListingId) -> DispatchResult {
		let listing = Self::listed(id)?;
		ensure!(listing.seller == who, Error::<T>::NotSeller);
		if let Sale::English { best, .. } = &listing.sale {
			ensure!(best.is_none(), Error::<T>::HasBid);
		}
		Self::end_unsold(id, &listing)?;
		Self::deposit_event(Event::Cancelled { id, good: listing.good });
		Ok(())
	}

	/// The fee, royalty and seller's share of a sale at `price`: fee and royalty rounded down,
	/// the seller receives the rest. A royalty whose recipient could not receive it (below the
	/// existential deposit of an account that does not exist) goes to the seller.
	pub(crate) fn split(
		good: &T::GoodId,
		seller: &T::AccountId,
		price: BalanceOf<T>,
	) -> Settlement<T::AccountId, BalanceOf<T>> {
		let fee = MarketFee::<T>::get().mul_floor(price);
		let royalty = T::Goods::royalty(good)
			.map(|(to, share)| (to, share.mul_floor(price)))
			.filter(|(to, amount)| {
				to != seller
					&& !amount.is_zero()
					&& T::Currency::can_deposit(to, *amount, Provenance::Extant)
						== DepositConsequence::Success
			});
		let royalty_amount = royalty.as_ref().map(|(_, a)| *a).unwrap_or_default();
		let to_seller = price.saturating_sub(fee).saturating_sub(royalty_amount);
		Settlement { price, fee, royalty, to_seller }
	}

	/// Sell listing `id` to `buyer` at `price`, paid from `funds`: pay fee, royalty and seller,
	/// deliver the good, close the listing (returning the other offers).
	pub(crate) fn sell(
		id: ListingId,
		listing: ListingOf<T>,
		buyer: T::AccountId,
		price: BalanceOf<T>,
		funds: Funds,
	) -> DispatchResult {
		ensure!(T::Goods::can_receive(&listing.good, &buyer), Error::<T>::CannotReceive);
		let preservation = match funds {
			Funds::Free => Preservation::Preserve,
			Funds::Held(reason) => {
				Self::return_held(reason, &buyer, price)?;
				Preservation::Expendable
			},
		};
		let settlement = Self::split(&listing.good, &listing.seller, price);
		let pay = |to: &T::AccountId, amount: BalanceOf<T>| -> DispatchResult {
			if !amount.is_zero() {
				T::Currency::transfer(&buyer, to, amount, preservation)?;
			}
			Ok(())
		};
		pay(&T::FeeDestination::get(), settlement.fee)?;
		if let Some((to, amount)) = &settlement.royalty {
			pay(to, *amount)?;
		}
		pay(&listing.seller, settlement.to_seller)?;
		T::Goods::deliver(&listing.good, &listing.seller, &buyer)?;
		// Every remaining offer, a buyer's own earlier offer included, goes back.
		Self::close_listing(id, &listing)?;
		Self::deposit_event(Event::Sold {
			id,
			good: listing.good,
			seller: listing.seller,
			buyer,
			settlement,
		});
		Ok(())
	}

	/// What a buyer pays now: the Dutch price of this block, the fixed price, or the lowest bid
	/// an English auction accepts now.
	pub fn current_price(sale: &SaleOf<T>) -> BalanceOf<T> {
		let now = frame_system::Pallet::<T>::block_number();
		match sale {
			Sale::Dutch { start_price, end_price, start, end } => {
				Self::dutch_price(*start_price, *end_price, *start, *end, now)
			},
			Sale::English { reserve, min_increment, best, .. } => match best {
				Some(bid) => bid.amount.saturating_add(*min_increment),
				None => *reserve,
			},
			Sale::FixedPrice { price } => *price,
		}
	}

	/// `MarketApi::listing`: listing `id` with its current price and offers.
	pub fn listing(id: ListingId) -> Option<ListingInfoOf<T>> {
		let listing = Listings::<T>::get(id)?;
		Some(ListingInfo {
			id,
			current_price: Self::current_price(&listing.sale),
			offers: Offers::<T>::get(id).into_inner(),
			listing,
		})
	}

	/// `MarketApi::listings`: up to `limit` open listings with ids from `from` on, ascending.
	pub fn listings(from: ListingId, limit: u32) -> Vec<ListingInfoOf<T>> {
		// Ids are hashed in storage, so the open ones are collected and sorted (ids of closed
		// listings are never visited, however many there were).
		let mut ids: Vec<ListingId> = Listings::<T>::iter_keys().filter(|id| *id >= from).collect();
		ids.sort_unstable();
		ids.into_iter().take(limit as usize).filter_map(Self::listing).collect()
	}

	/// `MarketApi::listings_by_seller`: up to `limit` of `seller`'s listings, skipping `start`.
	pub fn listings_by_seller(
		seller: &T::AccountId,
		start: u32,
		limit: u32,
	) -> Vec<ListingInfoOf<T>> {
		ListingsBySeller::<T>::get(seller)
			.into_iter()
			.skip(start as usize)
			.take(limit as usize)
			.filter_map(Self::listing)
			.collect()
	}

	/// `MarketApi::listing_of`: the open listing of `good`.
	pub fn listing_of(good: T::GoodId) -> Option<ListingInfoOf<T>> {
		ListingOfGood::<T>::get(good).and_then(Self::listing)
	}

	/// The invariants: the indexes agree with the listings, every listed good is its seller's,
	/// offers are on fixed-price listings below the price, and the MINI held for bids and
	/// offers is exactly what the listings record.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		let mut held: BTreeMap<(T::AccountId, u8), BalanceOf<T>> = BTreeMap::new();
		let mut add = |who: &T::AccountId, reason: u8, amount: BalanceOf<T>| {
			let entry = held.entry((who.clone(), reason)).or_default();
			*entry = entry.saturating_add(amount);
		};
		let mut count = 0usize;
		for (id, listing) in Listings::<T>::iter() {
			count += 1;
			ensure!(id < NextListingId::<T>::get(), "a listing id at or above NextListingId");
			ensure!(ListingOfGood::<T>::get(listing.good) == Some(id), "good index disagrees");
			ensure!(
				ListingsBySeller::<T>::get(&listing.seller).contains(&id),
				"seller index misses a listing"
			);
			ensure!(
				T::Goods::owner(&listing.good).as_ref() == Some(&listing.seller),
				"a listed good is not its seller's"
			);
			let offers = Offers::<T>::get(id);
			match &listing.sale {
				Sale::FixedPrice { price } => {
					for offer in offers.iter() {
						ensure!(offer.amount < *price, "an offer at or above the price");
						add(&offer.bidder, 1, offer.amount);
					}
					ensure!(
						offers.windows(2).all(|w| w[0].amount >= w[1].amount),
						"offers not highest first"
					);
				},
				Sale::English { best, .. } => {
					ensure!(offers.is_empty(), "offers on an auction");
					if let Some(bid) = best {
						add(&bid.bidder, 0, bid.amount);
					}
				},
				Sale::Dutch { start_price, end_price, start, end } => {
					ensure!(offers.is_empty(), "offers on an auction");
					ensure!(
						end_price < start_price && start < end,
						"a Dutch auction that does not fall"
					);
				},
			}
		}
		ensure!(ListingOfGood::<T>::iter().count() == count, "stale good index");
		let indexed: usize = ListingsBySeller::<T>::iter_values().map(|ids| ids.len()).sum();
		ensure!(indexed == count, "stale seller index");
		for (id, _) in Offers::<T>::iter() {
			ensure!(Listings::<T>::contains_key(id), "offers on a closed listing");
		}
		for ((who, reason), amount) in held {
			let reason = if reason == 0 { HoldReason::Bid } else { HoldReason::Offer };
			ensure!(
				T::Currency::balance_on_hold(&reason.into(), &who) == amount,
				"held MINI disagrees with bids and offers"
			);
		}
		Ok(())
	}
}
