//! # Market pallet
//!
//! Sells *goods* for MINI: Dutch auctions, English auctions, and fixed-price listings that take
//! offers. A good is anything a pallet exposes through [`minix_primitives::MarketGoods`] (CIDs,
//! through the `Cid` pallet; the runtime routes each kind of good id to its pallet), so a new
//! kind of good needs no change here.
//!
//! - **Escrow in place.** A listed good stays with its owner, but its pallet refuses every change
//!   of it (for a CID: transfer, release, name, card, bonds) until the listing ends. Nothing moves
//!   to a pallet account, so a CID keeps its bonds through a sale.
//! - **Dutch** ([`Call::list_dutch`]): the price falls linearly per block from the start to the
//!   end price over at least [`Config::MinDutchDuration`] blocks and then stays at the end price; the
//!   first [`Call::buy`] at the current price wins at once (rounded up: the seller is never paid
//!   below the line).
//! - **English** ([`Call::list_english`]): a reserve, a minimum increment and an end block; a bid
//!   in the last [`Config::ExtensionPeriod`] blocks extends the end. The best bid is held and an
//!   outbid bidder is refunded at once. After the end anyone may [`Call::settle`]; the seller may
//!   cancel only before the first bid.
//! - **Fixed price** ([`Call::list_fixed`]): anyone may buy at the price; buyers may place held
//!   offers below it ([`Call::make_offer`]), the seller accepts one ([`Call::accept_offer`]), and
//!   the others are returned when the listing ends.
//! - **Settlement** pays, from the price: the market fee ([`MarketFee`], governance-set, at most
//!   [`Config::MaxFee`]) to [`Config::FeeDestination`] (the ecosystem pool), the good's royalty
//!   (a CID's remint tax) to its recipient, the rest to the seller. Fee and royalty are rounded
//!   down, so the seller receives the rounding (less than one unit each). The buyer receives the
//!   good under its own rules.
//! - **Pause.** Governance can pause the market ([`Call::set_paused`]): nothing is listed, bought,
//!   bid, offered or settled, but sellers may cancel and buyers withdraw offers.
//!
//! Clients read listings, auction state, current prices and offers through
//! [`runtime_api::MarketApi`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::BenchmarkHelper;
mod features;
mod functions;
mod impl_traits;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible};
use frame_system::pallet_prelude::*;
use minix_primitives::MarketGoods;
use scale_info::TypeInfo;
use sp_runtime::{traits::StaticLookup, Percent};

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why the pallet holds MINI.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The best bid of an English auction.
		#[codec(index = 0)]
		Bid,
		/// An offer on a fixed-price listing.
		#[codec(index = 1)]
		Offer,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// MINI, what goods are paid in.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// The id of a good (the runtime's enum over every kind of good).
		type GoodId: Parameter + MaxEncodedLen + Copy;
		/// The goods: owner, escrow in place, delivery and royalty of each kind.
		type Goods: MarketGoods<Self::AccountId, Id = Self::GoodId>;
		/// Who sets the fee and pauses the market.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Where the market fee goes (the ecosystem pool).
		type FeeDestination: Get<Self::AccountId>;
		/// The highest fee governance may set.
		#[pallet::constant]
		type MaxFee: Get<Percent>;
		/// The fee until governance sets one.
		#[pallet::constant]
		type DefaultFee: Get<Percent>;
		/// The lowest price, reserve, end price, bid or offer (at least the existential deposit,
		/// so every payment can open the receiving account).
		#[pallet::constant]
		type MinPrice: Get<BalanceOf<Self>>;
		/// The shortest Dutch auction, in blocks (its price needs time to fall).
		#[pallet::constant]
		type MinDutchDuration: Get<BlockNumberFor<Self>>;
		/// The shortest English auction, in blocks (late bids extend it anyway).
		#[pallet::constant]
		type MinEnglishDuration: Get<BlockNumberFor<Self>>;
		/// The longest auction, in blocks.
		#[pallet::constant]
		type MaxDuration: Get<BlockNumberFor<Self>>;
		/// A bid this close to an English auction's end moves the end this far past the bid.
		#[pallet::constant]
		type ExtensionPeriod: Get<BlockNumberFor<Self>>;
		/// How many listings one seller may have open.
		#[pallet::constant]
		type MaxListingsPerSeller: Get<u32>;
		/// How many offers one fixed-price listing holds (a full list takes a higher offer only,
		/// returning the lowest).
		#[pallet::constant]
		type MaxOffers: Get<u32>;
		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
		/// Creates goods for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<Self>;
	}

	#[pallet::type_value]
	pub fn DefaultFeeOf<T: Config>() -> Percent {
		T::DefaultFee::get()
	}

	/// Open listings by id.
	#[pallet::storage]
	pub type Listings<T: Config> = StorageMap<_, Blake2_128Concat, ListingId, ListingOf<T>>;

	/// The open listing of each listed good (a good is listed at most once).
	#[pallet::storage]
	pub type ListingOfGood<T: Config> = StorageMap<_, Blake2_128Concat, T::GoodId, ListingId>;

	/// The open listings of each seller, in ascending order.
	#[pallet::storage]
	pub type ListingsBySeller<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<ListingId, T::MaxListingsPerSeller>,
		ValueQuery,
	>;

	/// Held offers on each fixed-price listing, highest first (one per buyer).
	#[pallet::storage]
	pub type Offers<T: Config> =
		StorageMap<_, Blake2_128Concat, ListingId, BoundedVec<BidOf<T>, T::MaxOffers>, ValueQuery>;

	/// The id of the next listing.
	#[pallet::storage]
	pub type NextListingId<T> = StorageValue<_, ListingId, ValueQuery>;

	/// The market fee: this share of every price goes to `FeeDestination`.
	#[pallet::storage]
	pub type MarketFee<T: Config> = StorageValue<_, Percent, ValueQuery, DefaultFeeOf<T>>;

	/// Whether governance paused the market.
	#[pallet::storage]
	pub type Paused<T> = StorageValue<_, bool, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `seller` listed `good` as listing `id`.
		Listed { id: ListingId, seller: T::AccountId, good: T::GoodId, sale: SaleOf<T> },
		/// Listing `id` sold `good` to `buyer`; `settlement` says who received what.
		Sold {
			id: ListingId,
			good: T::GoodId,
			seller: T::AccountId,
			buyer: T::AccountId,
			settlement: Settlement<T::AccountId, BalanceOf<T>>,
		},
		/// A bid on English auction `id`; `end` is the auction's end after it.
		BidPlaced {
			id: ListingId,
			bidder: T::AccountId,
			amount: BalanceOf<T>,
			end: BlockNumberFor<T>,
		},
		/// A bid was outbid and returned to `bidder`.
		Outbid { id: ListingId, bidder: T::AccountId, amount: BalanceOf<T> },
		/// `buyer` offered `amount` on fixed-price listing `id` (held).
		OfferMade { id: ListingId, buyer: T::AccountId, amount: BalanceOf<T> },
		/// An offer went back to `buyer`: withdrawn, replaced, displaced by a higher one, or the
		/// listing ended.
		OfferReturned { id: ListingId, buyer: T::AccountId, amount: BalanceOf<T> },
		/// The seller cancelled listing `id`; `good` is free again.
		Cancelled { id: ListingId, good: T::GoodId },
		/// English auction `id` ended without a bid; `good` is free again.
		Unsold { id: ListingId, good: T::GoodId },
		/// English auction `id` was won by `bidder`, who could no longer receive `good` (e.g. a
		/// full CID account): the bid was returned and the good freed.
		NotDelivered { id: ListingId, good: T::GoodId, bidder: T::AccountId },
		/// Governance set the market fee.
		FeeSet { fee: Percent },
		/// Governance paused (`true`) or resumed the market.
		PausedSet { paused: bool },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No open listing has this id.
		UnknownListing,
		/// Only the seller may do this.
		NotSeller,
		/// The good is listed already.
		AlreadyListed,
		/// A price, reserve, bid or offer below `MinPrice`, or a zero increment.
		PriceTooLow,
		/// A Dutch auction's end price must be below its start price.
		PriceMustFall,
		/// The auction is shorter than its kind's minimum (`MinDutchDuration`, `MinEnglishDuration`) or
		/// longer than `MaxDuration`.
		BadDuration,
		/// The seller has `MaxListingsPerSeller` open listings.
		TooManyListings,
		/// The call does not apply to this kind of listing.
		WrongSale,
		/// The current price is above the buyer's `max_price`, or the offer does not match.
		PriceChanged,
		/// The seller cannot buy, bid on or offer for its own listing.
		SellerCannotBuy,
		/// The buyer could not receive the good now (e.g. a full CID account).
		CannotReceive,
		/// The English auction is over: settle it.
		AuctionOver,
		/// The English auction is still running.
		AuctionRunning,
		/// The bid is below the reserve, or below the best bid plus the increment.
		BidTooLow,
		/// The English auction has a bid: it can no longer be cancelled.
		HasBid,
		/// An offer must be below the price (at the price, buy).
		OfferNotBelowPrice,
		/// The offer list is full and the offer is not above the lowest offer.
		OfferTooLow,
		/// The account has no offer on this listing.
		NoOffer,
		/// The fee is above `MaxFee`.
		FeeTooHigh,
		/// The market is paused.
		Paused,
		/// An amount overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// List `good` in a Dutch auction from `start_price` down to `end_price` over `duration`
		/// blocks from now.
		///
		/// - Origin: signed, the good's owner.
		/// - Errors: `Paused`, `PriceTooLow`, `PriceMustFall`, `BadDuration`, `AlreadyListed`,
		///   `TooManyListings`, or the good's own refusal to be escrowed.
		/// - Events: `Listed`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::list_dutch())]
		pub fn list_dutch(
			origin: OriginFor<T>,
			good: T::GoodId,
			start_price: BalanceOf<T>,
			end_price: BalanceOf<T>,
			duration: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_list_dutch(who, good, start_price, end_price, duration)
		}

		/// List `good` in an English auction with a `reserve`, a `min_increment` and `duration`
		/// blocks of bidding.
		///
		/// - Origin: signed, the good's owner.
		/// - Errors: `Paused`, `PriceTooLow`, `BadDuration`, `AlreadyListed`, `TooManyListings`,
		///   or the good's own refusal to be escrowed.
		/// - Events: `Listed`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::list_english())]
		pub fn list_english(
			origin: OriginFor<T>,
			good: T::GoodId,
			reserve: BalanceOf<T>,
			min_increment: BalanceOf<T>,
			duration: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_list_english(who, good, reserve, min_increment, duration)
		}

		/// List `good` at a fixed `price`, open to offers below it.
		///
		/// - Origin: signed, the good's owner.
		/// - Errors: `Paused`, `PriceTooLow`, `AlreadyListed`, `TooManyListings`, or the good's
		///   own refusal to be escrowed.
		/// - Events: `Listed`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::list_fixed())]
		pub fn list_fixed(
			origin: OriginFor<T>,
			good: T::GoodId,
			price: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_list_fixed(who, good, price)
		}

		/// Buy from a Dutch auction at this block's price, or a fixed-price listing at its
		/// price, if that is at most `max_price`; offers on the listing are returned.
		///
		/// - Origin: signed, the buyer (not the seller), paying and kept alive.
		/// - Errors: `Paused`, `UnknownListing`, `WrongSale`, `SellerCannotBuy`, `PriceChanged`,
		///   `CannotReceive`, or the currency's error.
		/// - Events: `Sold` (and `OfferReturned` for each offer).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::buy(T::MaxOffers::get()))]
		pub fn buy(origin: OriginFor<T>, id: ListingId, max_price: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_buy(who, id, max_price)
		}

		/// Bid `amount` on English auction `id`; it is held, and the bid it beats is returned.
		///
		/// - Origin: signed, the bidder (not the seller).
		/// - Errors: `Paused`, `UnknownListing`, `WrongSale`, `SellerCannotBuy`, `AuctionOver`,
		///   `BidTooLow`, `CannotReceive`, or the currency's error (cannot hold the bid).
		/// - Events: `BidPlaced` (and `Outbid` for the bid it beats).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::bid())]
		pub fn bid(origin: OriginFor<T>, id: ListingId, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bid(who, id, amount)
		}

		/// End English auction `id` after its end block: the best bid buys the good; without a
		/// bid the good is freed.
		///
		/// - Origin: signed, anyone.
		/// - Errors: `Paused`, `UnknownListing`, `WrongSale`, `AuctionRunning`.
		/// - Events: `Sold`, `Unsold` or `NotDelivered`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::settle())]
		pub fn settle(origin: OriginFor<T>, id: ListingId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle(id)
		}

		/// Offer `amount` (held) on fixed-price listing `id`, replacing the caller's earlier
		/// offer; a full offer list returns its lowest offer to take a higher one.
		///
		/// - Origin: signed, the buyer (not the seller).
		/// - Errors: `Paused`, `UnknownListing`, `WrongSale`, `SellerCannotBuy`, `PriceTooLow`,
		///   `OfferNotBelowPrice`, `OfferTooLow`, `CannotReceive`, or the currency's error.
		/// - Events: `OfferMade` (and `OfferReturned` for a replaced or displaced offer).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::make_offer())]
		pub fn make_offer(
			origin: OriginFor<T>,
			id: ListingId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_make_offer(who, id, amount)
		}

		/// Withdraw the caller's offer on listing `id` (also while the market is paused).
		///
		/// - Origin: signed, the buyer.
		/// - Errors: `NoOffer`.
		/// - Events: `OfferReturned`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::withdraw_offer())]
		pub fn withdraw_offer(origin: OriginFor<T>, id: ListingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_offer(who, id)
		}

		/// Accept `buyer`'s offer of exactly `amount` on listing `id`: the held offer pays and
		/// the other offers are returned.
		///
		/// - Origin: signed, the seller.
		/// - Errors: `Paused`, `UnknownListing`, `NotSeller`, `NoOffer`, `PriceChanged` (the
		///   offer is not `amount`), `CannotReceive`.
		/// - Events: `Sold` (and `OfferReturned` for each other offer).
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::accept_offer(T::MaxOffers::get()))]
		pub fn accept_offer(
			origin: OriginFor<T>,
			id: ListingId,
			buyer: <T::Lookup as StaticLookup>::Source,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let buyer = T::Lookup::lookup(buyer)?;
			Self::do_accept_offer(who, id, buyer, amount)
		}

		/// Cancel listing `id`: the good is freed and offers are returned. An English auction
		/// can be cancelled only before its first bid. Works while the market is paused.
		///
		/// - Origin: signed, the seller.
		/// - Errors: `UnknownListing`, `NotSeller`, `HasBid`.
		/// - Events: `Cancelled` (and `OfferReturned` for each offer).
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::cancel(T::MaxOffers::get()))]
		pub fn cancel(origin: OriginFor<T>, id: ListingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel(who, id)
		}

		/// Set the market fee (at most `MaxFee`); it applies to sales from now on.
		///
		/// - Origin: governance.
		/// - Errors: `FeeTooHigh`.
		/// - Events: `FeeSet`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_fee())]
		pub fn set_fee(origin: OriginFor<T>, fee: Percent) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(fee <= T::MaxFee::get(), Error::<T>::FeeTooHigh);
			MarketFee::<T>::put(fee);
			Self::deposit_event(Event::FeeSet { fee });
			Ok(())
		}

		/// Pause (`true`) or resume the market.
		///
		/// - Origin: governance.
		/// - Errors: none.
		/// - Events: `PausedSet`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_paused())]
		pub fn set_paused(origin: OriginFor<T>, paused: bool) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Paused::<T>::put(paused);
			Self::deposit_event(Event::PausedSet { paused });
			Ok(())
		}
	}
}
