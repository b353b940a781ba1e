//! The runtime API through which clients read combined values, oracles and open disputes.

use crate::{Credibility, Dispute, DisputeId, OracleInfo};
use alloc::vec::Vec;
use codec::Codec;
use minix_primitives::OracleValue;

sp_api::decl_runtime_apis! {
	/// Queries about oracles.
	pub trait OracleApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The combined (median) value of feed `key`, if enough fresh feeds exist.
		fn value(key: Vec<u8>) -> Option<OracleValue>;
		/// The registered oracle `who` and its credibility (0–100).
		fn oracle(who: AccountId) -> Option<(OracleInfo<Balance, BlockNumber>, Credibility)>;
		/// Every open dispute, oldest first.
		fn open_disputes() -> Vec<(DisputeId, Dispute<AccountId, Balance, BlockNumber>)>;
	}
}
