//! Ethereum compatibility: pallet-revive (EVM bytecode and PolkaVM contracts, Ethereum
//! transactions), every MST as an ERC-20 precompile, and MiniX's own precompiles.
//!
//! Follows polkadot-sdk's revive dev-node runtime and Asset Hub. MINI has 10 decimals and
//! Ethereum 18, so one base unit of MINI is `NATIVE_TO_ETH_RATIO` (10^8) wei and a wallet shows
//! the same MINI balance as polkadot.js. Fees follow the same rules as Substrate transactions
//! (`BlockRatioFee` in `payment.rs`); storage deposits are priced as pallet-contracts' are.

use super::{contracts::CodeHashLockupDepositPercent, AuthorAccount};
use crate::{
	AccountId, Balance, Balances, Nonce, Runtime, RuntimeCall, RuntimeEvent, RuntimeHoldReason,
	RuntimeOrigin, Timestamp, TxExtension,
};
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, ConstU64},
};
use frame_system::EnsureSigned;
use minix_primitives::evm::{EvmAddresses, CHAIN_ID, NATIVE_TO_ETH_RATIO};
use pallet_assets_precompiles::{InlineIdConfig, ERC20};
use pallet_builtins::precompiles::{CidPrecompile, OraclePrecompile};
use pallet_mini_point::ToFeePool;
use pallet_revive::{
	evm::{runtime::EthExtra, tx_extension::SetOrigin},
	AddressMapper,
};
use sp_core::H160;
use sp_runtime::{traits::InvalidVersion, FixedU128};

/// The address prefix of the MST ERC-20 precompiles, as Asset Hub's trust-backed assets use
/// it: MST asset `id` is the contract `id (4 bytes, big endian) ++ 0^12 ++ 0x0120 ++ 0x0000`.
pub const MST_ERC20_PREFIX: u16 = 0x0120;

/// The ERC-20 contract address of MST asset `asset` (see [`MST_ERC20_PREFIX`]).
pub fn mst_erc20_address(asset: u32) -> H160 {
	let mut address = [0u8; 20];
	address[..4].copy_from_slice(&asset.to_be_bytes());
	address[16..18].copy_from_slice(&MST_ERC20_PREFIX.to_be_bytes());
	H160(address)
}

/// MiniX's precompiles see addresses as pallet-revive maps them.
pub struct ReviveAddresses;
impl EvmAddresses<AccountId> for ReviveAddresses {
	fn account_of(address: &H160) -> AccountId {
		<Runtime as pallet_revive::Config>::AddressMapper::to_account_id(address)
	}
	fn address_of(account: &AccountId) -> H160 {
		<Runtime as pallet_revive::Config>::AddressMapper::to_address(account)
	}
}

/// The extensions pallet-revive applies to an Ethereum transaction (`revive.ethTransact`):
/// MiniX's own, immortal, with the transaction's nonce and tip, and `EthSetOrigin` switched on.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct EthExtraImpl;

impl EthExtra for EthExtraImpl {
	type Config = Runtime;
	type ExtensionV0 = TxExtension;
	type ExtensionOtherVersions = InvalidVersion;

	fn get_eth_extension(nonce: Nonce, tip: Balance) -> TxExtension {
		let mut extension = crate::tx_extension(nonce, tip);
		extension.9 = SetOrigin::new_from_eth_transaction();
		extension
	}
}

parameter_types! {
	/// Held per storage item of a contract's account and code (as pallet-contracts: 0.001 MINI).
	pub const ReviveDepositPerItem: Balance = super::contracts::deposit(1, 0);
	/// Held per byte of contract storage and code (as pallet-contracts: 0.00001 MINI).
	pub const ReviveDepositPerByte: Balance = super::contracts::deposit(0, 1);
	/// Held per storage slot a contract writes: a Solidity value is one slot, so a hundredth of
	/// an item, as polkadot-sdk's runtimes price it.
	pub const ReviveDepositPerChildTrieItem: Balance = super::contracts::deposit(1, 0) / 100;
	/// An Ethereum transaction may use up to 90 % of a normal extrinsic's maximum weight.
	pub const MaxEthExtrinsicWeight: FixedU128 = FixedU128::from_rational(9, 10);
}

impl pallet_revive::Config for Runtime {
	type Time = Timestamp;
	type Balance = Balance;
	type Currency = Balances;
	/// Gas rounding withdrawn from callers goes to the fee pool: MiniX never burns fees.
	type OnBurn = ToFeePool<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeHoldReason = RuntimeHoldReason;
	// polkadot-sdk's measured weights: pallet-revive is unchanged.
	type WeightInfo = pallet_revive::weights::SubstrateWeight<Self>;
	/// Every MST (and XBTC) as an ERC-20 at its prefix address; MiniX's CID and Oracle reads.
	type Precompiles = (
		ERC20<Self, InlineIdConfig<MST_ERC20_PREFIX>>,
		CidPrecompile<Self>,
		OraclePrecompile<Self>,
	);
	type FindAuthor = AuthorAccount;
	type DepositPerByte = ReviveDepositPerByte;
	type DepositPerItem = ReviveDepositPerItem;
	type DepositPerChildTrieItem = ReviveDepositPerChildTrieItem;
	type CodeHashLockupDepositPercent = CodeHashLockupDepositPercent;
	/// Accounts keep their 32-byte ids. An Ethereum key's account is its 20-byte address
	/// followed by twelve `0xEE` bytes. A Substrate account's address is the last 20 bytes of the
	/// keccak-256 of its id; it means that account once the account calls `revive.mapAccount`.
	type AddressMapper = pallet_revive::AccountId32Mapper<Self>;
	/// Solidity compiled by `solc` runs as EVM bytecode.
	type AllowEVMBytecode = ConstBool<true>;
	type UploadOrigin = EnsureSigned<AccountId>;
	type InstantiateOrigin = EnsureSigned<AccountId>;
	/// The runtime's memory (polkadot-sdk's value) and what a validator may hold of one block's
	/// storage writes (the integrity test checks contract limits fit in them). On a parachain
	/// the second is a PVF's 512 MiB; on MiniX, a solochain, a block's writes sit in the node's
	/// own memory. With the weights measured on MiniX's machine (ParityDB writes at 13.9 µs, a
	/// 3 s block) a block can write at most 515 MB through contracts, so validators are sized
	/// for 1.5 GiB here (docs/operators.md, "Transaction pool and memory").
	type RuntimeMemory = ConstU32<{ 128 * 1024 * 1024 }>;
	type PVFMemory = ConstU32<{ 1536 * 1024 * 1024 }>;
	type ChainId = ConstU64<CHAIN_ID>;
	type NativeToEthRatio = ConstU32<NATIVE_TO_ETH_RATIO>;
	type FeeInfo = pallet_revive::evm::fees::Info<crate::Address, crate::Signature, EthExtraImpl>;
	/// Storage deposits in MINI.
	type Deposit = ();
	type MaxEthExtrinsicWeight = MaxEthExtrinsicWeight;
	type DebugEnabled = ConstBool<false>;
	/// Substrate accounts map explicitly (`revive.mapAccount`, with a deposit), so no account
	/// pays for a mapping it never asked for.
	type AutoMap = ConstBool<false>;
	/// Gas price = 10^8 wei per base unit × 1 000 = 100 gwei, so one gas is 1 000 base units
	/// (0.0000001 MINI, the price of one byte of length fee). The total fee does not depend on
	/// the scale, only the gas figures do: a MINI transfer to a new Ethereum key, which pays the
	/// recipient's existential deposit (0.001 MINI) as a storage deposit, uses about 11 200 gas,
	/// inside the 21 000 that MetaMask and ethers set for a plain send (at scale 100 it was
	/// 111 656 gas and such a wallet transaction ran out of gas).
	type GasScale = ConstU32<1_000>;
}

impl pallet_assets_precompiles::PermitConfig for Runtime {
	type ChainId = ConstU64<CHAIN_ID>;
	type WeightInfo = pallet_assets_precompiles::weights::SubstrateWeight<Runtime>;
}
