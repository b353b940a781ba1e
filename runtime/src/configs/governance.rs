//! Sudo (governance until the consortium council of step 7), Utility and Multisig.

use crate::{Balance, Balances, OriginCaller, Runtime, RuntimeCall, RuntimeEvent};
use frame_support::{parameter_types, traits::ConstU32};
use minix_primitives::currency::MILLI_MINI;

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Deposit for a multisig operation: base plus a factor per signatory (storage it occupies).
	pub const MultisigDepositBase: Balance = 20 * MILLI_MINI;
	pub const MultisigDepositFactor: Balance = 5 * MILLI_MINI;
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = MultisigDepositBase;
	type DepositFactor = MultisigDepositFactor;
	type MaxSignatories = ConstU32<32>;
	type WeightInfo = pallet_multisig::weights::SubstrateWeight<Runtime>;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
}
