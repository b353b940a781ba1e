//! Provisional weights; replaced by `scripts/bench.sh` output.
#![allow(unused_parens, unused_imports, missing_docs)]
use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for `pallet_cid`.
pub trait WeightInfo {
	fn register() -> Weight;
	fn claim(s: u32) -> Weight;
	fn transfer() -> Weight;
	fn set_name() -> Weight;
	fn clear_name() -> Weight;
	fn bond() -> Weight;
	fn unbond() -> Weight;
	fn set_card() -> Weight;
	fn add_registrar() -> Weight;
	fn remove_registrar() -> Weight;
	fn release() -> Weight;
	fn set_claim() -> Weight;
	fn remove_claim() -> Weight;
	fn adjust_reputation() -> Weight;
}

pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(5, 5))
	}
	fn claim(s: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads_writes(5 + s as u64, 5))
	}
	fn transfer() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn set_name() -> Weight {
		Weight::from_parts(30_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(3, 3))
	}
	fn clear_name() -> Weight {
		Weight::from_parts(30_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(2, 2))
	}
	fn bond() -> Weight {
		Weight::from_parts(30_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(2, 1))
	}
	fn unbond() -> Weight {
		Weight::from_parts(30_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(2, 1))
	}
	fn set_card() -> Weight {
		Weight::from_parts(30_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
	fn add_registrar() -> Weight {
		Weight::from_parts(20_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(2, 2))
	}
	fn remove_registrar() -> Weight {
		Weight::from_parts(20_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(1, 2))
	}
	fn release() -> Weight {
		Weight::from_parts(80_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(8, 8))
	}
	fn set_claim() -> Weight {
		Weight::from_parts(30_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(2, 2))
	}
	fn remove_claim() -> Weight {
		Weight::from_parts(30_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(2, 2))
	}
	fn adjust_reputation() -> Weight {
		Weight::from_parts(20_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
}

impl WeightInfo for () {
	fn register() -> Weight {
		Weight::from_parts(50_000_000, 4000)
	}
	fn claim(_s: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000)
	}
	fn transfer() -> Weight {
		Weight::from_parts(50_000_000, 4000)
	}
	fn set_name() -> Weight {
		Weight::from_parts(30_000_000, 4000)
	}
	fn clear_name() -> Weight {
		Weight::from_parts(30_000_000, 4000)
	}
	fn bond() -> Weight {
		Weight::from_parts(30_000_000, 4000)
	}
	fn unbond() -> Weight {
		Weight::from_parts(30_000_000, 4000)
	}
	fn set_card() -> Weight {
		Weight::from_parts(30_000_000, 4000)
	}
	fn add_registrar() -> Weight {
		Weight::from_parts(20_000_000, 4000)
	}
	fn remove_registrar() -> Weight {
		Weight::from_parts(20_000_000, 4000)
	}
	fn release() -> Weight {
		Weight::from_parts(80_000_000, 4000)
	}
	fn set_claim() -> Weight {
		Weight::from_parts(30_000_000, 4000)
	}
	fn remove_claim() -> Weight {
		Weight::from_parts(30_000_000, 4000)
	}
	fn adjust_reputation() -> Weight {
		Weight::from_parts(20_000_000, 4000)
	}
}
