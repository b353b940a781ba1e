//! Types stored by the market pallet and returned by its runtime API.

use super::*;
use alloc::vec::Vec;
use frame_support::traits::fungible::Inspect;
use minix_primitives::stored;

pub(crate) type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A listing as stored.
pub type ListingOf<T> = Listing<
	<T as frame_system::Config>::AccountId,
	<T as Config>::GoodId,
	BalanceOf<T>,
	BlockNumberFor<T>,
>;
/// A listing as the runtime API shows it.
pub type ListingInfoOf<T> = ListingInfo<
	<T as frame_system::Config>::AccountId,
	<T as Config>::GoodId,
	BalanceOf<T>,
	BlockNumberFor<T>,
>;
/// How a listing sells, as stored.
pub type SaleOf<T> = Sale<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
/// An offer or a bid, as stored.
pub type BidOf<T> = Bid<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// A listing's number: ids grow and are never reused.
pub type ListingId = u64;

stored! {
	/// A held amount of MINI someone bids or offers.
	pub struct Bid<AccountId, Balance> {
		/// Who bids.
		pub bidder: AccountId,
		/// How much, held from the bidder until it is outbid, withdrawn or paid.
		pub amount: Balance,
	}
}

stored! {
	/// How a listing sells.
	pub enum Sale<AccountId, Balance, BlockNumber> {
		/// A Dutch auction: the price falls linearly from `start_price` at block `start` to
		/// `end_price` at block `end` and stays there; the first buyer at the current price wins
		/// at once.
		#[codec(index = 0)]
		Dutch {
			/// The price when listed.
			start_price: Balance,
			/// The lowest price, from `end` on.
			end_price: Balance,
			/// The block it was listed in.
			start: BlockNumber,
			/// The block the price reaches `end_price`.
			end: BlockNumber,
		},
		/// An English auction: bids of at least `reserve`, each at least `min_increment` above
		/// the best, until `end`; a bid in the last `ExtensionPeriod` blocks moves `end` to
		/// `ExtensionPeriod` blocks after it. The best bid is held, the outbid one returned.
		#[codec(index = 1)]
		English {
			/// The lowest first bid.
			reserve: Balance,
			/// How much each bid must add to the best.
			min_increment: Balance,
			/// The last block bids are taken in; anyone may settle after it.
			end: BlockNumber,
			/// The best bid so far.
			best: Option<Bid<AccountId, Balance>>,
		},
		/// A fixed price: anyone may buy at `price`; buyers may offer less (held), and the
		/// seller may accept one offer.
		#[codec(index = 2)]
		FixedPrice {
			/// The price.
			price: Balance,
		},
	}
}

stored! {
	/// A good for sale.
	pub struct Listing<AccountId, GoodId, Balance, BlockNumber> {
		/// Who sells (the good's owner, who keeps it until it is sold).
		pub seller: AccountId,
		/// What is sold, escrowed in place until the listing ends.
		pub good: GoodId,
		/// How it sells.
		pub sale: Sale<AccountId, Balance, BlockNumber>,
	}
}

/// A listing as the runtime API shows it: the stored record, the price a buyer pays now (the
/// Dutch price of this block, the fixed price, or the lowest acceptable bid), and the offers.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct ListingInfo<AccountId, GoodId, Balance, BlockNumber> {
	/// The listing's id.
	pub id: ListingId,
	/// The stored listing.
	pub listing: Listing<AccountId, GoodId, Balance, BlockNumber>,
	/// Dutch: the price of this block; fixed: the price; English: the lowest bid accepted now.
	pub current_price: Balance,
	/// Held offers (fixed-price listings), highest first.
	pub offers: Vec<Bid<AccountId, Balance>>,
}

/// What a sale paid to whom.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct Settlement<AccountId, Balance> {
	/// The price the buyer paid.
	pub price: Balance,
	/// The market fee, to the ecosystem pool.
	pub fee: Balance,
	/// The royalty (a CID's remint tax) and who received it, if any.
	pub royalty: Option<(AccountId, Balance)>,
	/// What the seller received: the price less fee and royalty.
	pub to_seller: Balance,
}
