//! # MiniX runtime
//!
//! The state transition function of the MiniX consortium chain. Layout:
//! - this file: the runtime's pallets, version and block/extrinsic types;
//! - [`configs`]: one `Config` implementation per pallet, grouped by concern;
//! - [`apis`]: the runtime APIs the node and clients (polkadot.js Apps, subxt) call;
//! - [`genesis_config_presets`]: the `development` and `local_testnet` genesis presets.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime!`/`#[frame_support::runtime]` does a lot of recursion.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

// Declared before `apis`: `define_benchmarks!` creates the `list_benchmarks!` and
// `add_benchmarks!` macros that the `Benchmark` runtime API uses.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
pub mod weights;

use pallet_session::historical as session_historical;
use sp_runtime::{generic, impl_opaque_keys, traits::BlakeTwo256};
use sp_version::{runtime_version, RuntimeVersion};

pub use minix_primitives::{
	currency, time, AccountId, Balance, BlockNumber, Hash, Nonce, Signature, SS58_PREFIX,
};

/// Opaque types: what the node needs to know about the runtime without knowing its calls.
pub mod opaque {
	use super::*;
	use sp_runtime::OpaqueExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, OpaqueExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;

	impl_opaque_keys! {
		/// The session keys of a validator: an Aura key for authoring, a GRANDPA key for voting.
		pub struct SessionKeys {
			pub aura: super::Aura,
			pub grandpa: super::Grandpa,
		}
	}
}

pub use opaque::SessionKeys;

/// The runtime's identity. `spec_version` must grow with every runtime upgrade.
#[cfg(not(feature = "next-spec-version"))]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("minix"),
	impl_name: alloc::borrow::Cow::Borrowed("minix"),
	authoring_version: 1,
	spec_version: 104,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// The upgrade-test runtime (`runtime/next`): the same runtime, `spec_version` one higher.
#[cfg(feature = "next-spec-version")]
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("minix"),
	impl_name: alloc::borrow::Cow::Borrowed("minix"),
	authoring_version: 1,
	spec_version: 105,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A block signed with a justification (GRANDPA finality proof).
pub type SignedBlock = generic::SignedBlock<Block>;

/// The address format for describing accounts.
pub type Address = sp_runtime::MultiAddress<AccountId, ()>;

/// The transaction extensions checked for every signed transaction, in order.
///
/// `CheckMetadataHash` lets a signer (polkadot.js, Ledger) commit to the exact metadata it
/// decoded the call with. The runtime is built with the hash only with the `metadata-hash`
/// feature; without it the extension accepts mode `Disabled`. `EthSetOrigin` (pallet-revive)
/// turns the origin of an Ethereum transaction into `EthTransaction` and does nothing for a
/// Substrate one. `WeightReclaim` is last, so it returns every extension's and the call's
/// unused weight to the block.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	pallet_revive::evm::tx_extension::SetOrigin<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// The extensions of an immortal transaction with `nonce` and `tip` and no metadata hash, as
/// the node's benchmarks, the tests and Ethereum transactions (see [`configs::EthExtraImpl`])
/// build them.
pub fn tx_extension(nonce: Nonce, tip: Balance) -> TxExtension {
	(
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(generic::Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(tip),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		pallet_revive::evm::tx_extension::SetOrigin::default(),
		frame_system::WeightReclaim::new(),
	)
}

/// Unchecked extrinsic type as expected by this runtime: polkadot-sdk's generic extrinsic,
/// wrapped by pallet-revive so that an unsigned `revive.ethTransact` carrying a signed Ethereum
/// transaction is checked as that transaction (its secp256k1 signer pays the fee).
pub type UncheckedExtrinsic =
	pallet_revive::evm::runtime::UncheckedExtrinsic<Address, Signature, configs::EthExtraImpl>;

/// The extrinsic format pallet-revive's wrapper holds; build signed extrinsics with it and
/// convert (`.into()`).
pub type GenericUncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run on the next runtime upgrade (none yet: spec 101, which added the
/// council and the validator set, starts from a new genesis).
type Migrations = ();

/// Executive: dispatches incoming extrinsics to the respective pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	/// Accounts, nonces, events, runtime upgrades.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	/// The block timestamp, set by the block author as an inherent.
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	/// The author of the current block (from Aura's slot), who is credited with the equivocation
	/// reports it includes.
	#[runtime::pallet_index(32)]
	pub type Authorship = pallet_authorship;

	/// The validators, added and removed by the council. Declared before `Session`, which asks
	/// it for each session's set, and before `Aura`/`Grandpa`, which get it from `Session`.
	#[runtime::pallet_index(21)]
	pub type ValidatorSet = pallet_validator_set;

	/// Sessions: validators' session keys (`session.setKeys`), handed to Aura and GRANDPA at
	/// each session boundary.
	#[runtime::pallet_index(22)]
	pub type Session = pallet_session;

	/// Aura block authoring: authorities take turns by slot.
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	/// GRANDPA finality; equivocations are reported on chain with a key-ownership proof.
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	/// The session validators' trie roots of recent sessions: the key-ownership proofs of
	/// GRANDPA equivocation reports are checked against them.
	#[runtime::pallet_index(33)]
	pub type Historical = session_historical;

	/// Offence reports (GRANDPA equivocations), deduplicated per offender and round, handed to
	/// `ValidatorSet`, which removes the offender.
	#[runtime::pallet_index(34)]
	pub type Offences = pallet_offences;

	/// Permissioned peering: the council's well-known nodes and their owners; each node's
	/// offchain worker lets only them (and their owners' extra connections) sync with it.
	#[runtime::pallet_index(35)]
	pub type NodeAuthorization = pallet_node_authorization;

	/// Mini Point (MINI), the native token.
	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	/// Transaction fees in MINI, paid to the block author and the fee pool.
	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	/// Development chains only: the `development` preset's key (Alice) may dispatch as Root.
	/// Every other preset sets no key; there the council governs.
	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	/// The consortium council: motions carried by two-thirds of its members govern the chain.
	#[runtime::pallet_index(23)]
	pub type Council = pallet_collective<Instance1>;

	/// The council's members, changed by the council itself.
	#[runtime::pallet_index(24)]
	pub type CouncilMembership = pallet_membership<Instance1>;

	/// Root dispatch for council motions (runtime upgrades and other Root-only calls).
	#[runtime::pallet_index(25)]
	pub type Consortium = pallet_consortium;

	/// Batches of calls.
	#[runtime::pallet_index(7)]
	pub type Utility = pallet_utility;

	/// Multi-signature accounts.
	#[runtime::pallet_index(8)]
	pub type Multisig = pallet_multisig;

	/// Avatar / CID identities: numbers, names, bonds, C-Cards, claims, reputation.
	#[runtime::pallet_index(10)]
	pub type Cid = pallet_cid;

	/// Mini Point economics: MINI minted per CID, fee pool, burns, supply invariant. Declared
	/// after `Cid`: its genesis checks the supply after `Cid`'s genesis CIDs have minted.
	#[runtime::pallet_index(11)]
	pub type MiniPoint = pallet_mini_point;

	/// Balances of Metaverse Smart Tokens (Apps' Assets page). Closed to users: assets are
	/// created and minted only through `Mst`.
	#[runtime::pallet_index(12)]
	pub type Assets = pallet_assets;

	/// Metaverse Smart Tokens: global symbols, certs, issue, locks, swaps, exchange, offerings.
	/// Declared after `Cid`/`MiniPoint` so genesis tokens go to accounts that already exist.
	#[runtime::pallet_index(13)]
	pub type Mst = pallet_mst;

	/// Timed deposits with a fixed reward per tier, paid from funded pools (never minted).
	#[runtime::pallet_index(14)]
	pub type DepositLock = pallet_deposit_lock;

	/// Oracles: a bonded registry of CID-backed oracles, attestations, disputes, credibility.
	#[runtime::pallet_index(15)]
	pub type Oracle = pallet_minix_oracle;

	/// Data feeds (polkadot-sdk's pallet-oracle): `feed_values` by the data-feed oracles of
	/// `Oracle`, combined into the median of fresh values.
	#[runtime::pallet_index(16)]
	pub type OracleFeeds = pallet_oracle;

	/// Bitcoin light client: relayed headers checked for proof of work, retargets and time;
	/// the branch with the most work is the best chain.
	#[runtime::pallet_index(17)]
	pub type BtcLightClient = pallet_btc_light_client;

	/// BTC mirrored as XBTC: deposits to the trustees' multisig, withdrawals, t-of-n payouts.
	#[runtime::pallet_index(18)]
	pub type XbtcBridge = pallet_xbtc_bridge;

	/// Wasm smart contracts (pallet-contracts), with deposits in MINI.
	#[runtime::pallet_index(19)]
	pub type Contracts = pallet_contracts;

	/// The built-ins contracts call through the chain extension: MST, CID and Oracle.
	#[runtime::pallet_index(20)]
	pub type Builtins = pallet_builtins;

	/// The market: Dutch and English auctions and fixed-price listings of CIDs, paid in MINI,
	/// with the goods escrowed in place.
	#[runtime::pallet_index(26)]
	pub type Market = pallet_market;

	/// Non-fungible items (pallet-nfts): the C-Cards of CIDs, bound to them.
	#[runtime::pallet_index(27)]
	pub type Nfts = pallet_nfts;

	/// MITs: unique named tokens with content, items of pallet-nfts collection 1.
	#[runtime::pallet_index(28)]
	pub type Mit = pallet_mit;

	/// Creators' NFT collections on pallet-nfts, with a primary-sale share and a resale royalty.
	#[runtime::pallet_index(29)]
	pub type Creators = pallet_creators;

	/// Ethereum-compatible contracts (pallet-revive): EVM bytecode from `solc` and PolkaVM code,
	/// Ethereum transactions through `ethTransact`, every MST as an ERC-20 precompile.
	#[runtime::pallet_index(30)]
	pub type Revive = pallet_revive;

	/// EIP-2612 `permit` nonces of the MST ERC-20 precompiles.
	#[runtime::pallet_index(31)]
	pub type AssetsPermit = pallet_assets_precompiles::permit;
}
