//! Types stored by the light client.

use super::*;

/// A raw header as submitted: exactly 80 bytes are accepted.
pub type RawHeader = BoundedVec<u8, ConstU32<{ HEADER_LEN as u32 }>>;
/// The last up-to-11 block times of a branch, oldest first (for median-time-past).
pub type RecentTimes = BoundedVec<u32, ConstU32<{ MEDIAN_TIME_SPAN as u32 }>>;

/// A stored header with what validating its children needs, so that no rule walks the chain.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct HeaderRecord {
	/// The parsed header.
	pub header: BtcHeader,
	/// Its height.
	pub height: u32,
	/// Total work of the branch up to and including this header.
	pub chain_work: U256,
	/// The time of the first block of this header's difficulty epoch, on this branch.
	pub epoch_start_time: u32,
	/// The times of this header and up to ten ancestors on its branch, oldest first.
	pub recent_times: RecentTimes,
}

/// The anchor the light client starts from (a header it trusts without its ancestors), as
/// given in a chain spec (`header` is hex).
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckpointConfig {
	/// The network whose rules apply.
	pub network: BtcNetwork,
	/// The checkpoint's height.
	pub height: u32,
	/// Its 80-byte header.
	#[serde(with = "sp_core::bytes")]
	pub header: alloc::vec::Vec<u8>,
	/// The time of the first block of its difficulty epoch (its own time when
	/// `height % 2016 == 0`); needed for the first retarget after it.
	pub epoch_start_time: u32,
	/// The times of up to ten blocks before it, oldest first (median-time-past of its first
	/// children); empty means only its own time counts.
	pub previous_times: alloc::vec::Vec<u32>,
}

/// The best chain's tip.
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
pub struct Tip {
	/// Block id (internal byte order).
	pub hash: H256,
	/// Height.
	pub height: u32,
}
