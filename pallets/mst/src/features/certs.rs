//! Domain, naming and issue certs.

use crate::*;
use alloc::vec::Vec;

impl<T: Config> Pallet<T> {
	/// Grant the naming cert for one exact symbol in the caller's domain.
	///
	/// - `who`: the caller; must hold the domain cert of `symbol`'s domain.
	/// - `symbol`: the symbol `to` may then issue once (not issued yet, no naming cert out).
	/// - `to`: the account that receives the cert (a CID's owner when given as a CID).
	pub(crate) fn do_issue_naming_cert(
		who: T::AccountId,
		symbol: Vec<u8>,
		to: T::AccountId,
	) -> DispatchResult {
		let symbol = Self::parse_symbol(&symbol)?;
		Self::ensure_user_symbol(&symbol)?;
		Self::ensure_cert(CertKind::Domain, &symbol, &who)?;
		ensure!(!Tokens::<T>::contains_key(&symbol), Error::<T>::SymbolTaken);
		ensure!(!Certs::<T>::contains_key(CertKind::Naming, &symbol), Error::<T>::NamingCertExists);
		Self::grant_cert(CertKind::Naming, symbol, &to);
		Ok(())
	}

	/// Move a cert to another account.
	///
	/// - `who`: the caller; must hold the cert.
	/// - `symbol`: the symbol the cert is for (for a domain cert, any symbol in the domain).
	/// - `kind`: `Domain`, `Naming` or `Issue`.
	/// - `to`: the new holder.
	pub(crate) fn do_transfer_cert(
		who: T::AccountId,
		symbol: Vec<u8>,
		kind: CertKind,
		to: T::AccountId,
	) -> DispatchResult {
		let symbol = Self::parse_symbol(&symbol)?;
		let key = Self::cert_key(kind, &symbol);
		let holder = Certs::<T>::get(kind, &key).ok_or(Error::<T>::UnknownCert)?;
		ensure!(holder == who, Error::<T>::NotCertHolder);
		ensure!(who != to, Error::<T>::SelfTransfer);
		Certs::<T>::insert(kind, &key, &to);
		Self::deposit_event(Event::CertTransferred { kind, key, from: who, to });
		Ok(())
	}
}
