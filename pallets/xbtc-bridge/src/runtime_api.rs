//! The runtime API through which trustees, wallets and the bridge UI read the bridge.

use alloc::vec::Vec;

sp_api::decl_runtime_apis! {
	/// Queries about the XBTC bridge.
	pub trait XbtcBridgeApi {
		/// The output script deposits must pay now (the current set's P2WSH), if any.
		fn deposit_script() -> Option<Vec<u8>>;
		/// The payout `txid` with its witnesses once it has its threshold of approvals, ready to
		/// broadcast (`None` while it has too few approvals or is unknown).
		fn signed_payout(txid: sp_core::H256) -> Option<Vec<u8>>;
	}
}
