//! Bitcoin: the `BtcLightClient` header relay and the `XbtcBridge` that mirrors BTC as XBTC.

use crate::{Balance, BtcLightClient, Mst, Runtime, Timestamp, XbtcBridge};
use frame_support::traits::{ConstU32, ConstU64};
use minix_primitives::{time::DAYS, BlockNumber};

/// Confirmations after which a Bitcoin block counts (deposits, payouts; deeper reorgs pause
/// the bridge).
pub const BTC_CONFIRMATIONS: u32 = 6;
/// Headers kept below the best tip: four weeks of Bitcoin blocks, so a deposit can be proven
/// for a month after it confirmed.
pub const BTC_PRUNE_DEPTH: u32 = 4 * 7 * 144;
/// The most headers per `submit_headers` (a 2 s block imports this many with room to spare;
/// see the measured weight).
pub const BTC_MAX_HEADERS_PER_CALL: u32 = 200;

impl pallet_btc_light_client::Config for Runtime {
	// Governance: a two-thirds council motion (or Root).
	type GovernanceOrigin = super::GovernanceOrigin;
	type UnixTime = Timestamp;
	type OnDeepReorg = XbtcBridge;
	type MaxHeadersPerCall = ConstU32<BTC_MAX_HEADERS_PER_CALL>;
	type MaxRelayers = ConstU32<16>;
	// A day of Bitcoin blocks: no reorg since 2013 came close.
	type MaxReorgDepth = ConstU32<144>;
	type ConfirmationDepth = ConstU32<BTC_CONFIRMATIONS>;
	type PruneDepth = ConstU32<BTC_PRUNE_DEPTH>;
	type MaxForksPerHeight = ConstU32<4>;
	type WeightInfo = pallet_btc_light_client::weights::SubstrateWeight<Runtime>;
}

impl pallet_xbtc_bridge::Config for Runtime {
	type Balance = Balance;
	type Tokens = Mst;
	type Chain = BtcLightClient;
	type GovernanceOrigin = super::GovernanceOrigin;
	type Confirmations = ConstU32<BTC_CONFIRMATIONS>;
	// 0.001 BTC; smaller deposits are kept as unclaimed.
	type MinDeposit = ConstU64<100_000>;
	// 0.001 BTC, of which 0.0001 BTC is the withdrawal fee.
	type MinWithdrawal = ConstU64<100_000>;
	type WithdrawalFee = ConstU64<10_000>;
	// 0.001 BTC per payout.
	type MaxMinerFee = ConstU64<100_000>;
	type GracePeriod = ConstU32<{ 7 * DAYS as BlockNumber }>;
	type MaxTrustees = ConstU32<16>;
	type MaxPayoutInputs = ConstU32<32>;
	type MaxPayoutWithdrawals = ConstU32<32>;
	type MaxOpenPayouts = ConstU32<16>;
	type MaxTxLen = ConstU32<16_384>;
	type WeightInfo = pallet_xbtc_bridge::weights::SubstrateWeight<Runtime>;
}
