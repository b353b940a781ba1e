//! A runtime with only System and the validator set; accounts 1–9 have session keys.

use crate as pallet_validator_set;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ValidatorRegistration},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

minix_test_utils::mock_runtime! {
	Test;
	0 => System: frame_system,
	1 => ValidatorSet: pallet_validator_set,
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

std::thread_local! {
	/// Accounts the benchmarks registered keys for.
	static REGISTERED: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Accounts 1–9 have registered session keys, and those the benchmarks register; no other.
pub struct Registered;
impl ValidatorRegistration<u64> for Registered {
	fn is_registered(who: &u64) -> bool {
		(1..10).contains(who) || REGISTERED.with(|r| r.borrow().contains(who))
	}
}

/// Registers keys for the benchmarks' accounts.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockKeys;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockKeys {
	fn register_keys(who: &u64) {
		REGISTERED.with(|r| r.borrow_mut().push(*who));
	}
}

parameter_types! {
	pub const MaxValidators: u32 = 5;
}

impl pallet_validator_set::Config for Test {
	type AddRemoveOrigin = EnsureRoot<u64>;
	type ValidatorRegistration = Registered;
	type MaxValidators = MaxValidators;
	type MinValidators = ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockKeys;
}

/// The genesis validators of the mock: 1, 2 and 3, sessions of 10 blocks.
pub const GENESIS: [u64; 3] = [1, 2, 3];

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_validator_set::GenesisConfig::<Test> {
		validators: GENESIS.to_vec(),
		session_period: 10,
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
