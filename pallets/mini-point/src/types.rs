//! Types of the Mini Point pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::fungible::Inspect;
use scale_info::TypeInfo;

pub(crate) type BalanceOf<T> =
	<<T as crate::Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The pallet's pools.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Pool {
	/// Receives transaction fees (less the author's share) and dust.
	Fee,
	/// Receives the pool share of every CID's mint.
	Ecosystem,
}

/// The supply of MINI and its cap, as the runtime API returns it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct SupplyInfo<Balance> {
	/// Total MINI in existence.
	pub total_issuance: Balance,
	/// `total_issuance` less the inactive part: the contracts' existential deposits that
	/// pallet-revive mints and deactivates, which can never be spent.
	pub active_issuance: Balance,
	/// Distinct CID numbers issued since genesis.
	pub cids_issued: u64,
	/// `(OwnerReward + PoolReward) × cids_issued`: `active_issuance` never exceeds it.
	pub cap: Balance,
	/// Balance of the fee pool.
	pub fee_pool: Balance,
	/// Balance of the ecosystem pool.
	pub ecosystem_pool: Balance,
}
