//! Timed deposits (`DepositLock`): the MINI program's tiers and the pallet's settings.

use crate::{
	configs::EcosystemPoolAccount, Assets, Balances, BlockNumber, Mst, Runtime, RuntimeHoldReason,
};
use alloc::{vec, vec::Vec};
use frame_support::{parameter_types, traits::ConstU32, PalletId};
use minix_primitives::time::DAYS;
use sp_runtime::Perbill;

/// The Metaverse ETP deposit tiers rescaled to 6-second blocks: `(blocks, reward per period)`.
/// The rates are per period, not per year: 1 000 MINI for 365 days earn exactly 200 MINI.
pub fn mini_deposit_tiers() -> Vec<(BlockNumber, Perbill)> {
	vec![
		(7 * DAYS, Perbill::from_parts(958_900)),       // 0.09589 %
		(30 * DAYS, Perbill::from_parts(6_666_660)),    // 0.666666 %
		(92 * DAYS, Perbill::from_parts(32_000_000)),   // 3.2 %
		(182 * DAYS, Perbill::from_parts(80_000_000)),  // 8 %
		(365 * DAYS, Perbill::from_parts(200_000_000)), // 20 %
	]
}

parameter_types! {
	/// The id each program's pool account is derived from.
	pub const DepositLockPalletId: PalletId = PalletId(*b"mx/depst");
}

impl pallet_deposit_lock::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Assets = Assets;
	type Tokens = Mst;
	type GovernanceOrigin = super::GovernanceOrigin;
	type PalletId = DepositLockPalletId;
	// A closed MINI program's unreserved pool returns to the ecosystem pool it came from.
	type GovernancePool = EcosystemPoolAccount;
	type MaxDepositsPerAccount = ConstU32<16>;
	type MaxCoinageBlocks = ConstU32<{ 365 * DAYS }>;
	type WeightInfo = pallet_deposit_lock::weights::SubstrateWeight<Runtime>;
}
