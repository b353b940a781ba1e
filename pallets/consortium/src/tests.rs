//! Unit tests: only the root origin's holder dispatches; the inner call runs as `Root`; its
//! failure is reported, not swallowed; filtered calls and calls breaking the supply rule are
//! refused and leave nothing behind.

use crate::{mock::*, Event, WeightInfo};
use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo, traits::Get};
use sp_runtime::DispatchError;

fn set_heap_pages(pages: u64) -> Box<RuntimeCall> {
	Box::new(RuntimeCall::System(frame_system::Call::set_heap_pages { pages }))
}

#[test]
fn the_council_dispatches_a_root_only_call() {
	new_test_ext().execute_with(|| {
		let key = sp_core::storage::well_known_keys::HEAP_PAGES;
		assert_ok!(Consortium::dispatch_as_root(RuntimeOrigin::signed(42), set_heap_pages(64)));
		assert_eq!(
			sp_io::storage::get(key).map(|v| v.to_vec()),
			Some(64u64.to_le_bytes().to_vec())
		);
		System::assert_last_event(Event::DispatchedAsRoot { result: Ok(()) }.into());
	});
}

#[test]
fn anyone_else_is_refused_and_nothing_runs() {
	new_test_ext().execute_with(|| {
		for origin in [RuntimeOrigin::signed(1), RuntimeOrigin::none()] {
			assert_noop!(
				Consortium::dispatch_as_root(origin, set_heap_pages(64)),
				DispatchError::BadOrigin
			);
		}
		assert!(sp_io::storage::get(sp_core::storage::well_known_keys::HEAP_PAGES).is_none());
	});
}

#[test]
fn a_failing_inner_call_is_reported_in_the_event() {
	new_test_ext().execute_with(|| {
		// Applying an upgrade nobody authorized fails inside; the dispatch succeeds and says so.
		let code = vec![1, 2, 3];
		let call =
			Box::new(RuntimeCall::System(frame_system::Call::apply_authorized_upgrade { code }));
		assert_ok!(Consortium::dispatch_as_root(RuntimeOrigin::signed(42), call));
		let nothing_authorized = frame_system::Error::<Test>::NothingAuthorized.into();
		System::assert_last_event(
			Event::DispatchedAsRoot { result: Err(nothing_authorized) }.into(),
		);
	});
}

#[test]
fn weight_is_the_dispatch_plus_the_inner_call() {
	let call = set_heap_pages(64);
	let inner = call.get_dispatch_info().call_weight;
	let outer = RuntimeCall::Consortium(crate::Call::dispatch_as_root { call }).get_dispatch_info();
	let db: frame_support::weights::RuntimeDbWeight =
		<<Test as frame_system::Config>::DbWeight as Get<_>>::get();
	let reads = db.reads(2);
	assert_eq!(outer.call_weight, inner + <() as WeightInfo>::dispatch_as_root() + reads);
}

#[test]
fn root_that_breaks_the_supply_filtered_calls_are_refused() {
	new_test_ext().execute_with(|| {
		let items = vec![(b"key".to_vec(), b"value".to_vec())];
		let call = Box::new(RuntimeCall::System(frame_system::Call::set_storage { items }));
		assert_noop!(
			Consortium::dispatch_as_root(RuntimeOrigin::signed(42), call),
			crate::Error::<Test>::CallFiltered
		);
		assert!(sp_io::storage::get(b"key").is_none());
	});
}

#[test]
fn root_that_breaks_the_supply_a_call_breaking_the_rule_is_undone() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Consortium::dispatch_as_root(RuntimeOrigin::signed(42), set_heap_pages(BROKEN_PAGES)),
			crate::Error::<Test>::SupplyRuleBroken
		);
		assert!(sp_io::storage::get(sp_core::storage::well_known_keys::HEAP_PAGES).is_none());
	});
}
