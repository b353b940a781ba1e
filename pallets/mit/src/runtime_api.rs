//! The runtime API through which clients (polkadot.js, subxt) query MITs.

use crate::MitInfo;
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Queries about MITs.
	pub trait MitApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The MIT `symbol` (any case), if registered.
		fn mit(symbol: Vec<u8>) -> Option<MitInfo<AccountId, Balance, BlockNumber>>;
		/// The MITs of `who` in ascending id order: at most `limit`, skipping the first `start`.
		fn mits_of(who: AccountId, start: u32, limit: u32) -> Vec<MitInfo<AccountId, Balance, BlockNumber>>;
	}
}
