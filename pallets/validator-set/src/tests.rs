//! Unit tests: who may change the set, every refusal, and what pallet-session is handed.

use crate::{mock::*, Error, Event, PendingChange, SessionPeriod, Validators};
use frame_support::{assert_noop, assert_ok, traits::EstimateNextSessionRotation};
use pallet_session::{SessionManager, ShouldEndSession};
use sp_runtime::{BuildStorage, DispatchError, Permill};

fn set() -> Vec<u64> {
	Validators::<Test>::get().to_vec()
}

#[test]
fn genesis_set_is_the_first_two_sessions_and_nothing_is_pending() {
	new_test_ext().execute_with(|| {
		assert_eq!(set(), GENESIS.to_vec());
		assert_eq!(ValidatorSet::new_session_genesis(0), Some(GENESIS.to_vec()));
		assert_eq!(ValidatorSet::new_session_genesis(1), Some(GENESIS.to_vec()));
		assert_eq!(ValidatorSet::new_session(2), None);
		assert_ok!(ValidatorSet::do_try_state());
	});
}

#[test]
fn add_and_remove_queue_the_new_set_once() {
	new_test_ext().execute_with(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		System::assert_last_event(Event::ValidatorAdded { who: 4 }.into());
		assert_ok!(ValidatorSet::remove_validator(RuntimeOrigin::root(), 2));
		System::assert_last_event(Event::ValidatorRemoved { who: 2 }.into());
		assert_eq!(set(), vec![1, 3, 4]);
		assert!(PendingChange::<Test>::get());
		// pallet-session takes the changed set once, then hears "no change" until the next call.
		assert_eq!(ValidatorSet::new_session(5), Some(vec![1, 3, 4]));
		System::assert_last_event(Event::NewSetQueued { session: 5, count: 3 }.into());
		assert_eq!(ValidatorSet::new_session(6), None);
		assert_ok!(ValidatorSet::do_try_state());
	});
}

#[test]
fn only_the_add_remove_origin_changes_anything() {
	new_test_ext().execute_with(|| {
		let signed = RuntimeOrigin::signed(1);
		assert_noop!(ValidatorSet::add_validator(signed.clone(), 4), DispatchError::BadOrigin);
		assert_noop!(ValidatorSet::remove_validator(signed.clone(), 3), DispatchError::BadOrigin);
		assert_noop!(ValidatorSet::set_session_period(signed, 5), DispatchError::BadOrigin);
		assert!(!PendingChange::<Test>::get());
	});
}

#[test]
fn bad_changes_are_refused_and_change_nothing() {
	new_test_ext().execute_with(|| {
		let root = RuntimeOrigin::root;
		assert_noop!(ValidatorSet::add_validator(root(), 2), Error::<Test>::AlreadyValidator);
		assert_noop!(ValidatorSet::add_validator(root(), 10), Error::<Test>::NoSessionKeys);
		assert_noop!(ValidatorSet::remove_validator(root(), 7), Error::<Test>::NotValidator);
		assert_noop!(ValidatorSet::set_session_period(root(), 0), Error::<Test>::ZeroSessionPeriod);
		assert_ok!(ValidatorSet::add_validator(root(), 4));
		assert_ok!(ValidatorSet::add_validator(root(), 5));
		assert_noop!(ValidatorSet::add_validator(root(), 6), Error::<Test>::TooManyValidators);
		for who in [1, 2, 3] {
			assert_ok!(ValidatorSet::remove_validator(root(), who));
		}
		// MinValidators is 2.
		assert_noop!(ValidatorSet::remove_validator(root(), 4), Error::<Test>::TooFewValidators);
		assert_eq!(set(), vec![4, 5]);
	});
}

#[test]
fn sessions_end_every_period_blocks_and_the_period_can_change() {
	new_test_ext().execute_with(|| {
		let ends: Vec<u64> = (1..=30).filter(|n| ValidatorSet::should_end_session(*n)).collect();
		assert_eq!(ends, vec![10, 20, 30]);
		assert_eq!(ValidatorSet::average_session_length(), 10);
		assert_eq!(ValidatorSet::estimate_next_session_rotation(13).0, Some(20));
		assert_eq!(
			ValidatorSet::estimate_current_session_progress(15).0,
			Some(Permill::from_percent(50))
		);
		assert_ok!(ValidatorSet::set_session_period(RuntimeOrigin::root(), 4));
		System::assert_last_event(Event::SessionPeriodSet { period: 4 }.into());
		assert_eq!(SessionPeriod::<Test>::get(), 4);
		let ends: Vec<u64> = (1..=12).filter(|n| ValidatorSet::should_end_session(*n)).collect();
		assert_eq!(ends, vec![4, 8, 12]);
	});
}

#[test]
#[should_panic(expected = "session_period must be > 0")]
fn genesis_refuses_a_zero_period() {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	crate::GenesisConfig::<Test> { validators: GENESIS.to_vec(), session_period: 0 }
		.assimilate_storage(&mut storage)
		.unwrap();
}

#[test]
#[should_panic(expected = "duplicate validator")]
fn genesis_refuses_duplicates() {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	crate::GenesisConfig::<Test> { validators: vec![1, 2, 1], session_period: 10 }
		.assimilate_storage(&mut storage)
		.unwrap();
}

#[test]
fn the_default_genesis_sets_nothing() {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	crate::GenesisConfig::<Test>::default()
		.assimilate_storage(&mut storage)
		.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert!(Validators::<Test>::get().is_empty());
		assert_eq!(SessionPeriod::<Test>::get(), 0);
	});
}

/// pallet-offences' report of `who` in `session` (as it reaches the handler: a list of every
/// offender of the time slot so far).
fn report(offenders: &[u64], session: u32) {
	use sp_staking::offence::{OffenceDetails, OnOffenceHandler};
	let details: Vec<OffenceDetails<u64, (u64, ())>> = offenders
		.iter()
		.map(|who| OffenceDetails { offender: (*who, ()), reporters: vec![9] })
		.collect();
	let fractions = vec![sp_runtime::Perbill::from_percent(10); offenders.len()];
	<ValidatorSet as OnOffenceHandler<u64, (u64, ()), frame_support::weights::Weight>>::on_offence(
		&details, &fractions, session,
	);
}

#[test]
fn an_offender_is_removed_once_and_the_council_can_add_it_back() {
	new_test_ext().execute_with(|| {
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 4));
		assert_eq!(ValidatorSet::new_session(2), Some(vec![1, 2, 3, 4]));
		report(&[2], 2);
		System::assert_last_event(Event::OffenderRemoved { who: 2, session: 2 }.into());
		assert_eq!(set(), vec![1, 3, 4]);
		// The next session pallet-session plans leaves it out.
		assert_eq!(ValidatorSet::new_session(3), Some(vec![1, 3, 4]));
		// The same offender again (pallet-offences repeats earlier offenders of a time slot), and
		// an account that is no validator: nothing changes, nothing is queued.
		let events = System::events().len();
		report(&[2, 7], 2);
		assert_eq!(System::events().len(), events);
		assert_eq!(ValidatorSet::new_session(4), None);
		// The council brings it back.
		assert_ok!(ValidatorSet::add_validator(RuntimeOrigin::root(), 2));
		assert_eq!(ValidatorSet::new_session(5), Some(vec![1, 3, 4, 2]));
		assert_ok!(ValidatorSet::do_try_state());
	});
}

#[test]
fn offenders_are_kept_where_removal_would_break_the_minimum() {
	new_test_ext().execute_with(|| {
		// Three validators, at least two: the first offender goes, the second stays.
		report(&[1, 2], 5);
		assert_eq!(set(), vec![2, 3]);
		System::assert_has_event(Event::OffenderRemoved { who: 1, session: 5 }.into());
		System::assert_last_event(Event::OffenderKept { who: 2, session: 5 }.into());
		assert!(PendingChange::<Test>::get());
		assert_ok!(ValidatorSet::do_try_state());
	});
}
