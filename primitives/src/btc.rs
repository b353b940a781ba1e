//! Bitcoin consensus primitives shared by the light client and the XBTC bridge: the 80-byte
//! header, double SHA-256, compact targets (`nBits`), chain work and the difficulty retarget,
//! exactly as Bitcoin Core computes them; and the trait through which the bridge learns of deep
//! reorganisations.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::{H256, U256};

/// Length of a serialized block header.
pub const HEADER_LEN: usize = 80;
/// Blocks per difficulty epoch.
pub const EPOCH_BLOCKS: u32 = 2016;
/// The intended length of an epoch, in seconds (two weeks).
pub const TARGET_TIMESPAN: u32 = 14 * 24 * 60 * 60;
/// How far into the future (seconds, by the chain's clock) a header's time may be.
pub const MAX_FUTURE_DRIFT: u64 = 2 * 60 * 60;
/// How many previous times the median-time-past rule looks at.
pub const MEDIAN_TIME_SPAN: usize = 11;

/// Double SHA-256, Bitcoin's hash for block ids, transaction ids and merkle nodes. The result is
/// in internal byte order (explorers show it reversed).
pub fn sha256d(data: &[u8]) -> H256 {
	H256(sp_io::hashing::sha2_256(&sp_io::hashing::sha2_256(data)))
}

/// A Bitcoin network, which fixes the proof-of-work limit and whether difficulty retargets.
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
	serde::Serialize,
	serde::Deserialize,
)]
pub enum BtcNetwork {
	/// Bitcoin mainnet.
	#[codec(index = 0)]
	Mainnet,
	/// Signet (the default signet's limit; retargets like mainnet).
	#[codec(index = 1)]
	Signet,
	/// Regtest: no retarget, the easiest target (for tests).
	#[codec(index = 2)]
	Regtest,
}

impl BtcNetwork {
	/// The easiest allowed target, compact.
	pub fn pow_limit_bits(self) -> u32 {
		match self {
			BtcNetwork::Mainnet => 0x1d00ffff,
			BtcNetwork::Signet => 0x1e0377ae,
			BtcNetwork::Regtest => 0x207fffff,
		}
	}

	/// The easiest allowed target.
	pub fn pow_limit(self) -> U256 {
		// The constants above are valid compact targets.
		target_from_bits(self.pow_limit_bits()).unwrap_or_default()
	}

	/// Whether difficulty is recomputed every [`EPOCH_BLOCKS`].
	pub fn retargets(self) -> bool {
		!matches!(self, BtcNetwork::Regtest)
	}

	/// The heights from which BIP34 (version 2), BIP66 (version 3) and BIP65 (version 4) are
	/// enforced: Bitcoin Core's `BIP34Height`, `BIP66Height` and `BIP65Height` of the network's
	/// chain parameters (signet and regtest have them all from height 1).
	pub fn version_heights(self) -> [u32; 3] {
		match self {
			BtcNetwork::Mainnet => [227_931, 363_725, 388_381],
			BtcNetwork::Signet | BtcNetwork::Regtest => [1, 1, 1],
		}
	}

	/// The lowest block version valid at `height`, as Bitcoin Core's
	/// `ContextualCheckBlockHeader` ("bad-version"): 2 from BIP34, 3 from BIP66, 4 from BIP65.
	/// Versions compare as Core's signed `int32_t`, so one with the top bit set is below all.
	pub fn version_allowed(self, height: u32, version: u32) -> bool {
		let [bip34, bip66, bip65] = self.version_heights();
		let min = if height >= bip65 {
			4
		} else if height >= bip66 {
			3
		} else if height >= bip34 {
			2
		} else {
			i32::MIN
		};
		(version as i32) >= min
	}
}

/// A parsed block header.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct BtcHeader {
	/// Block version (signalling bits included).
	pub version: u32,
	/// The parent's id (internal byte order).
	pub prev: H256,
	/// The merkle root of the block's transactions (internal byte order).
	pub merkle_root: H256,
	/// Block time, seconds since the Unix epoch.
	pub time: u32,
	/// The target, compact.
	pub bits: u32,
	/// The nonce.
	pub nonce: u32,
}

impl BtcHeader {
	/// Parse exactly [`HEADER_LEN`] bytes; `None` for any other length.
	pub fn parse(bytes: &[u8]) -> Option<BtcHeader> {
		if bytes.len() != HEADER_LEN {
			return None;
		}
		let u32_at = |at: usize| {
			let mut word = [0u8; 4];
			word.copy_from_slice(&bytes[at..at + 4]);
			u32::from_le_bytes(word)
		};
		Some(BtcHeader {
			version: u32_at(0),
			prev: H256::from_slice(&bytes[4..36]),
			merkle_root: H256::from_slice(&bytes[36..68]),
			time: u32_at(68),
			bits: u32_at(72),
			nonce: u32_at(76),
		})
	}

	/// The 80-byte serialization.
	pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
		let mut out = [0u8; HEADER_LEN];
		out[0..4].copy_from_slice(&self.version.to_le_bytes());
		out[4..36].copy_from_slice(self.prev.as_bytes());
		out[36..68].copy_from_slice(self.merkle_root.as_bytes());
		out[68..72].copy_from_slice(&self.time.to_le_bytes());
		out[72..76].copy_from_slice(&self.bits.to_le_bytes());
		out[76..80].copy_from_slice(&self.nonce.to_le_bytes());
		out
	}

	/// The block id: double SHA-256 of the serialization.
	pub fn hash(&self) -> H256 {
		sha256d(&self.to_bytes())
	}
}

/// A hash read as the 256-bit number proof of work compares (little-endian).
pub fn hash_as_number(hash: &H256) -> U256 {
	U256::from_little_endian(hash.as_bytes())
}

/// The target encoded by `bits`; `None` if it is zero, negative or overflows 256 bits
/// (Bitcoin Core's `SetCompact` flags).
pub fn target_from_bits(bits: u32) -> Option<U256> {
	let size = bits >> 24;
	let word = bits & 0x007f_ffff;
	let negative = word != 0 && bits & 0x0080_0000 != 0;
	let overflow =
		word != 0 && (size > 34 || (word > 0xff && size > 33) || (word > 0xffff && size > 32));
	if negative || overflow {
		return None;
	}
	let target = if size <= 3 {
		U256::from(word >> (8 * (3 - size)))
	} else {
		U256::from(word) << (8 * (size - 3))
	};
	(!target.is_zero()).then_some(target)
}

/// The compact encoding of `target` (Bitcoin Core's `GetCompact`).
pub fn bits_from_target(target: U256) -> u32 {
	let mut size = target.bits().div_ceil(8) as u32;
	let mut compact = if size <= 3 {
		target.low_u64() << (8 * (3 - size))
	} else {
		(target >> (8 * (size - 3))).low_u64()
	} as u32;
	if compact & 0x0080_0000 != 0 {
		compact >>= 8;
		size += 1;
	}
	compact | (size << 24)
}

/// The expected number of hashes to meet `target`: `2^256 / (target + 1)`.
pub fn work_of(target: U256) -> U256 {
	// 2^256 / (t + 1) == (!t / (t + 1)) + 1, without overflowing 256 bits.
	(!target / target.saturating_add(U256::one())).saturating_add(U256::one())
}

/// Bitcoin Core's retarget: the parent's target scaled by the epoch's actual timespan (clamped
/// to a quarter and four times two weeks), capped at the network's limit.
pub fn retarget(
	network: BtcNetwork,
	parent_bits: u32,
	epoch_start_time: u32,
	parent_time: u32,
) -> u32 {
	let limit = network.pow_limit();
	let Some(old) = target_from_bits(parent_bits) else { return network.pow_limit_bits() };
	let actual = i64::from(parent_time) - i64::from(epoch_start_time);
	let span = i64::from(TARGET_TIMESPAN);
	let actual = actual.clamp(span / 4, span * 4) as u64;
	let scaled = old.full_mul(U256::from(actual)) / sp_core::U512::from(TARGET_TIMESPAN);
	let new = U256::try_from(scaled).unwrap_or(limit).min(limit);
	bits_from_target(new)
}

/// Told by the light client when the best chain lost at least the confirmation depth of blocks
/// (the bridge pauses: a block whose transactions it counted may be gone).
pub trait OnDeepReorg {
	/// The best chain lost `depth` blocks.
	fn on_deep_reorg(depth: u32);
}

impl OnDeepReorg for () {
	fn on_deep_reorg(_: u32) {}
}

/// What the bridge reads from the light client.
pub trait BtcChain {
	/// The network the light client follows, once anchored.
	fn network() -> Option<BtcNetwork>;
	/// Confirmations of block `hash` if it is on the best chain (1 = it is the tip).
	fn confirmations(hash: &H256) -> Option<u32>;
	/// The merkle root of a known block.
	fn merkle_root(hash: &H256) -> Option<H256>;
	/// The best tip's height and median time past (BIP113): what decides whether a
	/// transaction's lock time lets it into the next block.
	fn tip_height_and_mtp() -> Option<(u32, u32)>;
	/// Benchmarks only: restart on regtest with a best-chain block of `merkle_root` that has
	/// `confirmations` confirmations; returns its id.
	#[cfg(feature = "runtime-benchmarks")]
	fn confirmed_block_for_benchmarks(merkle_root: H256, confirmations: u32) -> H256;
}

/// Mine a regtest header on `prev` at `time` (about two tries at regtest difficulty), for tests
/// and benchmarks. `salt` makes siblings differ.
#[cfg(any(feature = "std", feature = "runtime-benchmarks"))]
pub fn mine_regtest(prev: H256, merkle_root: H256, time: u32, salt: u32) -> BtcHeader {
	let limit = BtcNetwork::Regtest.pow_limit();
	let mut header = BtcHeader {
		version: 0x2000_0000,
		prev,
		merkle_root,
		time,
		bits: BtcNetwork::Regtest.pow_limit_bits(),
		nonce: salt << 16,
	};
	while hash_as_number(&header.hash()) > limit {
		header.nonce = header.nonce.wrapping_add(1);
	}
	header
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn compact_targets_round_trip_like_bitcoin_core() {
		for bits in [0x1d00ffff, 0x1729fb45, 0x1725bb76, 0x207fffff, 0x1e0377ae, 0x18014735] {
			assert_eq!(bits_from_target(target_from_bits(bits).unwrap()), bits);
		}
		// Negative, overflowing and zero targets are invalid.
		assert_eq!(target_from_bits(0x04123456), Some(U256::from(0x12345600u64)));
		assert_eq!(target_from_bits(0x04923456), None);
		assert_eq!(target_from_bits(0x01803456), None);
		assert_eq!(target_from_bits(0xff123456), None);
		assert_eq!(target_from_bits(0x1d000000), None);
	}

	#[test]
	fn block_versions_follow_core_bip34_66_65_heights() {
		let m = BtcNetwork::Mainnet;
		assert!(m.version_allowed(227_930, 1) && !m.version_allowed(227_931, 1));
		assert!(m.version_allowed(363_724, 2) && !m.version_allowed(363_725, 2));
		assert!(m.version_allowed(388_380, 3) && !m.version_allowed(388_381, 3));
		assert!(m.version_allowed(388_381, 4) && m.version_allowed(900_000, 0x2000_0000));
		// Core's int32: a version with the top bit set is negative.
		assert!(!m.version_allowed(900_000, 0x8000_0004));
		assert!(m.version_allowed(0, 0x8000_0000));
		for net in [BtcNetwork::Signet, BtcNetwork::Regtest] {
			assert!(net.version_allowed(0, 1) && !net.version_allowed(1, 3));
			assert!(net.version_allowed(1, 4));
		}
	}

	#[test]
	fn the_578592_retarget_is_reproduced() {
		// Epoch 576576..578591: time(578591) - time(576576) = 1_087_168 s.
		let start = 1_556_000_000;
		assert_eq!(retarget(BtcNetwork::Mainnet, 0x1729fb45, start, start + 1_087_168), 0x1725bb76);
	}

	#[test]
	fn work_of_the_easiest_mainnet_target_is_about_2_pow_32() {
		let work = work_of(BtcNetwork::Mainnet.pow_limit());
		assert_eq!(work, U256::from(0x1_0001_0001u64));
	}
}
