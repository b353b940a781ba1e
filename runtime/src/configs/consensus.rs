//! Aura (block authoring) and GRANDPA (finality).

use crate::Runtime;
use frame_support::traits::{ConstBool, ConstU32, ConstU64};
use minix_primitives::time::SLOT_DURATION;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;

/// Upper bound on the validator set; a consortium chain has tens, not thousands.
pub type MaxAuthorities = ConstU32<32>;

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = MaxAuthorities;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = ConstU64<SLOT_DURATION>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = crate::RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}
