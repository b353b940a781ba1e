//! The market (`Market`): CIDs, MITs and creators' NFTs sold for MINI in Dutch and English
//! auctions and at fixed prices, escrowed in place in their pallets (`Cid`, `Mit`, `Creators`)
//! while listed.

use crate::{AccountId, Balance, Balances, BlockNumber, Runtime, RuntimeHoldReason};
use frame_support::{pallet_prelude::DispatchResult, parameter_types, traits::ConstU32};
use minix_primitives::{
	currency::MINI,
	time::{DAYS, MINUTES},
	ListingSummary, MarketGoods, MarketInspect,
};
use sp_runtime::Percent;

/// The highest market fee governance may set.
pub const MAX_MARKET_FEE: Percent = Percent::from_percent(5);

minix_primitives::stored! {
	/// Every kind of good the market sells. A new kind is a new variant routed to its pallet
	/// below; the market pallet does not change.
	#[derive(Copy)]
	pub enum MarketGood {
		/// A community or public CID, sold with its name, card and bonds.
		#[codec(index = 0)]
		Cid(minix_primitives::Cid),
		/// An MIT, by id, sold with its symbol and content.
		#[codec(index = 1)]
		Mit(pallet_mit::MitId),
		/// An item of a creator's collection, by `(collection, item)`.
		#[codec(index = 2)]
		Nft(pallet_creators::NftId),
	}
}

/// Calls `MarketGoods::$f` of the pallet that owns `$good`, with the good's own id first.
macro_rules! route {
	($good:expr, $f:ident($($arg:expr),*)) => {
		match $good {
			MarketGood::Cid(id) => <crate::Cid as MarketGoods<_>>::$f(id $(, $arg)*),
			MarketGood::Mit(id) => <crate::Mit as MarketGoods<_>>::$f(id $(, $arg)*),
			MarketGood::Nft(id) => <crate::Creators as MarketGoods<_>>::$f(id $(, $arg)*),
		}
	};
}

/// Routes each kind of good to the pallet that owns it.
pub struct RuntimeGoods;

impl MarketGoods<AccountId> for RuntimeGoods {
	type Id = MarketGood;

	fn owner(good: &MarketGood) -> Option<AccountId> {
		route!(good, owner())
	}
	fn escrow(good: &MarketGood, seller: &AccountId) -> DispatchResult {
		route!(good, escrow(seller))
	}
	fn end_escrow(good: &MarketGood) {
		route!(good, end_escrow())
	}
	fn can_receive(good: &MarketGood, buyer: &AccountId) -> bool {
		route!(good, can_receive(buyer))
	}
	fn deliver(good: &MarketGood, seller: &AccountId, buyer: &AccountId) -> DispatchResult {
		route!(good, deliver(seller, buyer))
	}
	fn royalty(good: &MarketGood) -> Option<(AccountId, Percent)> {
		route!(good, royalty())
	}
}

/// The market's listings of CIDs, for the contracts' chain extension (which names CIDs, not
/// [`MarketGood`]s).
pub struct CidListings;

impl MarketInspect<minix_primitives::Cid, AccountId, Balance, BlockNumber> for CidListings {
	fn listing_of(
		cid: &minix_primitives::Cid,
	) -> Option<ListingSummary<AccountId, Balance, BlockNumber>> {
		<crate::Market as MarketInspect<MarketGood, _, _, _>>::listing_of(&MarketGood::Cid(*cid))
	}
	fn listing(id: u64) -> Option<ListingSummary<AccountId, Balance, BlockNumber>> {
		<crate::Market as MarketInspect<MarketGood, _, _, _>>::listing(id)
	}
}

parameter_types! {
	pub const MaxMarketFee: Percent = MAX_MARKET_FEE;
	/// The fee at genesis, until the council sets one.
	pub const DefaultMarketFee: Percent = Percent::from_percent(2);
	/// The lowest price, bid or offer: 0.01 MINI (ten existential deposits).
	pub const MinMarketPrice: Balance = MINI / 100;
	/// A Dutch auction's price falls over at least 100 blocks (10 minutes at 6 s).
	pub const MinDutchDuration: BlockNumber = 100;
	/// An English auction takes bids for at least 20 blocks (2 minutes); a late bid extends it.
	pub const MinEnglishDuration: BlockNumber = 20;
	/// Auctions run at most 30 days.
	pub const MaxAuctionDuration: BlockNumber = 30 * DAYS;
	/// A bid in an English auction's last minute extends it to a minute after the bid.
	pub const BidExtension: BlockNumber = MINUTES;
}

impl pallet_market::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GoodId = MarketGood;
	type Goods = RuntimeGoods;
	type GovernanceOrigin = super::GovernanceOrigin;
	type FeeDestination = super::EcosystemPoolAccount;
	type MaxFee = MaxMarketFee;
	type DefaultFee = DefaultMarketFee;
	type MinPrice = MinMarketPrice;
	type MinDutchDuration = MinDutchDuration;
	type MinEnglishDuration = MinEnglishDuration;
	type MaxDuration = MaxAuctionDuration;
	type ExtensionPeriod = BidExtension;
	type MaxListingsPerSeller = ConstU32<64>;
	type MaxOffers = ConstU32<16>;
	type WeightInfo = pallet_market::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MarketBenchmarks;
}

/// Issues the benchmarks' goods: public CIDs with a name, a full card and every bond and claim.
#[cfg(feature = "runtime-benchmarks")]
pub struct MarketBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_market::BenchmarkHelper<Runtime> for MarketBenchmarks {
	fn good(owner: &AccountId, index: u32) -> MarketGood {
		let cid = 5 * minix_primitives::cid::MIN_PUBLIC_CID + minix_primitives::Cid::from(index);
		crate::Cid::load_for_benchmarks(cid, owner);
		MarketGood::Cid(cid)
	}
}
