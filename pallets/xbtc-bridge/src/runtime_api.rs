//! The runtime API through which trustees, wallets and the bridge UI read the bridge.
//!
//! The answers are structs rather than bare `Option<Vec<u8>>`: @polkadot/api (16.5) decodes a
//! runtime call's `Option<Bytes>` result as `Some(raw result)` even when it is `None`.

use crate::types::SetId;
use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// Where deposits go now.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct DepositScript {
	/// The current trustee set (not `set`, which JS clients' struct maps shadow).
	pub set_id: SetId,
	/// The output script deposits must pay (the set's P2WSH).
	pub script_pubkey: Vec<u8>,
}

/// A payout ready to broadcast.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct SignedPayout {
	/// The transaction with its witnesses (its txid is unchanged by them).
	pub tx: Vec<u8>,
}

sp_api::decl_runtime_apis! {
	/// Queries about the XBTC bridge.
	pub trait XbtcBridgeApi {
		/// The output script deposits must pay now (the current set's P2WSH), if any.
		fn deposit_script() -> Option<DepositScript>;
		/// The payout `txid` with its witnesses once it has its threshold of approvals, ready to
		/// broadcast (`None` while it has too few approvals or is unknown).
		fn signed_payout(txid: sp_core::H256) -> Option<SignedPayout>;
	}
}
