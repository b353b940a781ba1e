//! v2 benchmarks of every call, each in its worst case: the longest symbols and contents, a
//! full batch, a full history.

use super::*;
use crate::Pallet as MitPallet;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::{Inspect, Mutate};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let one =
		MitPallet::<T>::deposit_for(MAX_SYMBOL_LEN as usize, T::MaxContentLen::get() as usize);
	let amount = one
		.saturating_mul((T::MaxPerCall::get() + 10).into())
		.saturating_add(T::Currency::minimum_balance().saturating_mul(100u32.into()));
	T::Currency::set_balance(&who, amount);
	who
}

/// The longest symbol, numbered `i`.
fn symbol(i: u32) -> Vec<u8> {
	let mut symbol = vec![b'x'; MAX_SYMBOL_LEN as usize];
	let digits = alloc::format!("{i}");
	symbol[..digits.len()].copy_from_slice(digits.as_bytes());
	symbol
}

fn content<T: Config>() -> Vec<u8> {
	vec![7u8; T::MaxContentLen::get() as usize]
}

/// An MIT of `who` whose history is full.
fn loaded_mit<T: Config>(who: &T::AccountId) -> Vec<u8> {
	let first = funded::<T>("creator", 0);
	MitPallet::<T>::do_register(first.clone(), vec![(symbol(0), content::<T>())]).unwrap();
	let mut holder = first;
	for i in 0..T::MaxHistory::get() {
		let next: T::AccountId = account("holder", i, 0);
		MitPallet::<T>::change_holder(0, &holder, next.clone(), None).unwrap();
		holder = next;
	}
	MitPallet::<T>::change_holder(0, &holder, who.clone(), None).unwrap();
	symbol(0)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register(n: Linear<1, { T::MaxPerCall::get() }>) {
		let caller = funded::<T>("caller", 0);
		let mits: Vec<_> = (0..n).map(|i| (symbol(i), content::<T>())).collect();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), mits);
		assert_eq!(NextMitId::<T>::get(), n as MitId);
	}

	#[benchmark]
	fn transfer() {
		let caller = funded::<T>("caller", 0);
		let symbol = loaded_mit::<T>(&caller);
		let to: T::AccountId = account("to", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), symbol, Recipient::Account(to.clone()));
		assert_eq!(Mits::<T>::get(0).unwrap().owner, to);
	}

	#[benchmark]
	fn burn() {
		let caller = funded::<T>("caller", 0);
		let symbol = loaded_mit::<T>(&caller);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), symbol);
		assert!(!Mits::<T>::contains_key(0));
	}

	impl_benchmark_test_suite!(MitPallet, crate::mock::new_test_ext(), crate::mock::Test);
}
