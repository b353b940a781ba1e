//! Governance: the consortium council (pallet-collective, its members kept by pallet-membership),
//! the Root dispatch it uses for upgrades (`Consortium`), Sudo (development chains only), Utility
//! and Multisig.
//!
//! A council motion carried by at least two-thirds of the members is the chain's governance:
//! every MiniX pallet's governance origin is [`GovernanceOrigin`] (the motion, or Root), and Root
//! itself is reached only through `Consortium.dispatch_as_root`, which again needs the motion.
//! Sudo stays in the runtime for the `development` preset, whose genesis sets Alice as the key;
//! every other preset sets no key, so there sudo can do nothing, and no motion can set one
//! ([`RootCallFilter`] refuses every Sudo call and direct storage writes).

use crate::{
	configs::{GovernanceAccount, RuntimeBlockWeights},
	AccountId, Balance, Balances, BlockNumber, OriginCaller, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin,
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, Contains, EitherOf, MapSuccess},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureRootWithSuccess};
use minix_primitives::{currency::MILLI_MINI, time::DAYS};
use sp_runtime::{traits::Replace, Perbill};

/// The council's instance of pallet-collective.
pub type CouncilCollective = pallet_collective::Instance1;
/// The instance of pallet-membership that keeps the council's members.
pub type CouncilMembershipInstance = pallet_membership::Instance1;

/// A council motion carried by at least two-thirds of the members.
pub type CouncilTwoThirds =
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 2, 3>;

/// The origin of every MiniX governance call: a two-thirds council motion, or Root (reached only
/// by such a motion through `Consortium.dispatch_as_root`, or by the development sudo key).
pub type GovernanceOrigin = EitherOf<EnsureRoot<AccountId>, CouncilTwoThirds>;

/// [`GovernanceOrigin`], succeeding with governance's account (the issuer of its CID claims).
pub type GovernanceAttestOrigin = EitherOf<
	EnsureRootWithSuccess<AccountId, GovernanceAccount>,
	MapSuccess<CouncilTwoThirds, Replace<GovernanceAccount>>,
>;

/// Most members the council may have (pallet-collective and pallet-membership agree on it).
pub const COUNCIL_MAX_MEMBERS: u32 = 32;

parameter_types! {
	/// How long a council motion stays open. It closes earlier as soon as the threshold is met
	/// (or can no longer be met).
	pub const CouncilMotionDuration: BlockNumber = 7 * DAYS;
	/// A motion may dispatch at most half a block's weight.
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = ConstU32<COUNCIL_MAX_MEMBERS>;
	// When a motion's time runs out, members who did not vote count as voting like the prime
	// member, or no if there is no prime (MiniX's presets set none).
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	// Membership changes go through `CouncilMembership`, which tells the collective.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = GovernanceOrigin;
	type KillOrigin = GovernanceOrigin;
	// Members are known and accountable; proposals cost only their transaction fee.
	type Consideration = ();
}

impl pallet_membership::Config<CouncilMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = GovernanceOrigin;
	type RemoveOrigin = GovernanceOrigin;
	type SwapOrigin = GovernanceOrigin;
	type ResetOrigin = GovernanceOrigin;
	type PrimeOrigin = GovernanceOrigin;
	type MembershipInitialized = crate::Council;
	type MembershipChanged = crate::Council;
	type MaxMembers = ConstU32<COUNCIL_MAX_MEMBERS>;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

/// What a council motion may dispatch as Root through `Consortium`: anything but the calls that
/// could break MINI's supply rule or mint reserved tokens, looking inside batches.
///
/// Refused: every `Balances` call (its Root calls are `force_set_balance`, `force_transfer`,
/// `force_unreserve` and `force_adjust_total_issuance`), every `Assets` call (MSTs and XBTC live
/// there and are minted only through `Mst` and the bridge), `system.set_storage`,
/// `kill_storage` and `kill_prefix` (they could write any balance or a sudo key), every `Sudo`
/// call (`set_key` would hand Root to one key), and `utility.dispatch_as(_fallible)` (Root
/// acting as any account). Runtime upgrades (`set_code`, `authorize_upgrade`,
/// `apply_authorized_upgrade`) pass: an upgrade is the council's open way to change any rule.
pub struct RootCallFilter;

impl Contains<RuntimeCall> for RootCallFilter {
	fn contains(call: &RuntimeCall) -> bool {
		use frame_system::Call as System;
		use pallet_utility::Call as Utility;
		match call {
			RuntimeCall::Balances(_) | RuntimeCall::Assets(_) | RuntimeCall::Sudo(_) => false,
			RuntimeCall::System(
				System::set_storage { .. }
				| System::kill_storage { .. }
				| System::kill_prefix { .. },
			) => false,
			RuntimeCall::Utility(
				Utility::dispatch_as { .. } | Utility::dispatch_as_fallible { .. },
			) => false,
			RuntimeCall::Utility(
				Utility::batch { calls }
				| Utility::batch_all { calls }
				| Utility::force_batch { calls },
			) => calls.iter().all(Self::contains),
			RuntimeCall::Utility(Utility::with_weight { call, .. }) => Self::contains(call),
			RuntimeCall::Utility(Utility::if_else { main, fallback }) => {
				Self::contains(main) && Self::contains(fallback)
			},
			_ => true,
		}
	}
}

impl pallet_consortium::Config for Runtime {
	type RootOrigin = CouncilTwoThirds;
	type RuntimeCall = RuntimeCall;
	type CallFilter = RootCallFilter;
	type SupplyRule = crate::MiniPoint;
	type WeightInfo = pallet_consortium::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = crate::weights::pallet_utility::WeightInfo<Runtime>;
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
	type WeightInfo = crate::weights::pallet_multisig::WeightInfo<Runtime>;
	type BlockNumberProvider = frame_system::Pallet<Runtime>;
}
