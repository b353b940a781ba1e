//! A test runtime: System, Balances and the market over a stand-in for the goods' pallets.
//!
//! Goods are `u32` ids with an owner, an optional royalty and a flag for buyers that cannot
//! receive; the stand-in escrows and delivers them as the `Cid` pallet does CIDs.

use crate as pallet_market;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use minix_primitives::MarketGoods;
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Percent};
use std::collections::{BTreeMap, BTreeSet};

type Block = frame_system::mocking::MockBlock<Test>;

minix_test_utils::mock_runtime! {
	Test;
	0 => System: frame_system,
	1 => Balances: pallet_balances,
	2 => Market: pallet_market,
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// The ecosystem pool, where fees go.
pub const POOL: u64 = 100;
/// The lowest price.
pub const MIN_PRICE: u64 = 10;
/// The shortest Dutch auction.
pub const MIN_DUTCH: u64 = 100;
/// The shortest English auction.
pub const MIN_ENGLISH: u64 = 20;
/// A bid this close to the end extends it this far.
pub const EXTENSION: u64 = 10;
/// Offers per fixed-price listing.
pub const MAX_OFFERS: u32 = 3;

parameter_types! {
	pub const Pool: u64 = POOL;
	pub const MaxFee: Percent = Percent::from_percent(5);
	pub const DefaultFee: Percent = Percent::from_percent(2);
	pub const MinPrice: u64 = MIN_PRICE;
	pub const MinDutch: u64 = MIN_DUTCH;
	pub const MinEnglish: u64 = MIN_ENGLISH;
	pub const MaxDuration: u64 = 10_000;
	pub const Extension: u64 = EXTENSION;
}

/// The goods stand-in's state.
#[derive(Default)]
pub struct Goods {
	/// Owner of each good.
	pub owners: BTreeMap<u32, u64>,
	/// Goods in escrow.
	pub escrowed: BTreeSet<u32>,
	/// Royalty of each good.
	pub royalties: BTreeMap<u32, (u64, Percent)>,
	/// Accounts that cannot receive goods (as a full CID account).
	pub full: BTreeSet<u64>,
}

thread_local! {
	static GOODS: RefCell<Goods> = RefCell::new(Goods::default());
}

/// Read or change the goods stand-in.
pub fn goods<R>(f: impl FnOnce(&mut Goods) -> R) -> R {
	GOODS.with(|g| f(&mut g.borrow_mut()))
}

/// Stands for the goods' pallets.
pub struct MockGoods;
impl MarketGoods<u64> for MockGoods {
	type Id = u32;
	fn owner(good: &u32) -> Option<u64> {
		goods(|g| g.owners.get(good).copied())
	}
	fn escrow(good: &u32, seller: &u64) -> DispatchResult {
		goods(|g| {
			if g.owners.get(good) != Some(seller) {
				return Err(DispatchError::Other("not the owner"));
			}
			if !g.escrowed.insert(*good) {
				return Err(DispatchError::Other("in escrow"));
			}
			Ok(())
		})
	}
	fn end_escrow(good: &u32) {
		goods(|g| g.escrowed.remove(good));
	}
	fn can_receive(good: &u32, buyer: &u64) -> bool {
		goods(|g| g.owners.get(good) != Some(buyer) && !g.full.contains(buyer))
	}
	fn deliver(good: &u32, seller: &u64, buyer: &u64) -> DispatchResult {
		goods(|g| {
			if !g.escrowed.remove(good) || g.owners.get(good) != Some(seller) {
				return Err(DispatchError::Other("not deliverable"));
			}
			g.owners.insert(*good, *buyer);
			Ok(())
		})
	}
	fn royalty(good: &u32) -> Option<(u64, Percent)> {
		goods(|g| g.royalties.get(good).copied())
	}
}

impl pallet_market::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GoodId = u32;
	type Goods = MockGoods;
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type FeeDestination = Pool;
	type MaxFee = MaxFee;
	type DefaultFee = DefaultFee;
	type MinPrice = MinPrice;
	type MinDutchDuration = MinDutch;
	type MinEnglishDuration = MinEnglish;
	type MaxDuration = MaxDuration;
	type ExtensionPeriod = Extension;
	type MaxListingsPerSeller = ConstU32<2>;
	type MaxOffers = ConstU32<MAX_OFFERS>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<Test> for () {
	fn good(owner: &u64, index: u32) -> u32 {
		let id = 1_000 + index;
		goods(|g| g.owners.insert(id, *owner));
		id
	}
}

/// Accounts 1–5 hold 10 000 each, the pool 1; account 1 owns goods 1, 2 and 3, account 2 owns
/// good 4. The market fee is 2 %.
pub fn new_test_ext() -> sp_io::TestExternalities {
	goods(|g| *g = Goods::default());
	goods(|g| {
		for good in 1..=3 {
			g.owners.insert(good, 1);
		}
		g.owners.insert(4, 2);
	});
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(1, 10_000), (2, 10_000), (3, 10_000), (4, 10_000), (5, 10_000), (POOL, 1)],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run `test` in a fresh externality, then check the pallet's invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Market::do_try_state().expect("market invariants hold");
	});
}
