//! The runtime API through which clients (polkadot.js, subxt) query CIDs.

use crate::{CidInfo, PayTarget};
use alloc::vec::Vec;
use codec::Codec;
use minix_primitives::Cid;

sp_api::decl_runtime_apis! {
	/// Queries about Avatar / CID identities.
	pub trait CidApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The owner of `cid`, if it is issued.
		fn owner_of(cid: Cid) -> Option<AccountId>;
		/// The CID with the avatar name `name` (any case), if any.
		fn cid_by_name(name: Vec<u8>) -> Option<Cid>;
		/// The CIDs of `who` in ascending order: at most `limit`, skipping the first `start`.
		fn cids_of(who: AccountId, start: u32, limit: u32) -> Vec<Cid>;
		/// Everything about `cid`, if it is issued.
		fn details(cid: Cid) -> Option<CidInfo<AccountId, Balance, BlockNumber>>;
		/// The CID `target` names (by number, or by avatar name in any case) and its owner now:
		/// whom `cid.pay` would pay.
		fn resolve(target: PayTarget) -> Option<(Cid, AccountId)>;
	}
}
