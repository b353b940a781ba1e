//! Unit tests: minting on CID issuance, burns, fee routing and the supply invariant.

use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Balanced, Inspect},
		tokens::{Fortitude, Precision, Preservation},
		OnUnbalanced,
	},
};
use minix_primitives::OnCidIssued;
use sp_runtime::DispatchError::BadOrigin;

fn fee_pool() -> u64 {
	MiniPoint::pool_account(Pool::Fee)
}
fn eco_pool() -> u64 {
	MiniPoint::pool_account(Pool::Ecosystem)
}
fn balance(who: u64) -> u64 {
	Balances::balance(&who)
}
fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::MiniPoint(e) => Some(e),
			_ => None,
		})
		.last()
		.expect("an event of the Mini Point pallet")
}

/// Issue CIDs 1..=n to accounts 1..=n.
fn issue(n: u64) {
	for i in 1..=n {
		assert_ok!(MiniPoint::on_cid_issued(i, &i));
	}
}

/// Charge `fee` from `who` the way transaction payment does, and hand it to `DealWithFees`.
fn pay_fee(who: u64, fee: u64) {
	let credit =
		Balances::withdraw(&who, fee, Precision::Exact, Preservation::Preserve, Fortitude::Polite)
			.unwrap();
	DealWithFees::<Test>::on_unbalanced(credit);
}

#[test]
fn a_cid_mints_owner_and_pool_shares_exactly() {
	run(|| {
		assert_ok!(MiniPoint::on_cid_issued(1_000_000, &7));
		assert_eq!(balance(7), TO_OWNER);
		assert_eq!(balance(eco_pool()), TO_POOL);
		assert_eq!(Balances::total_issuance(), TO_OWNER + TO_POOL);
		assert_eq!(CidsIssued::<Test>::get(), 1);
		assert_eq!(
			last_event(),
			Event::Minted { cid: 1_000_000, owner: 7, to_owner: TO_OWNER, to_pool: TO_POOL }
		);
		let info = MiniPoint::supply_info();
		assert_eq!((info.total_issuance, info.cids_issued, info.cap), (125, 1, 125));
	});
}

#[test]
fn a_number_mints_only_once() {
	run(|| {
		assert_ok!(MiniPoint::on_cid_issued(1_000_000, &7));
		// Released and claimed again (by anyone): no second mint.
		assert_ok!(MiniPoint::on_cid_issued(1_000_000, &8));
		assert_eq!(balance(8), 0);
		assert_eq!(Balances::total_issuance(), TO_OWNER + TO_POOL);
		assert_eq!(CidsIssued::<Test>::get(), 1);
	});
}

#[test]
fn burn_own_funds() {
	run(|| {
		issue(1);
		assert_ok!(MiniPoint::burn(RuntimeOrigin::signed(1), 40));
		assert_eq!(balance(1), TO_OWNER - 40);
		assert_eq!(Balances::total_issuance(), TO_OWNER + TO_POOL - 40);
		assert_eq!(last_event(), Event::Burned { who: 1, amount: 40 });
		assert_noop!(MiniPoint::burn(RuntimeOrigin::signed(1), 0), Error::<Test>::ZeroAmount);
		// Burning must leave the existential deposit.
		assert_noop!(
			MiniPoint::burn(RuntimeOrigin::signed(1), 60),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			MiniPoint::burn(RuntimeOrigin::signed(2), 1),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(MiniPoint::burn(RuntimeOrigin::none(), 1), BadOrigin);
		assert_ok!(MiniPoint::burn(RuntimeOrigin::signed(1), 60 - ED));
		assert_eq!(balance(1), ED);
	});
}

#[test]
fn governance_burns_pool_funds() {
	run(|| {
		issue(4);
		assert_eq!(balance(eco_pool()), 4 * TO_POOL);
		assert_noop!(
			MiniPoint::burn_pool(RuntimeOrigin::signed(1), Pool::Ecosystem, 10),
			BadOrigin
		);
		assert_ok!(MiniPoint::burn_pool(RuntimeOrigin::root(), Pool::Ecosystem, 10));
		assert_eq!(balance(eco_pool()), 4 * TO_POOL - 10);
		assert_eq!(last_event(), Event::PoolBurned { pool: Pool::Ecosystem, amount: 10 });
		assert_noop!(
			MiniPoint::burn_pool(RuntimeOrigin::root(), Pool::Fee, 1),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			MiniPoint::burn_pool(RuntimeOrigin::root(), Pool::Fee, 0),
			Error::<Test>::ZeroAmount
		);
	});
}

#[test]
fn fees_split_between_author_and_pool_and_never_burn() {
	run(|| {
		issue(3);
		let before = Balances::total_issuance();
		AUTHOR.with(|a| a.set(Some(2)));
		pay_fee(1, 50);
		// 20% of 50 to the author, 40 to the fee pool.
		assert_eq!(balance(2), TO_OWNER + 10);
		assert_eq!(balance(fee_pool()), 40);
		assert_eq!(Balances::total_issuance(), before);
	});
}

#[test]
fn fees_without_author_or_below_minimum_go_to_pools() {
	run(|| {
		issue(1);
		// No author found: all to the fee pool.
		pay_fee(1, 20);
		assert_eq!(balance(fee_pool()), 20);
		// An author without an account cannot take 20% of 10 (below ED): the pool takes it.
		AUTHOR.with(|a| a.set(Some(9)));
		pay_fee(1, 10);
		assert_eq!((balance(9), balance(fee_pool())), (0, 30));
		assert_eq!(Balances::total_issuance(), TO_OWNER + TO_POOL);
	});
}

#[test]
fn fee_pool_falls_back_to_ecosystem_pool_when_it_cannot_exist() {
	run(|| {
		issue(1);
		// The fee pool is empty and 3 < ED: the ecosystem pool takes it.
		pay_fee(1, 3);
		assert_eq!((balance(fee_pool()), balance(eco_pool())), (0, TO_POOL + 3));
	});
}

#[test]
fn genesis_seeds_the_fee_pool_from_the_ecosystem_pool() {
	run(|| {
		issue(1);
		MiniPoint::seed_accounts();
		assert_eq!((balance(fee_pool()), balance(eco_pool())), (ED, TO_POOL - ED));
	});
}

#[test]
#[should_panic(expected = "exceeds 1.25 MINI x CIDs issued")]
fn genesis_fails_when_balances_were_endowed_outside_cids() {
	ext_with_balances(vec![(1, 1_000)]);
}

#[test]
fn supply_check_catches_minting_outside_cids() {
	run(|| {
		issue(2);
		assert_ok!(MiniPoint::check_supply());
		// Someone mints behind Mini Point's back.
		let _ = Balances::deposit(&1, 1, Precision::Exact).unwrap();
		assert!(MiniPoint::check_supply().is_err());
		// Put it right so `run`'s final check passes.
		assert_ok!(MiniPoint::burn(RuntimeOrigin::signed(1), 1));
	});
}

#[test]
fn release_returns_the_reward_once_and_a_loop_gains_nothing() {
	run(|| {
		assert_ok!(MiniPoint::on_cid_issued(1_000_000, &7));
		assert_ok!(MiniPoint::on_cid_released(1_000_000, &7));
		assert_eq!(balance(7), 0);
		assert_eq!(
			last_event(),
			Event::RewardReturned { cid: 1_000_000, owner: 7, amount: TO_OWNER }
		);
		// Claimed again: no mint; released again: no burn.
		assert_ok!(MiniPoint::on_cid_issued(1_000_000, &8));
		assert_ok!(MiniPoint::on_cid_issued(2_000_000, &8));
		assert_ok!(MiniPoint::on_cid_released(1_000_000, &8));
		assert_eq!(balance(8), TO_OWNER);
		assert_eq!(Balances::total_issuance(), 2 * TO_POOL + TO_OWNER);
		assert_eq!(CidsIssued::<Test>::get(), 2);
	});
}

#[test]
fn release_fails_when_the_owner_spent_the_reward() {
	run(|| {
		issue(1);
		assert_ok!(MiniPoint::burn(RuntimeOrigin::signed(1), 50));
		assert_noop!(MiniPoint::on_cid_released(1, &1), Error::<Test>::InsufficientBalance);
	});
}
