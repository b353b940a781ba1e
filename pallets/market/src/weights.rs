//! Weights for `pallet_market`.
//!
//! Not yet measured: the pallet is new, and `scripts/bench.sh market` has not run on it yet.
//! Until it does, each weight is an upper bound taken from measured MiniX calls that do more
//! work of the same kind (a CID's move: `pallet_cid::accept_transfer`'s bound; a hold or release
//! of MINI: the deposit lock's measured deposit), so no call is undercharged.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// The weight of each call of `pallet_market`.
pub trait WeightInfo {
	fn list_dutch() -> Weight;
	fn list_english() -> Weight;
	fn list_fixed() -> Weight;
	fn buy(o: u32, ) -> Weight;
	fn bid() -> Weight;
	fn settle() -> Weight;
	fn make_offer() -> Weight;
	fn withdraw_offer() -> Weight;
	fn accept_offer(o: u32, ) -> Weight;
	fn cancel(o: u32, ) -> Weight;
	fn set_fee() -> Weight;
	fn set_paused() -> Weight;
}

/// Listing: the good's escrow (2 reads, 1 write) and the three indexes.
fn listing(db: frame_support::weights::RuntimeDbWeight) -> Weight {
	Weight::from_parts(40_000_000, 8_000).saturating_add(db.reads(6)).saturating_add(db.writes(5))
}

/// A sale: up to three MINI transfers, the CID's move with all its claims cleared, the indexes,
/// and returning `o` offers (a release each).
fn sale(db: frame_support::weights::RuntimeDbWeight, o: u32) -> Weight {
	Weight::from_parts(250_000_000, 45_000)
		.saturating_add(db.reads(34))
		.saturating_add(db.writes(34))
		.saturating_add(Weight::from_parts(30_000_000, 2_600).saturating_mul(o.into()))
		.saturating_add(db.reads_writes(1, 1).saturating_mul(o.into()))
}

/// A hold and a release of MINI and the listing's write.
fn held(db: frame_support::weights::RuntimeDbWeight) -> Weight {
	Weight::from_parts(80_000_000, 8_000).saturating_add(db.reads(5)).saturating_add(db.writes(5))
}

/// Weights with database access priced by the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn list_dutch() -> Weight { listing(T::DbWeight::get()) }
	fn list_english() -> Weight { listing(T::DbWeight::get()) }
	fn list_fixed() -> Weight { listing(T::DbWeight::get()) }
	fn buy(o: u32, ) -> Weight { sale(T::DbWeight::get(), o) }
	fn bid() -> Weight { held(T::DbWeight::get()) }
	fn settle() -> Weight { sale(T::DbWeight::get(), 0) }
	fn make_offer() -> Weight { held(T::DbWeight::get()).saturating_mul(2) }
	fn withdraw_offer() -> Weight { held(T::DbWeight::get()) }
	fn accept_offer(o: u32, ) -> Weight { sale(T::DbWeight::get(), o) }
	fn cancel(o: u32, ) -> Weight { sale(T::DbWeight::get(), o) }
	fn set_fee() -> Weight { Weight::from_parts(10_000_000, 0).saturating_add(T::DbWeight::get().writes(1)) }
	fn set_paused() -> Weight { Weight::from_parts(10_000_000, 0).saturating_add(T::DbWeight::get().writes(1)) }
}

/// For tests: the same bounds priced with ParityDB's weights.
impl WeightInfo for () {
	fn list_dutch() -> Weight { listing(ParityDbWeight::get()) }
	fn list_english() -> Weight { listing(ParityDbWeight::get()) }
	fn list_fixed() -> Weight { listing(ParityDbWeight::get()) }
	fn buy(o: u32, ) -> Weight { sale(ParityDbWeight::get(), o) }
	fn bid() -> Weight { held(ParityDbWeight::get()) }
	fn settle() -> Weight { sale(ParityDbWeight::get(), 0) }
	fn make_offer() -> Weight { held(ParityDbWeight::get()).saturating_mul(2) }
	fn withdraw_offer() -> Weight { held(ParityDbWeight::get()) }
	fn accept_offer(o: u32, ) -> Weight { sale(ParityDbWeight::get(), o) }
	fn cancel(o: u32, ) -> Weight { sale(ParityDbWeight::get(), o) }
	fn set_fee() -> Weight { Weight::from_parts(10_000_000, 0).saturating_add(ParityDbWeight::get().writes(1)) }
	fn set_paused() -> Weight { Weight::from_parts(10_000_000, 0).saturating_add(ParityDbWeight::get().writes(1)) }
}
