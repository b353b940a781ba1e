//! Metaverse Smart Tokens: balances in pallet-assets (`Assets`), rules in `Mst`.
//!
//! pallet-assets is closed to users: `CreateOrigin` refuses everyone, so assets exist only
//! through `Mst::issue`, and every asset's owner, admin, issuer and freezer is `Mst`'s pallet
//! account, which nobody can sign for. Users still use its transfers and approvals (Apps'
//! Assets page). Governance (`ForceOrigin`: the council, or Root) keeps pallet-assets' force calls.

use crate::{
	configs::FeePoolAccount, AccountId, Balance, Balances, Cid, Mst, Runtime, RuntimeEvent,
	RuntimeHoldReason,
};
use frame_support::{
	parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU128, ConstU32},
	PalletId,
};
use frame_system::EnsureNever;
use minix_primitives::{
	currency::{EXISTENTIAL_DEPOSIT, MINI},
	time::DAYS,
};

/// pallet-assets asks `Mst` what each account must keep: its MVS locks and its escrow. An
/// adapter here keeps `pallet-mst` free of a dependency on pallet-assets.
pub struct MstFreezer;
impl pallet_assets::FrozenBalance<u32, AccountId, Balance> for MstFreezer {
	fn frozen_balance(asset: u32, who: &AccountId) -> Option<Balance> {
		Mst::frozen_balance(asset, who)
	}
	fn died(asset: u32, who: &AccountId) {
		Mst::account_died(asset, who)
	}
	fn contains_freezes(asset: u32) -> bool {
		Mst::contains_freezes(asset)
	}
}

impl pallet_assets::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = u32;
	type AssetIdParameter = codec::Compact<u32>;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureNever<AccountId>>;
	type ForceOrigin = super::GovernanceOrigin;
	// `Mst` creates every asset and takes its own deposit; these would be charged to its account.
	type AssetDeposit = ConstU128<0>;
	type MetadataDepositBase = ConstU128<0>;
	type MetadataDepositPerByte = ConstU128<0>;
	type AssetAccountDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type ApprovalDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type StringLimit = ConstU32<{ minix_primitives::mst::MAX_SYMBOL_LEN }>;
	type Freezer = MstFreezer;
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	// polkadot-sdk's measured weights: pallet-assets is unchanged, and its own benchmarks need
	// a `CreateOrigin` that lets somebody create.
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

parameter_types! {
	/// The id `Mst`'s account (owner of every asset) is derived from.
	pub const MstPalletId: PalletId = PalletId(*b"mx/mstok");
	/// Symbols (and domains) users cannot issue. `XBTC` is issued by the bridge (step 5).
	pub const ReservedSymbols: &'static [&'static [u8]] =
		&[b"MINI", b"MINIX", b"XBTC", b"BTC", b"ETH", b"DOT", b"USDT", b"USDC", b"ETP"];
	/// Substrings no symbol may contain.
	pub const BannedSubstrings: &'static [&'static [u8]] = &[b"SCAM", b"FAKE"];
}

impl pallet_mst::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Assets = crate::Assets;
	type Cids = Cid;
	type Oracle = crate::Oracle;
	type PalletId = MstPalletId;
	type FeeDestination = FeePoolAccount;
	type IssueFee = ConstU128<{ MINI / 10 }>;
	type TokenDeposit = ConstU128<{ MINI / 10 }>;
	type ReservedSymbols = ReservedSymbols;
	type BannedSubstrings = BannedSubstrings;
	type MaxDescriptionLen = ConstU32<256>;
	type MaxUnlockPeriods = ConstU32<48>;
	type MaxLocksPerAccount = ConstU32<8>;
	type MaxLockSenders = ConstU32<16>;
	type MaxSwapsPerAccount = ConstU32<16>;
	type MaxSwapDuration = frame_support::traits::ConstU32<{ 30 * DAYS }>;
	type MaxOrdersPerAccount = ConstU32<32>;
	type MaxOrdersPerBook = ConstU32<128>;
	type MaxMatchesPerOrder = ConstU32<16>;
	// An order is worth at least the existential deposit, and rests for at most 30 days.
	type MinOrderValue = ConstU128<EXISTENTIAL_DEPOSIT>;
	type OrderLifetime = ConstU32<{ 30 * DAYS }>;
	type MaxOfferingsPerAccount = ConstU32<4>;
	type MaxOfferingWindow = frame_support::traits::ConstU32<{ 90 * DAYS }>;
	type WeightInfo = pallet_mst::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MstBenchmarks;
}

/// Registers the benchmarks' oracle feed through the real `Oracle` pallet.
#[cfg(feature = "runtime-benchmarks")]
pub struct MstBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_mst::BenchmarkHelper for MstBenchmarks {
	fn set_oracle_value(key: &minix_primitives::OracleKey, value: minix_primitives::OracleValue) {
		crate::Oracle::set_value_for_benchmarks(key, value);
	}
}
