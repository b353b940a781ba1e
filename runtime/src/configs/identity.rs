//! Avatar / CID identities (`Cid`).

use crate::{AccountId, Balance, Balances, BlockNumber, MiniPoint, Runtime, RuntimeHoldReason};
use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU8},
	PalletId,
};
use minix_primitives::{currency::MINI, time::DAYS};
use sp_runtime::{traits::AccountIdConversion, Percent};

/// The pallet id from which governance's account is derived (the issuer of its claims).
pub const GOVERNANCE_PALLET_ID: PalletId = PalletId(*b"mx/govrn");

/// Community CIDs a new registrar (genesis ones included) may assign per week: each mints
/// 1.25 MINI without a deposit, so a leaked registrar key can mint at most 12.5 MINI a week
/// until governance removes it. The council raises it per registrar (`cid.setAllowance`).
pub const DEFAULT_REGISTRAR_ALLOWANCE: u32 = 10;

parameter_types! {
	/// The period a registrar's allowance counts over.
	pub const RegistrationPeriod: BlockNumber = 7 * DAYS;
	/// Deposit held for a public CID. It is above the 1 MINI owner reward a CID mints, so
	/// claiming CIDs to farm rewards leaves the claimer with less spendable MINI, not more.
	pub const CidDeposit: Balance = 2 * MINI;
	/// The first remint of a C-Card costs 0.1 MINI; each later one twice the one before, so
	/// the 32nd would cost about 2.1 × 10^8 MINI: taking over a card's tax gets ever dearer.
	pub const RemintBase: Balance = MINI / 10;
	/// The highest tax a reminter may name on later sales of the CID (MinixChain's cap).
	pub const MaxRemintTax: Percent = Percent::from_percent(30);
	/// Governance's account: the issuer recorded on claims that governance writes.
	pub GovernanceAccount: AccountId = GOVERNANCE_PALLET_ID.into_account_truncating();
	/// Avatar names nobody may take: they would pass for the chain's own voices.
	pub const ReservedNames: &'static [&'static [u8]] = &[
		b"admin", b"administrator", b"root", b"sudo", b"system", b"minix", b"mini", b"minipoint",
		b"governance", b"council", b"treasury", b"oracle", b"registrar", b"support",
		b"official", b"security", b"xbtc", b"btc",
	];
}

impl pallet_cid::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = super::GovernanceOrigin;
	type AttestOrigin = super::GovernanceAttestOrigin;
	type OnIssued = MiniPoint;
	type OnChangedHands = crate::Oracle;
	type Attested = crate::Oracle;
	type CidDeposit = CidDeposit;
	type MaxCidsPerAccount = ConstU32<128>;
	type MaxNameLen = ConstU32<32>;
	type MaxCardLen = ConstU32<128>;
	type Cards = super::Cards;
	type RemintBase = RemintBase;
	type MaxRemints = ConstU8<32>;
	type MaxRemintTax = MaxRemintTax;
	type RemintFeeTo = super::EcosystemPoolAccount;
	type MaxBondLen = ConstU32<64>;
	type MaxBonds = ConstU32<8>;
	type MaxClaims = ConstU32<16>;
	type MaxRegistrars = ConstU32<32>;
	type RegistrationPeriod = RegistrationPeriod;
	type DefaultAllowance = ConstU32<DEFAULT_REGISTRAR_ALLOWANCE>;
	type MaxClaimScan = ConstU32<32>;
	type ReservedNames = ReservedNames;
	type Tokens = crate::Mst;
	type WeightInfo = pallet_cid::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = super::contracts::BuiltinsBenchmarks;
}
