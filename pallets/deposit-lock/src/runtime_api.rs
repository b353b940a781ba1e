//! The runtime API through which clients query deposits and coinage.

use crate::{Deposit, DepositId, DepositToken};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Queries about timed deposits.
	pub trait DepositLockApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The open deposits of `who`, oldest first.
		fn deposits_of(who: AccountId) -> Vec<(DepositId, Deposit<AccountId, Balance, BlockNumber>)>;
		/// `who`'s coinage in `token`: Σ principal × blocks held (capped) over its open deposits.
		fn coinage(who: AccountId, token: DepositToken) -> u128;
	}
}
