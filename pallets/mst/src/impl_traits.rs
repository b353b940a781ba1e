//! What this pallet offers other parts of the runtime: the freezer hook pallet-assets calls
//! (wired by a small adapter in the runtime, so this crate does not depend on pallet-assets),
//! [`ReservedTokens`] for the bridge, `MstTokens` for the contracts chain extension, and the
//! queries behind the runtime API.

use super::*;
use alloc::vec::Vec;
use frame_support::traits::{
	fungibles::Inspect as _,
	tokens::{Fortitude, Preservation},
};
use minix_primitives::ReservedTokens;

impl<T: Config> Pallet<T> {
	/// The freezer hook: what pallet-assets must keep in `who`'s `asset` account, if anything.
	pub fn frozen_balance(asset: AssetId, who: &T::AccountId) -> Option<BalanceOf<T>> {
		let frozen = Self::frozen_of(asset, who);
		(!frozen.is_zero()).then_some(frozen)
	}

	/// The freezer hook: `who`'s `asset` account was removed; its locks go with it.
	pub fn account_died(asset: AssetId, who: &T::AccountId) {
		Locks::<T>::remove(asset, who);
	}

	/// The freezer hook: whether any account of `asset` has a lock or escrow.
	pub fn contains_freezes(asset: AssetId) -> bool {
		Locks::<T>::iter_prefix(asset).next().is_some()
			|| Escrowed::<T>::iter_prefix(asset).next().is_some()
	}

	/// Everything about the token `symbol` (any case), for the runtime API.
	pub fn token(
		symbol: Vec<u8>,
	) -> Option<TokenInfo<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let (symbol, token) = Self::lookup_token(&symbol).ok()?;
		Some(TokenInfo {
			issue_cert: Certs::<T>::get(CertKind::Issue, &symbol),
			symbol: symbol.into_inner(),
			asset_id: token.asset_id,
			issuer: token.issuer,
			decimals: token.decimals,
			supply: T::Assets::total_issuance(token.asset_id),
			secondary: token.secondary,
			description: token.description.into_inner(),
			issued_at: token.issued_at,
		})
	}

	/// The holder of the `kind` cert over `symbol` (for a domain cert, over its domain).
	pub fn cert_holder(kind: CertKind, symbol: Vec<u8>) -> Option<T::AccountId> {
		let symbol = Self::parse_symbol(&symbol).ok()?;
		Certs::<T>::get(kind, Self::cert_key(kind, &symbol))
	}

	/// `who`'s holding of `symbol`: its balance and the parts of it locked and escrowed.
	pub fn account(symbol: Vec<u8>, who: T::AccountId) -> Option<MstAccount<BalanceOf<T>>> {
		let (_, token) = Self::lookup_token(&symbol).ok()?;
		let asset = token.asset_id;
		Some(MstAccount {
			balance: T::Assets::balance(asset, &who),
			locked: Self::locked_of(asset, &who),
			escrowed: Escrowed::<T>::get(asset, &who),
		})
	}

	/// The depth of the `base`/`quote` book, if both tokens exist and `base` is an MST.
	pub fn book_depth(
		base: Vec<u8>,
		quote: Vec<u8>,
		levels: u32,
	) -> Option<BookDepth<BalanceOf<T>>> {
		let Token::Mst(base) = Self::parse_token(&base).ok()? else { return None };
		let quote = Self::parse_token(&quote).ok()?;
		Some(Self::pair_depth(Pair { base, quote }, levels))
	}

	/// `symbol` parsed, if it is on the reserved list (else `SymbolReserved`).
	fn parse_reserved(symbol: &[u8]) -> Result<Symbol, DispatchError> {
		let symbol = Self::parse_symbol(symbol)?;
		ensure!(T::ReservedSymbols::get().contains(&&symbol[..]), Error::<T>::SymbolReserved);
		Ok(symbol)
	}

	fn reserved_asset(symbol: &[u8]) -> Result<AssetId, DispatchError> {
		let symbol = Self::parse_reserved(symbol)?;
		Ok(Tokens::<T>::get(&symbol).ok_or(Error::<T>::UnknownToken)?.asset_id)
	}
}

impl<T: Config> ReservedTokens<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn ensure_reserved(symbol: &[u8], decimals: u8) -> DispatchResult {
		let parsed = Self::parse_reserved(symbol)?;
		if Tokens::<T>::contains_key(&parsed) {
			return Ok(());
		}
		// Owned by the pallet account: nobody holds its certs, so only this trait mints it.
		Self::create_token(
			&parsed,
			&Self::account_id(),
			decimals,
			SecondaryIssue::Forbidden,
			Default::default(),
			Zero::zero(),
		)?;
		Ok(())
	}

	fn mint_reserved(symbol: &[u8], to: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let asset = Self::reserved_asset(symbol)?;
		Self::mint(asset, to, amount)
	}

	fn burn_reserved(symbol: &[u8], from: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		Self::burn_spendable(Self::reserved_asset(symbol)?, from, amount)
	}

	fn balance(symbol: &[u8], who: &T::AccountId) -> BalanceOf<T> {
		<Self as minix_primitives::MstTokens<_, _>>::balance(symbol, who).unwrap_or_default()
	}

	fn total_issuance(symbol: &[u8]) -> BalanceOf<T> {
		Self::reserved_asset(symbol).map(T::Assets::total_issuance).unwrap_or_default()
	}
}

impl<T: Config> minix_primitives::TokenEscrow<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn asset_of(symbol: &[u8]) -> Option<AssetId> {
		Self::lookup_token(symbol).ok().map(|(_, t)| t.asset_id)
	}

	fn issue_cert_holder(symbol: &[u8]) -> Option<T::AccountId> {
		Self::cert_holder(CertKind::Issue, symbol.to_vec())
	}

	fn escrow(asset: AssetId, who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		Self::escrow_in_place(Token::Mst(asset), who, amount)
	}

	fn release(asset: AssetId, who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		Self::release_escrow(Token::Mst(asset), who, amount)
	}
}

impl<T: Config> minix_primitives::MstTokens<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn summary(
		symbol: &[u8],
	) -> Option<minix_primitives::TokenSummary<T::AccountId, BalanceOf<T>>> {
		let (_, token) = Self::lookup_token(symbol).ok()?;
		Some(minix_primitives::TokenSummary {
			asset_id: token.asset_id,
			decimals: token.decimals,
			supply: T::Assets::total_issuance(token.asset_id),
			issuer: token.issuer,
		})
	}

	fn balance(symbol: &[u8], who: &T::AccountId) -> Option<BalanceOf<T>> {
		let (_, token) = Self::lookup_token(symbol).ok()?;
		Some(T::Assets::balance(token.asset_id, who))
	}

	fn spendable(symbol: &[u8], who: &T::AccountId) -> Option<BalanceOf<T>> {
		let (_, token) = Self::lookup_token(symbol).ok()?;
		Some(T::Assets::reducible_balance(
			token.asset_id,
			who,
			Preservation::Expendable,
			Fortitude::Polite,
		))
	}

	fn transfer(
		symbol: &[u8],
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::do_transfer(from.clone(), symbol.to_vec(), to.clone(), amount)
	}
}
