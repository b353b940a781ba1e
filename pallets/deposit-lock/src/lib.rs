//! # Deposit-lock pallet
//!
//! Timed deposits with a fixed reward, after the Metaverse ETP deposit. A *program* offers tiers
//! `(period, rate)` for one token: MINI (opened by governance) or an MST (opened by the holder of
//! its issue cert). Anyone may fund a program's pool (an account derived from the program id).
//!
//! [`Call::deposit`] locks a principal for a tier's period and reserves `rate × principal`
//! (rounded down) from the pool at once, so a deposit is refused when the pool cannot cover its
//! reward. The pool's minimum balance (the existential deposit, or the MST's `min_balance`) is
//! never reserved and stays while rewards are reserved: paying one reward can never dust the
//! pool away and leave the next depositor's principal stuck behind an unpayable reward. Funds
//! sent to a pool directly are donations; they stay in the pool.
//!
//! MINI principals are held (`HoldReason::Deposit`); MST principals are escrowed in place
//! through [`minix_primitives::TokenEscrow`] (frozen in the owner's account). After maturity
//! [`Call::withdraw`] releases the principal and pays the reward; there is no early exit.
//! Nothing is minted: rewards only move from funded pools.
//!
//! Clients read deposits and the *coinage* (token-height: principal × blocks held, capped) through
//! [`runtime_api::DepositLockApi`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod functions;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use frame_support::{
	pallet_prelude::*,
	traits::{fungible, fungibles},
	PalletId,
};
use frame_system::pallet_prelude::*;
use minix_primitives::TokenEscrow;
use sp_runtime::Perbill;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why the pallet holds MINI.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The principal of a MINI deposit, until maturity.
		#[codec(index = 0)]
		Deposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// MINI.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// MST balances (pallet-assets).
		type Assets: fungibles::Inspect<Self::AccountId, AssetId = u32, Balance = BalanceOf<Self>>
			+ fungibles::Mutate<Self::AccountId>;
		/// MST symbols, issue certs and escrow (the `Mst` pallet).
		type Tokens: TokenEscrow<Self::AccountId, BalanceOf<Self>>;
		/// Who opens and closes the MINI program.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Derives each program's pool account.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// Receives the unreserved pool of a closed governance (MINI) program.
		type GovernancePool: Get<Self::AccountId>;
		/// The most open deposits per account.
		#[pallet::constant]
		type MaxDepositsPerAccount: Get<u32>;
		/// Coinage stops growing after a deposit has been held this many blocks.
		#[pallet::constant]
		type MaxCoinageBlocks: Get<BlockNumberFor<Self>>;
		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
	}

	/// Deposit programs.
	#[pallet::storage]
	pub type Programs<T: Config> = StorageMap<_, Twox64Concat, ProgramId, ProgramOf<T>>;

	/// The id the next program gets.
	#[pallet::storage]
	pub type NextProgramId<T: Config> = StorageValue<_, ProgramId, ValueQuery>;

	/// Open deposits.
	#[pallet::storage]
	pub type Deposits<T: Config> = StorageMap<_, Twox64Concat, DepositId, DepositOf<T>>;

	/// The id the next deposit gets.
	#[pallet::storage]
	pub type NextDepositId<T: Config> = StorageValue<_, DepositId, ValueQuery>;

	/// The open deposits of each account.
	#[pallet::storage]
	pub type DepositsOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<DepositId, T::MaxDepositsPerAccount>,
		ValueQuery,
	>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// MINI programs opened at genesis: `(tiers as (period, rate), funder, pool funding)`.
		/// The funding is transferred from the funder (e.g. the ecosystem pool); nothing is minted.
		pub mini_programs: Vec<(Vec<(BlockNumberFor<T>, Perbill)>, T::AccountId, BalanceOf<T>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (tiers, funder, funding) in &self.mini_programs {
				let id = Pallet::<T>::open_program(DepositToken::Mini, None, tiers.clone())
					.expect("genesis deposit program tiers are valid");
				if !funding.is_zero() {
					Pallet::<T>::do_fund(funder.clone(), id, *funding)
						.expect("the genesis funder of a deposit program can pay");
				}
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A program opened.
		ProgramCreated { id: ProgramId, token: DepositToken, owner: Option<T::AccountId> },
		/// A program's pool received funds.
		ProgramFunded { id: ProgramId, from: T::AccountId, amount: BalanceOf<T> },
		/// A program stopped taking deposits; its unreserved pool went back.
		ProgramClosed { id: ProgramId, returned: BalanceOf<T> },
		/// A deposit was made and its reward reserved.
		Deposited {
			id: DepositId,
			program: ProgramId,
			who: T::AccountId,
			principal: BalanceOf<T>,
			reward: BalanceOf<T>,
			matures_at: BlockNumberFor<T>,
		},
		/// The last reward of a closed program was paid; the pool's remaining `amount` (its kept
		/// minimum balance) went back to `to`.
		PoolSwept { id: ProgramId, to: T::AccountId, amount: BalanceOf<T> },
		/// A matured deposit paid principal and reward.
		Withdrawn {
			id: DepositId,
			who: T::AccountId,
			principal: BalanceOf<T>,
			reward: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No MST has this symbol.
		UnknownToken,
		/// Only the token's issue-cert holder may open a program for it (MINI: governance).
		NotIssuer,
		/// No tiers, more than 8, a zero period or a zero rate.
		BadTiers,
		/// No such program.
		UnknownProgram,
		/// The program takes no new deposits.
		ProgramClosed,
		/// Only the program's owner may close it.
		NotProgramOwner,
		/// No such tier in the program.
		UnknownTier,
		/// An amount of zero.
		ZeroAmount,
		/// The reward of this amount rounds down to zero.
		AmountTooSmall,
		/// The pool cannot cover the reward and still keep its minimum balance.
		PoolTooSmall,
		/// The caller cannot pay (balance too low, locked, or below the existential deposit).
		CannotPay,
		/// The account has `MaxDepositsPerAccount` open deposits.
		TooManyDeposits,
		/// No such deposit.
		UnknownDeposit,
		/// The deposit belongs to someone else.
		NotDepositOwner,
		/// The deposit has not matured.
		NotMatured,
		/// An arithmetic overflow.
		Overflow,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Open a program for `symbol` (`MINI` or an MST) with `tiers` as `(period, rate)`.
		///
		/// - Origin: `GovernanceOrigin` for MINI; signed by the issue-cert holder for an MST.
		/// - Errors: `UnknownToken`, `NotIssuer`, `BadTiers`.
		/// - Events: `ProgramCreated`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_program())]
		pub fn create_program(
			origin: OriginFor<T>,
			symbol: Vec<u8>,
			tiers: Vec<(BlockNumberFor<T>, Perbill)>,
		) -> DispatchResult {
			let (token, owner) = Self::program_origin(origin, &symbol)?;
			Self::open_program(token, owner, tiers).map(|_| ())
		}

		/// Add `amount` to program `id`'s pool.
		///
		/// - Origin: signed (anyone).
		/// - Errors: `UnknownProgram`, `ZeroAmount`, `CannotPay`.
		/// - Events: `ProgramFunded`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::fund_program())]
		pub fn fund_program(
			origin: OriginFor<T>,
			id: ProgramId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_fund(who, id, amount)
		}

		/// Stop program `id` taking deposits and return its unreserved pool to its owner (the
		/// governance pool for MINI). Open deposits are honoured; while they are, the pool keeps
		/// its minimum balance, which goes back with the last reward (`PoolSwept`).
		///
		/// - Origin: the program's owner; `GovernanceOrigin` for a governance program.
		/// - Errors: `UnknownProgram`, `NotProgramOwner`, `ProgramClosed`.
		/// - Events: `ProgramClosed`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::close_program())]
		pub fn close_program(origin: OriginFor<T>, id: ProgramId) -> DispatchResult {
			Self::do_close(origin, id)
		}

		/// Lock `amount` in program `program` under tier `tier` (its index).
		///
		/// - Origin: signed.
		/// - Errors: `UnknownProgram`, `ProgramClosed`, `UnknownTier`, `ZeroAmount`,
		///   `AmountTooSmall`, `PoolTooSmall`, `CannotPay`, `TooManyDeposits`.
		/// - Events: `Deposited`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::deposit())]
		pub fn deposit(
			origin: OriginFor<T>,
			program: ProgramId,
			amount: BalanceOf<T>,
			tier: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deposit(who, program, amount, tier)
		}

		/// Withdraw matured deposit `id`: the principal is released and the reward paid.
		///
		/// - Origin: signed by the depositor.
		/// - Errors: `UnknownDeposit`, `NotDepositOwner`, `NotMatured`.
		/// - Events: `Withdrawn` (and `PoolSwept` for a closed program's last reward).
		#[pallet::call_index(4)]
		// Plus the sweep of a closed program's last reward: one more transfer from the pool.
		#[pallet::weight(T::WeightInfo::withdraw().saturating_add(T::DbWeight::get().reads_writes(1, 2)))]
		pub fn withdraw(origin: OriginFor<T>, id: DepositId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(who, id)
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
