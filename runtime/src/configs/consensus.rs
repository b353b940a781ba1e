//! Validators and consensus: the council's validator set (`ValidatorSet`), sessions
//! (pallet-session), Aura (block authoring) and GRANDPA (finality).
//!
//! At every session boundary pallet-session asks `ValidatorSet` for the next validators and
//! hands their session keys to Aura and GRANDPA: a validator the council adds (or removes) in
//! session `n` authors and votes from session `n + 2` (or stops then).
//!
//! Equivocations: a GRANDPA voter that signs two different votes in one round is reported by the
//! node that sees both (sc-consensus-grandpa calls `GrandpaApi` for a key-ownership proof from
//! `Historical` and submits `grandpa.reportEquivocationUnsigned` to its own pool, which its next
//! block includes). The report is checked here (both signatures, the proof against the session's
//! stored validator root), deduplicated by `Offences` per offender and round, and handed to
//! `ValidatorSet`, which removes the offender like a council removal (no MINI is slashed).

use crate::{
	AccountId, Balance, Balances, Historical, Offences, Runtime, RuntimeCall, RuntimeEvent,
	Session, SessionKeys, UncheckedExtrinsic, ValidatorSet,
};
use alloc::vec::Vec;
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
};
use minix_primitives::{currency::MINI, time::SLOT_DURATION};
use pallet_session::historical;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::traits::{Convert, ConvertInto, OpaqueKeys};

/// Upper bound on the validator set; a consortium chain has tens, not thousands.
pub const MAX_VALIDATORS: u32 = 32;
/// Upper bound on the Aura and GRANDPA authority sets (the validator set's bound).
pub type MaxAuthorities = ConstU32<MAX_VALIDATORS>;

parameter_types! {
	/// Held from an account while it has session keys registered (`session.setKeys`), so the
	/// key registry cannot be filled for free; released by `session.purgeKeys`.
	pub const SessionKeyDeposit: Balance = MINI;
	/// How many blocks an equivocation report stays valid in a pool: as long as the sessions
	/// whose proofs are kept ([`KEPT_SESSIONS`]) last.
	pub ReportLongevity: u64 = u64::from(KEPT_SESSIONS)
		* u64::from(pallet_validator_set::SessionPeriod::<Runtime>::get());
}

/// Sessions whose validator roots (`Historical`) and GRANDPA set-to-session entries are kept: an
/// equivocation can be reported until this many sessions after it. Older ones are pruned as each
/// session ends, so neither map grows with the chain's age.
pub const KEPT_SESSIONS: u32 = 28;

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
	type SessionManager = historical::NoteHistoricalRoot<Runtime, SessionHistory>;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	// An offender is removed from the set (ValidatorSet), not disabled within the session.
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

impl historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	// A validator is identified by its account alone: there is no stake to record.
	type FullIdentification = ();
	type FullIdentificationOf = AccountOnly;
}

/// Every validator's full identification is `()`: its account is all there is.
pub struct AccountOnly;
impl Convert<AccountId, Option<()>> for AccountOnly {
	fn convert(_: AccountId) -> Option<()> {
		Some(())
	}
}

/// `ValidatorSet` as pallet-session's historical session manager: the same sets (identified by
/// account only), and the stored roots of sessions older than [`KEPT_SESSIONS`] pruned as each
/// session ends.
pub struct SessionHistory;
impl pallet_session::SessionManager<AccountId> for SessionHistory {
	fn new_session(index: u32) -> Option<Vec<AccountId>> {
		<ValidatorSet as pallet_session::SessionManager<_>>::new_session(index)
	}
	fn new_session_genesis(index: u32) -> Option<Vec<AccountId>> {
		<ValidatorSet as pallet_session::SessionManager<_>>::new_session_genesis(index)
	}
	fn end_session(index: u32) {
		<ValidatorSet as pallet_session::SessionManager<_>>::end_session(index);
		// The roots of the last KEPT_SESSIONS ended sessions stay (with the current and next).
		Historical::prune_up_to((index + 1).saturating_sub(KEPT_SESSIONS));
	}
	fn start_session(index: u32) {
		<ValidatorSet as pallet_session::SessionManager<_>>::start_session(index)
	}
}
impl historical::SessionManager<AccountId, ()> for SessionHistory {
	fn new_session(index: u32) -> Option<Vec<(AccountId, ())>> {
		<Self as pallet_session::SessionManager<_>>::new_session(index)
			.map(|set| set.into_iter().map(|who| (who, ())).collect())
	}
	fn new_session_genesis(index: u32) -> Option<Vec<(AccountId, ())>> {
		<Self as pallet_session::SessionManager<_>>::new_session_genesis(index)
			.map(|set| set.into_iter().map(|who| (who, ())).collect())
	}
	fn end_session(index: u32) {
		<Self as pallet_session::SessionManager<_>>::end_session(index)
	}
	fn start_session(index: u32) {
		<Self as pallet_session::SessionManager<_>>::start_session(index)
	}
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = super::payment::AuthorAccount;
	type EventHandler = ();
}

impl pallet_offences::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = historical::IdentificationTuple<Self>;
	type OnOffenceHandler = ValidatorSet;
}

/// Unsigned transactions built in the runtime (the node's equivocation reports).
impl<C> frame_system::offchain::CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateBare<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: RuntimeCall) -> UncheckedExtrinsic {
		crate::GenericUncheckedExtrinsic::new_bare(call).into()
	}
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
	type MaxSetIdSessionEntries = ConstU64<{ KEPT_SESSIONS as u64 }>;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_grandpa::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
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
