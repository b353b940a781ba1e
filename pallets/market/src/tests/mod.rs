//! Unit tests, one module per kind of sale. Every test ends with the pallet's `try_state`
//! checks; rejections use `assert_noop!` (nothing changed).

mod dutch;
mod english;
mod fixed_price;
mod governance;

use crate::{mock::*, *};
use frame_support::traits::fungible::{Inspect, InspectHold};

pub fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// Free MINI of `who`.
pub fn free(who: u64) -> u64 {
	Balances::balance(&who)
}

/// MINI held for `who`'s bids and offers.
pub fn held(who: u64) -> u64 {
	Balances::balance_on_hold(&HoldReason::Bid.into(), &who)
		+ Balances::balance_on_hold(&HoldReason::Offer.into(), &who)
}

/// The owner of a good, and whether it is in escrow.
pub fn good(id: u32) -> (Option<u64>, bool) {
	goods(|g| (g.owners.get(&id).copied(), g.escrowed.contains(&id)))
}

/// The market's events, oldest first.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Market(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// The last market event.
pub fn last_event() -> Event<Test> {
	events().pop().expect("a market event")
}

/// The total MINI of accounts 1–5 and the pool, free and held: sales only move it.
pub fn total() -> u64 {
	[1, 2, 3, 4, 5, POOL].iter().map(|w| Balances::total_balance(w)).sum()
}
