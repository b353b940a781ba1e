//! Paying a name: MINI or an MST to the current owner of a CID, named by number or by avatar
//! name, with an event that carries the CID (MVS `to_did`).

use crate::*;
use frame_support::traits::{fungible::Mutate, tokens::Preservation};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// The CID `target` names and its owner now.
	pub fn resolve(target: &PayTarget) -> Result<(Cid, T::AccountId), DispatchError> {
		let cid = match target {
			PayTarget::Cid(cid) => *cid,
			PayTarget::Name(name) => {
				let name: NameOf<T> =
					name.to_ascii_lowercase().try_into().map_err(|_| Error::<T>::UnknownName)?;
				CidByName::<T>::get(name).ok_or(Error::<T>::UnknownName)?
			},
		};
		let owner = Cids::<T>::get(cid).ok_or(Error::<T>::UnknownCid)?.owner;
		Ok((cid, owner))
	}

	/// Pay the owner of a CID.
	///
	/// - `who`: the payer (not the CID's owner).
	/// - `target`: the CID, by number or avatar name (any case).
	/// - `token`: `MINI` (any case; paid keeping `who` alive) or an issued MST's symbol (paid
	///   under its locks).
	/// - `amount`: more than zero, in the token's smallest units.
	pub(crate) fn do_pay(
		who: T::AccountId,
		target: PayTarget,
		token: &[u8],
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let (cid, to) = Self::resolve(&target)?;
		ensure!(to != who, Error::<T>::PayingSelf);
		let token = if token.eq_ignore_ascii_case(minix_primitives::mst::NATIVE_SYMBOL) {
			T::Currency::transfer(&who, &to, amount, Preservation::Preserve)?;
			PaidToken::Mini
		} else {
			let summary = T::Tokens::summary(token).ok_or(Error::<T>::UnknownToken)?;
			T::Tokens::transfer(token, &who, &to, amount)?;
			PaidToken::Mst(summary.asset_id)
		};
		Self::deposit_event(Event::Paid { cid, from: who, to, token, amount });
		Ok(())
	}
}
