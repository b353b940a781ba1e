//! The runtime API through which clients (relayers, explorers, the bridge UI) read the light
//! client. Hashes are in internal byte order (explorers show them reversed).

use crate::{HeaderRecord, Tip};

sp_api::decl_runtime_apis! {
	/// Queries about the relayed Bitcoin chain.
	pub trait BtcLightClientApi {
		/// The best chain's tip.
		fn best_tip() -> Option<Tip>;
		/// A known header by id.
		fn header(hash: sp_core::H256) -> Option<HeaderRecord>;
		/// The best chain's header at `height`.
		fn header_at(height: u32) -> Option<HeaderRecord>;
		/// Confirmations of block `hash` if it is on the best chain (1 = the tip).
		fn confirmations(hash: sp_core::H256) -> Option<u32>;
	}
}
