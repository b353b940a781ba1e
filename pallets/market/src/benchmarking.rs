//! v2 benchmarks of every call, each in its worst case: goods that are costly to move, full
//! offer lists, a bid that returns another.

use super::*;
use crate::Pallet as Market;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::{Inspect, Mutate};
use frame_system::RawOrigin;
use sp_runtime::traits::{Bounded, Saturating};

/// What the benchmarks need from the goods' pallets.
pub trait BenchmarkHelper<T: Config> {
	/// A good owned by `owner`, distinct for each `index`, as costly to move as a good can be
	/// (for a CID: a name, a full card and every bond and claim).
	fn good(owner: &T::AccountId, index: u32) -> T::GoodId;
}

/// An account with plenty of MINI.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = T::MinPrice::get()
		.saturating_mul(1_000_000u32.into())
		.saturating_add(T::Currency::minimum_balance().saturating_mul(1_000u32.into()));
	T::Currency::set_balance(&who, amount);
	who
}

/// The price the benchmarks sell at.
fn price<T: Config>() -> BalanceOf<T> {
	T::MinPrice::get().saturating_mul(1_000u32.into())
}

/// A fixed-price listing by a fresh seller, with `o` offers from distinct buyers.
fn fixed_with_offers<T: Config>(o: u32) -> (T::AccountId, ListingId) {
	let seller = funded::<T>("seller", 0);
	let good = T::BenchmarkHelper::good(&seller, 0);
	Market::<T>::do_list_fixed(seller.clone(), good, price::<T>()).unwrap();
	let id = NextListingId::<T>::get() - 1;
	for i in 0..o {
		let buyer = funded::<T>("offerer", i);
		let amount = T::MinPrice::get().saturating_add((i + 1).into());
		Market::<T>::do_make_offer(buyer, id, amount).unwrap();
	}
	(seller, id)
}

/// An English auction by a fresh seller with a bid from `bidder`.
fn auction_with_bid<T: Config>(bidder: &T::AccountId) -> ListingId {
	let seller = funded::<T>("seller", 0);
	let good = T::BenchmarkHelper::good(&seller, 0);
	let duration = T::MinEnglishDuration::get();
	Market::<T>::do_list_english(seller, good, price::<T>(), T::MinPrice::get(), duration).unwrap();
	let id = NextListingId::<T>::get() - 1;
	Market::<T>::do_bid(bidder.clone(), id, price::<T>()).unwrap();
	id
}

#[benchmarks]
mod benchmarks {
	use super::*;

	// A seller with one listing slot left.
	#[benchmark]
	fn list_dutch() {
		let seller = funded::<T>("seller", 0);
		for i in 1..T::MaxListingsPerSeller::get() {
			let good = T::BenchmarkHelper::good(&seller, i);
			Market::<T>::do_list_fixed(seller.clone(), good, price::<T>()).unwrap();
		}
		let good = T::BenchmarkHelper::good(&seller, 0);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(seller),
			good,
			price::<T>(),
			T::MinPrice::get(),
			T::MinDutchDuration::get(),
		);
		assert!(ListingOfGood::<T>::contains_key(good));
	}

	#[benchmark]
	fn list_english() {
		let seller = funded::<T>("seller", 0);
		let good = T::BenchmarkHelper::good(&seller, 0);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(seller),
			good,
			price::<T>(),
			T::MinPrice::get(),
			T::MinEnglishDuration::get(),
		);
		assert!(ListingOfGood::<T>::contains_key(good));
	}

	#[benchmark]
	fn list_fixed() {
		let seller = funded::<T>("seller", 0);
		let good = T::BenchmarkHelper::good(&seller, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(seller), good, price::<T>());
		assert!(ListingOfGood::<T>::contains_key(good));
	}

	// Buy a fixed-price listing, returning `o` offers.
	#[benchmark]
	fn buy(o: Linear<0, { T::MaxOffers::get() }>) {
		let (_, id) = fixed_with_offers::<T>(o);
		let buyer = funded::<T>("buyer", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), id, price::<T>());
		assert!(!Listings::<T>::contains_key(id));
	}

	// Outbid another bidder in the extension period.
	#[benchmark]
	fn bid() {
		let first = funded::<T>("first", 0);
		let id = auction_with_bid::<T>(&first);
		frame_system::Pallet::<T>::set_block_number(T::MinEnglishDuration::get());
		let bidder = funded::<T>("bidder", 0);
		let amount = price::<T>().saturating_add(T::MinPrice::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(bidder.clone()), id, amount);
		assert!(matches!(
			Listings::<T>::get(id).unwrap().sale,
			Sale::English { best: Some(Bid { bidder: b, .. }), .. } if b == bidder
		));
	}

	#[benchmark]
	fn settle() {
		let bidder = funded::<T>("bidder", 0);
		let id = auction_with_bid::<T>(&bidder);
		frame_system::Pallet::<T>::set_block_number(BlockNumberFor::<T>::max_value() / 2u32.into());
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert!(!Listings::<T>::contains_key(id));
	}

	// Displace the lowest offer of a full list.
	#[benchmark]
	fn make_offer() {
		let (_, id) = fixed_with_offers::<T>(T::MaxOffers::get());
		let buyer = funded::<T>("buyer", 0);
		let amount = T::MinPrice::get().saturating_mul(2u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), id, amount);
		assert_eq!(Offers::<T>::get(id)[0].bidder, buyer);
	}

	#[benchmark]
	fn withdraw_offer() {
		let (_, id) = fixed_with_offers::<T>(T::MaxOffers::get());
		let buyer: T::AccountId = account("offerer", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), id);
		assert_eq!(Offers::<T>::get(id).len() as u32, T::MaxOffers::get() - 1);
	}

	// Accept the highest of `o` offers, returning the others.
	#[benchmark]
	fn accept_offer(o: Linear<1, { T::MaxOffers::get() }>) {
		let (seller, id) = fixed_with_offers::<T>(o);
		let best = Offers::<T>::get(id)[0].clone();
		#[extrinsic_call]
		_(RawOrigin::Signed(seller), id, T::Lookup::unlookup(best.bidder), best.amount);
		assert!(!Listings::<T>::contains_key(id));
	}

	// Cancel a listing with `o` offers.
	#[benchmark]
	fn cancel(o: Linear<0, { T::MaxOffers::get() }>) {
		let (seller, id) = fixed_with_offers::<T>(o);
		#[extrinsic_call]
		_(RawOrigin::Signed(seller), id);
		assert!(!Listings::<T>::contains_key(id));
	}

	#[benchmark]
	fn set_fee() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::MaxFee::get());
		assert_eq!(MarketFee::<T>::get(), T::MaxFee::get());
		Ok(())
	}

	#[benchmark]
	fn set_paused() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, true);
		assert!(Paused::<T>::get());
		Ok(())
	}

	impl_benchmark_test_suite!(Market, crate::mock::new_test_ext(), crate::mock::Test);
}
