
//! Weights for `pallet_mst`. PROVISIONAL: hand-set upper bounds until `scripts/bench.sh mst`
//! replaces this file with measured values.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// The weight of each call of `pallet_mst`.
pub trait WeightInfo {
	fn issue() -> Weight;
	fn transfer() -> Weight;
	fn secondary_issue() -> Weight;
	fn lock() -> Weight;
	fn transfer_locked() -> Weight;
	fn create_swap() -> Weight;
	fn accept_swap() -> Weight;
	fn cancel_swap() -> Weight;
	fn burn() -> Weight;
	fn place_order(m: u32, ) -> Weight;
	fn cancel_order() -> Weight;
	fn issue_naming_cert() -> Weight;
	fn transfer_cert() -> Weight;
	fn create_offering() -> Weight;
	fn participate() -> Weight;
	fn close_offering() -> Weight;
}

/// Measured weights, with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn issue() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn transfer() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn secondary_issue() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn lock() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn transfer_locked() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn create_swap() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn accept_swap() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn cancel_swap() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn burn() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn place_order(m: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 60_000)
			.saturating_add(Weight::from_parts(100_000_000, 20_000).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(12))
			.saturating_add(T::DbWeight::get().writes((8_u64).saturating_mul(m.into())))
	}
	fn cancel_order() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn issue_naming_cert() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn transfer_cert() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn create_offering() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn participate() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	fn close_offering() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(12))
	}
}

/// For tests: the same figures with ParityDB access costs.
impl WeightInfo for () {
	fn issue() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn transfer() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn secondary_issue() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn lock() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn transfer_locked() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn create_swap() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn accept_swap() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn cancel_swap() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn burn() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn place_order(m: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 60_000)
			.saturating_add(Weight::from_parts(100_000_000, 20_000).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().reads((8_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(12))
			.saturating_add(ParityDbWeight::get().writes((8_u64).saturating_mul(m.into())))
	}
	fn cancel_order() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn issue_naming_cert() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn transfer_cert() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn create_offering() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn participate() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
	fn close_offering() -> Weight {
		Weight::from_parts(200_000_000, 30_000)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(12))
	}
}
