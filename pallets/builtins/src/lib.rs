//! # Built-ins: MiniX's chain extension for Wasm contracts
//!
//! The Metaverse design calls tokens and identities "built-in smart contracts". Here they are
//! functions that Wasm contracts (pallet-contracts, runtime `Contracts`) call through one chain
//! extension, [`MinixExtension`] (extension id 0), instead of re-implementing them:
//!
//! | id | function | input (SCALE) | output (SCALE) |
//! |---|---|---|---|
//! | 1 | `mst_balance` | `(symbol: Vec<u8>, who: AccountId)` | `Balance` |
//! | 2 | `mst_details` | `symbol: Vec<u8>` | [`TokenSummary`] `{ asset_id, decimals, supply, issuer }` |
//! | 3 | `mst_transfer` | `(symbol: Vec<u8>, to: AccountId, amount: Balance)` | `()`; from the calling contract's account |
//! | 4 | `cid_of` | `who: AccountId` | `Cid` (u64), the lowest the account owns |
//! | 5 | `cid_owner` | `cid: u64` | `AccountId` |
//! | 6 | `resolve_name` | `name: Vec<u8>` (any case) | `(Cid, AccountId)` |
//! | 7 | `reputation` | `cid: u64` | `u32` |
//! | 8 | `claim` | `(cid: u64, key: Vec<u8>)` | [`Claim`] `{ issuer, value_hash, valid_until }` |
//! | 9 | `oracle_value` | `key: Vec<u8>` | `i128`, the combined (median) fresh value |
//! | 10 | `card_remints` | `cid: u64` | [`CardRemints`] `{ count: u8, last_reminter: Option<AccountId>, tax: u8 percent }` |
//! | 11 | `cid_listing` | `cid: u64` | [`ListingSummary`] `{ id: u64, seller, kind: SaleKind, current_price, end: Option<BlockNumber>, best_bid: Option<Balance> }` |
//! | 12 | `listing_price` | `id: u64` | `Balance`: what a buyer pays now (a Dutch auction: this block's price) |
//! | 13 | `mit_owner` | `symbol: Vec<u8>` (any case) | `AccountId` |
//! | 14 | `mit_content` | `symbol: Vec<u8>` (any case) | `Vec<u8>` |
//! | 15 | `nft_owner` | `(collection: u32, item: u64)` | `AccountId`, the holder of any pallet-nfts item |
//!
//! The status code the contract receives is 0 on success (the output is written) or an
//! [`ExtensionError`] code (nothing is written and nothing changed): 1 `BadInput`, 2
//! `UnknownToken`, 3 `InsufficientBalance`, 4 `TransferFailed`, 5 `NoSuchCid`, 6 `NoSuchName`,
//! 7 `NoClaim`, 8 `NoValue`, 9 `UnknownFunction`, 10 `NoCard`, 11 `NotListed`, 12 `NoSuchMit`, 13
//! `NoSuchNft`. Bad input never traps: inputs longer than
//! [`MAX_INPUT_LEN`] are refused before they are read, and each function's benchmarked worst
//! case (`weights.rs`) is charged before it runs.
//!
//! The same reads serve Solidity contracts on pallet-revive as two precompiles ([`precompiles`]):
//! `ICid` at `0x…0C1D0000` (`cidOf`, `ownerOf`, `resolve`, `reputationOf`, `claimOf`) and `IOracle`
//! at `0x…0DA70000` (`valueOf`: the combined value with its time and freshness), with their
//! Solidity interfaces in `contracts/solidity/`.
//!
//! The pallet has no storage and no calls: it reads the built-in pallets through the
//! `minix-primitives` traits ([`MstTokens`], [`CidInspect`], [`OracleValues`],
//! [`MarketInspect`], [`MitInspect`], [`NftOwners`]) the runtime wires to `Mst`, `Cid`,
//! `Oracle`, `Market`, `Mit` and `Nfts`, and hosts the
//! functions' benchmarks. Moving a CID from a contract is deliberately not offered: a CID
//! changes hands only by its owner's consent or a market sale.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod extension;
mod functions;
#[cfg(test)]
mod mock;
pub mod precompiles;
#[cfg(test)]
mod tests;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::BenchmarkHelper;
pub use extension::MinixExtension;
pub use functions::{ExtensionError, Func, EXTENSION_ID, MAX_INPUT_LEN};
pub use minix_primitives::{
	cid::Claim, CardRemints, CidInspect, ListingSummary, MarketInspect, MitInspect, MstTokens,
	NftOwners, OracleValues, SaleKind, TokenSummary,
};
pub use pallet::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use minix_primitives::{
		Cid, CidInspect, MarketInspect, MitInspect, MstTokens, NftOwners, OracleValues,
	};
	use sp_runtime::traits::AtLeast32BitUnsigned;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// MST balances (the runtime's `Balance`).
		type Balance: Parameter + Member + AtLeast32BitUnsigned + Copy + MaxEncodedLen;
		/// MST reads and transfers (the `Mst` pallet).
		type Tokens: MstTokens<Self::AccountId, Self::Balance>;
		/// CID reads (the `Cid` pallet).
		type Cids: CidInspect<Self::AccountId, BlockNumberFor<Self>>;
		/// Combined oracle values (the `Oracle` pallet).
		type Oracles: OracleValues;
		/// Market listings of CIDs (the `Market` pallet, its goods narrowed to CIDs).
		type Market: MarketInspect<Cid, Self::AccountId, Self::Balance, BlockNumberFor<Self>>;
		/// MIT reads (the `Mit` pallet).
		type Mits: MitInspect<Self::AccountId>;
		/// The holders of pallet-nfts items (`Nfts`).
		type Nfts: NftOwners<Self::AccountId>;
		/// Ethereum addresses of accounts, for the precompiles (pallet-revive's mapping).
		type Addresses: minix_primitives::evm::EvmAddresses<Self::AccountId>;
		/// Benchmarked weights of the functions.
		type WeightInfo: crate::WeightInfo;
		/// Sets up tokens, CIDs, names and claims for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<Self>;
	}
}
