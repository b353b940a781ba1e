//! The logic behind the calls, shared with genesis and the runtime API.

use super::*;
use alloc::vec::Vec;
use frame_support::traits::{
	fungible::{Mutate as _, MutateHold as _},
	fungibles::Mutate as _,
	tokens::{Precision, Preservation},
};
use minix_primitives::mst::NATIVE_SYMBOL;
use sp_runtime::traits::{AccountIdConversion, CheckedAdd, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// The pool account of program `id`.
	pub fn pool_account(id: ProgramId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating(id)
	}

	/// The token a program for `symbol` takes and who owns it, checking `origin`'s right.
	pub(crate) fn program_origin(
		origin: OriginFor<T>,
		symbol: &[u8],
	) -> Result<(DepositToken, Option<T::AccountId>), DispatchError> {
		if symbol.eq_ignore_ascii_case(NATIVE_SYMBOL) {
			T::GovernanceOrigin::ensure_origin(origin)?;
			return Ok((DepositToken::Mini, None));
		}
		let who = ensure_signed(origin)?;
		let asset = T::Tokens::asset_of(symbol).ok_or(Error::<T>::UnknownToken)?;
		ensure!(T::Tokens::issue_cert_holder(symbol).as_ref() == Some(&who), Error::<T>::NotIssuer);
		Ok((DepositToken::Mst(asset), Some(who)))
	}

	/// Record a new program; its pool account gets a provider reference so it can hold MSTs
	/// (which need one) and survive being emptied.
	pub(crate) fn open_program(
		token: DepositToken,
		owner: Option<T::AccountId>,
		tiers: Vec<(BlockNumberFor<T>, Perbill)>,
	) -> Result<ProgramId, DispatchError> {
		ensure!(
			!tiers.is_empty()
				&& tiers.iter().all(|(period, rate)| !period.is_zero() && !rate.is_zero()),
			Error::<T>::BadTiers
		);
		let tiers: TiersOf<T> = tiers
			.into_iter()
			.map(|(period, rate)| Tier { period, rate })
			.collect::<Vec<_>>()
			.try_into()
			.map_err(|_| Error::<T>::BadTiers)?;
		let id = NextProgramId::<T>::get();
		NextProgramId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		frame_system::Pallet::<T>::inc_providers(&Self::pool_account(id));
		Programs::<T>::insert(
			id,
			Program {
				token,
				owner: owner.clone(),
				tiers,
				available: Zero::zero(),
				reserved: Zero::zero(),
				principal: Zero::zero(),
				open: true,
			},
		);
		Self::deposit_event(Event::ProgramCreated { id, token, owner });
		Ok(id)
	}

	/// The least a pool of `token` must hold to exist (never reserved for rewards).
	fn min_balance(token: DepositToken) -> BalanceOf<T> {
		use frame_support::traits::{fungible::Inspect as _, fungibles::Inspect as _};
		match token {
			DepositToken::Mini => T::Currency::minimum_balance(),
			DepositToken::Mst(asset) => T::Assets::minimum_balance(asset),
		}
	}

	/// Move `amount` of `token` from `from` to `to`.
	fn pay(
		token: DepositToken,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
		keep_alive: bool,
	) -> DispatchResult {
		let preservation =
			if keep_alive { Preservation::Preserve } else { Preservation::Expendable };
		match token {
			DepositToken::Mini => T::Currency::transfer(from, to, amount, preservation).map(|_| ()),
			DepositToken::Mst(asset) => {
				T::Assets::transfer(asset, from, to, amount, preservation).map(|_| ())
			},
		}
	}

	pub(crate) fn do_fund(
		who: T::AccountId,
		id: ProgramId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let mut program = Programs::<T>::get(id).ok_or(Error::<T>::UnknownProgram)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		Self::pay(program.token, &who, &Self::pool_account(id), amount, true)
			.map_err(|_| Error::<T>::CannotPay)?;
		program.available = program.available.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		Programs::<T>::insert(id, program);
		Self::deposit_event(Event::ProgramFunded { id, from: who, amount });
		Ok(())
	}

	pub(crate) fn do_close(origin: OriginFor<T>, id: ProgramId) -> DispatchResult {
		let mut program = Programs::<T>::get(id).ok_or(Error::<T>::UnknownProgram)?;
		let to = match &program.owner {
			Some(owner) => {
				let who = ensure_signed(origin)?;
				ensure!(&who == owner, Error::<T>::NotProgramOwner);
				who
			},
			None => {
				T::GovernanceOrigin::ensure_origin(origin)
					.map_err(|_| Error::<T>::NotProgramOwner)?;
				T::GovernancePool::get()
			},
		};
		ensure!(program.open, Error::<T>::ProgramClosed);
		// Open deposits keep the pool's minimum balance in it (see `do_deposit`).
		let floor = if program.reserved.is_zero() {
			Zero::zero()
		} else {
			Self::min_balance(program.token)
		};
		let returned = program.available.saturating_sub(floor);
		if !returned.is_zero() {
			Self::pay(program.token, &Self::pool_account(id), &to, returned, false)?;
		}
		program.available = program.available.saturating_sub(returned);
		program.open = false;
		Programs::<T>::insert(id, program);
		Self::deposit_event(Event::ProgramClosed { id, returned });
		Ok(())
	}

	pub(crate) fn do_deposit(
		who: T::AccountId,
		id: ProgramId,
		amount: BalanceOf<T>,
		tier: u32,
	) -> DispatchResult {
		let mut program = Programs::<T>::get(id).ok_or(Error::<T>::UnknownProgram)?;
		ensure!(program.open, Error::<T>::ProgramClosed);
		let tier = *program.tiers.get(tier as usize).ok_or(Error::<T>::UnknownTier)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let reward = tier.rate.mul_floor(amount);
		ensure!(!reward.is_zero(), Error::<T>::AmountTooSmall);
		// The minimum balance is never reserved: while rewards are, the pool holds at least
		// them plus it, so paying any one of them leaves the pool alive for the others.
		let reservable = program.available.saturating_sub(Self::min_balance(program.token));
		ensure!(reward <= reservable, Error::<T>::PoolTooSmall);
		program.available = program.available.saturating_sub(reward);
		program.reserved = program.reserved.checked_add(&reward).ok_or(Error::<T>::Overflow)?;
		program.principal = program.principal.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		match program.token {
			DepositToken::Mini => T::Currency::hold(&HoldReason::Deposit.into(), &who, amount),
			DepositToken::Mst(asset) => T::Tokens::escrow(asset, &who, amount),
		}
		.map_err(|_| Error::<T>::CannotPay)?;
		let deposit_id = NextDepositId::<T>::get();
		NextDepositId::<T>::put(deposit_id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		DepositsOf::<T>::try_mutate(&who, |ids| ids.try_push(deposit_id))
			.map_err(|_| Error::<T>::TooManyDeposits)?;
		let now = frame_system::Pallet::<T>::block_number();
		let matures_at = now.saturating_add(tier.period);
		Deposits::<T>::insert(
			deposit_id,
			Deposit {
				program: id,
				owner: who.clone(),
				principal: amount,
				reward,
				deposited_at: now,
				matures_at,
			},
		);
		Programs::<T>::insert(id, program);
		Self::deposit_event(Event::Deposited {
			id: deposit_id,
			program: id,
			who,
			principal: amount,
			reward,
			matures_at,
		});
		Ok(())
	}

	pub(crate) fn do_withdraw(who: T::AccountId, id: DepositId) -> DispatchResult {
		let deposit = Deposits::<T>::get(id).ok_or(Error::<T>::UnknownDeposit)?;
		ensure!(deposit.owner == who, Error::<T>::NotDepositOwner);
		ensure!(
			frame_system::Pallet::<T>::block_number() >= deposit.matures_at,
			Error::<T>::NotMatured
		);
		let mut program = Programs::<T>::get(deposit.program).ok_or(Error::<T>::UnknownProgram)?;
		match program.token {
			DepositToken::Mini => T::Currency::release(
				&HoldReason::Deposit.into(),
				&who,
				deposit.principal,
				Precision::Exact,
			)
			.map(|_| ()),
			DepositToken::Mst(asset) => T::Tokens::release(asset, &who, deposit.principal),
		}?;
		Self::pay(
			program.token,
			&Self::pool_account(deposit.program),
			&who,
			deposit.reward,
			false,
		)?;
		program.reserved = program.reserved.saturating_sub(deposit.reward);
		program.principal = program.principal.saturating_sub(deposit.principal);
		if !program.open && program.reserved.is_zero() && !program.available.is_zero() {
			Self::sweep(deposit.program, &mut program)?;
		}
		Programs::<T>::insert(deposit.program, program);
		Deposits::<T>::remove(id);
		DepositsOf::<T>::mutate_exists(&who, |ids| {
			if let Some(list) = ids {
				list.retain(|d| *d != id);
				if list.is_empty() {
					*ids = None;
				}
			}
		});
		Self::deposit_event(Event::Withdrawn {
			id,
			who,
			principal: deposit.principal,
			reward: deposit.reward,
		});
		Ok(())
	}

	/// Return what a closed program's pool kept for its open deposits, once none is left.
	fn sweep(id: ProgramId, program: &mut ProgramOf<T>) -> DispatchResult {
		let to = program.owner.clone().unwrap_or_else(T::GovernancePool::get);
		let amount = core::mem::take(&mut program.available);
		Self::pay(program.token, &Self::pool_account(id), &to, amount, false)?;
		Self::deposit_event(Event::PoolSwept { id, to, amount });
		Ok(())
	}

	/// The deposits of `who`, oldest first.
	pub fn deposits_of(who: &T::AccountId) -> Vec<(DepositId, DepositOf<T>)> {
		DepositsOf::<T>::get(who)
			.into_iter()
			.filter_map(|id| Deposits::<T>::get(id).map(|d| (id, d)))
			.collect()
	}

	/// `who`'s coinage (token-height) in `token`: for each open deposit, principal × blocks held,
	/// the blocks capped at `MaxCoinageBlocks`. Deposits are the holdings whose age the chain
	/// knows, which is what the Metaverse white paper weights votes by.
	pub fn coinage(who: &T::AccountId, token: DepositToken) -> u128 {
		let now = frame_system::Pallet::<T>::block_number();
		let cap: u128 = T::MaxCoinageBlocks::get().try_into().unwrap_or(u128::MAX);
		Self::deposits_of(who)
			.into_iter()
			.filter(|(_, d)| Programs::<T>::get(d.program).map(|p| p.token) == Some(token))
			.fold(0u128, |acc, (_, d)| {
				let held: u128 = now.saturating_sub(d.deposited_at).try_into().unwrap_or(u128::MAX);
				let principal: u128 = d.principal.try_into().unwrap_or(u128::MAX);
				acc.saturating_add(principal.saturating_mul(held.min(cap)))
			})
	}

	/// Check that every program's pool holds at least its available plus reserved funds (more
	/// after donations), that it keeps its minimum balance while rewards are reserved, and that
	/// its open deposits add up to its principal and reserved rewards.
	#[cfg(any(test, feature = "try-runtime"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::traits::{fungible::Inspect as _, fungibles::Inspect as _};
		for (id, program) in Programs::<T>::iter() {
			let pool = Self::pool_account(id);
			let held = match program.token {
				DepositToken::Mini => T::Currency::balance(&pool),
				DepositToken::Mst(asset) => T::Assets::balance(asset, &pool),
			};
			// Donations (funds sent to the pool directly) only add.
			ensure!(
				held >= program.available.saturating_add(program.reserved),
				"a pool holds less than its available plus reserved funds"
			);
			ensure!(
				program.reserved.is_zero() || program.available >= Self::min_balance(program.token),
				"a pool with reserved rewards does not keep its minimum balance"
			);
			let (principal, rewards) = Deposits::<T>::iter_values()
				.filter(|d| d.program == id)
				.fold((BalanceOf::<T>::zero(), BalanceOf::<T>::zero()), |(p, r), d| {
					(p.saturating_add(d.principal), r.saturating_add(d.reward))
				});
			ensure!(principal == program.principal, "open principals differ from the program's");
			ensure!(rewards == program.reserved, "open rewards differ from the program's reserve");
		}
		Ok(())
	}
}
