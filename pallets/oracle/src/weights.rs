//! Weights for `pallet_minix_oracle`: provisional until `scripts/bench.sh oracle` writes measured ones.

#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight functions needed for `pallet_minix_oracle`.
pub trait WeightInfo {
	fn register_oracle() -> Weight;
	fn set_kinds() -> Weight;
	fn unregister() -> Weight;
	fn release_bond() -> Weight;
	fn attest() -> Weight;
	fn revoke_attestation() -> Weight;
	fn dispute() -> Weight;
	fn resolve_dispute() -> Weight;
}

/// Weights for `pallet_minix_oracle` using the MiniX node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_oracle() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 5))
	}
	fn set_kinds() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn unregister() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn release_bond() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn attest() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 4))
	}
	fn revoke_attestation() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn dispute() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(6, 5))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads_writes(8, 8))
	}
}

impl WeightInfo for () {
	fn register_oracle() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn set_kinds() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn unregister() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn release_bond() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn attest() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn revoke_attestation() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn dispute() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
	}
}
