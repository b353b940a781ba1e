//! A runtime with `frame_system` and `Builtins` over in-memory stand-ins for `Mst`, `Cid` and
//! `Oracle` (the functions only see the traits).

use crate as pallet_builtins;
use frame_support::derive_impl;
use sp_runtime::BuildStorage;

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

/// The `Cid`, `Oracle` and `Mst` stand-ins (`minix-test-utils`).
pub use minix_test_utils::{MockTokens, GOLD};
pub type MockCids = minix_test_utils::MockCids<minix_test_utils::CurrentBlock<Test>>;
pub use minix_test_utils::MockOracle as MockOracles;

#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for () {
	fn token(who: &u64, amount: u128) -> Vec<u8> {
		minix_test_utils::set_gold(*who, amount);
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
	fn reminted_card(cid: minix_primitives::Cid, owner: &u64) {
		minix_test_utils::set_cid(cid, *owner, 0);
		let remints = minix_primitives::CardRemints {
			count: 1,
			last_reminter: Some(*owner),
			tax: sp_runtime::Percent::from_percent(30),
		};
		minix_test_utils::set_card_remints(cid, remints);
	}
	fn dutch_listing(cid: minix_primitives::Cid, owner: &u64) -> u64 {
		minix_test_utils::set_cid(cid, *owner, 0);
		let listing = minix_primitives::ListingSummary {
			id: 3,
			seller: *owner,
			kind: minix_primitives::SaleKind::Dutch,
			current_price: 1_000,
			end: Some(100),
			best_bid: None,
		};
		minix_test_utils::set_listing(cid, Some(listing));
		3
	}
	fn mit(owner: &u64, symbol: &[u8], content: &[u8]) {
		minix_test_utils::set_mit(symbol, *owner, content);
	}
	fn nft(owner: &u64) -> (minix_primitives::CollectionId, minix_primitives::ItemId) {
		minix_test_utils::set_nft_owner(2, 7, *owner);
		(2, 7)
	}
	/// `MockAddresses` maps every account.
	fn map_address(_who: &u64) {}
}

impl pallet_builtins::Config for Test {
	type Balance = u128;
	type Tokens = MockTokens;
	type Cids = MockCids;
	type Oracles = MockOracles;
	type Market = minix_test_utils::MockMarket;
	type Mits = minix_test_utils::MockNfts;
	type Nfts = minix_test_utils::MockNfts;
	type Addresses = MockAddresses;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// Account `n` is the address whose last 8 bytes are `n` (big endian).
pub struct MockAddresses;
impl minix_primitives::evm::EvmAddresses<u64> for MockAddresses {
	fn account_of(address: &sp_core::H160) -> u64 {
		u64::from_be_bytes(address.0[12..].try_into().expect("8 bytes"))
	}
	fn address_of(account: &u64) -> sp_core::H160 {
		sp_core::H160::from_low_u64_be(*account)
	}
}

/// An empty mock chain at block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	minix_test_utils::reset();
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
