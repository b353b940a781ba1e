//! v2 benchmarks of every call, each in its worst case (the most tiers, accounts with the most
//! deposits, MINI programs through the governance origin).

use super::*;
use crate::Pallet as DepositLock;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::{Inspect, Mutate};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = T::Currency::minimum_balance()
		.max(1u32.into())
		.saturating_mul(1_000_000_000u32.into());
	T::Currency::set_balance(&who, amount);
	who
}

fn tiers<T: Config>() -> Vec<(BlockNumberFor<T>, Perbill)> {
	(1..=MAX_TIERS).map(|i| (i.into(), Perbill::from_percent(10))).collect()
}

/// A governance MINI program with the most tiers and a large pool; returns its id.
fn program<T: Config>() -> ProgramId {
	let id = DepositLock::<T>::open_program(DepositToken::Mini, None, tiers::<T>()).unwrap();
	let funder = funded::<T>("funder", 0);
	let pool = T::Currency::minimum_balance()
		.max(1u32.into())
		.saturating_mul(100_000_000u32.into());
	DepositLock::<T>::do_fund(funder, id, pool).unwrap();
	id
}

fn amount<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().max(1u32.into()).saturating_mul(1_000u32.into())
}

/// `who` makes deposits until one slot is left.
fn fill_deposits<T: Config>(who: &T::AccountId, id: ProgramId) {
	for _ in 0..T::MaxDepositsPerAccount::get() - 1 {
		DepositLock::<T>::do_deposit(who.clone(), id, amount::<T>(), 0).unwrap();
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_program() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, b"MINI".to_vec(), tiers::<T>());
		assert!(Programs::<T>::contains_key(0));
		Ok(())
	}

	#[benchmark]
	fn fund_program() {
		let id = program::<T>();
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, amount::<T>());
	}

	#[benchmark]
	fn close_program() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let id = program::<T>();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);
		assert!(!Programs::<T>::get(id).unwrap().open);
		Ok(())
	}

	#[benchmark]
	fn deposit() {
		let id = program::<T>();
		let caller = funded::<T>("caller", 0);
		fill_deposits::<T>(&caller, id);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), id, amount::<T>(), MAX_TIERS - 1);
		assert_eq!(DepositsOf::<T>::get(&caller).len() as u32, T::MaxDepositsPerAccount::get());
	}

	#[benchmark]
	fn withdraw() {
		let id = program::<T>();
		let caller = funded::<T>("caller", 0);
		fill_deposits::<T>(&caller, id);
		DepositLock::<T>::do_deposit(caller.clone(), id, amount::<T>(), 0).unwrap();
		let last = NextDepositId::<T>::get() - 1;
		frame_system::Pallet::<T>::set_block_number(1_000u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), last);
		assert_eq!(DepositsOf::<T>::get(&caller).len() as u32, T::MaxDepositsPerAccount::get() - 1);
	}

	impl_benchmark_test_suite!(DepositLock, crate::mock::new_test_ext(), crate::mock::Test);
}
