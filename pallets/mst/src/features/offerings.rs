//! Fixed-price offerings: the issue-cert holder escrows up to `cap` tokens and sells them for
//! MINI during a window to accounts whose CID reputation reaches a threshold.

use crate::*;
use alloc::vec::Vec;
use sp_runtime::{
	traits::{CheckedSub, Saturating},
	Rounding,
};

impl<T: Config> Pallet<T> {
	/// Offer escrowed units of a token for MINI.
	///
	/// - `seller`: must hold the token's issue cert; `cap` units are escrowed in place.
	/// - `symbol`: the token.
	/// - `price`: MINI units per whole token.
	/// - `cap`: base units on offer.
	/// - `window`: blocks the offering stays open, at most `MaxOfferingWindow`.
	/// - `min_reputation`: the least reputation a participant's lowest CID must have.
	pub(crate) fn do_create_offering(
		seller: T::AccountId,
		symbol: Vec<u8>,
		price: BalanceOf<T>,
		cap: BalanceOf<T>,
		window: BlockNumberFor<T>,
		min_reputation: Reputation,
	) -> DispatchResult {
		let (symbol, token) = Self::lookup_token(&symbol)?;
		Self::ensure_cert(CertKind::Issue, &symbol, &seller)?;
		ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
		ensure!(!cap.is_zero(), Error::<T>::ZeroAmount);
		ensure!(
			!window.is_zero() && window <= T::MaxOfferingWindow::get(),
			Error::<T>::BadDuration
		);
		Self::open_item::<OpenOfferings<T>>(
			&seller,
			T::MaxOfferingsPerAccount::get(),
			Error::<T>::TooManyOfferings,
		)?;
		Self::escrow_in_place(Token::Mst(token.asset_id), &seller, cap)?;
		let id = NextOfferingId::<T>::get();
		NextOfferingId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let now = frame_system::Pallet::<T>::block_number();
		Offerings::<T>::insert(
			id,
			Offering {
				asset_id: token.asset_id,
				seller: seller.clone(),
				price,
				remaining: cap,
				starts_at: now,
				ends_at: now.saturating_add(window).saturating_sub(1u32.into()),
				min_reputation,
			},
		);
		Self::deposit_event(Event::OfferingCreated { id, symbol, seller, cap });
		Ok(())
	}

	/// Buy units from an open offering, paying MINI to the seller.
	///
	/// - `who`: the buyer; its lowest CID must have the offering's minimum reputation.
	/// - `id`: the offering.
	/// - `amount`: base units, at most what remains.
	pub(crate) fn do_participate(
		who: T::AccountId,
		id: OfferingId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let mut offering = Offerings::<T>::get(id).ok_or(Error::<T>::UnknownOffering)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(offering.starts_at <= now && now <= offering.ends_at, Error::<T>::OfferingNotOpen);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(who != offering.seller, Error::<T>::SelfTransfer);
		let reputation = T::Cids::cid_of(&who).map(T::Cids::reputation_of).unwrap_or_default();
		ensure!(reputation >= offering.min_reputation, Error::<T>::ReputationTooLow);
		offering.remaining =
			offering.remaining.checked_sub(&amount).ok_or(Error::<T>::OfferingSoldOut)?;
		let decimals = Self::decimals_of(offering.asset_id)?;
		let paid = Self::quote_of(amount, offering.price, decimals, Rounding::Up)?;
		Self::pay(Token::Mini, &who, &offering.seller, paid)?;
		Self::pay_from_escrow(Token::Mst(offering.asset_id), &offering.seller, &who, amount)?;
		Offerings::<T>::insert(id, offering);
		Self::deposit_event(Event::Participated { id, who, amount, paid });
		Ok(())
	}

	/// Close an offering and release the unsold units to the seller.
	///
	/// - `who`: the seller, or anyone once the window has ended.
	/// - `id`: the offering.
	pub(crate) fn do_close_offering(who: T::AccountId, id: OfferingId) -> DispatchResult {
		let offering = Offerings::<T>::get(id).ok_or(Error::<T>::UnknownOffering)?;
		let ended = frame_system::Pallet::<T>::block_number() > offering.ends_at;
		ensure!(who == offering.seller || ended, Error::<T>::NotSeller);
		Self::release_escrow(Token::Mst(offering.asset_id), &offering.seller, offering.remaining)?;
		Offerings::<T>::remove(id);
		Self::close_item::<OpenOfferings<T>>(&offering.seller);
		Self::deposit_event(Event::OfferingClosed { id, unsold: offering.remaining });
		Ok(())
	}
}
