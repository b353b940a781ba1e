//! v2 benchmarks of each function through [`Pallet::run`], on its most expensive path: the
//! lookup hits, the transfer moves tokens, and inputs are as long as they may be.

use super::*;
use alloc::{vec, vec::Vec};
use codec::Encode;
use frame_benchmarking::v2::*;
use minix_primitives::{evm::EvmAddresses, mst::MAX_SYMBOL_LEN, Cid};
use precompiles::{ICid, ICidCalls, IOracle, IOracleCalls};

/// What the benchmarks need the runtime to set up.
pub trait BenchmarkHelper<T: Config> {
	/// An MST of which `who` can spend `amount`, that a fresh account can receive; its symbol.
	fn token(who: &T::AccountId, amount: T::Balance) -> Vec<u8>;
	/// Issue `cid` to `owner` and name it `name`.
	fn cid(cid: Cid, owner: &T::AccountId, name: &[u8]);
	/// Record a valid claim `key` about `cid`.
	fn claim(cid: Cid, key: &[u8]);
	/// Make `key` a feed key whose combined value is `value` now.
	fn oracle_value(key: &[u8], value: minix_primitives::OracleValue);
	/// Issue `cid` to `owner` with a C-Card reminted once.
	fn reminted_card(cid: Cid, owner: &T::AccountId);
	/// Issue `cid` to `owner` and list it in a Dutch auction; the listing's id.
	fn dutch_listing(cid: Cid, owner: &T::AccountId) -> u64;
	/// Register the MIT `symbol` with `content` to `owner`.
	fn mit(owner: &T::AccountId, symbol: &[u8], content: &[u8]);
	/// Mint an item of a creator's collection to `owner`; its `(collection, item)`.
	fn nft(owner: &T::AccountId) -> (minix_primitives::CollectionId, minix_primitives::ItemId);
	/// Map `who` to its Ethereum address (`revive.mapAccount`), so the address means `who`.
	fn map_address(who: &T::AccountId);
}

const CID: Cid = 1_000_000_001;
const NAME: &[u8] = b"benchmark.avatar";
/// A name as long as the precompiles look up ([`precompiles::MAX_KEY_LEN`]).
const LONG_NAME: &[u8] = b"benchmark.avatar.of.32.bytes.max";
/// The longest MIT symbol and content the runtime allows.
const MAX_MIT_SYMBOL: usize = 64;
const MAX_MIT_CONTENT: usize = 256;

fn contract<T: Config>() -> T::AccountId {
	account("contract", 0, 0)
}

/// The CID precompile must find what it is asked for (`found`/`valid` is the first word).
fn answer_cid<T: Config>(input: &ICidCalls) {
	let output = Pallet::<T>::cid_precompile(input);
	assert_eq!(output[31], 1, "found");
}

fn to_sol(address: sp_core::H160) -> alloy_core::primitives::Address {
	alloy_core::primitives::Address::from(address.0)
}

/// `Pallet::run` must succeed.
fn run<T: Config>(func: Func, input: &[u8]) {
	assert!(Pallet::<T>::run(func, &contract::<T>(), false, input).is_ok());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn mst_balance() {
		let who: T::AccountId = account("who", 0, 0);
		let symbol = T::BenchmarkHelper::token(&who, 1_000u32.into());
		let input = (symbol, who).encode();
		#[block]
		{
			run::<T>(Func::MstBalance, &input);
		}
	}

	#[benchmark]
	fn mst_details() {
		let symbol = T::BenchmarkHelper::token(&account("who", 0, 0), 1_000u32.into());
		let input = symbol.encode();
		#[block]
		{
			run::<T>(Func::MstDetails, &input);
		}
	}

	/// To a fresh account (it is created).
	#[benchmark]
	fn mst_transfer() {
		let symbol = T::BenchmarkHelper::token(&contract::<T>(), 1_000u32.into());
		let to: T::AccountId = account("to", 0, 0);
		let amount: T::Balance = 100u32.into();
		let input = (symbol.clone(), to.clone(), amount).encode();
		#[block]
		{
			run::<T>(Func::MstTransfer, &input);
		}
		assert_eq!(T::Tokens::balance(&symbol, &to), Some(amount));
	}

	#[benchmark]
	fn cid_of() {
		let owner: T::AccountId = account("owner", 0, 0);
		T::BenchmarkHelper::cid(CID, &owner, NAME);
		let input = owner.encode();
		#[block]
		{
			run::<T>(Func::CidOf, &input);
		}
	}

	#[benchmark]
	fn cid_owner() {
		T::BenchmarkHelper::cid(CID, &account("owner", 0, 0), NAME);
		let input = CID.encode();
		#[block]
		{
			run::<T>(Func::CidOwner, &input);
		}
	}

	#[benchmark]
	fn resolve_name() {
		T::BenchmarkHelper::cid(CID, &account("owner", 0, 0), NAME);
		let input = NAME.to_ascii_uppercase().encode();
		#[block]
		{
			run::<T>(Func::ResolveName, &input);
		}
	}

	#[benchmark]
	fn reputation() {
		T::BenchmarkHelper::cid(CID, &account("owner", 0, 0), NAME);
		let input = CID.encode();
		#[block]
		{
			run::<T>(Func::Reputation, &input);
		}
	}

	#[benchmark]
	fn claim() {
		T::BenchmarkHelper::cid(CID, &account("owner", 0, 0), NAME);
		let key = vec![b'k'; 32];
		T::BenchmarkHelper::claim(CID, &key);
		let input = (CID, key).encode();
		#[block]
		{
			run::<T>(Func::Claim, &input);
		}
	}

	#[benchmark]
	fn oracle_value() {
		let key = vec![b'k'; 32];
		T::BenchmarkHelper::oracle_value(&key, 42);
		let input = key.encode();
		#[block]
		{
			run::<T>(Func::OracleValue, &input);
		}
	}

	#[benchmark]
	fn card_remints() {
		T::BenchmarkHelper::reminted_card(CID, &account("owner", 0, 0));
		let input = CID.encode();
		#[block]
		{
			run::<T>(Func::CardRemints, &input);
		}
	}

	#[benchmark]
	fn cid_listing() {
		T::BenchmarkHelper::dutch_listing(CID, &account("owner", 0, 0));
		let input = CID.encode();
		#[block]
		{
			run::<T>(Func::CidListing, &input);
		}
	}

	#[benchmark]
	fn listing_price() {
		let id = T::BenchmarkHelper::dutch_listing(CID, &account("owner", 0, 0));
		let input = id.encode();
		#[block]
		{
			run::<T>(Func::ListingPrice, &input);
		}
	}

	/// The longest symbol, in another case than registered.
	#[benchmark]
	fn mit_owner() {
		let symbol = vec![b'm'; MAX_MIT_SYMBOL];
		T::BenchmarkHelper::mit(&account("owner", 0, 0), &symbol, &[7; MAX_MIT_CONTENT]);
		let input = symbol.to_ascii_uppercase().encode();
		#[block]
		{
			run::<T>(Func::MitOwner, &input);
		}
	}

	/// The longest symbol and content.
	#[benchmark]
	fn mit_content() {
		let symbol = vec![b'm'; MAX_MIT_SYMBOL];
		T::BenchmarkHelper::mit(&account("owner", 0, 0), &symbol, &[7; MAX_MIT_CONTENT]);
		let input = symbol.encode();
		#[block]
		{
			run::<T>(Func::MitContent, &input);
		}
	}

	#[benchmark]
	fn nft_owner() {
		let id = T::BenchmarkHelper::nft(&account("owner", 0, 0));
		let input = id.encode();
		#[block]
		{
			run::<T>(Func::NftOwner, &input);
		}
	}

	/// The CID precompile's `cidOf` of a mapped address that owns a CID.
	#[benchmark]
	fn precompile_cid_of() {
		let owner: T::AccountId = account("owner", 0, 0);
		T::BenchmarkHelper::cid(CID, &owner, NAME);
		T::BenchmarkHelper::map_address(&owner);
		let account = to_sol(T::Addresses::address_of(&owner));
		let input = ICidCalls::cidOf(ICid::cidOfCall { account });
		#[block]
		{
			answer_cid::<T>(&input);
		}
	}

	#[benchmark]
	fn precompile_owner_of() {
		T::BenchmarkHelper::cid(CID, &account("owner", 0, 0), NAME);
		let input = ICidCalls::ownerOf(ICid::ownerOfCall { cid: CID });
		#[block]
		{
			answer_cid::<T>(&input);
		}
	}

	/// The longest name looked up, in another case than registered.
	#[benchmark]
	fn precompile_resolve() {
		T::BenchmarkHelper::cid(CID, &account("owner", 0, 0), LONG_NAME);
		let name = alloc::string::String::from_utf8(LONG_NAME.to_ascii_uppercase()).unwrap();
		let input = ICidCalls::resolve(ICid::resolveCall { name });
		#[block]
		{
			answer_cid::<T>(&input);
		}
	}

	#[benchmark]
	fn precompile_reputation_of() {
		T::BenchmarkHelper::cid(CID, &account("owner", 0, 0), NAME);
		let input = ICidCalls::reputationOf(ICid::reputationOfCall { cid: CID });
		#[block]
		{
			answer_cid::<T>(&input);
		}
	}

	/// A valid claim with the longest key.
	#[benchmark]
	fn precompile_claim_of() {
		T::BenchmarkHelper::cid(CID, &account("owner", 0, 0), NAME);
		let key = vec![b'k'; precompiles::MAX_KEY_LEN];
		T::BenchmarkHelper::claim(CID, &key);
		let input = ICidCalls::claimOf(ICid::claimOfCall { cid: CID, key: key.into() });
		#[block]
		{
			answer_cid::<T>(&input);
		}
	}

	/// A fresh value with the longest key.
	#[benchmark]
	fn precompile_value_of() {
		let key = vec![b'k'; precompiles::MAX_KEY_LEN];
		T::BenchmarkHelper::oracle_value(&key, -42);
		let input = IOracleCalls::valueOf(IOracle::valueOfCall { key: key.into() });
		#[block]
		{
			assert!(Pallet::<T>::oracle_precompile(&input).len() == 4 * 32);
		}
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}

// The longest symbol still fits the input bound with an account and a balance.
const _: () = assert!(MAX_SYMBOL_LEN + 2 + 32 + 16 <= MAX_INPUT_LEN);
