//! Transaction inclusion proofs: BIP37 partial merkle trees, as `bitcoind gettxoutproof` returns
//! them (the block header followed by the tree), and plain merkle branches.

use super::Reader;
use alloc::vec::Vec;
use minix_primitives::btc::{sha256d, BtcHeader, HEADER_LEN};
use sp_core::H256;

/// The most transactions a block can hold (4 MWU / 240 WU per minimal transaction), as in
/// Bitcoin Core's `CPartialMerkleTree::ExtractMatches`.
pub const MAX_BLOCK_TXS: u32 = 4_000_000 / 240;
/// The deepest branch a valid block can have.
pub const MAX_BRANCH_DEPTH: usize = 15;

/// Why a proof was refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ProofError {
	/// The bytes do not parse (length, counts, trailing data).
	Malformed,
	/// The tree is inconsistent: bits or hashes left over or missing, a duplicated right
	/// sibling (CVE-2012-2459), a transaction count out of range.
	BadTree,
}

/// A parsed `gettxoutproof` result.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PartialMerkleProof {
	/// The block header.
	pub header: BtcHeader,
	/// Transactions in the block.
	pub tx_count: u32,
	/// The hashes of the tree, depth first.
	pub hashes: Vec<H256>,
	/// The flag bits, least significant bit first.
	pub bits: Vec<bool>,
	/// How many flag bytes there were (all must be used but padding).
	pub flag_bytes: usize,
}

impl PartialMerkleProof {
	/// Parse `header (80) | u32 tx_count | varint n | n × hash | varint m | m flag bytes`.
	pub fn parse(bytes: &[u8]) -> Result<Self, ProofError> {
		let mut r = Reader::new(bytes);
		let header = r.take(HEADER_LEN).and_then(BtcHeader::parse).ok_or(ProofError::Malformed)?;
		let tx_count = r.u32().ok_or(ProofError::Malformed)?;
		let n = r.count(32).ok_or(ProofError::Malformed)?;
		let hashes = (0..n)
			.map(|_| r.hash())
			.collect::<Option<Vec<_>>>()
			.ok_or(ProofError::Malformed)?;
		let flags = r.var_bytes().ok_or(ProofError::Malformed)?;
		if !r.at_end() {
			return Err(ProofError::Malformed);
		}
		let bits = flags.iter().flat_map(|b| (0..8).map(move |i| b & (1 << i) != 0)).collect();
		Ok(PartialMerkleProof { header, tx_count, hashes, bits, flag_bytes: flags.len() })
	}

	/// The merkle root and the matched `(index, txid)` leaves, exactly as Bitcoin Core's
	/// `CPartialMerkleTree::ExtractMatches` computes them.
	pub fn extract_matches(&self) -> Result<(H256, Vec<(u32, H256)>), ProofError> {
		let n = self.tx_count;
		if n == 0 || n > MAX_BLOCK_TXS || self.hashes.len() > n as usize {
			return Err(ProofError::BadTree);
		}
		if self.bits.len() < self.hashes.len() {
			return Err(ProofError::BadTree);
		}
		let mut height = 0;
		while tree_width(n, height) > 1 {
			height += 1;
		}
		let mut walk = Walk { proof: self, bits_used: 0, hashes_used: 0, matches: Vec::new() };
		let root = walk.traverse(height, 0)?;
		if (walk.bits_used + 7) / 8 != self.flag_bytes || walk.hashes_used != self.hashes.len() {
			return Err(ProofError::BadTree);
		}
		Ok((root, walk.matches))
	}
}

fn tree_width(tx_count: u32, height: u32) -> u32 {
	((tx_count as u64 + (1u64 << height) - 1) >> height) as u32
}

fn node(left: &H256, right: &H256) -> H256 {
	let mut both = [0u8; 64];
	both[..32].copy_from_slice(left.as_bytes());
	both[32..].copy_from_slice(right.as_bytes());
	sha256d(&both)
}

struct Walk<'a> {
	proof: &'a PartialMerkleProof,
	bits_used: usize,
	hashes_used: usize,
	matches: Vec<(u32, H256)>,
}

impl Walk<'_> {
	fn traverse(&mut self, height: u32, pos: u32) -> Result<H256, ProofError> {
		let parent_of_match = *self.proof.bits.get(self.bits_used).ok_or(ProofError::BadTree)?;
		self.bits_used += 1;
		if height == 0 || !parent_of_match {
			let hash = *self.proof.hashes.get(self.hashes_used).ok_or(ProofError::BadTree)?;
			self.hashes_used += 1;
			if height == 0 && parent_of_match {
				self.matches.push((pos, hash));
			}
			return Ok(hash);
		}
		let left = self.traverse(height - 1, pos * 2)?;
		let right = if pos * 2 + 1 < tree_width(self.proof.tx_count, height - 1) {
			let right = self.traverse(height - 1, pos * 2 + 1)?;
			if right == left {
				return Err(ProofError::BadTree);
			}
			right
		} else {
			left
		};
		Ok(node(&left, &right))
	}
}

/// The merkle root from a leaf and its branch (siblings from the leaf up); `index` is the
/// leaf's position, whose bits pick the side at each level. `None` if the index has bits above
/// the branch or the branch is deeper than any block's.
pub fn branch_root(leaf: H256, index: u32, siblings: &[H256]) -> Option<H256> {
	if siblings.len() > MAX_BRANCH_DEPTH || (index as u64) >> siblings.len() != 0 {
		return None;
	}
	let mut hash = leaf;
	for (level, sibling) in siblings.iter().enumerate() {
		hash = if index >> level & 1 == 1 { node(sibling, &hash) } else { node(&hash, sibling) };
	}
	Some(hash)
}
