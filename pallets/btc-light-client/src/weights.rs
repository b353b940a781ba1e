//! Weights for `pallet_btc_light_client`: provisional until `scripts/bench.sh btc-light-client`
//! writes measured ones.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weight functions needed for `pallet_btc_light_client`.
pub trait WeightInfo {
	fn submit_headers(n: u32) -> Weight;
	fn set_relayers() -> Weight;
	fn set_checkpoint() -> Weight;
}

/// Provisional weights: 100 µs and 8 reads / 6 writes per header.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn submit_headers(n: u32) -> Weight {
		Weight::from_parts(20_000_000, 4_000)
			.saturating_add(Weight::from_parts(100_000_000, 1_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads_writes(8, 6).saturating_mul(n.into()))
	}
	fn set_relayers() -> Weight {
		Weight::from_parts(20_000_000, 2_000).saturating_add(T::DbWeight::get().writes(1))
	}
	fn set_checkpoint() -> Weight {
		Weight::from_parts(50_000_000, 2_000).saturating_add(T::DbWeight::get().reads_writes(2, 7))
	}
}

impl WeightInfo for () {
	fn submit_headers(n: u32) -> Weight {
		Weight::from_parts(100_000_000, 1_000).saturating_mul(n.into())
	}
	fn set_relayers() -> Weight {
		Weight::from_parts(20_000_000, 2_000)
	}
	fn set_checkpoint() -> Weight {
		Weight::from_parts(50_000_000, 2_000)
	}
}
