//! v2 benchmarks of every call, each in its worst case.

use super::*;
use crate::Pallet as CidPallet;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::{Inspect, Mutate};
use frame_system::RawOrigin;
use minix_primitives::cid::MIN_PUBLIC_CID;
use sp_runtime::Saturating;

/// A funded account.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = T::CidDeposit::get()
		.saturating_mul(1_000u32.into())
		.saturating_add(T::Currency::minimum_balance().saturating_mul(1_000u32.into()))
		.saturating_add(T::RemintBase::get().saturating_mul(4u32.into()));
	T::Currency::set_balance(&who, amount);
	who
}

/// Fill `who`'s CID list up to one below the maximum, with public CIDs from `first` on.
fn fill_account<T: Config>(who: &T::AccountId, first: Cid) {
	for i in 0..T::MaxCidsPerAccount::get().saturating_sub(1) {
		CidPallet::<T>::do_issue(first + i as Cid, who.clone(), None).unwrap();
	}
}

/// A public CID owned by `who`, with the longest name ([`loaded_name`]), a full card that another
/// account reminted (so a sale pays it the highest tax, and the card's item carries every
/// attribute), all bonds and all claims: the costliest CID to move or sell.
pub(crate) fn loaded_cid<T: Config>(who: &T::AccountId, cid: Cid) {
	let reminter = funded::<T>("reminter", 0);
	CidPallet::<T>::do_issue(cid, reminter.clone(), Some(reminter.clone())).unwrap();
	let card = vec![7u8; T::MaxCardLen::get() as usize];
	CidPallet::<T>::do_mint_card(cid, reminter.clone(), card.clone()).unwrap();
	CidPallet::<T>::do_remint_card(cid, reminter.clone(), card, T::MaxRemintTax::get()).unwrap();
	CidPallet::<T>::change_holder(cid, &reminter, who.clone()).unwrap();
	CidPallet::<T>::do_set_name(cid, who, loaded_name::<T>(cid)).unwrap();
	for i in 0..T::MaxBonds::get() {
		CidPallet::<T>::do_bond(cid, who, BondKind::Other, other_address::<T>(i)).unwrap();
	}
	for i in 0..T::MaxClaims::get() {
		let attested = Claim {
			issuer: who.clone(),
			value_hash: H256::repeat_byte(1),
			valid_until: 1_000u32.into(),
		};
		CidPallet::<T>::do_set_claim(cid, claim_key(i), attested).unwrap();
	}
}

/// The name [`loaded_cid`] gives `cid`: `a`, its digits, then `x` up to `MaxNameLen`.
fn loaded_name<T: Config>(cid: Cid) -> Vec<u8> {
	let mut name = vec![b'x'; T::MaxNameLen::get() as usize];
	let digits = alloc::format!("a{cid}");
	name[..digits.len()].copy_from_slice(digits.as_bytes());
	name
}

fn long_name<T: Config>(first: u8) -> Vec<u8> {
	let mut name = vec![b'x'; T::MaxNameLen::get() as usize];
	name[0] = first;
	name
}

fn other_address<T: Config>(i: u32) -> Vec<u8> {
	let mut address = vec![0u8; T::MaxBondLen::get() as usize];
	address[..4].copy_from_slice(&i.to_le_bytes());
	address
}

fn claim_key(i: u32) -> ClaimKey {
	let mut key = vec![b'k'; 32];
	key[..4].copy_from_slice(&i.to_le_bytes());
	key.try_into().unwrap()
}

/// What the benchmarks need from other pallets.
pub trait BenchmarkHelper<T: Config> {
	/// Give `who` `amount` of an MST that a fresh account may receive; returns its symbol.
	fn token(who: &T::AccountId, amount: BalanceOf<T>) -> Vec<u8>;
}

#[benchmarks]
mod benchmarks {
	use super::*;

	// A registrar sponsors a public CID (holds the deposit) for an account with a full list.
	#[benchmark]
	fn register() {
		let registrar = funded::<T>("registrar", 0);
		CidPallet::<T>::do_add_registrar(registrar.clone()).unwrap();
		let owner: T::AccountId = account("owner", 0, 0);
		fill_account::<T>(&owner, 2 * MIN_PUBLIC_CID);
		let cid = 3 * MIN_PUBLIC_CID;
		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), cid, T::Lookup::unlookup(owner.clone()));
		assert_eq!(Cids::<T>::get(cid).map(|d| d.owner), Some(owner));
	}

	// Claim the next free CID after skipping `s` taken numbers, into a full list.
	#[benchmark]
	fn claim(s: Linear<0, { T::MaxClaimScan::get() }>) {
		let taker: T::AccountId = account("taker", 0, 0);
		for i in 0..s {
			CidPallet::<T>::do_issue(MIN_PUBLIC_CID + i as Cid, taker.clone(), None).unwrap();
		}
		let caller = funded::<T>("caller", 0);
		fill_account::<T>(&caller, 2 * MIN_PUBLIC_CID);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), None);
		assert_eq!(Cids::<T>::get(MIN_PUBLIC_CID + s as Cid).map(|d| d.owner), Some(caller));
	}

	// Offer a CID that is already offered to someone else (the old offer is replaced).
	#[benchmark]
	fn offer_transfer() {
		let caller = funded::<T>("caller", 0);
		let cid = 3 * MIN_PUBLIC_CID;
		loaded_cid::<T>(&caller, cid);
		CidPallet::<T>::do_offer_transfer(cid, &caller, account("first", 0, 0)).unwrap();
		let dest: T::AccountId = account("dest", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), cid, T::Lookup::unlookup(dest.clone()));
		assert_eq!(TransferOffers::<T>::get(cid), Some(dest));
	}

	// Accept a fully loaded CID (all claims cleared) into an account with a full list.
	#[benchmark]
	fn accept_transfer() {
		let caller = funded::<T>("caller", 0);
		let cid = 3 * MIN_PUBLIC_CID;
		loaded_cid::<T>(&caller, cid);
		let dest: T::AccountId = account("dest", 0, 0);
		fill_account::<T>(&dest, 2 * MIN_PUBLIC_CID);
		CidPallet::<T>::do_offer_transfer(cid, &caller, dest.clone()).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(dest.clone()), cid);
		assert_eq!(Cids::<T>::get(cid).map(|d| d.owner), Some(dest));
	}

	// The recipient declines an offer.
	#[benchmark]
	fn cancel_transfer() {
		let caller = funded::<T>("caller", 0);
		let cid = 3 * MIN_PUBLIC_CID;
		loaded_cid::<T>(&caller, cid);
		let dest: T::AccountId = account("dest", 0, 0);
		CidPallet::<T>::do_offer_transfer(cid, &caller, dest.clone()).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(dest), cid);
		assert!(!TransferOffers::<T>::contains_key(cid));
	}

	// Pay an MST (heavier than MINI: the token's lookup, locks and asset accounts) to a CID
	// named by its longest name, whose owner has no account in the token yet.
	#[benchmark]
	fn pay() {
		let owner = funded::<T>("owner", 0);
		let cid = 3 * MIN_PUBLIC_CID;
		loaded_cid::<T>(&owner, cid);
		let payer = funded::<T>("payer", 0);
		let amount: BalanceOf<T> = 1_000_000u32.into();
		let token = T::BenchmarkHelper::token(&payer, amount.saturating_mul(2u32.into()));
		let target = PayTarget::Name(loaded_name::<T>(cid));
		#[extrinsic_call]
		_(RawOrigin::Signed(payer), target, token.clone(), amount);
		assert_eq!(T::Tokens::balance(&token, &owner), Some(amount));
	}

	// Replace an existing name with a new maximum-length one.
	#[benchmark]
	fn set_name() {
		let caller = funded::<T>("caller", 0);
		let cid = 3 * MIN_PUBLIC_CID;
		loaded_cid::<T>(&caller, cid);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), cid, long_name::<T>(b'B'));
		assert!(CidByName::<T>::contains_key(NameOf::<T>::try_from(long_name::<T>(b'b')).unwrap()));
	}

	#[benchmark]
	fn clear_name() {
		let caller = funded::<T>("caller", 0);
		let cid = 3 * MIN_PUBLIC_CID;
		loaded_cid::<T>(&caller, cid);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), cid);
		assert_eq!(CidByName::<T>::iter().count(), 0);
	}

	// Add the last bond a CID may have, of maximum length.
	#[benchmark]
	fn bond() {
		let caller = funded::<T>("caller", 0);
		let cid = 3 * MIN_PUBLIC_CID;
		CidPallet::<T>::do_issue(cid, caller.clone(), None).unwrap();
		for i in 1..T::MaxBonds::get() {
			CidPallet::<T>::do_bond(cid, &caller, BondKind::Other, other_address::<T>(i)).unwrap();
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), cid, BondKind::Other, other_address::<T>(0));
		assert_eq!(Bonds::<T>::get(cid).len() as u32, T::MaxBonds::get());
	}

	// Remove the last of a full set of bonds.
	#[benchmark]
	fn unbond() {
		let caller = funded::<T>("caller", 0);
		let cid = 3 * MIN_PUBLIC_CID;
		loaded_cid::<T>(&caller, cid);
		let last = other_address::<T>(T::MaxBonds::get() - 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), cid, BondKind::Other, last);
		assert_eq!(Bonds::<T>::get(cid).len() as u32, T::MaxBonds::get() - 1);
	}

	#[benchmark]
	fn mint_card() {
		let caller = funded::<T>("caller", 0);
		let cid = 3 * MIN_PUBLIC_CID;
		CidPallet::<T>::do_issue(cid, caller.clone(), Some(caller.clone())).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), cid, vec![9u8; T::MaxCardLen::get() as usize]);
		assert_eq!(T::Cards::owner(&cid), Some(caller));
	}

	/// The first remint: it creates the item's remint attributes.
	#[benchmark]
	fn remint_card() {
		let caller = funded::<T>("caller", 0);
		let cid = 3 * MIN_PUBLIC_CID;
		CidPallet::<T>::do_issue(cid, caller.clone(), Some(caller.clone())).unwrap();
		let card = vec![9u8; T::MaxCardLen::get() as usize];
		CidPallet::<T>::do_mint_card(cid, caller.clone(), card.clone()).unwrap();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), cid, card, T::MaxRemintTax::get());
		assert_eq!(Cids::<T>::get(cid).unwrap().card.unwrap().remints.count, 1);
	}

	#[benchmark]
	fn add_registrar() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		// Fill up to one below the maximum, counting registrars from genesis.
		for i in Registrars::<T>::count() + 1..T::MaxRegistrars::get() {
			CidPallet::<T>::do_add_registrar(account("registrar", i, 0)).unwrap();
		}
		let who: T::AccountId = account("registrar", 0, 0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(who.clone()));
		assert!(Registrars::<T>::contains_key(who));
		Ok(())
	}

	#[benchmark]
	fn remove_registrar() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let who: T::AccountId = account("registrar", 0, 0);
		CidPallet::<T>::do_add_registrar(who.clone()).unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, T::Lookup::unlookup(who.clone()));
		assert!(!Registrars::<T>::contains_key(who));
		Ok(())
	}

	// Release a fully loaded public CID from a full list.
	#[benchmark]
	fn release() {
		let caller = funded::<T>("caller", 0);
		fill_account::<T>(&caller, 2 * MIN_PUBLIC_CID);
		let cid = 3 * MIN_PUBLIC_CID;
		loaded_cid::<T>(&caller, cid);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), cid);
		assert!(!Cids::<T>::contains_key(cid));
	}

	// Add the last claim a CID may have.
	#[benchmark]
	fn set_claim() -> Result<(), BenchmarkError> {
		let origin =
			T::AttestOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let owner = funded::<T>("owner", 0);
		let cid = 3 * MIN_PUBLIC_CID;
		CidPallet::<T>::do_issue(cid, owner.clone(), None).unwrap();
		for i in 1..T::MaxClaims::get() {
			let attested = Claim {
				issuer: owner.clone(),
				value_hash: H256::zero(),
				valid_until: 1_000u32.into(),
			};
			CidPallet::<T>::do_set_claim(cid, claim_key(i), attested).unwrap();
		}
		let key: Vec<u8> = claim_key(0).into();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, cid, key, H256::repeat_byte(2), 1_000u32.into());
		assert_eq!(Cids::<T>::get(cid).unwrap().claims, T::MaxClaims::get());
		Ok(())
	}

	#[benchmark]
	fn remove_claim() -> Result<(), BenchmarkError> {
		let origin =
			T::AttestOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let owner = funded::<T>("owner", 0);
		let cid = 3 * MIN_PUBLIC_CID;
		loaded_cid::<T>(&owner, cid);
		let key: Vec<u8> = claim_key(0).into();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, cid, key);
		assert_eq!(Cids::<T>::get(cid).unwrap().claims, T::MaxClaims::get() - 1);
		Ok(())
	}

	#[benchmark]
	fn adjust_reputation() -> Result<(), BenchmarkError> {
		let origin =
			T::AttestOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let owner = funded::<T>("owner", 0);
		let cid = 3 * MIN_PUBLIC_CID;
		CidPallet::<T>::do_issue(cid, owner, None).unwrap();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, cid, 10);
		assert_eq!(Cids::<T>::get(cid).unwrap().reputation, 10);
		Ok(())
	}

	impl_benchmark_test_suite!(CidPallet, crate::mock::new_test_ext(), crate::mock::Test);
}
