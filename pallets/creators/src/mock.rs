//! A test runtime: System and the creators pallet, over the `minix-test-utils` stand-in for
//! creators' collections in pallet-nfts.

use crate as pallet_creators;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
};
use sp_runtime::{BuildStorage, Percent};

type Block = frame_system::mocking::MockBlock<Test>;

minix_test_utils::mock_runtime! {
	Test;
	0 => System: frame_system,
	1 => Creators: pallet_creators,
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// The ecosystem pool.
pub const POOL: u64 = 99;
/// The longest metadata.
pub const MAX_METADATA: u32 = 16;

parameter_types! {
	pub const CreatorShare: Percent = Percent::from_percent(70);
	pub const MaxResaleRoyalty: Percent = Percent::from_percent(10);
}

impl pallet_creators::Config for Test {
	type Items = minix_test_utils::MockCreatorItems;
	type EcosystemPool = ConstU64<POOL>;
	type CreatorShare = CreatorShare;
	type MaxResaleRoyalty = MaxResaleRoyalty;
	type MaxMetadataLen = ConstU32<MAX_METADATA>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// Run `test` at block 1 of a fresh externality, then check the pallet's invariants.
pub fn run(test: impl FnOnce()) {
	let t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		test();
		Creators::do_try_state().expect("creators' records are consistent");
	});
}

/// A fresh externality at block 1, for the benchmarks' test suite.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	let t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
