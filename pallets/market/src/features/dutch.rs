//! Dutch auctions: the price falls linearly per block from the start to the end price, then
//! stays at the end price; the first buyer at the current price wins at once ([`Pallet::do_buy`]).

use crate::*;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{Saturating, UniqueSaturatedInto},
	Rounding, SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// List `good` in a Dutch auction.
	///
	/// - `who`: the good's owner.
	/// - `start_price`: the price in the listing's block.
	/// - `end_price`: at least `MinPrice`, below `start_price`; the price from the end on.
	/// - `duration`: blocks from `start_price` to `end_price`, `MinDutchDuration..=MaxDuration`.
	pub(crate) fn do_list_dutch(
		who: T::AccountId,
		good: T::GoodId,
		start_price: BalanceOf<T>,
		end_price: BalanceOf<T>,
		duration: BlockNumberFor<T>,
	) -> DispatchResult {
		Self::ensure_min_price(end_price)?;
		ensure!(end_price < start_price, Error::<T>::PriceMustFall);
		let end = Self::auction_end(duration, T::MinDutchDuration::get())?;
		let start = frame_system::Pallet::<T>::block_number();
		Self::open_listing(who, good, Sale::Dutch { start_price, end_price, start, end })
	}

	/// The price of a Dutch auction at block `now`: `start_price` less the part of the fall
	/// that `now` has reached, the fall rounded down so the price never drops below the line.
	pub fn dutch_price(
		start_price: BalanceOf<T>,
		end_price: BalanceOf<T>,
		start: BlockNumberFor<T>,
		end: BlockNumberFor<T>,
		now: BlockNumberFor<T>,
	) -> BalanceOf<T> {
		if now <= start {
			return start_price;
		}
		if now >= end {
			return end_price;
		}
		let fall: u128 = start_price.saturating_sub(end_price).saturated_into();
		let elapsed: u128 = now.saturating_sub(start).unique_saturated_into();
		let duration: u128 = end.saturating_sub(start).unique_saturated_into();
		// elapsed < duration, so the result is below `fall` and cannot overflow.
		let fallen = multiply_by_rational_with_rounding(fall, elapsed, duration, Rounding::Down)
			.unwrap_or(fall);
		start_price.saturating_sub(fallen.saturated_into())
	}
}
