//! v2 benchmarks of every call, each in its worst case: a collection with a maximum supply,
//! metadata of every length up to the longest.

use super::*;
use crate::Pallet as Creators;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;

/// What the benchmarks need the runtime to set up.
pub trait BenchmarkHelper<AccountId> {
	/// Give `who` enough MINI for a collection and an item with the longest metadata.
	fn fund(who: &AccountId);
}

impl<AccountId> BenchmarkHelper<AccountId> for () {
	fn fund(_: &AccountId) {}
}

fn creator<T: Config>() -> T::AccountId {
	let who: T::AccountId = account("creator", 0, 0);
	T::BenchmarkHelper::fund(&who);
	who
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_collection() {
		let who = creator::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), T::MaxResaleRoyalty::get(), Some(1_000));
		assert_eq!(CollectionsOf::<T>::iter_key_prefix(&who).count(), 1);
	}

	#[benchmark]
	fn mint(n: Linear<1, { T::MaxMetadataLen::get() }>) {
		let who = creator::<T>();
		Creators::<T>::do_create_collection(who.clone(), T::MaxResaleRoyalty::get(), Some(1_000))
			.unwrap();
		let collection = CollectionsOf::<T>::iter_key_prefix(&who).next().unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), collection, 7, vec![b'm'; n as usize]);
		assert_eq!(T::Items::owner(collection, 7), Some(who));
	}

	impl_benchmark_test_suite!(Creators, crate::mock::new_bench_ext(), crate::mock::Test);
}
