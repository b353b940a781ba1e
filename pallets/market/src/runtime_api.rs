//! The runtime API through which clients (polkadot.js, subxt) read the market.

use crate::{ListingId, ListingInfo};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Queries about listings, auctions and offers.
	pub trait MarketApi<AccountId, GoodId, Balance, BlockNumber>
	where
		AccountId: Codec,
		GoodId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// Listing `id` with the price a buyer pays in this block and its offers, if open.
		fn listing(id: ListingId) -> Option<ListingInfo<AccountId, GoodId, Balance, BlockNumber>>;
		/// The open listing of `good`, if it is listed.
		fn listing_of(good: GoodId) -> Option<ListingInfo<AccountId, GoodId, Balance, BlockNumber>>;
		/// Up to `limit` open listings with ids from `from` on, in ascending order.
		fn listings(from: ListingId, limit: u32) -> Vec<ListingInfo<AccountId, GoodId, Balance, BlockNumber>>;
		/// Up to `limit` of `seller`'s open listings, skipping the first `start`.
		fn listings_by_seller(
			seller: AccountId,
			start: u32,
			limit: u32,
		) -> Vec<ListingInfo<AccountId, GoodId, Balance, BlockNumber>>;
	}
}
