//! The pallets whose weights this runtime benchmarks (`minix-node benchmark pallet`).
//! Paths are absolute because the generated macros expand inside `apis.rs`.

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<crate::Runtime>]
	[pallet_balances, crate::Balances]
	[pallet_timestamp, crate::Timestamp]
	[pallet_transaction_payment, crate::TransactionPayment]
	[pallet_sudo, crate::Sudo]
	[pallet_utility, crate::Utility]
	[pallet_multisig, crate::Multisig]
	[pallet_cid, crate::Cid]
	[pallet_mini_point, crate::MiniPoint]
	[pallet_mst, crate::Mst]
	[pallet_deposit_lock, crate::DepositLock]
	[pallet_minix_oracle, crate::Oracle]
	[pallet_oracle, crate::OracleFeeds]
	[pallet_btc_light_client, crate::BtcLightClient]
	[pallet_xbtc_bridge, crate::XbtcBridge]
	[pallet_builtins, crate::Builtins]
	[pallet_validator_set, crate::ValidatorSet]
	[pallet_consortium, crate::Consortium]
	[pallet_market, crate::Market]
	[pallet_nfts, crate::Nfts]
	[pallet_mit, crate::Mit]
	[pallet_creators, crate::Creators]
);

// Fees go to MiniX's pools (`DealWithFees`), which need no block author: nothing to set up.
impl pallet_transaction_payment::BenchmarkConfig for crate::Runtime {}
