//! v2 benchmarks of the calls on their most expensive paths: a set one short of full (add), a
//! full set with the removed validator last (remove).

use crate::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};

/// What the benchmarks need the runtime to set up.
pub trait BenchmarkHelper<AccountId> {
	/// Registers session keys for `who`, so `add_validator` accepts it.
	fn register_keys(who: &AccountId);
}

impl<AccountId> BenchmarkHelper<AccountId> for () {
	fn register_keys(_who: &AccountId) {}
}

/// Fills the set with `n` fresh validators.
fn fill<T: Config>(n: u32) -> Vec<T::AccountId> {
	let set: Vec<T::AccountId> = (0..n).map(|i| account("validator", i, 0)).collect();
	Validators::<T>::put(BoundedVec::try_from(set.clone()).expect("n <= MaxValidators"));
	set
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator() -> Result<(), BenchmarkError> {
		fill::<T>(T::MaxValidators::get() - 1);
		let who: T::AccountId = account("new", 0, 0);
		<T as Config>::BenchmarkHelper::register_keys(&who);
		let origin =
			T::AddRemoveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert_eq!(Validators::<T>::get().last(), Some(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_validator() -> Result<(), BenchmarkError> {
		let set = fill::<T>(T::MaxValidators::get());
		let who = set.last().cloned().expect("MaxValidators > 0");
		let origin =
			T::AddRemoveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert!(!Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn set_session_period() -> Result<(), BenchmarkError> {
		let origin =
			T::AddRemoveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 100u32.into());
		assert_eq!(SessionPeriod::<T>::get(), 100u32.into());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
