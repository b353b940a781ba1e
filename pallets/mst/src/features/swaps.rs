//! Atomic two-party swaps: the maker's side is escrowed until a taker pays the other side, the
//! maker cancels, or anyone closes the swap after it expired. Nothing is lost on any path.

use crate::*;
use alloc::vec::Vec;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Offer one token for another; the offered side is escrowed in place.
	///
	/// - `maker`: the offering account; at most `MaxSwapsPerAccount` open swaps.
	/// - `(give, give_amount)`: the symbol (or `MINI`) and units offered.
	/// - `(want, want_amount)`: the symbol (or `MINI`) and units asked for.
	/// - `taker`: if given, the only account that may accept.
	/// - `duration`: blocks until it expires, at most `MaxSwapDuration`.
	pub(crate) fn do_create_swap(
		maker: T::AccountId,
		(give, give_amount): (Vec<u8>, BalanceOf<T>),
		(want, want_amount): (Vec<u8>, BalanceOf<T>),
		taker: Option<T::AccountId>,
		duration: BlockNumberFor<T>,
	) -> DispatchResult {
		let give = Self::parse_token(&give)?;
		let want = Self::parse_token(&want)?;
		ensure!(give != want, Error::<T>::SameToken);
		ensure!(!give_amount.is_zero() && !want_amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(taker.as_ref() != Some(&maker), Error::<T>::SelfTransfer);
		ensure!(
			!duration.is_zero() && duration <= T::MaxSwapDuration::get(),
			Error::<T>::BadDuration
		);
		Self::open_item::<OpenSwaps<T>>(
			&maker,
			T::MaxSwapsPerAccount::get(),
			Error::<T>::TooManySwaps,
		)?;
		Self::escrow_in_place(give, &maker, give_amount)?;
		let id = NextSwapId::<T>::get();
		NextSwapId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let expires_at = frame_system::Pallet::<T>::block_number().saturating_add(duration);
		Swaps::<T>::insert(
			id,
			Swap {
				maker: maker.clone(),
				give: (give, give_amount),
				want: (want, want_amount),
				taker,
				expires_at,
			},
		);
		Self::deposit_event(Event::SwapCreated { id, maker });
		Ok(())
	}

	/// Take a swap whole: pay its `want` to the maker and receive its escrowed `give`.
	///
	/// - `taker`: the accepting account (the named taker, if one was named).
	/// - `id`: the swap, not expired.
	pub(crate) fn do_accept_swap(taker: T::AccountId, id: SwapId) -> DispatchResult {
		let swap = Swaps::<T>::get(id).ok_or(Error::<T>::UnknownSwap)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() <= swap.expires_at,
			Error::<T>::SwapExpired
		);
		ensure!(swap.taker.as_ref().map_or(true, |t| *t == taker), Error::<T>::NotTaker);
		ensure!(taker != swap.maker, Error::<T>::SelfTransfer);
		let (want, want_amount) = swap.want;
		Self::pay(want, &taker, &swap.maker, want_amount)?;
		let (give, give_amount) = swap.give;
		Self::pay_from_escrow(give, &swap.maker, &taker, give_amount)?;
		Self::close_swap(id, &swap.maker);
		Self::deposit_event(Event::SwapAccepted { id, maker: swap.maker, taker });
		Ok(())
	}

	/// Withdraw a swap and release its escrow to the maker.
	///
	/// - `who`: the maker, or anyone once the swap has expired.
	/// - `id`: the swap.
	pub(crate) fn do_cancel_swap(who: T::AccountId, id: SwapId) -> DispatchResult {
		let swap = Swaps::<T>::get(id).ok_or(Error::<T>::UnknownSwap)?;
		let expired = frame_system::Pallet::<T>::block_number() > swap.expires_at;
		ensure!(who == swap.maker || expired, Error::<T>::NotMaker);
		let (give, give_amount) = swap.give;
		Self::release_escrow(give, &swap.maker, give_amount)?;
		Self::close_swap(id, &swap.maker);
		Self::deposit_event(Event::SwapCancelled { id, maker: swap.maker });
		Ok(())
	}

	fn close_swap(id: SwapId, maker: &T::AccountId) {
		Swaps::<T>::remove(id);
		Self::close_item::<OpenSwaps<T>>(maker);
	}
}
