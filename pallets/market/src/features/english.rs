//! English auctions: held bids above a reserve by at least an increment, an end that a late bid
//! extends (no sniping in the last block), the outbid bidder refunded at once, and a
//! permissionless settlement after the end.

use crate::{functions::Funds, *};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// List `good` in an English auction.
	///
	/// - `who`: the good's owner.
	/// - `reserve`: the lowest first bid, at least `MinPrice`.
	/// - `min_increment`: more than zero; each bid must exceed the best by at least this.
	/// - `duration`: blocks of bidding, `MinEnglishDuration..=MaxDuration`.
	pub(crate) fn do_list_english(
		who: T::AccountId,
		good: T::GoodId,
		reserve: BalanceOf<T>,
		min_increment: BalanceOf<T>,
		duration: BlockNumberFor<T>,
	) -> DispatchResult {
		Self::ensure_min_price(reserve)?;
		ensure!(!min_increment.is_zero(), Error::<T>::PriceTooLow);
		let end = Self::auction_end(duration, T::MinEnglishDuration::get())?;
		Self::open_listing(who, good, Sale::English { reserve, min_increment, end, best: None })
	}

	/// Bid on an English auction: hold the bid, return the one it beats, extend a closing end.
	///
	/// - `who`: the bidder, not the seller, able to receive the good.
	/// - `id`: an English auction whose end has not passed.
	/// - `amount`: at least the reserve (first bid) or the best bid plus the increment.
	pub(crate) fn do_bid(who: T::AccountId, id: ListingId, amount: BalanceOf<T>) -> DispatchResult {
		Self::ensure_open()?;
		let mut listing = Self::listed(id)?;
		ensure!(listing.seller != who, Error::<T>::SellerCannotBuy);
		let lowest = Self::current_price(&listing.sale);
		let Sale::English { end, best, .. } = &mut listing.sale else {
			return Err(Error::<T>::WrongSale.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= *end, Error::<T>::AuctionOver);
		ensure!(amount >= lowest, Error::<T>::BidTooLow);
		ensure!(T::Goods::can_receive(&listing.good, &who), Error::<T>::CannotReceive);
		// A bidder raising its own bid holds only the difference.
		match best.take() {
			Some(previous) if previous.bidder == who => {
				Self::hold(HoldReason::Bid, &who, amount.saturating_sub(previous.amount))?;
			},
			Some(previous) => {
				Self::hold(HoldReason::Bid, &who, amount)?;
				Self::return_held(HoldReason::Bid, &previous.bidder, previous.amount)?;
				Self::deposit_event(Event::Outbid {
					id,
					bidder: previous.bidder,
					amount: previous.amount,
				});
			},
			None => Self::hold(HoldReason::Bid, &who, amount)?,
		}
		*best = Some(Bid { bidder: who.clone(), amount });
		let extended = now.saturating_add(T::ExtensionPeriod::get());
		if extended > *end {
			*end = extended;
		}
		let end = *end;
		Listings::<T>::insert(id, listing);
		Self::deposit_event(Event::BidPlaced { id, bidder: who, amount, end });
		Ok(())
	}

	/// Settle an English auction after its end: the best bid buys the good; without a bid, or
	/// when the winner can no longer receive the good, the good is freed (and the bid returned).
	///
	/// - `id`: an English auction whose end has passed.
	pub(crate) fn do_settle(id: ListingId) -> DispatchResult {
		Self::ensure_open()?;
		let listing = Self::listed(id)?;
		let Sale::English { end, best, .. } = &listing.sale else {
			return Err(Error::<T>::WrongSale.into());
		};
		ensure!(frame_system::Pallet::<T>::block_number() > *end, Error::<T>::AuctionRunning);
		match best.clone() {
			None => {
				Self::end_unsold(id, &listing)?;
				Self::deposit_event(Event::Unsold { id, good: listing.good });
			},
			Some(bid) if !T::Goods::can_receive(&listing.good, &bid.bidder) => {
				Self::return_held(HoldReason::Bid, &bid.bidder, bid.amount)?;
				Self::end_unsold(id, &listing)?;
				Self::deposit_event(Event::NotDelivered {
					id,
					good: listing.good,
					bidder: bid.bidder,
				});
			},
			Some(bid) => {
				Self::sell(id, listing, bid.bidder, bid.amount, Funds::Held(HoldReason::Bid))?
			},
		}
		Ok(())
	}
}
