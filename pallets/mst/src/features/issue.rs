//! Issue, secondary issue, transfer and burn.

use crate::{functions::MAX_DECIMALS, *};
use alloc::vec::Vec;
use frame_support::traits::{
	fungible::{Mutate as _, MutateHold as _},
	fungibles::{metadata::Mutate as _, Create as _, Inspect as _, Mutate as _},
	tokens::Preservation,
};
use sp_runtime::traits::CheckedAdd;

impl<T: Config> Pallet<T> {
	/// Create the pallet-assets asset for `symbol`, owned by this pallet, and record the token.
	/// Reserved tokens (XBTC) are *sufficient*: an account may hold them without MINI, so a
	/// Bitcoin deposit can credit any account; user tokens need MINI to exist.
	pub(crate) fn create_token(
		symbol: &Symbol,
		issuer: &T::AccountId,
		decimals: u8,
		secondary: SecondaryIssue,
		description: DescriptionOf<T>,
		deposit: BalanceOf<T>,
	) -> Result<AssetId, DispatchError> {
		ensure!(decimals <= MAX_DECIMALS, Error::<T>::TooManyDecimals);
		ensure!(secondary.is_valid(), Error::<T>::BadThreshold);
		ensure!(!Tokens::<T>::contains_key(symbol), Error::<T>::SymbolTaken);
		let asset_id = NextAssetId::<T>::get();
		let owner = Self::account_id();
		let min_balance = BalanceOf::<T>::from(1u32);
		let sufficient = T::ReservedSymbols::get().contains(&&symbol[..]);
		T::Assets::create(asset_id, owner.clone(), sufficient, min_balance)
			.map_err(|_| Error::<T>::AssetCreationFailed)?;
		T::Assets::set(asset_id, &owner, symbol.to_vec(), symbol.to_vec(), decimals)?;
		NextAssetId::<T>::put(asset_id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		SymbolOf::<T>::insert(asset_id, symbol);
		Tokens::<T>::insert(
			symbol,
			TokenDetails {
				asset_id,
				issuer: issuer.clone(),
				decimals,
				secondary,
				description,
				deposit,
				issued_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		Ok(asset_id)
	}

	/// Mint `amount` of `asset` to `to`, failing with `SupplyOverflow` past the balance type.
	pub(crate) fn mint(asset: AssetId, to: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		T::Assets::total_issuance(asset)
			.checked_add(&amount)
			.ok_or(Error::<T>::SupplyOverflow)?;
		if !amount.is_zero() {
			T::Assets::mint_into(asset, to, amount)?;
		}
		Ok(())
	}

	/// Issue a new token and credit its whole supply to the issuer.
	///
	/// - `who`: the issuer; needs the domain cert (given on the domain's first issue) or a naming
	///   cert for `symbol`, and pays the issue fee and the token deposit in MINI.
	/// - `symbol`: the new symbol, normalised to upper case and checked against the rules.
	/// - `decimals`: at most 18.
	/// - `supply`: base units minted to `who`.
	/// - `secondary`: who may issue more later (`Forbidden`, `Freely`, `Threshold(percent)`).
	/// - `description`: at most `MaxDescriptionLen` bytes.
	/// - `lock`: if given, the supply is locked under this model at once.
	pub(crate) fn do_issue(
		who: T::AccountId,
		symbol: Vec<u8>,
		decimals: u8,
		supply: BalanceOf<T>,
		secondary: SecondaryIssue,
		description: Vec<u8>,
		lock: Option<LockModelOf<T>>,
	) -> DispatchResult {
		let symbol = Self::parse_symbol(&symbol)?;
		Self::ensure_user_symbol(&symbol)?;
		ensure!(!Tokens::<T>::contains_key(&symbol), Error::<T>::SymbolTaken);
		let description: DescriptionOf<T> =
			description.try_into().map_err(|_| Error::<T>::DescriptionTooLong)?;

		// The right to issue: the domain cert, a naming cert for exactly this symbol, or a
		// domain nobody owns yet (the issuer then gets it).
		let domain = Self::domain_of(&symbol);
		let naming = Certs::<T>::get(CertKind::Naming, &symbol);
		match Certs::<T>::get(CertKind::Domain, &domain) {
			Some(owner) if owner == who => {},
			Some(_) => ensure!(naming.as_ref() == Some(&who), Error::<T>::NoIssueRight),
			None => Self::grant_cert(CertKind::Domain, domain, &who),
		}
		if naming.is_some() {
			// Issued symbols need no naming cert any more: it is used up whoever holds it.
			Certs::<T>::remove(CertKind::Naming, &symbol);
			Self::deposit_event(Event::CertUsed {
				kind: CertKind::Naming,
				key: symbol.clone(),
				by: who.clone(),
			});
		}

		let fee = T::IssueFee::get();
		if !fee.is_zero() {
			T::Currency::transfer(&who, &T::FeeDestination::get(), fee, Preservation::Preserve)
				.map_err(|_| Error::<T>::CannotPay)?;
		}
		let deposit = T::TokenDeposit::get();
		T::Currency::hold(&HoldReason::TokenDeposit.into(), &who, deposit)
			.map_err(|_| Error::<T>::CannotPay)?;

		let asset_id =
			Self::create_token(&symbol, &who, decimals, secondary, description, deposit)?;
		Self::mint(asset_id, &who, supply)?;
		Self::grant_cert(CertKind::Issue, symbol.clone(), &who);
		Self::deposit_event(Event::Issued {
			symbol: symbol.clone(),
			asset_id,
			issuer: who.clone(),
			supply,
		});
		if let Some(model) = lock {
			Self::add_lock(&symbol, asset_id, &who, supply, model)?;
		}
		Ok(())
	}

	/// Issue more of an existing token to the issue cert's holder.
	///
	/// - `who`: must hold the issue cert and, under `Threshold(p)`, at least p % of the supply.
	/// - `symbol`: the token.
	/// - `amount`: base units minted to `who`.
	/// - `lock`: if given, the new units are locked under this model.
	pub(crate) fn do_secondary_issue(
		who: T::AccountId,
		symbol: Vec<u8>,
		amount: BalanceOf<T>,
		lock: Option<LockModelOf<T>>,
	) -> DispatchResult {
		let (symbol, token) = Self::lookup_token(&symbol)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		Self::ensure_cert(CertKind::Issue, &symbol, &who)?;
		let supply = T::Assets::total_issuance(token.asset_id);
		match token.secondary {
			SecondaryIssue::Forbidden => Err(Error::<T>::SecondaryIssueForbidden)?,
			SecondaryIssue::Freely => {},
			SecondaryIssue::Threshold(percent) => {
				// MVS: the holder must own at least ceil(supply * percent / 100).
				let needed = Self::quote_of(supply, percent.into(), 2, sp_runtime::Rounding::Up)?;
				let held = T::Assets::balance(token.asset_id, &who);
				ensure!(held >= needed, Error::<T>::BelowThreshold);
			},
		}
		Self::mint(token.asset_id, &who, amount)?;
		Self::deposit_event(Event::SecondaryIssued {
			symbol: symbol.clone(),
			who: who.clone(),
			amount,
		});
		if let Some(model) = lock {
			Self::add_lock(&symbol, token.asset_id, &who, amount, model)?;
		}
		Ok(())
	}

	/// Move spendable units of a token.
	///
	/// - `who`: the sender (its account may be emptied).
	/// - `symbol`: the token.
	/// - `to`: the recipient; must be able to hold the asset (it needs MINI).
	/// - `amount`: base units, from the spendable balance (locked and escrowed units stay).
	pub(crate) fn do_transfer(
		who: T::AccountId,
		symbol: Vec<u8>,
		to: T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let (symbol, token) = Self::lookup_token(&symbol)?;
		Self::transfer_token(&symbol, token.asset_id, who, to, amount)
	}

	/// Transfer `amount` of the resolved token `symbol` (`asset`) from `who` to `to`.
	pub(crate) fn transfer_token(
		symbol: &Symbol,
		asset: AssetId,
		who: T::AccountId,
		to: T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(who != to, Error::<T>::SelfTransfer);
		Self::pay(Token::Mst(asset), &who, &to, amount)?;
		Self::deposit_event(Event::Transferred { symbol: symbol.clone(), from: who, to, amount });
		Ok(())
	}

	/// Destroy spendable units of a token, reducing its supply.
	///
	/// - `who`: the holder.
	/// - `symbol`: the token.
	/// - `amount`: base units, from the spendable balance.
	pub(crate) fn do_burn(
		who: T::AccountId,
		symbol: Vec<u8>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let (symbol, token) = Self::lookup_token(&symbol)?;
		Self::burn_spendable(token.asset_id, &who, amount)?;
		Self::deposit_event(Event::Burned { symbol, who, amount });
		Ok(())
	}

	/// Issue a token at genesis: no fee, no deposit, secondary issue `Freely`.
	pub(crate) fn issue_at_genesis(
		symbol: &[u8],
		owner: &T::AccountId,
		decimals: u8,
		supply: BalanceOf<T>,
	) -> DispatchResult {
		let symbol = Self::parse_symbol(symbol)?;
		let domain = Self::domain_of(&symbol);
		if let Some(holder) = Certs::<T>::get(CertKind::Domain, &domain) {
			ensure!(&holder == owner, Error::<T>::NoIssueRight);
		} else {
			Certs::<T>::insert(CertKind::Domain, &domain, owner);
		}
		let asset_id = Self::create_token(
			&symbol,
			owner,
			decimals,
			SecondaryIssue::Freely,
			Default::default(),
			Zero::zero(),
		)?;
		Self::mint(asset_id, owner, supply)?;
		Certs::<T>::insert(CertKind::Issue, &symbol, owner);
		Ok(())
	}
}
