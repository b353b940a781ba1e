//! C-Cards: one item of the C-Card collection of `pallet-nfts` per CID (item id = the CID
//! number), bound to the CID through [`minix_primitives::BoundItems`]: it moves only with the CID
//! ([`Pallet::change_holder`]) and is burned when the CID is released.
//!
//! The owner mints the card once; later content changes are remints (MinixChain's
//! `pallet-coming-nft`): the n-th remint (n from 0) costs `2^n × RemintBase`, paid to the
//! ecosystem pool, at most `MaxRemints` times, and names a tax of at most `MaxRemintTax` that
//! every later market sale of the CID pays its last reminter (the market reads it as the good's
//! royalty). The doubling fee makes taking over another reminter's tax ever dearer.
//!
//! The pallet's record is the authority; the item mirrors it for wallets and indexers: content
//! as the item's metadata, and the attributes `remints` (decimal), `tax` (decimal percent) and
//! `reminter` (the 32-byte account id, SCALE-encoded) in pallet-nfts' `Pallet` namespace.

use crate::*;
use alloc::{string::ToString, vec::Vec};
use frame_support::traits::{fungible::Mutate, tokens::Preservation};
use sp_runtime::traits::Saturating;

/// The item attributes that mirror a card's remint record.
pub const ATTRIBUTES: [&[u8]; 3] = [b"remints", b"tax", b"reminter"];

impl<T: Config> Pallet<T> {
	/// Mint the C-Card of `cid`.
	///
	/// - `who`: the owner; the CID must not be in escrow nor have a card.
	/// - `content`: 1 to `MaxCardLen` bytes.
	pub(crate) fn do_mint_card(cid: Cid, who: T::AccountId, content: Vec<u8>) -> DispatchResult {
		let mut details = Self::owned(cid, &who)?;
		ensure!(details.card.is_none(), Error::<T>::CardExists);
		let content = Self::card_content(content)?;
		T::Cards::mint(&cid, &who, &content)?;
		details.card = Some(CCard { content: content.clone(), remints: CardRemints::default() });
		Cids::<T>::insert(cid, details);
		Self::deposit_event(Event::CardMinted { cid, owner: who, content });
		Ok(())
	}

	/// Remint the C-Card of `cid`.
	///
	/// - `who`: the owner; pays [`Self::remint_fee`] to `RemintFeeTo` keeping its account
	///   alive; becomes the card's last reminter.
	/// - `content`: 1 to `MaxCardLen` bytes.
	/// - `tax`: at most `MaxRemintTax`.
	pub(crate) fn do_remint_card(
		cid: Cid,
		who: T::AccountId,
		content: Vec<u8>,
		tax: Percent,
	) -> DispatchResult {
		let mut details = Self::owned(cid, &who)?;
		let card = details.card.as_mut().ok_or(Error::<T>::NoCard)?;
		ensure!(card.remints.count < T::MaxRemints::get(), Error::<T>::TooManyRemints);
		ensure!(tax <= T::MaxRemintTax::get(), Error::<T>::TaxTooHigh);
		let content = Self::card_content(content)?;
		let fee = Self::remint_fee(card.remints.count);
		T::Currency::transfer(&who, &T::RemintFeeTo::get(), fee, Preservation::Preserve)?;
		card.content = content.clone();
		card.remints =
			CardRemints { count: card.remints.count + 1, last_reminter: Some(who.clone()), tax };
		let remints = card.remints.clone();
		Cids::<T>::insert(cid, details);
		T::Cards::set_content(&cid, &content)?;
		Self::mirror_remints(cid, &remints)?;
		Self::deposit_event(Event::CardReminted {
			cid,
			reminter: who,
			content,
			remints: remints.count,
			tax,
			fee,
		});
		Ok(())
	}

	/// What the remint after `remints` earlier ones costs: `2^remints × RemintBase`.
	pub fn remint_fee(remints: u8) -> BalanceOf<T> {
		let mut fee = T::RemintBase::get();
		for _ in 0..remints {
			fee = fee.saturating_add(fee);
		}
		fee
	}

	/// Check the content of a card.
	fn card_content(content: Vec<u8>) -> Result<CardOf<T>, DispatchError> {
		ensure!(!content.is_empty(), Error::<T>::CardEmpty);
		content.try_into().map_err(|_| Error::<T>::CardTooLong.into())
	}

	/// Write the remint record into the item's attributes.
	fn mirror_remints(cid: Cid, remints: &CardRemints<T::AccountId>) -> DispatchResult {
		let [count, tax, reminter] = ATTRIBUTES;
		T::Cards::set_attribute(&cid, count, remints.count.to_string().as_bytes())?;
		T::Cards::set_attribute(&cid, tax, remints.tax.deconstruct().to_string().as_bytes())?;
		match &remints.last_reminter {
			Some(who) => T::Cards::set_attribute(&cid, reminter, &who.encode()),
			None => Ok(()),
		}
	}
}
