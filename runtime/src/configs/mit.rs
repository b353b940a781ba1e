//! MITs (`Mit`): unique named tokens with content, items of pallet-nfts collection 1, with a
//! storage deposit in MINI.

use super::contracts::deposit;
use crate::{Balance, Balances, Runtime, RuntimeHoldReason};
use frame_support::{parameter_types, traits::ConstU32};
use minix_primitives::currency::MINI;

parameter_types! {
	/// Held for every MIT: 0.01 MINI, as the MVS fee for `registermit` was a flat charge.
	pub const MitDepositBase: Balance = MINI / 100;
	/// Held per byte of symbol and content (0.00001 MINI, as contract storage).
	pub const MitDepositPerByte: Balance = deposit(0, 1);
}

impl pallet_mit::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Items = super::MitItems;
	type Cids = crate::Cid;
	type DepositBase = MitDepositBase;
	type DepositPerByte = MitDepositPerByte;
	type MaxContentLen = ConstU32<256>;
	type MaxPerCall = ConstU32<16>;
	type MaxHistory = ConstU32<16>;
	type WeightInfo = pallet_mit::weights::SubstrateWeight<Runtime>;
}
