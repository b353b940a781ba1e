//! # MiniX primitives
//!
//! Types shared by the MiniX runtime, its pallets and its node. From step 2 on, this crate also
//! holds the traits through which pallets talk to each other: no pallet imports another, the
//! runtime wires them together through these traits.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod btc;
pub mod cid;
pub mod market;
pub mod mst;
pub mod nfts;
pub mod oracle;
pub use cid::{
	AttestedReputation, CardRemints, Cid, CidAttest, CidInspect, CidRange, Claim, ClaimKey,
	OnCidChangedHands, OnCidIssued, Reputation,
};
pub use market::{ListingSummary, MarketGoods, MarketInspect, SaleKind};
pub use mst::{MstTokens, ReservedTokens, Symbol, TokenEscrow, TokenSummary};
pub use nfts::{BoundItems, CollectionId, CreatorItems, ItemId, MitInspect, NftOwners};
pub use oracle::{Comparison, Condition, OracleKey, OracleValue, OracleValues, TimedValue};

use sp_runtime::{
	traits::{IdentifyAccount, Verify},
	MultiSignature,
};

#[doc(hidden)]
pub use codec as __codec;
#[doc(hidden)]
pub use scale_info as __scale_info;

/// Declares a type kept in storage or passed in calls, with the derives every such MiniX type
/// needs: `Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
/// TypeInfo, Debug`. The item's own attributes (docs, more derives, `#[codec(...)]`) follow
/// that derive, so codec's and scale-info's helper attributes are in scope.
///
/// ```ignore
/// minix_primitives::stored! {
/// 	/// A colour.
/// 	#[derive(Copy)]
/// 	pub enum Colour { Red, Green }
/// }
/// ```
#[macro_export]
macro_rules! stored {
	($(#[$meta:meta])* $vis:vis $kind:ident $($rest:tt)*) => {
		#[derive(
			Clone,
			PartialEq,
			Eq,
			$crate::__codec::Encode,
			$crate::__codec::Decode,
			$crate::__codec::DecodeWithMemTracking,
			$crate::__codec::MaxEncodedLen,
			$crate::__scale_info::TypeInfo,
			Debug,
		)]
		$(#[$meta])*
		$vis $kind $($rest)*
	};
}

/// An index to a block.
pub type BlockNumber = u32;

/// Alias to 512-bit hash when used in the context of a transaction signature on the chain.
pub type Signature = MultiSignature;

/// Some way of identifying an account on the chain (a 32-byte public key).
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// Balance of an account, in the smallest unit of Mini Point (10^-8 MINI).
pub type Balance = u128;

/// Index of a transaction in the chain.
pub type Nonce = u32;

/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;

/// Ethereum compatibility (pallet-revive): the chain's EIP-155 id and how MINI maps to wei.
pub mod evm {
	/// The EIP-155 chain id of MiniX networks: `0x4D494E58`, "MINX" in ASCII. Wallets sign it into
	/// every Ethereum transaction, so one cannot be replayed on another chain.
	pub const CHAIN_ID: u64 = 0x4D49_4E58;
	/// Wei per base unit of MINI: MINI has 10 decimals, Ethereum's native unit 18.
	pub const NATIVE_TO_ETH_RATIO: u32 = 100_000_000;

	/// How Ethereum addresses and accounts map (the runtime wires pallet-revive's
	/// `AddressMapper`): MiniX's precompiles answer in addresses, pallets think in accounts.
	pub trait EvmAddresses<AccountId> {
		/// The account `address` stands for: a Substrate account that mapped itself to it, else
		/// the account of the Ethereum key with that address.
		fn account_of(address: &sp_core::H160) -> AccountId;
		/// The address of `account`.
		fn address_of(account: &AccountId) -> sp_core::H160;
	}

	// One MINI is exactly 10^18 wei.
	const _: () = assert!(
		10u128.pow(super::currency::TOKEN_DECIMALS as u32) * NATIVE_TO_ETH_RATIO as u128
			== 10u128.pow(18)
	);
}

/// Mini Point, the native and only fee token.
pub mod currency {
	use super::Balance;

	/// Ticker shown by wallets (chain spec property `tokenSymbol`).
	pub const TOKEN_SYMBOL: &str = "MINI";
	/// Decimal places (chain spec property `tokenDecimals`).
	pub const TOKEN_DECIMALS: u8 = 10;
	/// One MINI in base units.
	pub const MINI: Balance = 10_000_000_000;
	/// One thousandth of a MINI.
	pub const MILLI_MINI: Balance = MINI / 1_000;
	/// One millionth of a MINI.
	pub const MICRO_MINI: Balance = MINI / 1_000_000;
	/// The smallest balance an account may hold (0.001 MINI); below it the account is reaped.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_MINI;

	/// MINI's supply rule: total issuance never exceeds 1.25 MINI per CID ever issued.
	/// Implemented by `MiniPoint`; checked by whoever could break it (a Root dispatch).
	pub trait SupplyRule {
		/// Whether the rule holds now.
		fn holds() -> bool;
	}

	/// For mocks without a currency: the rule always holds.
	impl SupplyRule for () {
		fn holds() -> bool {
			true
		}
	}
}

/// Time and block production.
pub mod time {
	use super::BlockNumber;

	/// Target block time. Aura slots have this length; GRANDPA finalizes behind it.
	pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
	/// Slot duration equals block time (one block per slot at most).
	pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
	/// Blocks per minute.
	pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
	/// Blocks per hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks per day.
	pub const DAYS: BlockNumber = HOURS * 24;
}

/// The SS58 address prefix of MiniX accounts (chain spec property `ss58Format`).
///
/// 42 is the generic Substrate prefix, so dev accounts read the same as in every Substrate tool.
/// A consortium launching a public network should register its own prefix in the ss58-registry
/// and change it here before genesis: changing it later changes how every address is displayed.
pub const SS58_PREFIX: u16 = 42;
