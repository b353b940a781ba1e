//! v2 benchmarks of every call.

use super::*;
use crate::Pallet as MiniPoint;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::{Inspect, Mutate};
use frame_system::RawOrigin;
use sp_runtime::Saturating;

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn burn() {
		let caller: T::AccountId = whitelisted_caller();
		let ed = T::Currency::minimum_balance();
		T::Currency::set_balance(&caller, ed.saturating_mul(100u32.into()));
		let amount = ed.saturating_mul(10u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), amount);
		assert_eq!(T::Currency::balance(&caller), ed.saturating_mul(90u32.into()));
	}

	#[benchmark]
	fn burn_pool() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let pool = MiniPoint::<T>::pool_account(Pool::Fee);
		let ed = T::Currency::minimum_balance();
		T::Currency::set_balance(&pool, ed.saturating_mul(100u32.into()));
		let amount = ed.saturating_mul(10u32.into());
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Pool::Fee, amount);
		assert_eq!(T::Currency::balance(&pool), ed.saturating_mul(90u32.into()));
		Ok(())
	}

	impl_benchmark_test_suite!(MiniPoint, crate::mock::new_test_ext(), crate::mock::Test);
}
