//! What the `Market` pallet needs of the goods it sells. Each kind of good (CIDs; the NFTs of
//! later pallets) is implemented by the pallet that owns it, and the runtime routes the market's
//! good ids to them, so a new kind of good needs no change of the market.

use sp_runtime::{DispatchResult, Percent};

/// A kind of good the market sells. A listed good is escrowed **in place**: its owner keeps it,
/// but the owning pallet refuses every change of it (transfer, release, rename, content) until
/// the market ends the escrow or delivers the good.
pub trait MarketGoods<AccountId> {
	/// The good's id (a CID number for CIDs).
	type Id;
	/// The owner of `good` now, if it exists.
	fn owner(good: &Self::Id) -> Option<AccountId>;
	/// Escrow `good` in place for a listing by `seller`; fails unless `seller` owns it and it
	/// may be sold (for a CID: not reserved, not already escrowed).
	fn escrow(good: &Self::Id, seller: &AccountId) -> DispatchResult;
	/// End the escrow of `good` without a sale.
	fn end_escrow(good: &Self::Id);
	/// Whether `buyer` could receive `good` now (for a CID: a free slot in its account).
	fn can_receive(good: &Self::Id, buyer: &AccountId) -> bool;
	/// End the escrow and move `good` from `seller` to `buyer` under the good's own rules (for
	/// a CID: reputation and claims reset, name, card and bonds kept).
	fn deliver(good: &Self::Id, seller: &AccountId, buyer: &AccountId) -> DispatchResult;
	/// Who receives a share of every sale of `good`, and how much (for a CID: the remint tax to
	/// its last reminter), if anybody.
	fn royalty(good: &Self::Id) -> Option<(AccountId, Percent)>;
}
