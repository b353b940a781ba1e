//! Wasm smart contracts: pallet-contracts with storage deposits in MINI, a call filter, and
//! MiniX's chain extension (`pallet_builtins::MinixExtension`) into MST, CID, Oracle and Market.

use crate::{
	AccountId, Balance, Balances, Cid, Mst, Oracle, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeHoldReason, Timestamp, TransactionPayment,
};
use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, Contains, Randomness},
};
use frame_system::{pallet_prelude::BlockNumberFor, EnsureSigned};
use minix_primitives::currency::{MICRO_MINI, MILLI_MINI, MINI};
use sp_runtime::{
	traits::{BlakeTwo256, Hash as _},
	Perbill,
};

/// Dry runs through the runtime API (`ContractsApi`, what Apps and @polkadot/api-contract use
/// to estimate gas) return the contract's debug messages; on-chain calls never do.
pub const CONTRACTS_DEBUG_OUTPUT: pallet_contracts::DebugInfo =
	pallet_contracts::DebugInfo::UnsafeDebug;

/// The storage deposit of `items` storage items holding `bytes` bytes: 0.001 MINI per item and
/// 10 µMINI (0.00001 MINI) per byte, so a 30 KB contract's code deposit is about 0.3 MINI.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	items as Balance * MILLI_MINI + bytes as Balance * 10 * MICRO_MINI
}

parameter_types! {
	/// Held per storage item a contract creates (and for its code).
	pub const DepositPerItem: Balance = deposit(1, 0);
	/// Held per byte of contract storage and code.
	pub const DepositPerByte: Balance = deposit(0, 1);
	/// The deposit limit of a call that names none.
	pub const DefaultDepositLimit: Balance = 10 * MINI;
	/// pallet-contracts' default cost schedule and limits, except the memory a validator may
	/// use to hold a block's storage changes: a full block of `set_storage` can write about
	/// 218 MB, above the default's 192 MB allowance, which is sized for parachain validators
	/// holding PoVs. On this solo chain the changes live in the node's native memory.
	pub Schedule: pallet_contracts::Schedule<Runtime> = {
		let mut schedule = pallet_contracts::Schedule::<Runtime>::default();
		schedule.limits.validator_runtime_memory = 1024 * 1024 * 1024;
		schedule
	};
	/// Share of the code deposit locked by a contract that delegates to another's code.
	pub CodeHashLockupDepositPercent: Perbill = Perbill::from_percent(30);
}

/// What contracts may dispatch with `call_runtime` (as themselves): MINI and MST transfers.
/// Everything else is refused: batches and multisig (which would dispatch further calls past
/// this filter), sudo, other pallets' calls (identities, bonds, oracle duties, the bridge) and
/// contract calls (use the contract API instead).
pub struct ContractsCallFilter;
impl Contains<RuntimeCall> for ContractsCallFilter {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::Balances(
				pallet_balances::Call::transfer_allow_death { .. }
					| pallet_balances::Call::transfer_keep_alive { .. }
					| pallet_balances::Call::transfer_all { .. }
			) | RuntimeCall::Mst(pallet_mst::Call::transfer { .. })
		)
	}
}

/// `seal_random` for contracts: blake2-256 of the subject and the parent block's hash. Aura has
/// no VRF, so this is predictable (by the block author, and by anyone once the parent is
/// known): contracts must not use it where randomness is worth money.
pub struct ParentHashRandomness;
impl Randomness<<Runtime as frame_system::Config>::Hash, BlockNumberFor<Runtime>>
	for ParentHashRandomness
{
	fn random(
		subject: &[u8],
	) -> (<Runtime as frame_system::Config>::Hash, BlockNumberFor<Runtime>) {
		let parent = frame_system::Pallet::<Runtime>::parent_hash();
		let known_since = frame_system::Pallet::<Runtime>::block_number().saturating_sub(1);
		(BlakeTwo256::hash_of(&(subject, parent)), known_since)
	}
}

impl pallet_contracts::Config for Runtime {
	type Time = Timestamp;
	type Randomness = ParentHashRandomness;
	type Currency = Balances;
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type RuntimeHoldReason = RuntimeHoldReason;
	type CallFilter = ContractsCallFilter;
	type WeightPrice = TransactionPayment;
	// polkadot-sdk's measured weights: pallet-contracts is unchanged.
	type WeightInfo = pallet_contracts::weights::SubstrateWeight<Self>;
	type ChainExtension = pallet_builtins::MinixExtension<Self>;
	type Schedule = Schedule;
	type CallStack = [pallet_contracts::Frame<Self>; 5];
	type DepositPerByte = DepositPerByte;
	type DefaultDepositLimit = DefaultDepositLimit;
	type DepositPerItem = DepositPerItem;
	type CodeHashLockupDepositPercent = CodeHashLockupDepositPercent;
	type AddressGenerator = pallet_contracts::DefaultAddressGenerator;
	type MaxCodeLen = ConstU32<{ 123 * 1024 }>;
	type MaxStorageKeyLen = ConstU32<128>;
	type MaxTransientStorageSize = ConstU32<{ 1024 * 1024 }>;
	type MaxDelegateDependencies = ConstU32<32>;
	type UnsafeUnstableInterface = ConstBool<false>;
	type MaxDebugBufferLen = ConstU32<{ 2 * 1024 * 1024 }>;
	type UploadOrigin = EnsureSigned<AccountId>;
	type InstantiateOrigin = EnsureSigned<AccountId>;
	type Migrations = ();
	type Debug = ();
	type Environment = ();
	type ApiVersion = ();
	type Xcm = ();
}

impl pallet_builtins::Config for Runtime {
	type Balance = Balance;
	type Tokens = Mst;
	type Cids = Cid;
	type Oracles = Oracle;
	type Market = super::market::CidListings;
	type Mits = crate::Mit;
	type Nfts = super::NftOwnersOf;
	type Addresses = super::revive::ReviveAddresses;
	type WeightInfo = pallet_builtins::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BuiltinsBenchmarks;
}

/// Sets up tokens, CIDs and claims for `pallet_builtins`' benchmarks with the real pallets (and
/// the MST `pallet_cid`'s `pay` benchmark pays in).
#[cfg(feature = "runtime-benchmarks")]
pub struct BuiltinsBenchmarks;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_cid::BenchmarkHelper<Runtime> for BuiltinsBenchmarks {
	fn token(who: &AccountId, amount: Balance) -> alloc::vec::Vec<u8> {
		<Self as pallet_builtins::BenchmarkHelper<Runtime>>::token(who, amount)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_builtins::BenchmarkHelper<Runtime> for BuiltinsBenchmarks {
	fn token(who: &AccountId, amount: Balance) -> alloc::vec::Vec<u8> {
		use minix_primitives::{mst::XBTC_SYMBOL, ReservedTokens};
		// XBTC: sufficient, so a fresh account can receive it.
		Mst::ensure_reserved(XBTC_SYMBOL, 8).expect("XBTC is reserved");
		Mst::mint_reserved(XBTC_SYMBOL, who, amount).expect("minted");
		XBTC_SYMBOL.to_vec()
	}

	fn cid(cid: minix_primitives::Cid, owner: &AccountId, name: &[u8]) {
		Cid::issue_for_benchmarks(cid, owner);
		Cid::set_name_for_benchmarks(cid, name);
	}

	fn claim(cid: minix_primitives::Cid, key: &[u8]) {
		use minix_primitives::{CidAttest, Claim};
		let claim = Claim {
			issuer: AccountId::new([9; 32]),
			value_hash: Default::default(),
			valid_until: u32::MAX,
		};
		<Cid as CidAttest<_, _>>::set_claim(cid, key.to_vec().try_into().expect("32 bytes"), claim)
			.expect("issued");
	}

	fn oracle_value(key: &[u8], value: minix_primitives::OracleValue) {
		crate::Oracle::set_value_for_benchmarks(&key.to_vec().try_into().expect("32 bytes"), value);
	}

	fn reminted_card(cid: minix_primitives::Cid, owner: &AccountId) {
		Cid::load_for_benchmarks(cid, owner);
	}

	fn dutch_listing(cid: minix_primitives::Cid, owner: &AccountId) -> u64 {
		Cid::load_for_benchmarks(cid, owner);
		let good = super::MarketGood::Cid(cid);
		crate::Market::list_dutch(
			frame_system::RawOrigin::Signed(owner.clone()).into(),
			good,
			10 * minix_primitives::currency::MINI,
			minix_primitives::currency::MINI,
			<super::market::MinDutchDuration as frame_support::traits::Get<_>>::get(),
		)
		.expect("a loaded CID can be listed");
		pallet_market::ListingOfGood::<Runtime>::get(good).expect("listed")
	}

	fn mit(owner: &AccountId, symbol: &[u8], content: &[u8]) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(owner, 10 * minix_primitives::currency::MINI);
		crate::Mit::register(
			frame_system::RawOrigin::Signed(owner.clone()).into(),
			alloc::vec![(symbol.to_vec(), content.to_vec())],
		)
		.expect("a fresh symbol registers");
	}

	fn nft(owner: &AccountId) -> (minix_primitives::CollectionId, minix_primitives::ItemId) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(owner, 10 * minix_primitives::currency::MINI);
		let origin = || frame_system::RawOrigin::Signed(owner.clone()).into();
		crate::Creators::create_collection(origin(), Default::default(), None)
			.expect("a funded account creates a collection");
		let collection = pallet_creators::CollectionsOf::<Runtime>::iter_key_prefix(owner)
			.next()
			.expect("created");
		crate::Creators::mint(origin(), collection, 7, alloc::vec![1; 256]).expect("minted");
		(collection, 7)
	}

	fn map_address(who: &AccountId) {
		use pallet_revive::AddressMapper;
		<Runtime as pallet_revive::Config>::AddressMapper::map_no_deposit_unchecked(who)
			.expect("not mapped yet");
	}
}
