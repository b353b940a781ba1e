//! v2 benchmarks of every call, each in its worst case: full feeder lists (`MaxFeeders`
//! members, `MaxFeedersPerKey` per key, `MaxKeysPerFeeder` per feeder, every value fed), so
//! that feeding recombines over the most members and leaving drops the most values; renewals
//! that find an attestation, disputes that revoke.

use super::*;
use crate::Pallet as Oracle;
use frame_benchmarking::v2::*;
use frame_support::assert_ok;
use frame_support::traits::fungible::Mutate as _;
use frame_system::RawOrigin;
use sp_runtime::{traits::Saturating, Perbill};

/// What the benchmarks need the runtime to set up outside this pallet.
pub trait BenchmarkHelper<AccountId> {
	/// Issue `cid` to `owner` (an oracle registers as a CID it owns).
	fn issue_cid(cid: Cid, owner: &AccountId);
}

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
	T::BenchmarkHelper::issue_cid(cid, &who);
	(who, cid)
}

fn all_kinds() -> OracleKinds {
	OracleKinds { data_feed: true, authentication: true, custody: true, supervision: true }
}

/// Register `count` oracles of every kind besides the caller.
fn fill_registry<T: Config>(count: u32) -> alloc::vec::Vec<T::AccountId> {
	(0..count)
		.map(|i| {
			let (who, cid) = avatar::<T>("oracle", i);
			assert_ok!(Oracle::<T>::do_register(who.clone(), cid, all_kinds()));
			who
		})
		.collect()
}

/// The caller, registered with every kind.
fn registered_caller<T: Config>() -> T::AccountId {
	let (caller, cid) = avatar::<T>("caller", 0);
	assert_ok!(Oracle::<T>::do_register(caller.clone(), cid, all_kinds()));
	caller
}

/// The `i`-th key, 32 bytes long (the longest), distinct for every `i`.
fn feed_key(i: u32) -> OracleKey {
	let mut key = alloc::vec![b'k'; 32];
	key[..4].copy_from_slice(&i.to_le_bytes());
	OracleKey::truncate_from(key)
}

/// The caller approved for `keys` keys (fed, like every other feeder of them), each with
/// `MaxFeedersPerKey` feeders, next to `MaxFeeders - 1` other members: the most any feed
/// recombines over and any leaving drops.
fn busy_feeder<T: Config>(keys: u32) -> T::AccountId {
	let others = fill_registry::<T>(T::MaxFeeders::get() - 1);
	let caller = registered_caller::<T>();
	let per_key = T::MaxFeedersPerKey::get() - 1;
	let mut next = 0usize;
	for k in 0..keys {
		let key = feed_key(k);
		assert_ok!(Oracle::<T>::do_register_feed_key(key.clone(), Perbill::one()));
		assert_ok!(Oracle::<T>::do_approve_feeder(key.clone(), caller.clone()));
		T::Feeds::set_raw(&caller, &key, 1);
		for _ in 0..per_key {
			let who = &others[next % others.len()];
			next += 1;
			assert_ok!(Oracle::<T>::do_approve_feeder(key.clone(), who.clone()));
			T::Feeds::set_raw(who, &key, 1);
		}
	}
	// Members with no key yet get one of their own, so that the member list is full.
	for (i, who) in others.iter().enumerate() {
		if !FeederKeys::<T>::contains_key(who) {
			let key = feed_key(1_000 + i as u32);
			assert_ok!(Oracle::<T>::do_register_feed_key(key.clone(), Perbill::one()));
			assert_ok!(Oracle::<T>::do_approve_feeder(key, who.clone()));
		}
	}
	caller
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

	#[benchmark]
	fn register_oracle() {
		let (caller, cid) = avatar::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), cid, all_kinds());
		assert!(Oracles::<T>::contains_key(&caller));
	}

	// Stop feeding: leave `MaxKeysPerFeeder` full keys and the full member list, dropping
	// every fed value.
	#[benchmark]
	fn set_kinds() {
		let caller = busy_feeder::<T>(T::MaxKeysPerFeeder::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), OracleKinds { data_feed: false, ..all_kinds() });
		assert!(!Feeders::<T>::get().contains(&caller));
	}

	// Leave as set_kinds does.
	#[benchmark]
	fn unregister() {
		let caller = busy_feeder::<T>(T::MaxKeysPerFeeder::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));
		assert!(!Feeders::<T>::get().contains(&caller));
	}

	// Feed `n` keys, each recombined over the full member list and checked for a quorum.
	#[benchmark]
	fn feed_values(n: Linear<1, { T::MaxKeysPerFeeder::get() }>) {
		let caller = busy_feeder::<T>(n);
		let values: alloc::vec::Vec<_> = (0..n).map(|k| (feed_key(k), 7)).collect();
		let values = BoundedVec::truncate_from(values);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), values);
		assert!(FeederKeys::<T>::get(&caller).unwrap().last_fed.is_some());
	}

	#[benchmark]
	fn register_feed_key() -> Result<(), BenchmarkError> {
		let origin =
			T::FeedOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, feed_key(0), Perbill::one());
		assert!(FeedKeys::<T>::contains_key(feed_key(0)));
		Ok(())
	}

	#[benchmark]
	fn set_quorum() -> Result<(), BenchmarkError> {
		assert_ok!(Oracle::<T>::do_register_feed_key(feed_key(0), Perbill::one()));
		let origin =
			T::FeedOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, feed_key(0), Perbill::from_percent(50));
		assert_eq!(FeedKeys::<T>::get(feed_key(0)).unwrap().quorum, Perbill::from_percent(50));
		Ok(())
	}

	// Remove a key with `n` fed feeders.
	#[benchmark]
	fn remove_feed_key(n: Linear<0, { T::MaxFeedersPerKey::get() }>) -> Result<(), BenchmarkError> {
		let feeders = fill_registry::<T>(n);
		assert_ok!(Oracle::<T>::do_register_feed_key(feed_key(0), Perbill::one()));
		for who in feeders {
			assert_ok!(Oracle::<T>::do_approve_feeder(feed_key(0), who.clone()));
			T::Feeds::set_raw(&who, &feed_key(0), 1);
		}
		let origin =
			T::FeedOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, feed_key(0));
		assert!(!FeedKeys::<T>::contains_key(feed_key(0)));
		Ok(())
	}

	// Approve the caller as the last feeder of a key, the last member, with its last key.
	#[benchmark]
	fn approve_feeder() -> Result<(), BenchmarkError> {
		let others = fill_registry::<T>(T::MaxFeeders::get() - 1);
		let caller = registered_caller::<T>();
		let key = feed_key(0);
		assert_ok!(Oracle::<T>::do_register_feed_key(key.clone(), Perbill::one()));
		for who in others.iter().take(T::MaxFeedersPerKey::get() as usize - 1) {
			assert_ok!(Oracle::<T>::do_approve_feeder(key.clone(), who.clone()));
		}
		for (i, who) in others.iter().enumerate() {
			if !FeederKeys::<T>::contains_key(who) {
				let own = feed_key(1_000 + i as u32);
				assert_ok!(Oracle::<T>::do_register_feed_key(own.clone(), Perbill::one()));
				assert_ok!(Oracle::<T>::do_approve_feeder(own, who.clone()));
			}
		}
		let origin =
			T::FeedOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, key, caller.clone());
		assert_eq!(Feeders::<T>::get().len() as u32, T::MaxFeeders::get());
		Ok(())
	}

	// Withdraw the caller's approval for one of its full keys.
	#[benchmark]
	fn remove_feeder() -> Result<(), BenchmarkError> {
		let caller = busy_feeder::<T>(T::MaxKeysPerFeeder::get());
		let origin =
			T::FeedOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, feed_key(0), caller.clone());
		assert!(!FeedKeys::<T>::get(feed_key(0)).unwrap().feeders.contains(&caller));
		Ok(())
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

	// A new attestation by a credible oracle: it gives the subject reputation.
	#[benchmark]
	fn attest() {
		let caller = registered_caller::<T>();
		Oracles::<T>::mutate(&caller, |o| {
			if let Some(o) = o {
				o.record.feeds_accepted = 100_000;
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
