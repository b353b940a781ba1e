//! Unit tests, one module per feature. Every test ends with the pallet's `try_state` checks.

mod certs;
mod exchange;
mod issue;
mod locks;
mod offerings;
mod swaps;

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

/// The MST balance of `who` in `symbol`.
pub fn balance(symbol: &[u8], who: u64) -> u64 {
	Mst::account(symbol.to_vec(), who).map(|a| a.balance).unwrap_or_default()
}

/// Free MINI of `who`.
pub fn mini(who: u64) -> u64 {
	Balances::free_balance(who)
}

/// The last event of MST.
pub fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| if let RuntimeEvent::Mst(e) = r.event { Some(e) } else { None })
		.expect("an MST event")
}

/// `who` issues `symbol` with 2 decimals, `supply` units and free secondary issue.
pub fn issue(who: u64, symbol: &[u8], supply: u64) {
	assert_ok!(Mst::issue(
		RuntimeOrigin::signed(who),
		symbol.to_vec(),
		2,
		supply,
		SecondaryIssue::Freely,
		b"test".to_vec(),
		None
	));
}
