//! MiniX's precompiles for Solidity contracts on pallet-revive: CID and Oracle reads at fixed
//! addresses, with the Solidity interfaces committed in `contracts/solidity/` (`ICid.sol`,
//! `IOracle.sol`, compiled into this module by `alloy_core::sol!`).
//!
//! They read through the same `minix-primitives` traits as the chain extension. Each function
//! charges its benchmarked weight (`precompile_*` in `weights.rs`) before it runs; every input
//! is answered (an unknown CID, name or key is `found = false`, never a trap), and nothing is
//! ever written, so a precompile cannot change state, not even in a non-static call.

use crate::{Config, Pallet, WeightInfo};
use alloc::vec::Vec;
use alloy_core::{
	primitives::{Address, FixedBytes, I256},
	sol_types::SolCall,
};
use core::{marker::PhantomData, num::NonZero};
use frame_support::weights::Weight;
use frame_system::pallet_prelude::BlockNumberFor;
use minix_primitives::{evm::EvmAddresses, CidInspect, ClaimKey, OracleKey, OracleValues};
use pallet_revive::precompiles::{AddressMatcher, Error, Ext, Precompile};
use sp_core::H160;
use sp_runtime::traits::UniqueSaturatedInto;

alloy_core::sol!("../../contracts/solidity/ICid.sol");
alloy_core::sol!("../../contracts/solidity/IOracle.sol");

pub use ICid::ICidCalls;
pub use IOracle::IOracleCalls;

/// The CID precompile is `0x000000000000000000000000000000000C1D0000`.
pub const CID_PRECOMPILE: u16 = 0x0C1D;
/// The Oracle precompile is `0x000000000000000000000000000000000DA70000`.
pub const ORACLE_PRECOMPILE: u16 = 0x0DA7;
/// Names, claim keys and oracle keys longer than this are never found (MiniX's names, claim
/// keys and oracle keys are all at most 32 bytes); the lookup is not even tried.
pub const MAX_KEY_LEN: usize = 32;

fn to_address(address: H160) -> Address {
	Address::from(address.0)
}

fn from_address(address: &Address) -> H160 {
	H160(address.into_array())
}

impl<T: Config> Pallet<T> {
	/// The weight the CID precompile charges for `input` (its benchmarked worst case).
	pub fn cid_precompile_weight(input: &ICidCalls) -> Weight {
		match input {
			ICidCalls::cidOf(_) => T::WeightInfo::precompile_cid_of(),
			ICidCalls::ownerOf(_) => T::WeightInfo::precompile_owner_of(),
			ICidCalls::resolve(_) => T::WeightInfo::precompile_resolve(),
			ICidCalls::reputationOf(_) => T::WeightInfo::precompile_reputation_of(),
			ICidCalls::claimOf(_) => T::WeightInfo::precompile_claim_of(),
		}
	}

	/// The CID precompile's ABI-encoded answer to `input`.
	pub fn cid_precompile(input: &ICidCalls) -> Vec<u8> {
		let address_of = |who: &T::AccountId| to_address(T::Addresses::address_of(who));
		match input {
			ICidCalls::cidOf(ICid::cidOfCall { account }) => {
				let cid = T::Cids::cid_of(&T::Addresses::account_of(&from_address(account)));
				ICid::cidOfCall::abi_encode_returns(&ICid::cidOfReturn {
					found: cid.is_some(),
					cid: cid.unwrap_or_default(),
				})
			},
			ICidCalls::ownerOf(ICid::ownerOfCall { cid }) => {
				let owner = T::Cids::owner_of(*cid);
				ICid::ownerOfCall::abi_encode_returns(&ICid::ownerOfReturn {
					found: owner.is_some(),
					owner: owner.as_ref().map(address_of).unwrap_or_default(),
				})
			},
			ICidCalls::resolve(ICid::resolveCall { name }) => {
				let found = (name.len() <= MAX_KEY_LEN)
					.then(|| T::Cids::cid_by_name(name.as_bytes()))
					.flatten()
					.and_then(|cid| T::Cids::owner_of(cid).map(|owner| (cid, owner)));
				ICid::resolveCall::abi_encode_returns(&ICid::resolveReturn {
					found: found.is_some(),
					cid: found.as_ref().map(|(cid, _)| *cid).unwrap_or_default(),
					owner: found.as_ref().map(|(_, owner)| address_of(owner)).unwrap_or_default(),
				})
			},
			ICidCalls::reputationOf(ICid::reputationOfCall { cid }) => {
				let found = T::Cids::owner_of(*cid).is_some();
				ICid::reputationOfCall::abi_encode_returns(&ICid::reputationOfReturn {
					found,
					reputation: if found { T::Cids::reputation_of(*cid) } else { 0 },
				})
			},
			ICidCalls::claimOf(ICid::claimOfCall { cid, key }) => {
				let claim = ClaimKey::try_from(key.to_vec())
					.ok()
					.and_then(|key| T::Cids::claim_of(*cid, &key));
				let valid_until =
					|until: BlockNumberFor<T>| -> u64 { until.unique_saturated_into() };
				ICid::claimOfCall::abi_encode_returns(&ICid::claimOfReturn {
					valid: claim.is_some(),
					issuer: claim.as_ref().map(|c| address_of(&c.issuer)).unwrap_or_default(),
					valueHash: claim
						.as_ref()
						.map(|c| FixedBytes(c.value_hash.0))
						.unwrap_or_default(),
					validUntil: claim.map(|c| valid_until(c.valid_until)).unwrap_or_default(),
				})
			},
		}
	}

	/// The weight the Oracle precompile charges for `input` (its benchmarked worst case).
	pub fn oracle_precompile_weight(input: &IOracleCalls) -> Weight {
		match input {
			IOracleCalls::valueOf(_) => T::WeightInfo::precompile_value_of(),
		}
	}

	/// The Oracle precompile's ABI-encoded answer to `input`.
	pub fn oracle_precompile(input: &IOracleCalls) -> Vec<u8> {
		match input {
			IOracleCalls::valueOf(IOracle::valueOfCall { key }) => {
				let timed = OracleKey::try_from(key.to_vec())
					.ok()
					.and_then(|key| T::Oracles::timed_value_of(&key));
				IOracle::valueOfCall::abi_encode_returns(&IOracle::valueOfReturn {
					found: timed.is_some(),
					// Every i128 is an int256.
					value: timed
						.map(|t| I256::try_from(t.value).unwrap_or_default())
						.unwrap_or_default(),
					updatedAt: timed.map(|t| t.updated_at).unwrap_or_default(),
					fresh: timed.is_some_and(|t| t.fresh),
				})
			},
		}
	}
}

/// The CID precompile (`ICid`), at [`CID_PRECOMPILE`].
pub struct CidPrecompile<T>(PhantomData<T>);

impl<T: Config + pallet_revive::Config> Precompile for CidPrecompile<T> {
	type T = T;
	type Interface = ICidCalls;
	const MATCHER: AddressMatcher =
		AddressMatcher::Fixed(NonZero::new(CID_PRECOMPILE).expect("not zero"));
	const HAS_CONTRACT_INFO: bool = false;

	fn call(
		_address: &[u8; 20],
		input: &Self::Interface,
		env: &mut impl Ext<T = Self::T>,
	) -> Result<Vec<u8>, Error> {
		env.charge(Pallet::<T>::cid_precompile_weight(input))?;
		Ok(Pallet::<T>::cid_precompile(input))
	}
}

/// The Oracle precompile (`IOracle`), at [`ORACLE_PRECOMPILE`].
pub struct OraclePrecompile<T>(PhantomData<T>);

impl<T: Config + pallet_revive::Config> Precompile for OraclePrecompile<T> {
	type T = T;
	type Interface = IOracleCalls;
	const MATCHER: AddressMatcher =
		AddressMatcher::Fixed(NonZero::new(ORACLE_PRECOMPILE).expect("not zero"));
	const HAS_CONTRACT_INFO: bool = false;

	fn call(
		_address: &[u8; 20],
		input: &Self::Interface,
		env: &mut impl Ext<T = Self::T>,
	) -> Result<Vec<u8>, Error> {
		env.charge(Pallet::<T>::oracle_precompile_weight(input))?;
		Ok(Pallet::<T>::oracle_precompile(input))
	}
}
