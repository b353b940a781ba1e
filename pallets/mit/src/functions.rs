//! The logic behind the calls, shared with the market's escrow and the runtime API.

use super::*;
use alloc::{collections::BTreeSet, vec::Vec};
use frame_support::traits::{fungible::MutateHold, tokens::Precision};
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Check a symbol: its display form and its lower-cased key.
	pub fn check_symbol(symbol: &[u8]) -> Result<(SymbolOf, SymbolKey), DispatchError> {
		let display: SymbolOf =
			symbol.to_vec().try_into().map_err(|_| Error::<T>::BadSymbolLength)?;
		ensure!(!display.is_empty(), Error::<T>::BadSymbolLength);
		ensure!(
			display.iter().all(|c| c.is_ascii_alphanumeric() || b".@_-".contains(c)),
			Error::<T>::BadSymbolChar
		);
		Ok((display.clone(), Self::symbol_key(&display).ok_or(Error::<T>::BadSymbolLength)?))
	}

	/// The lower-cased key uniqueness is decided on, if `symbol` fits the length bound.
	fn symbol_key(symbol: &[u8]) -> Option<SymbolKey> {
		symbol.iter().map(u8::to_ascii_lowercase).collect::<Vec<_>>().try_into().ok()
	}

	/// The id and record of the MIT `symbol` (any case).
	pub(crate) fn lookup(symbol: &[u8]) -> Result<(MitId, MitOf<T>), DispatchError> {
		let key = Self::symbol_key(symbol).ok_or(Error::<T>::UnknownMit)?;
		let id = MitBySymbol::<T>::get(key).ok_or(Error::<T>::UnknownMit)?;
		let mit = Mits::<T>::get(id).ok_or(Error::<T>::UnknownMit)?;
		Ok((id, mit))
	}

	/// The MIT `symbol` for a change by its owner `who`: not escrowed.
	fn owned(symbol: &[u8], who: &T::AccountId) -> Result<(MitId, MitOf<T>), DispatchError> {
		let (id, mit) = Self::lookup(symbol)?;
		ensure!(&mit.owner == who, Error::<T>::NotOwner);
		ensure!(!InEscrow::<T>::contains_key(id), Error::<T>::InEscrow);
		Ok((id, mit))
	}

	/// The deposit of an MIT with this symbol and content.
	pub fn deposit_for(symbol_len: usize, content_len: usize) -> BalanceOf<T> {
		let bytes = (symbol_len.saturating_add(content_len)) as u32;
		T::DepositPerByte::get()
			.saturating_mul(bytes.into())
			.saturating_add(T::DepositBase::get())
	}

	/// Register `mits` for `who`.
	///
	/// - `who`: the registrant and owner; pays every deposit.
	/// - `mits`: 1 to `MaxPerCall` `(symbol, content)` pairs, symbols free and distinct
	///   regardless of case; all or none are registered.
	pub(crate) fn do_register(who: T::AccountId, mits: Vec<(Vec<u8>, Vec<u8>)>) -> DispatchResult {
		ensure!(!mits.is_empty(), Error::<T>::EmptyBatch);
		ensure!(mits.len() <= T::MaxPerCall::get() as usize, Error::<T>::TooManyInBatch);
		// Every MIT is checked before anything is held or minted.
		let mut seen = BTreeSet::new();
		let mut checked = Vec::with_capacity(mits.len());
		for (symbol, content) in mits {
			let (display, key) = Self::check_symbol(&symbol)?;
			ensure!(seen.insert(key.clone()), Error::<T>::SymbolTaken);
			ensure!(!MitBySymbol::<T>::contains_key(&key), Error::<T>::SymbolTaken);
			let content: ContentOf<T> =
				content.try_into().map_err(|_| Error::<T>::ContentTooLong)?;
			checked.push((display, key, content));
		}
		for (display, key, content) in checked {
			let deposit = Self::deposit_for(display.len(), content.len());
			T::Currency::hold(&HoldReason::MitDeposit.into(), &who, deposit)
				.map_err(|_| Error::<T>::CannotPayDeposit)?;
			let id = NextMitId::<T>::get();
			NextMitId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
			T::Items::mint(&id, &who, &content)?;
			let now = frame_system::Pallet::<T>::block_number();
			let history: HistoryOf<T> = BoundedVec::truncate_from(alloc::vec![(who.clone(), now)]);
			Mits::<T>::insert(
				id,
				Mit {
					symbol: display.clone(),
					owner: who.clone(),
					content,
					creator: who.clone(),
					created: now,
					deposit,
					history,
				},
			);
			MitBySymbol::<T>::insert(key, id);
			MitsOf::<T>::insert(&who, id, ());
			Self::deposit_event(Event::Registered {
				id,
				symbol: display,
				owner: who.clone(),
				deposit,
			});
		}
		Ok(())
	}

	/// Transfer the MIT `symbol` from its owner `who` to `to`.
	///
	/// - `to`: an account, or a CID (by number or avatar name) whose owner receives it.
	pub(crate) fn do_transfer(
		who: T::AccountId,
		symbol: &[u8],
		to: Recipient<T::AccountId>,
	) -> DispatchResult {
		let (id, _) = Self::owned(symbol, &who)?;
		let (to, cid) = match to {
			Recipient::Account(to) => (to, None),
			Recipient::Cid(cid) => {
				(T::Cids::owner_of(cid).ok_or(Error::<T>::UnknownRecipient)?, Some(cid))
			},
			Recipient::Name(name) => {
				let cid = T::Cids::cid_by_name(&name).ok_or(Error::<T>::UnknownRecipient)?;
				(T::Cids::owner_of(cid).ok_or(Error::<T>::UnknownRecipient)?, Some(cid))
			},
		};
		Self::change_holder(id, &who, to, cid)
	}

	/// Move MIT `id` from `from` to `to` (not `from`): the one path of every change of holder,
	/// an owner's transfer or a market sale. The oldest holder leaves the history when it is
	/// full.
	pub(crate) fn change_holder(
		id: MitId,
		from: &T::AccountId,
		to: T::AccountId,
		cid: Option<Cid>,
	) -> DispatchResult {
		let mut mit = Mits::<T>::get(id).ok_or(Error::<T>::UnknownMit)?;
		ensure!(&mit.owner == from, Error::<T>::NotOwner);
		ensure!(&to != from, Error::<T>::SameOwner);
		T::Items::transfer(&id, &to)?;
		MitsOf::<T>::remove(from, id);
		MitsOf::<T>::insert(&to, id, ());
		let now = frame_system::Pallet::<T>::block_number();
		if mit.history.is_full() {
			mit.history.remove(0);
		}
		let _ = mit.history.try_push((to.clone(), now));
		mit.owner = to.clone();
		Mits::<T>::insert(id, mit);
		Self::deposit_event(Event::Transferred { id, from: from.clone(), to, cid });
		Ok(())
	}

	/// Burn the MIT `symbol` of `who`, returning the deposit to its creator.
	pub(crate) fn do_burn(who: T::AccountId, symbol: &[u8]) -> DispatchResult {
		let (id, mit) = Self::owned(symbol, &who)?;
		T::Items::burn(&id, &[])?;
		MitBySymbol::<T>::remove(Self::symbol_key(&mit.symbol).ok_or(Error::<T>::UnknownMit)?);
		MitsOf::<T>::remove(&who, id);
		Mits::<T>::remove(id);
		T::Currency::release(
			&HoldReason::MitDeposit.into(),
			&mit.creator,
			mit.deposit,
			Precision::BestEffort,
		)?;
		Self::deposit_event(Event::Burned {
			id,
			owner: who,
			depositor: mit.creator,
			deposit: mit.deposit,
		});
		Ok(())
	}

	/// The MIT `symbol` (any case), for the runtime API.
	pub fn mit(symbol: &[u8]) -> Option<MitInfoOf<T>> {
		let (id, mit) = Self::lookup(symbol).ok()?;
		Some(Self::info(id, mit))
	}

	/// Up to `limit` MITs of `who` in ascending id order, skipping the first `start`.
	pub fn mits_of(who: &T::AccountId, start: u32, limit: u32) -> Vec<MitInfoOf<T>> {
		let mut ids: Vec<MitId> = MitsOf::<T>::iter_key_prefix(who).collect();
		ids.sort_unstable();
		ids.into_iter()
			.skip(start as usize)
			.take(limit as usize)
			.filter_map(|id| Mits::<T>::get(id).map(|mit| Self::info(id, mit)))
			.collect()
	}

	fn info(id: MitId, mit: MitOf<T>) -> MitInfoOf<T> {
		MitInfo {
			id,
			symbol: mit.symbol.into_inner(),
			owner: mit.owner,
			content: mit.content.into_inner(),
			creator: mit.creator,
			created: mit.created,
			deposit: mit.deposit,
			history: mit.history.into_inner(),
			in_escrow: InEscrow::<T>::contains_key(id),
		}
	}

	/// The indexes agree with the records: each MIT's symbol points back to it, its owner's
	/// index lists it, its item is held by its owner, and the history ends with the owner.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut count = 0usize;
		for (id, mit) in Mits::<T>::iter() {
			count += 1;
			ensure!(id < NextMitId::<T>::get(), "an MIT id at or above NextMitId");
			let key = Self::check_symbol(&mit.symbol).map_err(|_| "a stored symbol is invalid")?.1;
			ensure!(MitBySymbol::<T>::get(key) == Some(id), "symbol index disagrees");
			ensure!(MitsOf::<T>::contains_key(&mit.owner, id), "owner index misses an MIT");
			ensure!(T::Items::owner(&id) == Some(mit.owner.clone()), "MIT item elsewhere");
			ensure!(
				mit.history.last().map(|(who, _)| who) == Some(&mit.owner),
				"history does not end with the owner"
			);
		}
		ensure!(MitBySymbol::<T>::iter().count() == count, "stale symbol index");
		ensure!(MitsOf::<T>::iter().count() == count, "stale owner index");
		for (id, ()) in InEscrow::<T>::iter() {
			ensure!(Mits::<T>::contains_key(id), "escrow of an MIT that does not exist");
		}
		Ok(())
	}
}
