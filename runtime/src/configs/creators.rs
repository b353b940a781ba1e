//! Creators' collections (`Creators`): ordinary pallet-nfts collections that any account
//! creates and mints through MiniX's path, paying pallet-nfts' deposits in MINI, with the
//! royalty terms of ComingChat's creator platform.

use crate::Runtime;
use frame_support::{parameter_types, traits::ConstU32};
use sp_runtime::Percent;

parameter_types! {
	/// The seller's (normally the creator's) share of an item's primary sale: 70 %, as on
	/// ComingChat's market; the other 30 % go to the ecosystem pool.
	pub const CreatorShare: Percent = Percent::from_percent(70);
	/// The highest resale royalty: 10 %.
	pub const MaxResaleRoyalty: Percent = Percent::from_percent(10);
}

impl pallet_creators::Config for Runtime {
	type Items = super::CreatorCollections;
	type EcosystemPool = super::EcosystemPoolAccount;
	type CreatorShare = CreatorShare;
	type MaxResaleRoyalty = MaxResaleRoyalty;
	/// pallet-nfts' `StringLimit`.
	type MaxMetadataLen = ConstU32<256>;
	type WeightInfo = pallet_creators::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = CreatorBenchmarks;
}

/// Funds the benchmarks' creators with 100 MINI.
#[cfg(feature = "runtime-benchmarks")]
pub struct CreatorBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_creators::BenchmarkHelper<crate::AccountId> for CreatorBenchmarks {
	fn fund(who: &crate::AccountId) {
		use frame_support::traits::fungible::Mutate;
		crate::Balances::set_balance(who, 100 * minix_primitives::currency::MINI);
	}
}
