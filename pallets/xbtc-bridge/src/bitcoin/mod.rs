//! Bitcoin formats the bridge reads and checks, written for a `no_std` runtime and for hostile
//! input: every parser is total (no panics, no allocation larger than its input) and rejects
//! non-canonical encodings.
//!
//! - [`tx`]: transactions (legacy and segwit), ids, outpoints.
//! - [`merkle`]: BIP37 partial merkle trees (`bitcoind gettxoutproof`) and plain branches.
//! - [`address`]: Bitcoin addresses (base58check, bech32/bech32m) and ss58 accounts.
//! - [`script`]: the trustees' P2WSH multisig, `OP_RETURN` payloads.
//! - [`sighash`]: BIP143 signature hashes, strict DER signatures, ECDSA verification.

pub mod address;
pub mod merkle;
pub mod script;
pub mod sighash;
pub mod tx;

/// The largest size a CompactSize may give (Bitcoin Core's `MAX_SIZE`, 32 MiB).
pub const MAX_SIZE: u64 = 0x0200_0000;

/// A cursor over untrusted bytes.
pub(crate) struct Reader<'a> {
	data: &'a [u8],
	pos: usize,
}

impl<'a> Reader<'a> {
	pub(crate) fn new(data: &'a [u8]) -> Self {
		Reader { data, pos: 0 }
	}

	pub(crate) fn remaining(&self) -> usize {
		self.data.len() - self.pos
	}

	pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
		let end = self.pos.checked_add(n)?;
		let out = self.data.get(self.pos..end)?;
		self.pos = end;
		Some(out)
	}

	pub(crate) fn peek(&self, offset: usize) -> Option<u8> {
		self.data.get(self.pos.checked_add(offset)?).copied()
	}

	pub(crate) fn u8(&mut self) -> Option<u8> {
		Some(self.take(1)?[0])
	}

	pub(crate) fn u32(&mut self) -> Option<u32> {
		Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
	}

	pub(crate) fn u64(&mut self) -> Option<u64> {
		Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
	}

	pub(crate) fn hash(&mut self) -> Option<sp_core::H256> {
		Some(sp_core::H256::from_slice(self.take(32)?))
	}

	/// A canonical CompactSize, as Bitcoin Core's `ReadCompactSize`: the shortest encoding of
	/// its value ("non-canonical ReadCompactSize()") and at most `MAX_SIZE` ("size too large").
	pub(crate) fn varint(&mut self) -> Option<u64> {
		let (value, min) = match self.u8()? {
			n @ 0..=0xfc => return Some(n as u64),
			0xfd => (u16::from_le_bytes(self.take(2)?.try_into().ok()?) as u64, 0xfd),
			0xfe => (self.u32()? as u64, 0x1_0000),
			_ => (self.u64()?, 0x1_0000_0000),
		};
		(value >= min && value <= MAX_SIZE).then_some(value)
	}

	/// A count of items of at least `min_item` bytes each that can still fit in the input.
	pub(crate) fn count(&mut self, min_item: usize) -> Option<usize> {
		let n = usize::try_from(self.varint()?).ok()?;
		(n <= self.remaining() / min_item.max(1)).then_some(n)
	}

	/// Bytes prefixed by their CompactSize length.
	pub(crate) fn var_bytes(&mut self) -> Option<&'a [u8]> {
		let n = self.count(1)?;
		self.take(n)
	}

	pub(crate) fn at_end(&self) -> bool {
		self.pos == self.data.len()
	}
}

/// Append `n` as a CompactSize.
pub(crate) fn write_varint(out: &mut alloc::vec::Vec<u8>, n: u64) {
	match n {
		0..=0xfc => out.push(n as u8),
		0xfd..=0xffff => {
			out.push(0xfd);
			out.extend_from_slice(&(n as u16).to_le_bytes());
		},
		0x1_0000..=0xffff_ffff => {
			out.push(0xfe);
			out.extend_from_slice(&(n as u32).to_le_bytes());
		},
		_ => {
			out.push(0xff);
			out.extend_from_slice(&n.to_le_bytes());
		},
	}
}
