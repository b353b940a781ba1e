//! A test runtime: System, Timestamp (the chain's clock) and the light client, plus the real
//! Bitcoin data of `data/btc` and a regtest miner.

use crate as pallet_btc_light_client;
use core::cell::RefCell;
use frame_support::{derive_impl, traits::ConstU32};
use minix_primitives::btc::{BtcHeader, OnDeepReorg};
use sp_core::H256;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

minix_test_utils::mock_runtime! {
	Test;
	0 => System: frame_system,
	1 => Timestamp: pallet_timestamp,
	2 => BtcLightClient: pallet_btc_light_client,
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_timestamp::Config for Test {
	type Moment = u64;
	type OnTimestampSet = ();
	type MinimumPeriod = frame_support::traits::ConstU64<1>;
	type WeightInfo = ();
}

thread_local! {
	/// Depths the bridge stand-in was told about.
	pub static DEEP_REORGS: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
}

/// Stands for the bridge.
pub struct RecordReorgs;
impl OnDeepReorg for RecordReorgs {
	fn on_deep_reorg(depth: u32) {
		DEEP_REORGS.with(|d| d.borrow_mut().push(depth));
	}
}

pub const RELAYER: u64 = 1;
pub const CONFIRMATIONS: u32 = 3;
frame_support::parameter_types! {
	/// `ConfirmationDepth`: `CONFIRMATIONS` unless a test sets another.
	pub storage ConfirmationDepth: u32 = CONFIRMATIONS;
}
pub const MAX_REORG: u32 = 10;
pub const PRUNE_DEPTH: u32 = 2_000;

impl pallet_btc_light_client::Config for Test {
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type UnixTime = Timestamp;
	type OnDeepReorg = RecordReorgs;
	type MaxHeadersPerCall = ConstU32<200>;
	type MaxRelayers = ConstU32<4>;
	type MaxReorgDepth = ConstU32<MAX_REORG>;
	type ConfirmationDepth = ConfirmationDepth;
	type PruneDepth = ConstU32<PRUNE_DEPTH>;
	type MaxForksPerHeight = ConstU32<3>;
	type WeightInfo = ();
}

/// Not anchored; `RELAYER` relays; the clock reads 2026-11-21.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_btc_light_client::GenesisConfig::<Test> { checkpoint: None, relayers: vec![RELAYER] }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext: sp_io::TestExternalities = storage.into();
	ext.execute_with(|| {
		System::set_block_number(1);
		Timestamp::set_timestamp(1_795_000_000_000);
	});
	ext
}

/// `[[height, "header hex"], ...]` from a file of `data/btc`.
pub fn headers_file(name: &str) -> Vec<(u32, Vec<u8>)> {
	let path = format!(
		"{}/../../data/btc/{name}",
		std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into())
	);
	let json: serde_json::Value =
		serde_json::from_str(&std::fs::read_to_string(&path).expect("BTC test data")).unwrap();
	parse_pairs(&json)
}

/// Parse `[[height, "hex"], ...]`.
pub fn parse_pairs(json: &serde_json::Value) -> Vec<(u32, Vec<u8>)> {
	json.as_array()
		.unwrap()
		.iter()
		.map(|pair| {
			let height = pair[0].as_u64().unwrap() as u32;
			let hex = pair[1].as_str().unwrap();
			(height, sp_core::bytes::from_hex(hex).unwrap())
		})
		.collect()
}

/// A block id from its display (explorer) form.
pub fn display_hash(hex: &str) -> H256 {
	let mut bytes = sp_core::bytes::from_hex(hex).unwrap();
	bytes.reverse();
	H256::from_slice(&bytes)
}

/// Mine a regtest header on `prev` at `time` (about two tries at regtest difficulty).
pub fn mine(prev: H256, time: u32, salt: u32) -> BtcHeader {
	minix_primitives::btc::mine_regtest(prev, H256::repeat_byte(salt as u8), time, salt)
}
