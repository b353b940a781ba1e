//! Off-chain unit tests: a mock of MiniX's chain extension (balances, CIDs, reputation,
//! names, oracle values) registered with ink!'s test engine.

use crate::{
	minix::{Balance, MinixError, MstDetails},
	mst_escrow::{Error, MstEscrow, OracleGate},
};
use ink::env::test::{self, DefaultAccounts};
use ink::primitives::AccountId;
use scale::{Decode, Encode};
use std::{cell::RefCell, collections::BTreeMap, rc::Rc};

const SYMBOL: &[u8] = b"GOLD";

/// What the mock chain knows; shared with the test through an `Rc`.
#[derive(Default)]
struct Chain {
	balances: BTreeMap<AccountId, Balance>,
	cids: BTreeMap<AccountId, (u64, u32)>,
	names: BTreeMap<Vec<u8>, (u64, AccountId)>,
	oracle: BTreeMap<Vec<u8>, i128>,
	/// The contract's account (the mock's transfers come from it).
	contract: Option<AccountId>,
}

struct MockExtension(Rc<RefCell<Chain>>);

impl ink::env::test::ChainExtension for MockExtension {
	fn ext_id(&self) -> u16 {
		0
	}

	fn call(&mut self, func_id: u16, input: &[u8], output: &mut Vec<u8>) -> u32 {
		// ink!'s test engine hands the input over SCALE-encoded once more (as a `Vec<u8>`).
		let raw = Vec::<u8>::decode(&mut &input[..]).unwrap();
		let mut input = &raw[..];
		let mut chain = self.0.borrow_mut();
		match func_id {
			1 => {
				let (symbol, who) = <(Vec<u8>, AccountId)>::decode(&mut input).unwrap();
				if symbol != SYMBOL {
					return 2;
				}
				chain.balances.get(&who).copied().unwrap_or(0).encode_to(output);
			},
			2 => {
				let symbol = Vec::<u8>::decode(&mut input).unwrap();
				if symbol != SYMBOL {
					return 2;
				}
				let supply = chain.balances.values().sum();
				MstDetails { asset_id: 1, decimals: 2, supply, issuer: AccountId::from([1; 32]) }
					.encode_to(output);
			},
			3 => {
				let (_symbol, to, amount) =
					<(Vec<u8>, AccountId, Balance)>::decode(&mut input).unwrap();
				let from = chain.contract.expect("set by the test");
				let have = chain.balances.get(&from).copied().unwrap_or(0);
				if have < amount {
					return 3;
				}
				chain.balances.insert(from, have - amount);
				*chain.balances.entry(to).or_default() += amount;
			},
			4 => {
				let who = AccountId::decode(&mut input).unwrap();
				let Some((cid, _)) = chain.cids.get(&who) else { return 5 };
				cid.encode_to(output);
			},
			6 => {
				let name = Vec::<u8>::decode(&mut input).unwrap();
				let Some(found) = chain.names.get(&name) else { return 6 };
				found.encode_to(output);
			},
			7 => {
				let cid = u64::decode(&mut input).unwrap();
				let Some((_, rep)) = chain.cids.values().find(|(c, _)| *c == cid) else {
					return 5;
				};
				rep.encode_to(output);
			},
			9 => {
				let key = Vec::<u8>::decode(&mut input).unwrap();
				let Some(value) = chain.oracle.get(&key) else { return 8 };
				value.encode_to(output);
			},
			_ => return 9,
		}
		0
	}
}

fn accounts() -> DefaultAccounts<crate::minix::MinixEnvironment> {
	test::default_accounts::<crate::minix::MinixEnvironment>()
}

fn set_caller(who: AccountId) {
	test::set_caller::<crate::minix::MinixEnvironment>(who);
}

/// A chain where the contract holds 1_000 GOLD, Bob (CID 1_000_001) has reputation 50 and
/// the avatar "bob", Charlie (CID 1_000_002) has reputation 5, Django has no CID.
fn setup(gate: Option<OracleGate>) -> (MstEscrow, Rc<RefCell<Chain>>) {
	let a = accounts();
	let chain = Rc::new(RefCell::new(Chain::default()));
	test::register_chain_extension(MockExtension(chain.clone()));
	set_caller(a.alice);
	// The test engine's default contract account is Alice's; give the contract its own.
	let contract = AccountId::from([0xc0; 32]);
	test::set_callee::<crate::minix::MinixEnvironment>(contract);
	let escrow = MstEscrow::new(SYMBOL.to_vec(), 10, gate).expect("GOLD exists");
	{
		let mut c = chain.borrow_mut();
		c.contract = Some(contract);
		c.balances.insert(contract, 1_000);
		c.cids.insert(a.bob, (1_000_001, 50));
		c.cids.insert(a.charlie, (1_000_002, 5));
		c.names.insert(b"bob".to_vec(), (1_000_001, a.bob));
	}
	(escrow, chain)
}

#[ink::test]
fn constructor_refuses_an_unknown_token() {
	let chain = Rc::new(RefCell::new(Chain::default()));
	test::register_chain_extension(MockExtension(chain));
	let made = MstEscrow::new(b"NOPE".to_vec(), 1, None);
	assert_eq!(made.err(), Some(Error::Chain(MinixError::UnknownToken)));
}

#[ink::test]
fn promise_and_claim_pays_a_reputable_cid() {
	let a = accounts();
	let (mut escrow, chain) = setup(None);
	assert_eq!(escrow.funds(), Ok(1_000));
	assert_eq!(escrow.promise(a.bob, 300), Ok(()));
	assert_eq!(escrow.promised(a.bob), 300);
	set_caller(a.bob);
	assert_eq!(escrow.claim(), Ok(300));
	assert_eq!(chain.borrow().balances[&a.bob], 300);
	assert_eq!(escrow.funds(), Ok(700));
	assert_eq!(escrow.promised(a.bob), 0);
	assert_eq!(escrow.total_promised(), 0);
	assert_eq!(escrow.claim(), Err(Error::NothingPromised), "paid once");
	assert_eq!(test::recorded_events().count(), 2);
}

#[ink::test]
fn low_reputation_and_no_cid_are_refused() {
	let a = accounts();
	let (mut escrow, chain) = setup(None);
	escrow.promise(a.charlie, 100).unwrap();
	escrow.promise(a.django, 100).unwrap();
	set_caller(a.charlie);
	assert_eq!(escrow.claim(), Err(Error::ReputationTooLow { have: 5, need: 10 }));
	set_caller(a.django);
	assert_eq!(escrow.claim(), Err(Error::NoCid));
	assert_eq!(chain.borrow().balances.get(&a.charlie), None, "nothing moved");
	assert_eq!(escrow.total_promised(), 200);
}

#[ink::test]
fn promises_need_the_owner_and_funds() {
	let a = accounts();
	let (mut escrow, _chain) = setup(None);
	assert_eq!(escrow.promise(a.bob, 0), Err(Error::ZeroAmount));
	assert_eq!(escrow.promise(a.bob, 1_001), Err(Error::Underfunded));
	escrow.promise(a.bob, 600).unwrap();
	assert_eq!(escrow.promise(a.charlie, 401), Err(Error::Underfunded), "open promises count");
	assert_eq!(escrow.promise(a.bob, u128::MAX), Err(Error::Underfunded), "no overflow");
	set_caller(a.bob);
	assert_eq!(escrow.promise(a.bob, 1), Err(Error::NotOwner));
	assert_eq!(escrow.revoke(a.bob), Err(Error::NotOwner));
}

#[ink::test]
fn promise_to_a_name_resolves_it() {
	let a = accounts();
	let (mut escrow, _chain) = setup(None);
	assert_eq!(escrow.promise_to_name(b"bob".to_vec(), 5), Ok(a.bob));
	assert_eq!(escrow.promised(a.bob), 5);
	assert_eq!(
		escrow.promise_to_name(b"nobody".to_vec(), 5),
		Err(Error::Chain(MinixError::NoSuchName))
	);
}

#[ink::test]
fn revoke_returns_the_promise_to_the_owner() {
	let a = accounts();
	let (mut escrow, chain) = setup(None);
	escrow.promise(a.bob, 250).unwrap();
	assert_eq!(escrow.revoke(a.bob), Ok(250));
	assert_eq!(chain.borrow().balances[&a.alice], 250);
	assert_eq!(escrow.revoke(a.bob), Err(Error::NothingPromised));
}

#[ink::test]
fn the_oracle_gate_must_be_open() {
	let a = accounts();
	let gate = OracleGate { key: b"rain_mm".to_vec(), min_value: 30 };
	let (mut escrow, chain) = setup(Some(gate));
	escrow.promise(a.bob, 100).unwrap();
	set_caller(a.bob);
	assert_eq!(escrow.claim(), Err(Error::OracleGateClosed), "no value yet");
	chain.borrow_mut().oracle.insert(b"rain_mm".to_vec(), 29);
	assert_eq!(escrow.claim(), Err(Error::OracleGateClosed), "below the threshold");
	chain.borrow_mut().oracle.insert(b"rain_mm".to_vec(), 30);
	assert_eq!(escrow.claim(), Ok(100));
}

#[ink::test]
fn a_transfer_the_chain_refuses_changes_nothing() {
	let a = accounts();
	let (mut escrow, chain) = setup(None);
	escrow.promise(a.bob, 400).unwrap();
	// The contract's balance dropped behind the escrow's back (e.g. a lock).
	let contract = chain.borrow().contract.unwrap();
	chain.borrow_mut().balances.insert(contract, 100);
	set_caller(a.bob);
	assert_eq!(escrow.claim(), Err(Error::Chain(MinixError::InsufficientBalance)));
	assert_eq!(escrow.promised(a.bob), 400);
}
