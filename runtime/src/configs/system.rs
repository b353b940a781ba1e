//! frame-system and timestamp: block limits, account data, database weights.

use crate::weights::{block_weights::BlockExecutionWeight, extrinsic_weights::ExtrinsicBaseWeight};
use crate::{
	AccountId, Balance, Block, Nonce, PalletInfo, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin, RuntimeTask, VERSION,
};
use frame_support::dispatch::DispatchClass;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64},
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight},
};
use frame_system::limits::{BlockLength, BlockWeights};
use minix_primitives::{time::SLOT_DURATION, SS58_PREFIX};
use sp_runtime::Perbill;

/// Normal (user) extrinsics may fill 75% of a block; the rest is kept for operational ones.
pub const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	pub const BlockHashCount: u32 = 2400;
	pub const Version: sp_version::RuntimeVersion = VERSION;
	/// Three seconds of weight per 6-second block (2.25 s for normal extrinsics). The limit comes
	/// from measured import time, not from the weights alone: a block holding 1.5 s of
	/// `transfer_keep_alive` weight took a node that did not author it 0.92 s to import (the
	/// benchmarks' worst cases over-state a warm node's time by about 1.6x), so at this limit a
	/// full block imports in about 1.4 s, within a third of the slot (docs/measurements.md). The
	/// base weights of a block and of an extrinsic, and the database's, are measured on MiniX's
	/// hardware profile (`crate::weights`), not taken from polkadot-sdk's reference machine.
	pub RuntimeBlockWeights: BlockWeights = block_weights(
		Weight::from_parts(3u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
	);
	/// 5 MiB blocks, 75% of it for normal extrinsics.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(frame_support::dispatch::DispatchClass::Normal, |m| {
			*m = NORMAL_DISPATCH_RATIO * *m
		})
		.build();
	pub const SS58Prefix: u16 = SS58_PREFIX;
}

/// `with_sensible_defaults` with the measured base weights: normal extrinsics may fill
/// `NORMAL_DISPATCH_RATIO` of `max_block`, operational ones the rest, initialisation 10 %.
fn block_weights(max_block: Weight) -> BlockWeights {
	let normal = NORMAL_DISPATCH_RATIO * max_block;
	BlockWeights::builder()
		.base_block(BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |class| {
			class.base_extrinsic = ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |class| class.max_total = Some(normal))
		.for_class(DispatchClass::Operational, |class| {
			class.max_total = Some(max_block);
			class.reserved = Some(max_block - normal);
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic()
}

/// The runtime's base call filter (every origin but Root): the oracle rule
/// ([`super::oracles::oracle_call_allowed`]) and the peering rule
/// ([`super::network::peering_call_allowed`]).
pub struct BaseCallFilter;
impl frame_support::traits::Contains<RuntimeCall> for BaseCallFilter {
	fn contains(call: &RuntimeCall) -> bool {
		match call {
			RuntimeCall::NodeAuthorization(call) => super::network::peering_call_allowed(call),
			call => super::oracles::oracle_call_allowed(call),
		}
	}
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	/// Closes `OracleFeeds.feed_values` and `NodeAuthorization.claim_node`, caps node connections.
	type BaseCallFilter = BaseCallFilter;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = crate::Hash;
	type BlockHashCount = BlockHashCount;
	/// The node stores state in ParityDB; reads and writes measured on the hardware profile.
	type DbWeight = crate::weights::paritydb_weights::constants::ParityDbWeight;
	type SystemWeightInfo = crate::weights::frame_system::WeightInfo<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeCall = RuntimeCall;
	type RuntimeTask = RuntimeTask;
	type PalletInfo = PalletInfo;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = crate::Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = crate::weights::pallet_timestamp::WeightInfo<Runtime>;
}
