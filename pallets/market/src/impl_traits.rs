//! The `minix-primitives` trait through which other pallets (the contracts' chain extension)
//! read listings.

use super::*;
use minix_primitives::{ListingSummary, MarketInspect, SaleKind};

type SummaryOf<T> =
	ListingSummary<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

impl<T: Config> MarketInspect<T::GoodId, T::AccountId, BalanceOf<T>, BlockNumberFor<T>>
	for Pallet<T>
{
	fn listing_of(good: &T::GoodId) -> Option<SummaryOf<T>> {
		ListingOfGood::<T>::get(good).and_then(<Self as MarketInspect<_, _, _, _>>::listing)
	}

	fn listing(id: ListingId) -> Option<SummaryOf<T>> {
		let listing = Listings::<T>::get(id)?;
		let current_price = Self::current_price(&listing.sale);
		let (kind, end, best_bid) = match listing.sale {
			Sale::Dutch { end, .. } => (SaleKind::Dutch, Some(end), None),
			Sale::English { end, best, .. } => {
				(SaleKind::English, Some(end), best.map(|b| b.amount))
			},
			Sale::FixedPrice { .. } => (SaleKind::FixedPrice, None, None),
		};
		Some(ListingSummary { id, seller: listing.seller, kind, current_price, end, best_bid })
	}
}
