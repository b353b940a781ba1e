//! A runtime with System and the consortium root; account 42 plays the council.

use crate as pallet_consortium;
use frame_support::{derive_impl, ord_parameter_types, traits::Contains};
use frame_system::EnsureSignedBy;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

minix_test_utils::mock_runtime! {
	Test;
	0 => System: frame_system,
	1 => Consortium: pallet_consortium,
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

ord_parameter_types! {
	pub const Council: u64 = 42;
}

/// Root may do anything but write storage directly.
pub struct NoSetStorage;
impl Contains<RuntimeCall> for NoSetStorage {
	fn contains(call: &RuntimeCall) -> bool {
		!matches!(call, RuntimeCall::System(frame_system::Call::set_storage { .. }))
	}
}

/// Heap pages of exactly [`BROKEN_PAGES`] stand for a broken supply rule.
pub const BROKEN_PAGES: u64 = 999;
pub struct HeapPagesRule;
impl minix_primitives::currency::SupplyRule for HeapPagesRule {
	fn holds() -> bool {
		sp_io::storage::get(sp_core::storage::well_known_keys::HEAP_PAGES)
			.is_none_or(|v| v[..] != BROKEN_PAGES.to_le_bytes())
	}
}

impl pallet_consortium::Config for Test {
	type RootOrigin = EnsureSignedBy<Council, u64>;
	type RuntimeCall = RuntimeCall;
	type CallFilter = NoSetStorage;
	type SupplyRule = HeapPagesRule;
	type WeightInfo = ();
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
