//! v2 benchmarks of every call, each in its worst case: 64-byte symbols, the longest lock
//! schedules, accounts carrying the most locks (the freezer hook reads them all on every debit),
//! full order books and the most matches.

use super::*;
use crate::Pallet as Mst;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect as _, Mutate as _},
	fungibles::Inspect as _,
};
use frame_system::RawOrigin;
use sp_runtime::Saturating;

/// What the benchmarks need the runtime to set up outside this pallet.
pub trait BenchmarkHelper {
	/// Make `key` a feed key governance registered, whose combined value is `value` now.
	fn set_oracle_value(key: &minix_primitives::OracleKey, value: minix_primitives::OracleValue);
}

/// The supply of every benchmark token.
const SUPPLY: u32 = 1_000_000_000;

/// An account with plenty of MINI.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = T::Currency::minimum_balance()
		.max(1u32.into())
		.saturating_mul(1_000_000_000u32.into())
		.saturating_add(T::IssueFee::get().saturating_mul(100u32.into()))
		.saturating_add(T::TokenDeposit::get().saturating_mul(100u32.into()));
	T::Currency::set_balance(&who, amount);
	who
}

/// A 64-byte symbol in domain `D<index>`.
fn long_symbol(index: u8) -> Vec<u8> {
	let mut symbol = vec![b'A'; 64];
	symbol[..3].copy_from_slice(&[b'D', b'0' + index, b'.']);
	symbol
}

/// A token with 0 decimals and `SUPPLY` units owned by `owner`.
fn token<T: Config>(owner: &T::AccountId, index: u8) -> (Vec<u8>, AssetId) {
	let symbol = long_symbol(index);
	Mst::<T>::issue_at_genesis(&symbol, owner, 0, SUPPLY.into()).unwrap();
	let asset = Mst::<T>::lookup_token(&symbol).unwrap().1.asset_id;
	(symbol, asset)
}

/// The lock model with the longest schedule.
fn longest_model<T: Config>() -> LockModelOf<T> {
	let unlocks = T::MaxUnlockPeriods::get();
	LockModel::FixedRate { period: unlocks * 10, unlocks, rate: 8 }
}

/// Give `who` `count` locks of the longest schedule in `symbol`.
fn add_locks<T: Config>(symbol: &[u8], asset: AssetId, who: &T::AccountId, count: u32) {
	let parsed = Mst::<T>::parse_symbol(symbol).unwrap();
	for _ in 0..count {
		Mst::<T>::add_lock(&parsed, asset, who, 1_000u32.into(), longest_model::<T>()).unwrap();
	}
}

/// `who` gets `amount` of `asset` from `owner`.
fn give<T: Config>(symbol: &[u8], owner: &T::AccountId, who: &T::AccountId, amount: u32) {
	Mst::<T>::do_transfer(owner.clone(), symbol.to_vec(), who.clone(), amount.into()).unwrap();
}

/// Fill the sell side of the `symbol`/MINI book: one order of 10 units from each of
/// `MaxOrdersPerBook` funded sellers, the `i`-th at `price(i)`; returns the last seller.
/// One price step: every order priced in multiples of it is worth at least `MinOrderValue`.
fn price_unit<T: Config>() -> BalanceOf<T> {
	T::MinOrderValue::get().max(1u32.into())
}

fn fill_asks<T: Config>(
	symbol: &[u8],
	issuer: &T::AccountId,
	price: impl Fn(u32) -> u32,
) -> T::AccountId {
	let mut last = issuer.clone();
	for i in 0..T::MaxOrdersPerBook::get() {
		let seller = funded::<T>("seller", i);
		give::<T>(symbol, issuer, &seller, 1_000);
		Mst::<T>::do_place_order(
			seller.clone(),
			symbol.to_vec(),
			b"MINI".to_vec(),
			Side::Sell,
			price_unit::<T>().saturating_mul(price(i).into()),
			10u32.into(),
		)
		.unwrap();
		last = seller;
	}
	last
}

fn balance<T: Config>(asset: AssetId, who: &T::AccountId) -> BalanceOf<T> {
	T::Assets::balance(asset, who)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	// Issue a 64-byte symbol in someone else's domain with a naming cert, a full description
	// and the longest lock.
	#[benchmark]
	fn issue() {
		let domain_owner = funded::<T>("owner", 0);
		let (_, _) = token::<T>(&domain_owner, 0);
		let caller = funded::<T>("caller", 0);
		let mut symbol = long_symbol(0);
		symbol[63] = b'B';
		Mst::<T>::do_issue_naming_cert(domain_owner, symbol.clone(), caller.clone()).unwrap();
		let description = vec![b'd'; T::MaxDescriptionLen::get() as usize];
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			symbol.clone(),
			18,
			SUPPLY.into(),
			SecondaryIssue::Threshold(51),
			description,
			Some(longest_model::<T>()),
		);
		let asset = Mst::<T>::lookup_token(&symbol).unwrap().1.asset_id;
		assert_eq!(balance::<T>(asset, &caller), SUPPLY.into());
	}

	// Transfer from an account with the most locks to a new holder.
	#[benchmark]
	fn transfer() {
		let caller = funded::<T>("caller", 0);
		let (symbol, asset) = token::<T>(&caller, 0);
		add_locks::<T>(&symbol, asset, &caller, T::MaxLocksPerAccount::get());
		let dest = funded::<T>("dest", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), symbol, T::Lookup::unlookup(dest.clone()), 10u32.into());
		assert_eq!(balance::<T>(asset, &dest), 10u32.into());
	}

	// Secondary issue under a threshold, locked, into an account with one lock slot left.
	#[benchmark]
	fn secondary_issue() {
		let caller = funded::<T>("caller", 0);
		let symbol = long_symbol(0);
		Mst::<T>::do_issue(
			caller.clone(),
			symbol.clone(),
			0,
			SUPPLY.into(),
			SecondaryIssue::Threshold(100),
			vec![],
			None,
		)
		.unwrap();
		let asset = Mst::<T>::lookup_token(&symbol).unwrap().1.asset_id;
		add_locks::<T>(&symbol, asset, &caller, T::MaxLocksPerAccount::get() - 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), symbol, 10u32.into(), Some(longest_model::<T>()));
		assert_eq!(balance::<T>(asset, &caller), (SUPPLY + 10).into());
	}

	// Add the last lock an account may have, with the longest schedule.
	#[benchmark]
	fn lock() {
		let caller = funded::<T>("caller", 0);
		let (symbol, asset) = token::<T>(&caller, 0);
		add_locks::<T>(&symbol, asset, &caller, T::MaxLocksPerAccount::get() - 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), symbol, 1_000u32.into(), longest_model::<T>());
		assert_eq!(Locks::<T>::get(asset, &caller).len() as u32, T::MaxLocksPerAccount::get());
	}

	// Transfer from and lock at accounts that both carry the most (or most but one) locks.
	#[benchmark]
	fn transfer_locked() {
		let caller = funded::<T>("caller", 0);
		let (symbol, asset) = token::<T>(&caller, 0);
		add_locks::<T>(&symbol, asset, &caller, T::MaxLocksPerAccount::get());
		let dest = funded::<T>("dest", 0);
		give::<T>(&symbol, &caller, &dest, 100_000);
		add_locks::<T>(&symbol, asset, &dest, T::MaxLocksPerAccount::get() - 1);
		assert!(Pallet::<T>::do_allow_locks_from(dest.clone(), caller.clone()).is_ok());
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			symbol,
			T::Lookup::unlookup(dest.clone()),
			1_000u32.into(),
			longest_model::<T>(),
		);
		assert_eq!(Locks::<T>::get(asset, &dest).len() as u32, T::MaxLocksPerAccount::get());
	}

	// Accept a sender as the last the list holds.
	#[benchmark]
	fn allow_locks_from() {
		let caller = funded::<T>("caller", 0);
		for i in 1..T::MaxLockSenders::get() {
			let other: T::AccountId = account("sender", i, 0);
			assert!(Pallet::<T>::do_allow_locks_from(caller.clone(), other).is_ok());
		}
		let sender: T::AccountId = account("sender", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), T::Lookup::unlookup(sender));
		assert_eq!(LockSenders::<T>::get(&caller).len() as u32, T::MaxLockSenders::get());
	}

	// Drop a sender from a full list.
	#[benchmark]
	fn disallow_locks_from() {
		let caller = funded::<T>("caller", 0);
		for i in 0..T::MaxLockSenders::get() {
			let other: T::AccountId = account("sender", i, 0);
			assert!(Pallet::<T>::do_allow_locks_from(caller.clone(), other).is_ok());
		}
		let sender: T::AccountId = account("sender", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), T::Lookup::unlookup(sender));
		assert_eq!(LockSenders::<T>::get(&caller).len() as u32, T::MaxLockSenders::get() - 1);
	}

	// Release the last of the most locks an account may have, a conditional one on a
	// 32-byte key that holds.
	#[benchmark]
	fn try_unlock() {
		let caller = funded::<T>("caller", 0);
		let (symbol, asset) = token::<T>(&caller, 0);
		add_locks::<T>(&symbol, asset, &caller, T::MaxLocksPerAccount::get() - 1);
		let key: minix_primitives::OracleKey = [b'k'; 32].to_vec().try_into().unwrap();
		let condition = Condition {
			key: key.clone(),
			comparison: minix_primitives::Comparison::AtLeast,
			value: 100,
		};
		let model = LockModel::Conditional { condition, deadline: 1_000 };
		// A registered feed that reads 100 (a condition may only name a registered key).
		T::BenchmarkHelper::set_oracle_value(&key, 100);
		assert!(Pallet::<T>::lock(
			RawOrigin::Signed(caller.clone()).into(),
			symbol.clone(),
			1_000u32.into(),
			model
		)
		.is_ok());
		let index = T::MaxLocksPerAccount::get() - 1;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), symbol, T::Lookup::unlookup(caller.clone()), index);
		assert_eq!(Locks::<T>::get(asset, &caller).len() as u32, index);
	}

	// Escrow an MST from an account with the most locks and open swaps but one.
	#[benchmark]
	fn create_swap() {
		let caller = funded::<T>("caller", 0);
		let (symbol, asset) = token::<T>(&caller, 0);
		add_locks::<T>(&symbol, asset, &caller, T::MaxLocksPerAccount::get());
		OpenSwaps::<T>::insert(&caller, T::MaxSwapsPerAccount::get() - 1);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			symbol,
			10u32.into(),
			b"MINI".to_vec(),
			10u32.into(),
			None,
			T::MaxSwapDuration::get(),
		);
		assert_eq!(Escrowed::<T>::get(asset, &caller), 10u32.into());
	}

	// MST for MST, both accounts carrying the most locks.
	#[benchmark]
	fn accept_swap() {
		let maker = funded::<T>("maker", 0);
		let taker = funded::<T>("taker", 0);
		let (give_symbol, give_asset) = token::<T>(&maker, 0);
		let (want_symbol, want_asset) = token::<T>(&taker, 1);
		add_locks::<T>(&give_symbol, give_asset, &maker, T::MaxLocksPerAccount::get());
		add_locks::<T>(&want_symbol, want_asset, &taker, T::MaxLocksPerAccount::get());
		Mst::<T>::do_create_swap(
			maker.clone(),
			(give_symbol, 10u32.into()),
			(want_symbol, 20u32.into()),
			None,
			T::MaxSwapDuration::get(),
		)
		.unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(taker.clone()), 0);
		assert_eq!(balance::<T>(give_asset, &taker), 10u32.into());
		assert_eq!(balance::<T>(want_asset, &maker), 20u32.into());
	}

	// A third party closes an expired MST swap.
	#[benchmark]
	fn cancel_swap() {
		let maker = funded::<T>("maker", 0);
		let (symbol, asset) = token::<T>(&maker, 0);
		Mst::<T>::do_create_swap(
			maker.clone(),
			(symbol, 10u32.into()),
			(b"MINI".to_vec(), 10u32.into()),
			None,
			1u32.into(),
		)
		.unwrap();
		frame_system::Pallet::<T>::set_block_number(100u32.into());
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), 0);
		assert_eq!(Escrowed::<T>::get(asset, &maker), 0u32.into());
	}

	// Burn from an account with the most locks.
	#[benchmark]
	fn burn() {
		let caller = funded::<T>("caller", 0);
		let (symbol, asset) = token::<T>(&caller, 0);
		add_locks::<T>(&symbol, asset, &caller, T::MaxLocksPerAccount::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), symbol, 10u32.into());
		assert_eq!(T::Assets::total_issuance(asset), (SUPPLY - 10).into());
	}

	// A buy that fills `m` resting sells (from `m` sellers) in a full book, then rests in a
	// buy side that has one slot left, for an account with one order slot left.
	#[benchmark]
	fn place_order(m: Linear<0, { T::MaxMatchesPerOrder::get() }>) {
		let issuer = funded::<T>("issuer", 0);
		let (symbol, asset) = token::<T>(&issuer, 0);
		let book = T::MaxOrdersPerBook::get();
		// The first `m` cross at 100, the rest rest above the buyer's limit.
		fill_asks::<T>(&symbol, &issuer, |i| if i < m { 100 } else { 1_000 + i });
		for i in 0..book - 1 {
			let bidder = funded::<T>("bidder", i);
			Mst::<T>::do_place_order(
				bidder,
				symbol.clone(),
				b"MINI".to_vec(),
				Side::Buy,
				price_unit::<T>(),
				10u32.into(),
			)
			.unwrap();
		}
		let caller = funded::<T>("caller", 0);
		let orders: Vec<OrderId> =
			(0..T::MaxOrdersPerAccount::get() - 1).map(|i| 1_000_000 + i).collect();
		OrdersOf::<T>::insert(&caller, BoundedVec::try_from(orders).unwrap());
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			symbol,
			b"MINI".to_vec(),
			Side::Buy,
			price_unit::<T>().saturating_mul(100u32.into()),
			(10 * m + 10).into(),
		);
		assert_eq!(balance::<T>(asset, &caller), (10 * m).into());
		assert_eq!(OrdersOf::<T>::get(&caller).len() as u32, T::MaxOrdersPerAccount::get());
	}

	// Cancel the last order of a full book.
	#[benchmark]
	fn cancel_order() {
		let issuer = funded::<T>("issuer", 0);
		let (symbol, asset) = token::<T>(&issuer, 0);
		let book = T::MaxOrdersPerBook::get();
		let seller = fill_asks::<T>(&symbol, &issuer, |i| 1_000 + i);
		#[extrinsic_call]
		_(RawOrigin::Signed(seller.clone()), book - 1);
		assert_eq!(Escrowed::<T>::get(asset, &seller), 0u32.into());
	}

	#[benchmark]
	fn issue_naming_cert() {
		let owner = funded::<T>("owner", 0);
		let _ = token::<T>(&owner, 0);
		let to = funded::<T>("to", 0);
		let mut symbol = long_symbol(0);
		symbol[63] = b'B';
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			symbol.clone(),
			CertTarget::Account(T::Lookup::unlookup(to.clone())),
		);
		assert_eq!(Mst::<T>::cert_holder(CertKind::Naming, symbol), Some(to));
	}

	#[benchmark]
	fn transfer_cert() {
		let owner = funded::<T>("owner", 0);
		let (symbol, _) = token::<T>(&owner, 0);
		let to = funded::<T>("to", 0);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			symbol.clone(),
			CertKind::Domain,
			CertTarget::Account(T::Lookup::unlookup(to.clone())),
		);
		assert_eq!(Mst::<T>::cert_holder(CertKind::Domain, symbol), Some(to));
	}

	// Open an offering from an account with the most locks and offerings but one.
	#[benchmark]
	fn create_offering() {
		let caller = funded::<T>("caller", 0);
		let (symbol, asset) = token::<T>(&caller, 0);
		add_locks::<T>(&symbol, asset, &caller, T::MaxLocksPerAccount::get());
		OpenOfferings::<T>::insert(&caller, T::MaxOfferingsPerAccount::get() - 1);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			symbol,
			100u32.into(),
			1_000u32.into(),
			T::MaxOfferingWindow::get(),
			0,
		);
		assert_eq!(Escrowed::<T>::get(asset, &caller), 1_000u32.into());
	}

	// Buy from an offering whose seller carries the most locks.
	#[benchmark]
	fn participate() {
		let seller = funded::<T>("seller", 0);
		let (symbol, asset) = token::<T>(&seller, 0);
		add_locks::<T>(&symbol, asset, &seller, T::MaxLocksPerAccount::get());
		Mst::<T>::do_create_offering(
			seller,
			symbol,
			100u32.into(),
			1_000u32.into(),
			T::MaxOfferingWindow::get(),
			0,
		)
		.unwrap();
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), 0, 10u32.into());
		assert_eq!(balance::<T>(asset, &caller), 10u32.into());
	}

	// A third party closes an ended offering.
	#[benchmark]
	fn close_offering() {
		let seller = funded::<T>("seller", 0);
		let (symbol, asset) = token::<T>(&seller, 0);
		Mst::<T>::do_create_offering(
			seller.clone(),
			symbol,
			100u32.into(),
			1_000u32.into(),
			1u32.into(),
			0,
		)
		.unwrap();
		frame_system::Pallet::<T>::set_block_number(100u32.into());
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), 0);
		assert_eq!(Escrowed::<T>::get(asset, &seller), 0u32.into());
	}

	impl_benchmark_test_suite!(Mst, crate::mock::new_test_ext(), crate::mock::Test);
}
