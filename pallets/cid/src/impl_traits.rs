//! The `minix-primitives` traits through which other pallets read and attest CIDs.

use super::*;
use minix_primitives::{CidAttest, CidInspect};

impl<T: Config> CidInspect<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn owner_of(cid: Cid) -> Option<T::AccountId> {
		Cids::<T>::get(cid).map(|d| d.owner)
	}

	fn cid_of(who: &T::AccountId) -> Option<Cid> {
		CidsOf::<T>::get(who).first().copied()
	}

	/// The score governance set plus what the CID's live attestations give it.
	fn reputation_of(cid: Cid) -> Reputation {
		Cids::<T>::get(cid)
			.map(|d| d.reputation.saturating_add(T::Attested::attested_reputation(cid)))
			.unwrap_or_default()
	}

	fn claim_of(cid: Cid, key: &ClaimKey) -> Option<ClaimOf<T>> {
		Claims::<T>::get(cid, key)
			.filter(|c| c.valid_until >= frame_system::Pallet::<T>::block_number())
	}

	/// Any case; a name that could not be set names no CID.
	fn cid_by_name(name: &[u8]) -> Option<Cid> {
		let name = Self::normalise_name(name.to_vec()).ok()?;
		CidByName::<T>::get(name)
	}

	fn card_remints(cid: Cid) -> Option<CardRemints<T::AccountId>> {
		Cids::<T>::get(cid)?.card.map(|c| c.remints)
	}
}

impl<T: Config> CidAttest<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn set_claim(cid: Cid, key: ClaimKey, claim: ClaimOf<T>) -> DispatchResult {
		Self::do_set_claim(cid, key, claim)
	}

	fn remove_claim(cid: Cid, key: &ClaimKey) -> DispatchResult {
		Self::do_remove_claim(cid, key)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// Issue `cid` to `owner` outside the normal paths (benchmarks of other pallets only: an
	/// oracle needs a CID).
	pub fn issue_for_benchmarks(cid: Cid, owner: &T::AccountId) {
		Self::do_issue(cid, owner.clone(), None).expect("a free, valid CID");
	}

	/// Issue `cid` to `owner` (who pays its deposit) with the longest name, a full card and
	/// every bond and claim: the costliest CID to move (benchmarks of other pallets only).
	pub fn load_for_benchmarks(cid: Cid, owner: &T::AccountId) {
		crate::benchmarking::loaded_cid::<T>(owner, cid);
	}

	/// Name the issued `cid` `name` as its owner would (benchmarks of other pallets only).
	pub fn set_name_for_benchmarks(cid: Cid, name: &[u8]) {
		let owner = Cids::<T>::get(cid).expect("an issued CID").owner;
		Self::do_set_name(cid, &owner, name.to_vec()).expect("a free, valid name");
	}
}
