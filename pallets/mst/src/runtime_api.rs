//! The runtime API through which clients (polkadot.js, subxt) query MST.

use crate::{BookDepth, CertKind, MstAccount, TokenInfo};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Queries about Metaverse Smart Tokens.
	pub trait MstApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The token `symbol` (any case), if issued.
		fn token(symbol: Vec<u8>) -> Option<TokenInfo<AccountId, Balance, BlockNumber>>;
		/// The holder of the `kind` cert over `symbol` (a domain cert: over its domain).
		fn cert_holder(kind: CertKind, symbol: Vec<u8>) -> Option<AccountId>;
		/// `who`'s holding of `symbol`: its balance (locked and escrowed included) and the parts
		/// locked now and escrowed, if the token exists.
		fn account(symbol: Vec<u8>, who: AccountId) -> Option<MstAccount<Balance>>;
		/// The `base`/`quote` order book (`MINI` for the native token): at most `levels` price
		/// levels per side, best first.
		fn book_depth(base: Vec<u8>, quote: Vec<u8>, levels: u32) -> Option<BookDepth<Balance>>;
	}
}
