//! Weights for `pallet_consortium`. Placeholder until `scripts/bench.sh consortium` measures it:
//! the dispatch itself (origin check, event) without the inner call, 15 µs.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// The weight of each call of `pallet_consortium`.
pub trait WeightInfo {
	fn dispatch_as_root() -> Weight;
}

/// Weights with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn dispatch_as_root() -> Weight {
		Weight::from_parts(15_000_000, 0)
	}
}

/// For tests.
impl WeightInfo for () {
	fn dispatch_as_root() -> Weight { Weight::from_parts(15_000_000, 0) }
}
