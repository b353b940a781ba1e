//! The bridge's tests: parsers on real Bitcoin data and fuzzed input, the real mainnet deposit
//! through the real light client, and a full regtest cycle with every rejection.

mod attacks;
mod cycle;
mod parsers;
mod real_data;
mod vectors;

use crate::{mock::*, tx::*, *};
use frame_support::{assert_noop, assert_ok};

/// Run `test` in a fresh externality and check the invariants afterwards.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		XbtcBridge::do_try_state().unwrap();
	});
}

/// A transaction from `inputs` to `(value, script)` outputs.
pub fn transaction(inputs: &[OutPoint], outputs: &[(u64, Vec<u8>)]) -> Transaction {
	Transaction::unsigned(inputs, outputs)
}

/// An `OP_RETURN` output pushing `data`.
pub fn op_return(data: &[u8]) -> Vec<u8> {
	let mut script = vec![script::OP_RETURN, data.len() as u8];
	script.extend_from_slice(data);
	script
}

/// The compact beneficiary form for `who`.
pub fn compact(who: &AccountId) -> Vec<u8> {
	let mut data = script::COMPACT_MAGIC.to_vec();
	data.push(script::COMPACT_VERSION);
	data.extend_from_slice(who.as_ref());
	data
}

pub fn last_event() -> RuntimeEvent {
	frame_system::Pallet::<Test>::events().pop().expect("an event").event
}

pub fn bridge_events() -> Vec<Event<Test>> {
	frame_system::Pallet::<Test>::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::XbtcBridge(e) = r.event { Some(e) } else { None })
		.collect()
}
