//! # Mini Point pallet
//!
//! The economics of MINI, the native and only fee token:
//! - **Issuance is tied to CIDs.** The first issuance of every CID number mints exactly
//!   [`Config::OwnerReward`] + [`Config::PoolReward`] (1.00 + 0.25 MINI in the MiniX runtime):
//!   the first to the CID's owner, the second to the ecosystem pool. The CID pallet reports
//!   issuances through [`minix_primitives::OnCidIssued`]; nothing else mints.
//! - **Fees are not burned.** [`DealWithFees`] pays [`Config::AuthorShare`] of every fee and tip
//!   to the block author and the rest to the fee pool; [`ToFeePool`] takes dust.
//! - **Burns.** Holders burn their own MINI ([`Call::burn`]); governance burns pool funds
//!   ([`Call::burn_pool`]).
//! - **Invariant.** `active_issuance <= (OwnerReward + PoolReward) × CIDs issued` (active: less
//!   the contracts' existential deposits pallet-revive mints inactive). Genesis fails to
//!   build if it does not hold, `try_state` checks it, and the [`runtime_api::MiniPointApi`]
//!   returns the numbers.
//!
//! A claim/release loop cannot print money: releasing a CID burns the owner reward its first
//! issuance minted (from the releasing owner), and a number mints only once, so a released number
//! claimed again mints nothing and its release burns nothing. `CidsIssued` counts distinct numbers.
//! Holding many CIDs to farm rewards is made useless by the public-CID deposit, which the runtime
//! sets above the owner reward.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod fees;
mod functions;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use fees::{DealWithFees, ToFeePool};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use frame_support::{
	pallet_prelude::*,
	traits::{fungible, FindAuthor},
	PalletId,
};
use frame_system::pallet_prelude::*;
use minix_primitives::Cid;
use sp_runtime::{traits::AccountIdConversion, Percent};

#[frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The native currency (MINI).
		type Currency: fungible::Mutate<Self::AccountId> + fungible::Balanced<Self::AccountId>;
		/// Who may burn pool funds.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Minted to a CID's owner when the CID is first issued.
		#[pallet::constant]
		type OwnerReward: Get<BalanceOf<Self>>;
		/// Minted to the ecosystem pool when a CID is first issued.
		#[pallet::constant]
		type PoolReward: Get<BalanceOf<Self>>;
		/// The id of the ecosystem pool account.
		#[pallet::constant]
		type EcosystemPoolId: Get<PalletId>;
		/// The id of the fee pool account.
		#[pallet::constant]
		type FeePoolId: Get<PalletId>;
		/// The share of each fee and tip paid to the block author.
		#[pallet::constant]
		type AuthorShare: Get<Percent>;
		/// Finds the account of the block author from the block's digests.
		type FindAuthor: FindAuthor<Self::AccountId>;
		/// Accounts that must exist from genesis (other pallets' accounts that would otherwise
		/// mint their existential deposit): the ecosystem pool pays each its existential deposit
		/// at genesis, as it does the fee pool, so nothing is minted outside the CID rule.
		type SeededAccounts: Get<alloc::vec::Vec<Self::AccountId>>;
		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
	}

	/// How many distinct CID numbers have been issued (and minted for) since genesis.
	#[pallet::storage]
	pub type CidsIssued<T> = StorageValue<_, u64, ValueQuery>;

	/// The CID numbers that have been minted for (a number mints once), and whether the owner's
	/// reward is still out (`true` until the CID is released, when the reward is burned).
	#[pallet::storage]
	pub type Minted<T> = StorageMap<_, Blake2_128Concat, Cid, bool, OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The first issuance of `cid` minted `to_owner` to `owner` and `to_pool` to the
		/// ecosystem pool.
		Minted { cid: Cid, owner: T::AccountId, to_owner: BalanceOf<T>, to_pool: BalanceOf<T> },
		/// `cid` was released and `owner` returned the owner reward, which was burned.
		RewardReturned { cid: Cid, owner: T::AccountId, amount: BalanceOf<T> },
		/// `who` burned `amount` of its own MINI.
		Burned { who: T::AccountId, amount: BalanceOf<T> },
		/// Governance burned `amount` from `pool`.
		PoolBurned { pool: Pool, amount: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The amount is zero.
		ZeroAmount,
		/// The account (or pool) cannot burn that much and stay above the existential deposit.
		InsufficientBalance,
		/// Minting would overflow the total issuance.
		Overflow,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	/// Runs after the CID pallet's genesis (the runtime declares `MiniPoint` after `Cid`): the
	/// CIDs issued at genesis have minted by then.
	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Pallet::<T>::seed_accounts();
			if let Err(e) = Pallet::<T>::check_supply() {
				panic!("Mini Point genesis: {e}");
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Accounts for `on_finalize`'s two reads.
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			T::DbWeight::get().reads(2)
		}

		/// The supply rule is checked in the runtime, not only in `try_state`: a block that
		/// would end with more MINI than `1.25 MINI × CIDs issued` cannot be built or imported.
		/// Signed extrinsics that would break it are already refused one by one (the runtime's
		/// fee handler, `SupplyGuard`); this catches hooks, inherents and unsigned calls.
		fn on_finalize(_: BlockNumberFor<T>) {
			if let Err(e) = Self::check_supply() {
				panic!("Mini Point: {e}");
			}
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::check_supply().map_err(Into::into)
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Burn `amount` of the caller's own MINI (the account must stay above the existential
		/// deposit).
		///
		/// - Origin: signed.
		/// - Errors: `ZeroAmount`, `InsufficientBalance`.
		/// - Events: `Burned`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::burn())]
		pub fn burn(
			origin: OriginFor<T>,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_burn(&who, amount)?;
			Self::deposit_event(Event::Burned { who, amount });
			Ok(())
		}

		/// Burn `amount` from `pool` (the pool keeps its existential deposit).
		///
		/// - Origin: governance.
		/// - Errors: `ZeroAmount`, `InsufficientBalance`.
		/// - Events: `PoolBurned`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::burn_pool())]
		pub fn burn_pool(
			origin: OriginFor<T>,
			pool: Pool,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_burn(&Self::pool_account(pool), amount)?;
			Self::deposit_event(Event::PoolBurned { pool, amount });
			Ok(())
		}
	}
}
