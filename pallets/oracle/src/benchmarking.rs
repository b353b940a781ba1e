//! v2 benchmarks of every call, each in its worst case: a full feeder list (binary search and
//! insert into `MaxOracles` entries), renewals that find an attestation, disputes that revoke.

use super::*;
use crate::Pallet as Oracle;
use frame_benchmarking::v2::*;
use frame_support::assert_ok;
use frame_support::traits::fungible::Mutate as _;
use frame_system::RawOrigin;
use minix_primitives::CidAttest as _;
use sp_runtime::traits::Saturating;

/// The first CID the benchmarks issue.
const FIRST_CID: Cid = 1_000_000;

/// An account with plenty of MINI that owns CID `FIRST_CID + index`.
fn avatar<T: Config>(name: &'static str, index: u32) -> (T::AccountId, Cid) {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(
		&who,
		T::OracleBond::get().saturating_add(T::DisputeBond::get()) * 10u32.into(),
	);
	// One range of CIDs per role, so that no two avatars share one.
	let role = ["caller", "oracle", "subject", "disputer"].iter().position(|r| *r == name);
	let cid = FIRST_CID + 100_000 * role.unwrap_or(4) as Cid + Cid::from(index);
	T::Attest::issue_for_benchmarks(cid, &who);
	(who, cid)
}

fn all_kinds() -> OracleKinds {
	OracleKinds { data_feed: true, authentication: true, custody: true, supervision: true }
}

/// Register `count` data-feed oracles besides the caller.
fn fill_registry<T: Config>(count: u32) {
	for i in 0..count {
		let (who, cid) = avatar::<T>("oracle", i);
		assert_ok!(Oracle::<T>::do_register(who, cid, all_kinds()));
	}
}

/// The caller, registered with every kind, next to `MaxOracles - 1` other feeders.
fn registered_caller<T: Config>() -> T::AccountId {
	fill_registry::<T>(T::MaxOracles::get() - 1);
	let (caller, cid) = avatar::<T>("caller", 0);
	assert_ok!(Oracle::<T>::do_register(caller.clone(), cid, all_kinds()));
	caller
}

/// `who` has fed `FORGET_LIMIT` keys (what leaving drops).
fn fed_everything<T: Config>(who: &T::AccountId) {
	for i in 0..FORGET_LIMIT {
		let key = OracleKey::truncate_from((0..32).map(|b| (i + b) as u8).collect());
		T::Feeds::set_raw(who, &key, 1);
	}
}

fn claim_key() -> ClaimKey {
	ClaimKey::truncate_from(alloc::vec![b'k'; 32])
}

/// `oracle` attests `claim_key()` about a fresh CID; returns the CID.
fn attested<T: Config>(oracle: &T::AccountId) -> Cid {
	let (_, subject) = avatar::<T>("subject", 0);
	let valid_until =
		frame_system::Pallet::<T>::block_number().saturating_add(T::MaxValidity::get());
	assert_ok!(Oracle::<T>::do_attest(
		oracle.clone(),
		subject,
		claim_key(),
		H256::zero(),
		valid_until
	));
	subject
}

/// Open a dispute of `oracle`'s attestation about `subject`; returns its id.
fn disputed<T: Config>(subject: Cid) -> DisputeId {
	let (disputer, _) = avatar::<T>("disputer", 0);
	let target = DisputeTarget::Attestation { cid: subject, key: claim_key() };
	assert_ok!(Oracle::<T>::do_dispute(disputer, target, H256::zero()));
	NextDisputeId::<T>::get() - 1
}

#[benchmarks]
mod benchmarks {
	use super::*;

	// Register as the last feeder the list holds.
	#[benchmark]
	fn register_oracle() {
		fill_registry::<T>(T::MaxOracles::get() - 1);
		let (caller, cid) = avatar::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), cid, all_kinds());
		assert_eq!(Feeders::<T>::get().len() as u32, T::MaxOracles::get());
	}

	// Stop feeding: leave the full feeder list and drop `FORGET_LIMIT` fed values (heavier than
	// joining, a sorted insert).
	#[benchmark]
	fn set_kinds() {
		let caller = registered_caller::<T>();
		fed_everything::<T>(&caller);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), OracleKinds { data_feed: false, ..all_kinds() });
		assert!(!Feeders::<T>::get().contains(&caller));
	}

	// Leave the full feeder list, dropping `FORGET_LIMIT` fed values.
	#[benchmark]
	fn unregister() {
		let caller = registered_caller::<T>();
		fed_everything::<T>(&caller);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));
		assert!(!Feeders::<T>::get().contains(&caller));
	}

	#[benchmark]
	fn release_bond() {
		let caller = registered_caller::<T>();
		assert_ok!(Oracle::<T>::do_unregister(caller.clone()));
		let later = frame_system::Pallet::<T>::block_number().saturating_add(T::CoolingOff::get());
		frame_system::Pallet::<T>::set_block_number(later);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));
		assert!(!Oracles::<T>::contains_key(&caller));
	}

	// A new attestation by a credible oracle: it raises the subject's reputation.
	#[benchmark]
	fn attest() {
		let caller = registered_caller::<T>();
		Oracles::<T>::mutate(&caller, |o| {
			if let Some(o) = o {
				o.record.attestations_made = 100;
			}
		});
		let (_, subject) = avatar::<T>("subject", 0);
		let now = frame_system::Pallet::<T>::block_number();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			subject,
			claim_key(),
			H256::zero(),
			now.saturating_add(T::MaxValidity::get()),
		);
		assert!(Attestations::<T>::contains_key(subject, claim_key()));
	}

	#[benchmark]
	fn revoke_attestation() {
		let caller = registered_caller::<T>();
		let subject = attested::<T>(&caller);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), subject, claim_key());
		assert!(!Attestations::<T>::contains_key(subject, claim_key()));
	}

	#[benchmark]
	fn dispute() {
		let caller = registered_caller::<T>();
		let subject = attested::<T>(&caller);
		let (disputer, _) = avatar::<T>("disputer", 0);
		let target = DisputeTarget::Attestation { cid: subject, key: claim_key() };
		#[extrinsic_call]
		_(RawOrigin::Signed(disputer), target, H256::zero());
		assert_eq!(Disputes::<T>::count(), 1);
	}

	// Uphold: slash the oracle, release the disputer, revoke the attestation.
	#[benchmark]
	fn resolve_dispute() -> Result<(), BenchmarkError> {
		let caller = registered_caller::<T>();
		let subject = attested::<T>(&caller);
		let id = disputed::<T>(subject);
		let origin = T::ArbitrationOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, Verdict::Upheld);
		assert!(!Attestations::<T>::contains_key(subject, claim_key()));
		Ok(())
	}

	impl_benchmark_test_suite!(Oracle, crate::mock::new_test_ext(), crate::mock::Test);
}
