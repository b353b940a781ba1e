//! v2 benchmarks. `submit_headers(n)` imports `n` mined regtest headers that each become the new
//! best tip (the most expensive path: fork choice, best-chain rewrite and pruning check per
//! header). Any existing anchor (a runtime's genesis checkpoint) is replaced by a regtest one.

use super::*;
use crate::Pallet as BtcLightClient;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::assert_ok;
use frame_system::RawOrigin;
use minix_primitives::btc::mine_regtest;

/// Forget the anchor and every header.
pub(crate) fn clear<T: Config>() {
	let _ = Headers::<T>::clear(u32::MAX, None);
	let _ = AtHeight::<T>::clear(u32::MAX, None);
	let _ = BestChain::<T>::clear(u32::MAX, None);
	BestTip::<T>::kill();
	Anchor::<T>::kill();
	Network::<T>::kill();
}

/// Forget everything and anchor at a mined regtest header at height 0 with time 1.
fn anchor_regtest<T: Config>() -> H256 {
	clear::<T>();
	let genesis = mine_regtest(H256::zero(), H256::zero(), 1, 0);
	assert_ok!(BtcLightClient::<T>::anchor(&CheckpointConfig {
		network: BtcNetwork::Regtest,
		height: 0,
		header: genesis.to_bytes().to_vec(),
		epoch_start_time: 1,
		previous_times: vec![],
	}));
	genesis.hash()
}

/// `n` regtest headers on `prev`, one second apart after time 1.
fn chain_of(prev: H256, n: u32) -> Vec<RawHeader> {
	let mut prev = prev;
	(0..n)
		.map(|i| {
			let header = mine_regtest(prev, H256::repeat_byte(1), 2 + i, i + 1);
			prev = header.hash();
			RawHeader::truncate_from(header.to_bytes().to_vec())
		})
		.collect()
}

fn relayer<T: Config>() -> T::AccountId {
	let who: T::AccountId = whitelisted_caller();
	Relayers::<T>::put(BoundedVec::truncate_from(vec![who.clone()]));
	who
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn submit_headers(n: Linear<1, { T::MaxHeadersPerCall::get() }>) {
		let genesis = anchor_regtest::<T>();
		let headers = chain_of(genesis, n);
		let caller = relayer::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), BoundedVec::truncate_from(headers));

		assert_eq!(BestTip::<T>::get().map(|t| t.height), Some(n));
	}

	#[benchmark]
	fn set_relayers() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let relayers: Vec<T::AccountId> =
			(0..T::MaxRelayers::get()).map(|i| account("relayer", i, 0)).collect();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, relayers);

		assert_eq!(Relayers::<T>::get().len() as u32, T::MaxRelayers::get());
		Ok(())
	}

	#[benchmark]
	fn set_checkpoint() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		clear::<T>();
		let header = mine_regtest(H256::zero(), H256::repeat_byte(2), 1, 7);
		let times: Vec<u32> = (0..10).collect();

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			BtcNetwork::Regtest,
			0,
			RawHeader::truncate_from(header.to_bytes().to_vec()),
			1,
			BoundedVec::truncate_from(times),
		);

		assert_eq!(BestTip::<T>::get().map(|t| t.hash), Some(header.hash()));
		Ok(())
	}

	impl_benchmark_test_suite!(BtcLightClient, crate::mock::new_test_ext(), crate::mock::Test);
}
