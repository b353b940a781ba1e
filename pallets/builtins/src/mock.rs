//! A runtime with `frame_system` and `Builtins` over in-memory stand-ins for `Mst`, `Cid` and
//! `Oracle` (the functions only see the traits).

use crate as pallet_builtins;
use alloc::collections::BTreeMap;
use core::cell::RefCell;
use frame_support::derive_impl;
use minix_primitives::{MstTokens, TokenSummary};
use sp_runtime::{BuildStorage, DispatchError, DispatchResult};

type Block = frame_system::mocking::MockBlock<Test>;

minix_test_utils::mock_runtime! {
	Test;
	0 => System: frame_system,
	1 => Builtins: pallet_builtins,
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// The one MST of the mock, and its pallet-assets id.
pub const GOLD: &[u8] = b"GOLD";

/// The mock chain's state.
#[derive(Default)]
pub struct State {
	/// GOLD balances.
	pub balances: BTreeMap<u64, u128>,
	/// GOLD amounts locked per account (not spendable).
	pub locked: BTreeMap<u64, u128>,
}

thread_local! {
	/// The mock chain.
	pub static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Read or change the mock chain.
pub fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
	STATE.with(|s| f(&mut s.borrow_mut()))
}

fn is_gold(symbol: &[u8]) -> bool {
	symbol.eq_ignore_ascii_case(GOLD)
}

/// `Mst` stand-in: one token, GOLD, case-insensitive like MST symbols.
pub struct MockTokens;
impl MstTokens<u64, u128> for MockTokens {
	fn summary(symbol: &[u8]) -> Option<TokenSummary<u64, u128>> {
		is_gold(symbol).then(|| TokenSummary {
			asset_id: 7,
			decimals: 2,
			supply: with_state(|s| s.balances.values().sum()),
			issuer: 1,
		})
	}
	fn balance(symbol: &[u8], who: &u64) -> Option<u128> {
		is_gold(symbol).then(|| with_state(|s| s.balances.get(who).copied().unwrap_or(0)))
	}
	fn spendable(symbol: &[u8], who: &u64) -> Option<u128> {
		let locked = with_state(|s| s.locked.get(who).copied().unwrap_or(0));
		Self::balance(symbol, who).map(|b| b.saturating_sub(locked))
	}
	fn transfer(symbol: &[u8], from: &u64, to: &u64, amount: u128) -> DispatchResult {
		if !is_gold(symbol) {
			return Err(DispatchError::Other("unknown token"));
		}
		if from == to || amount == 0 {
			return Err(DispatchError::Other("refused"));
		}
		if Self::spendable(symbol, from).unwrap_or(0) < amount {
			return Err(DispatchError::Other("insufficient"));
		}
		with_state(|s| {
			*s.balances.entry(*from).or_default() -= amount;
			*s.balances.entry(*to).or_default() += amount;
		});
		Ok(())
	}
}

/// The `Cid` and `Oracle` stand-ins (`minix-test-utils`).
pub type MockCids = minix_test_utils::MockCids<minix_test_utils::CurrentBlock<Test>>;
pub use minix_test_utils::MockOracle as MockOracles;

#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for () {
	fn token(who: &u64, amount: u128) -> Vec<u8> {
		with_state(|s| s.balances.insert(*who, amount));
		GOLD.to_vec()
	}
	fn cid(cid: minix_primitives::Cid, owner: &u64, name: &[u8]) {
		minix_test_utils::set_cid(cid, *owner, 1);
		minix_test_utils::set_name(cid, name);
	}
	fn claim(cid: minix_primitives::Cid, key: &[u8]) {
		let claim = minix_primitives::Claim {
			issuer: 9,
			value_hash: Default::default(),
			valid_until: u64::MAX,
		};
		minix_test_utils::put_claim(cid, key, claim);
	}
	fn oracle_value(key: &[u8], value: minix_primitives::OracleValue) {
		minix_test_utils::set_oracle_value(key, Some(value));
	}
}

impl pallet_builtins::Config for Test {
	type Balance = u128;
	type Tokens = MockTokens;
	type Cids = MockCids;
	type Oracles = MockOracles;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// An empty mock chain at block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	STATE.with(|s| *s.borrow_mut() = State::default());
	minix_test_utils::reset();
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
