//! Minting on CID issuance, burning, pool accounts and the supply invariant.

use super::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	tokens::{Fortitude, Precision, Preservation},
};
use minix_primitives::OnCidIssued;
use sp_runtime::{
	traits::{Bounded, Zero},
	Saturating,
};

impl<T: Config> Pallet<T> {
	/// The account of `pool`.
	pub fn pool_account(pool: Pool) -> T::AccountId {
		match pool {
			Pool::Fee => T::FeePoolId::get().into_account_truncating(),
			Pool::Ecosystem => T::EcosystemPoolId::get().into_account_truncating(),
		}
	}

	/// MINI minted per distinct CID.
	pub fn per_cid() -> BalanceOf<T> {
		T::OwnerReward::get().saturating_add(T::PoolReward::get())
	}

	/// The supply figures of the runtime API.
	pub fn supply_info() -> SupplyInfo<BalanceOf<T>> {
		let cids_issued = CidsIssued::<T>::get();
		SupplyInfo {
			total_issuance: T::Currency::total_issuance(),
			active_issuance: T::Currency::active_issuance(),
			cids_issued,
			cap: Self::cap(cids_issued),
			fee_pool: T::Currency::balance(&Self::pool_account(Pool::Fee)),
			ecosystem_pool: T::Currency::balance(&Self::pool_account(Pool::Ecosystem)),
		}
	}

	fn cap(cids: u64) -> BalanceOf<T> {
		// A u64 count times the per-CID amount; saturates rather than wraps.
		let cids: BalanceOf<T> = cids.try_into().unwrap_or_else(|_| BalanceOf::<T>::max_value());
		Self::per_cid().saturating_mul(cids)
	}

	/// The invariant `active_issuance <= per_cid × CIDs issued`.
	///
	/// Active, not total: pallet-revive mints the existential deposit of every contract account
	/// it creates and deactivates it at once (its `Deposit` backend is sealed). That MINI can
	/// never leave the contract's account (the contract holds a consumer on it) and is burned
	/// (and reactivated) with the contract, so it is not spendable supply. Nothing else in the
	/// runtime deactivates issuance, and no call can.
	pub fn check_supply() -> Result<(), &'static str> {
		// Three reads: it runs after every signed extrinsic and at the end of every block.
		if T::Currency::active_issuance() > Self::cap(CidsIssued::<T>::get()) {
			return Err("total issuance of MINI exceeds 1.25 MINI x CIDs issued: MINI must only \
				be minted through CIDs (no balances endowed at genesis)");
		}
		Ok(())
	}

	/// At genesis, move the existential deposit from the ecosystem pool to the fee pool (so it
	/// exists and accepts fees smaller than the existential deposit) and to each of
	/// `SeededAccounts`.
	pub(crate) fn seed_accounts() {
		let ed = T::Currency::minimum_balance();
		for account in
			core::iter::once(Self::pool_account(Pool::Fee)).chain(T::SeededAccounts::get())
		{
			if T::Currency::balance(&account) < ed {
				let _ = T::Currency::transfer(
					&Self::pool_account(Pool::Ecosystem),
					&account,
					ed,
					Preservation::Preserve,
				);
			}
		}
	}

	pub(crate) fn do_burn(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		T::Currency::burn_from(
			who,
			amount,
			Preservation::Preserve,
			Precision::Exact,
			Fortitude::Polite,
		)
		.map_err(|_| Error::<T>::InsufficientBalance)?;
		Ok(())
	}
}

impl<T: Config> minix_primitives::currency::SupplyRule for Pallet<T> {
	fn holds() -> bool {
		Self::check_supply().is_ok()
	}
}

impl<T: Config> OnCidIssued<T::AccountId> for Pallet<T> {
	/// Mint for the first issuance of `cid`; later issuances of the same number mint nothing.
	fn on_cid_issued(cid: Cid, owner: &T::AccountId) -> DispatchResult {
		if Minted::<T>::contains_key(cid) {
			return Ok(());
		}
		let (to_owner, to_pool) = (T::OwnerReward::get(), T::PoolReward::get());
		T::Currency::mint_into(owner, to_owner).map_err(|_| Error::<T>::Overflow)?;
		T::Currency::mint_into(&Self::pool_account(Pool::Ecosystem), to_pool)
			.map_err(|_| Error::<T>::Overflow)?;
		Minted::<T>::insert(cid, true);
		CidsIssued::<T>::mutate(|n| *n = n.saturating_add(1));
		Self::deposit_event(Event::Minted { cid, owner: owner.clone(), to_owner, to_pool });
		Ok(())
	}

	/// Burn the owner reward of `cid` from the releasing `owner`, if that reward is still out.
	fn on_cid_released(cid: Cid, owner: &T::AccountId) -> DispatchResult {
		if Minted::<T>::get(cid) != Some(true) {
			return Ok(());
		}
		let amount = T::OwnerReward::get();
		T::Currency::burn_from(
			owner,
			amount,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)
		.map_err(|_| Error::<T>::InsufficientBalance)?;
		Minted::<T>::insert(cid, false);
		Self::deposit_event(Event::RewardReturned { cid, owner: owner.clone(), amount });
		Ok(())
	}
}
