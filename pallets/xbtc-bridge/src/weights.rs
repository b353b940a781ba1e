//! Weights for `pallet_xbtc_bridge`. `SubstrateWeight` is provisional (not yet written by
//! `scripts/bench.sh xbtc-bridge`): generous per-byte and per-input costs, each secp256k1
//! recovery counted at 100 µs.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weight functions needed for `pallet_xbtc_bridge`.
pub trait WeightInfo {
	fn submit_deposit(o: u32) -> Weight;
	fn request_withdrawal() -> Weight;
	fn cancel_withdrawal() -> Weight;
	fn set_trustees(n: u32) -> Weight;
	fn propose_payout(i: u32, w: u32) -> Weight;
	fn approve_payout(i: u32) -> Weight;
	fn submit_payout_proof(i: u32, w: u32) -> Weight;
	fn refund_unclaimed() -> Weight;
	fn cancel_payout(i: u32, w: u32) -> Weight;
	fn pause() -> Weight;
	fn unpause() -> Weight;
}

/// Provisional weights for a production runtime.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn submit_deposit(o: u32) -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(Weight::from_parts(1_000_000, 100).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads_writes(20, 20))
	}
	fn request_withdrawal() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(8, 6))
	}
	fn cancel_withdrawal() -> Weight {
		Weight::from_parts(80_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(6, 5))
	}
	fn set_trustees(n: u32) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(Weight::from_parts(1_000_000, 100).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads_writes(8, 8))
	}
	fn propose_payout(i: u32, w: u32) -> Weight {
		Weight::from_parts(150_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads_writes(1, 1).saturating_mul((i + w).into()))
			.saturating_add(T::DbWeight::get().reads_writes(6, 3))
	}
	fn approve_payout(i: u32) -> Weight {
		Weight::from_parts(100_000_000, 20_000)
			.saturating_add(Weight::from_parts(250_000_000, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads_writes(2, 1))
	}
	fn submit_payout_proof(i: u32, w: u32) -> Weight {
		Weight::from_parts(200_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads_writes(2, 2).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads_writes(8, 8).saturating_mul(w.into()))
			.saturating_add(T::DbWeight::get().reads_writes(10, 6))
	}
	fn refund_unclaimed() -> Weight {
		Weight::from_parts(80_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(6, 4))
	}
	fn cancel_payout(i: u32, w: u32) -> Weight {
		Weight::from_parts(60_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(1, 1).saturating_mul((i + w).into()))
			.saturating_add(T::DbWeight::get().reads_writes(2, 2))
	}
	fn pause() -> Weight {
		Weight::from_parts(20_000_000, 1_000).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
	fn unpause() -> Weight {
		Weight::from_parts(20_000_000, 1_000).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
}

impl WeightInfo for () {
	fn submit_deposit(_: u32) -> Weight {
		Weight::from_parts(200_000_000, 20_000)
	}
	fn request_withdrawal() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn cancel_withdrawal() -> Weight {
		Weight::from_parts(80_000_000, 10_000)
	}
	fn set_trustees(_: u32) -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn propose_payout(_: u32, _: u32) -> Weight {
		Weight::from_parts(150_000_000, 20_000)
	}
	fn approve_payout(i: u32) -> Weight {
		Weight::from_parts(250_000_000, 20_000).saturating_mul(i.max(1).into())
	}
	fn submit_payout_proof(_: u32, _: u32) -> Weight {
		Weight::from_parts(200_000_000, 20_000)
	}
	fn refund_unclaimed() -> Weight {
		Weight::from_parts(80_000_000, 10_000)
	}
	fn cancel_payout(_: u32, _: u32) -> Weight {
		Weight::from_parts(60_000_000, 10_000)
	}
	fn pause() -> Weight {
		Weight::from_parts(20_000_000, 1_000)
	}
	fn unpause() -> Weight {
		Weight::from_parts(20_000_000, 1_000)
	}
}
