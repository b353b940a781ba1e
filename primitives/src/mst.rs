//! Metaverse Smart Tokens (MST): the symbol type and the traits through which other pallets
//! issue and burn the reserved tokens they own (the XBTC bridge), escrow tokens (the deposit
//! lock) and read and move tokens by symbol (the contracts chain extension).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::DispatchResult;

/// The longest MST symbol, in bytes.
pub const MAX_SYMBOL_LEN: u32 = 64;

/// An MST symbol as given by a user: upper-cased and checked by the `Mst` pallet
/// (`[A-Z0-9.]`, 1–64 bytes, no empty `.`-separated part).
pub type Symbol = sp_runtime::BoundedVec<u8, sp_core::ConstU32<MAX_SYMBOL_LEN>>;

/// The symbol of the native token in the `Mst` exchange and swaps.
pub const NATIVE_SYMBOL: &[u8] = b"MINI";

/// The symbol of mirrored Bitcoin, reserved for the bridge.
pub const XBTC_SYMBOL: &[u8] = b"XBTC";

/// Issue and burn a *reserved* token (one whose symbol users cannot issue, such as `XBTC`).
/// Implemented by the `Mst` pallet; used by the bridge pallet so that the token's rules stay in
/// one place and pallet-assets stays closed to users.
pub trait ReservedTokens<AccountId, Balance> {
	/// Create the reserved token `symbol` with `decimals` unless it exists already.
	fn ensure_reserved(symbol: &[u8], decimals: u8) -> DispatchResult;
	/// Mint `amount` of the reserved token `symbol` to `to`.
	fn mint_reserved(symbol: &[u8], to: &AccountId, amount: Balance) -> DispatchResult;
	/// Burn `amount` of the reserved token `symbol` from `from` (locked amounts cannot be burned).
	fn burn_reserved(symbol: &[u8], from: &AccountId, amount: Balance) -> DispatchResult;
	/// The balance of `who` in `symbol` (0 if the token does not exist).
	fn balance(symbol: &[u8], who: &AccountId) -> Balance;
	/// The total supply of `symbol` (0 if the token does not exist): what the bridge's backing
	/// invariant compares its reserves with.
	fn total_issuance(symbol: &[u8]) -> Balance;
}

/// What other pallets (the deposit lock) need of MSTs: resolve a symbol, check its issue cert,
/// and escrow balances in place (frozen in the owner's account through pallet-assets' freezer
/// hook). Implemented by the `Mst` pallet.
pub trait TokenEscrow<AccountId, Balance> {
	/// The pallet-assets id of the MST `symbol` (any case), if issued.
	fn asset_of(symbol: &[u8]) -> Option<u32>;
	/// Who holds the issue cert of `symbol` (the right of secondary issue), if anybody.
	fn issue_cert_holder(symbol: &[u8]) -> Option<AccountId>;
	/// Freeze `amount` of `who`'s `asset` in place; fails if it is not spendable.
	fn escrow(asset: u32, who: &AccountId, amount: Balance) -> DispatchResult;
	/// Unfreeze `amount` of `who`'s escrowed `asset`.
	fn release(asset: u32, who: &AccountId, amount: Balance) -> DispatchResult;
}

/// What the chain extension tells contracts about an MST.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct TokenSummary<AccountId, Balance> {
	/// The pallet-assets id.
	pub asset_id: u32,
	/// Decimal places.
	pub decimals: u8,
	/// Current supply.
	pub supply: Balance,
	/// Who issued it first.
	pub issuer: AccountId,
}

/// Read MSTs by symbol (any case) and transfer them under the `Mst` pallet's rules (locks and
/// escrow stay frozen): what contracts reach through the chain extension. Implemented by `Mst`.
pub trait MstTokens<AccountId, Balance> {
	/// The token `symbol`, if issued.
	fn summary(symbol: &[u8]) -> Option<TokenSummary<AccountId, Balance>>;
	/// `who`'s balance of `symbol` (locked and escrowed included), if the token is issued.
	fn balance(symbol: &[u8], who: &AccountId) -> Option<Balance>;
	/// What `who` can transfer of `symbol` now, if the token is issued.
	fn spendable(symbol: &[u8], who: &AccountId) -> Option<Balance>;
	/// Transfer `amount` of `symbol` from `from` to `to` (an `Mst.Transferred` event).
	fn transfer(symbol: &[u8], from: &AccountId, to: &AccountId, amount: Balance)
		-> DispatchResult;
}
