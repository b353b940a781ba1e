//! The runtime API through which clients read the supply of MINI.

use crate::SupplyInfo;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Mini Point supply queries.
	pub trait MiniPointApi<Balance> where Balance: Codec {
		/// Total issuance, CIDs issued, the cap they allow, and the pool balances.
		fn supply_info() -> SupplyInfo<Balance>;
	}
}
