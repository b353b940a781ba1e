//! Helpers shared by the features: symbols, tokens, certs, balances, escrow and price math.

use super::*;
use alloc::vec::Vec;
use frame_support::storage::StorageMap;
use frame_support::traits::{
	fungible::{Mutate as _, MutateHold},
	fungibles::{Inspect as _, Mutate as _},
	tokens::{Fortitude, Precision, Preservation, Restriction},
};
use minix_primitives::mst::{MAX_SYMBOL_LEN, NATIVE_SYMBOL};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{AccountIdConversion, CheckedSub, Saturating},
	Rounding,
};

/// The most decimal places a token may have.
pub const MAX_DECIMALS: u8 = 18;

impl<T: Config> Pallet<T> {
	/// The account that owns every asset this pallet creates in pallet-assets.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Upper-case `raw` and check its shape: 1–64 bytes of `[A-Z0-9.]` without an empty part.
	pub fn parse_symbol(raw: &[u8]) -> Result<Symbol, DispatchError> {
		ensure!(!raw.is_empty(), Error::<T>::SymbolEmpty);
		ensure!(raw.len() <= MAX_SYMBOL_LEN as usize, Error::<T>::SymbolTooLong);
		let upper: Vec<u8> = raw.iter().map(u8::to_ascii_uppercase).collect();
		ensure!(
			upper.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'.'),
			Error::<T>::SymbolBadCharacter
		);
		ensure!(
			upper.first() != Some(&b'.')
				&& upper.last() != Some(&b'.')
				&& !upper.windows(2).any(|w| w == b".."),
			Error::<T>::SymbolBadDot
		);
		Symbol::try_from(upper).map_err(|_| Error::<T>::SymbolTooLong.into())
	}

	/// The domain of `symbol`: everything before the first `.` (`SONY` for `SONY.GAME`).
	pub fn domain_of(symbol: &Symbol) -> Symbol {
		let end = symbol.iter().position(|c| *c == b'.').unwrap_or(symbol.len());
		// A prefix of a bounded vector always fits the same bound.
		Symbol::truncate_from(symbol[..end].to_vec())
	}

	/// Whether users may take `symbol`: neither it nor its domain is reserved and it has no
	/// banned substring.
	pub(crate) fn ensure_user_symbol(symbol: &Symbol) -> DispatchResult {
		let domain = Self::domain_of(symbol);
		let reserved = T::ReservedSymbols::get();
		ensure!(
			!reserved.iter().any(|r| *r == &symbol[..] || *r == &domain[..])
				&& &symbol[..] != NATIVE_SYMBOL,
			Error::<T>::SymbolReserved
		);
		ensure!(
			!T::BannedSubstrings::get()
				.iter()
				.any(|b| !b.is_empty() && symbol.windows(b.len()).any(|w| w == *b)),
			Error::<T>::SymbolBanned
		);
		Ok(())
	}

	/// The symbol and record of an issued token.
	pub(crate) fn lookup_token(raw: &[u8]) -> Result<(Symbol, TokenOf<T>), DispatchError> {
		let symbol = Self::parse_symbol(raw)?;
		let token = Tokens::<T>::get(&symbol).ok_or(Error::<T>::UnknownToken)?;
		Ok((symbol, token))
	}

	/// `MINI` or an issued MST.
	pub(crate) fn parse_token(raw: &[u8]) -> Result<Token, DispatchError> {
		if raw.eq_ignore_ascii_case(NATIVE_SYMBOL) {
			return Ok(Token::Mini);
		}
		Ok(Token::Mst(Self::lookup_token(raw)?.1.asset_id))
	}

	/// The decimals of an MST by asset id.
	pub(crate) fn decimals_of(asset: AssetId) -> Result<u8, DispatchError> {
		let symbol = SymbolOf::<T>::get(asset).ok_or(Error::<T>::UnknownToken)?;
		Ok(Tokens::<T>::get(symbol).ok_or(Error::<T>::UnknownToken)?.decimals)
	}

	/// The account a cert target names now.
	pub(crate) fn resolve_target(
		target: CertTarget<AccountIdLookupOf<T>>,
	) -> Result<T::AccountId, DispatchError> {
		match target {
			CertTarget::Account(source) => T::Lookup::lookup(source).map_err(Into::into),
			CertTarget::Cid(cid) => T::Cids::owner_of(cid).ok_or(Error::<T>::UnknownCid.into()),
		}
	}

	/// The storage key of a cert over `symbol`: its domain for a domain cert.
	pub(crate) fn cert_key(kind: CertKind, symbol: &Symbol) -> Symbol {
		match kind {
			CertKind::Domain => Self::domain_of(symbol),
			CertKind::Naming | CertKind::Issue => symbol.clone(),
		}
	}

	/// Fail with `NotCertHolder` unless `who` holds the `kind` cert for `symbol`.
	pub(crate) fn ensure_cert(
		kind: CertKind,
		symbol: &Symbol,
		who: &T::AccountId,
	) -> DispatchResult {
		let holder = Certs::<T>::get(kind, Self::cert_key(kind, symbol));
		ensure!(holder.as_ref() == Some(who), Error::<T>::NotCertHolder);
		Ok(())
	}

	/// Give `to` a new cert and say so.
	pub(crate) fn grant_cert(kind: CertKind, key: Symbol, to: &T::AccountId) {
		Certs::<T>::insert(kind, &key, to);
		Self::deposit_event(Event::CertIssued { kind, key, to: to.clone() });
	}

	/// What of `who`'s `asset` balance is frozen: its locks now plus its escrow.
	pub fn frozen_of(asset: AssetId, who: &T::AccountId) -> BalanceOf<T> {
		Escrowed::<T>::get(asset, who).saturating_add(Self::locked_of(asset, who))
	}

	/// Fail unless `who` can spend `amount` of `asset` now, telling a missing balance
	/// (`InsufficientBalance`) from a locked or escrowed one (`BalanceLocked`).
	pub(crate) fn ensure_spendable(
		asset: AssetId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(T::Assets::balance(asset, who) >= amount, Error::<T>::InsufficientBalance);
		let spendable =
			T::Assets::reducible_balance(asset, who, Preservation::Expendable, Fortitude::Polite);
		ensure!(spendable >= amount, Error::<T>::BalanceLocked);
		Ok(())
	}

	/// Burn `amount` of `who`'s spendable `asset`.
	pub(crate) fn burn_spendable(
		asset: AssetId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::ensure_spendable(asset, who, amount)?;
		T::Assets::burn_from(
			asset,
			who,
			amount,
			Preservation::Expendable,
			Precision::Exact,
			Fortitude::Polite,
		)
		.map(|_| ())
	}

	/// Count one more open item (swap, offering) of `who` in `S`, at most `max`.
	pub(crate) fn open_item<S>(who: &T::AccountId, max: u32, full: Error<T>) -> DispatchResult
	where
		S: StorageMap<T::AccountId, u32, Query = u32>,
	{
		S::try_mutate(who, |open| -> DispatchResult {
			ensure!(*open < max, full);
			*open += 1;
			Ok(())
		})
	}

	/// Count one open item (swap, offering) of `who` in `S` less, removing a zero count.
	pub(crate) fn close_item<S>(who: &T::AccountId)
	where
		S: StorageMap<T::AccountId, u32, Query = u32>,
	{
		S::mutate_exists(who, |open| *open = open.map(|n| n.saturating_sub(1)).filter(|n| *n > 0));
	}

	/// Move `amount` of `token` from `from`'s free balance to `to`.
	pub(crate) fn pay(
		token: Token,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		match token {
			Token::Mini => T::Currency::transfer(from, to, amount, Preservation::Preserve)
				.map(|_| ())
				.map_err(|_| Error::<T>::CannotPay.into()),
			Token::Mst(asset) => {
				Self::ensure_spendable(asset, from, amount)?;
				T::Assets::transfer(asset, from, to, amount, Preservation::Expendable).map(|_| ())
			},
		}
	}

	/// Escrow `amount` of `token` from `who`: hold MINI, freeze MST in place.
	pub(crate) fn escrow_in_place(
		token: Token,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		match token {
			Token::Mini => T::Currency::hold(&HoldReason::Escrow.into(), who, amount)
				.map_err(|_| Error::<T>::CannotPay.into()),
			Token::Mst(asset) => {
				Self::ensure_spendable(asset, who, amount)?;
				Escrowed::<T>::mutate(asset, who, |e| *e = e.saturating_add(amount));
				Ok(())
			},
		}
	}

	/// Give `amount` of `who`'s escrowed `token` back to it.
	pub(crate) fn release_escrow(
		token: Token,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		match token {
			Token::Mini => {
				T::Currency::release(&HoldReason::Escrow.into(), who, amount, Precision::Exact)
					.map(|_| ())
			},
			Token::Mst(asset) => Escrowed::<T>::try_mutate(asset, who, |e| {
				*e = e.checked_sub(&amount).ok_or(Error::<T>::InsufficientBalance)?;
				Ok(())
			}),
		}
	}

	/// Pay `amount` of `from`'s escrowed `token` to `to`.
	pub(crate) fn pay_from_escrow(
		token: Token,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		match token {
			Token::Mini => T::Currency::transfer_on_hold(
				&HoldReason::Escrow.into(),
				from,
				to,
				amount,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)
			.map(|_| ()),
			Token::Mst(asset) => {
				Self::release_escrow(token, from, amount)?;
				T::Assets::transfer(asset, from, to, amount, Preservation::Expendable).map(|_| ())
			},
		}
	}

	/// `amount` base units at `price` quote units per whole base token (`10^decimals` units).
	pub(crate) fn quote_of(
		amount: BalanceOf<T>,
		price: BalanceOf<T>,
		decimals: u8,
		rounding: Rounding,
	) -> Result<BalanceOf<T>, DispatchError> {
		let overflow = || DispatchError::from(Error::<T>::Overflow);
		let amount: u128 = amount.try_into().map_err(|_| overflow())?;
		let price: u128 = price.try_into().map_err(|_| overflow())?;
		let unit = 10u128.checked_pow(decimals.into()).ok_or_else(overflow)?;
		let quote = multiply_by_rational_with_rounding(amount, price, unit, rounding)
			.ok_or_else(overflow)?;
		BalanceOf::<T>::try_from(quote).map_err(|_| overflow())
	}

	/// Check the pallet's invariants: every token has its asset and reverse entry, every order
	/// is indexed, and escrow and locks never exceed balances.
	#[cfg(any(test, feature = "try-runtime"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		for (symbol, token) in Tokens::<T>::iter() {
			ensure!(
				SymbolOf::<T>::get(token.asset_id).as_ref() == Some(&symbol),
				"token without its reverse entry"
			);
			ensure!(T::Assets::asset_exists(token.asset_id), "token without its asset");
		}
		for ((pair, side), book) in Books::<T>::iter().map(|(p, s, b)| ((p, s), b)) {
			for order in book.iter() {
				ensure!(OrderBook::<T>::get(order.id) == Some((pair, side)), "order not indexed");
				ensure!(OrdersOf::<T>::get(&order.owner).contains(&order.id), "order not owned");
				ensure!(!order.remaining.is_zero(), "empty order rests");
			}
		}
		for (asset, who, escrowed) in Escrowed::<T>::iter() {
			ensure!(T::Assets::balance(asset, &who) >= escrowed, "escrow exceeds the balance");
		}
		Ok(())
	}
}
