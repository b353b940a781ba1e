//! Validators and consensus: the council's validator set (`ValidatorSet`), sessions
//! (pallet-session), Aura (block authoring) and GRANDPA (finality).
//!
//! At every session boundary pallet-session asks `ValidatorSet` for the next validators and
//! hands their session keys to Aura and GRANDPA: a validator the council adds (or removes) in
//! session `n` authors and votes from session `n + 2` (or stops then).

use crate::{AccountId, Balance, Balances, Runtime, RuntimeEvent, Session, SessionKeys};
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
};
use minix_primitives::{currency::MINI, time::SLOT_DURATION};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::traits::{ConvertInto, OpaqueKeys};

/// Upper bound on the validator set; a consortium chain has tens, not thousands.
pub const MAX_VALIDATORS: u32 = 32;
/// Upper bound on the Aura and GRANDPA authority sets (the validator set's bound).
pub type MaxAuthorities = ConstU32<MAX_VALIDATORS>;

parameter_types! {
	/// Held from an account while it has session keys registered (`session.setKeys`), so the
	/// key registry cannot be filled for free; released by `session.purgeKeys`.
	pub const SessionKeyDeposit: Balance = MINI;
}

impl pallet_validator_set::Config for Runtime {
	type AddRemoveOrigin = super::GovernanceOrigin;
	type ValidatorRegistration = Session;
	type MaxValidators = MaxAuthorities;
	// One validator is a development chain; a consortium's chain spec starts with four or more
	// (GRANDPA then survives one faulty validator), and the council keeps it there.
	type MinValidators = ConstU32<1>;
	type WeightInfo = pallet_validator_set::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ValidatorSetBenchmarks;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = crate::ValidatorSet;
	type NextSessionRotation = crate::ValidatorSet;
	type SessionManager = crate::ValidatorSet;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	// No offences are reported on a permissioned chain (the council removes a bad validator).
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

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
	// Equivocation reports need pallet-session's historical proofs and pallet-offences to act
	// on them; on a permissioned chain the council removes an equivocating validator instead.
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

/// Registers (dummy) session keys for the accounts the validator-set benchmarks add.
#[cfg(feature = "runtime-benchmarks")]
pub struct ValidatorSetBenchmarks;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_validator_set::BenchmarkHelper<AccountId> for ValidatorSetBenchmarks {
	fn register_keys(who: &AccountId) {
		use codec::Decode;
		let keys = SessionKeys::decode(&mut sp_runtime::traits::TrailingZeroInput::zeroes())
			.expect("zero keys decode");
		pallet_session::NextKeys::<Runtime>::insert(who, keys);
	}
}
