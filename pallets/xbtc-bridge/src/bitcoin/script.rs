//! Scripts: the trustees' sorted multisig behind P2WSH, and `OP_RETURN` payloads naming a
//! deposit's beneficiary.

use super::address::ss58_account;
use alloc::vec::Vec;

/// `OP_RETURN`.
pub const OP_RETURN: u8 = 0x6a;
/// `OP_CHECKMULTISIG`.
pub const OP_CHECKMULTISIG: u8 = 0xae;
/// The most keys in the trustees' multisig (`OP_16` is the largest small-number opcode, and
/// P2WSH's standardness limit is 20 keys anyway).
pub const MAX_MULTISIG_KEYS: usize = 16;
/// The compact beneficiary form: `b"MINIX"`, a version byte (1), the 32-byte account.
pub const COMPACT_MAGIC: &[u8; 5] = b"MINIX";
/// The compact form's version.
pub const COMPACT_VERSION: u8 = 1;
/// The longest referral accepted after `@`.
pub const MAX_REFERRAL_LEN: usize = 32;

fn small_int(n: usize) -> u8 {
	// OP_1 .. OP_16.
	0x50 + n as u8
}

/// `OP_t <key>… OP_n OP_CHECKMULTISIG` with the keys in lexicographic order (BIP67), so the
/// same set always gives the same script. `None` unless 1 <= t <= n <= 16.
pub fn sorted_multisig(threshold: usize, keys: &[[u8; 33]]) -> Option<Vec<u8>> {
	if threshold == 0 || threshold > keys.len() || keys.len() > MAX_MULTISIG_KEYS {
		return None;
	}
	let mut sorted = keys.to_vec();
	sorted.sort();
	let mut script = alloc::vec![small_int(threshold)];
	for key in &sorted {
		script.push(33);
		script.extend_from_slice(key);
	}
	script.push(small_int(sorted.len()));
	script.push(OP_CHECKMULTISIG);
	Some(script)
}

/// The P2WSH output script (`OP_0 <sha256(script)>`) of a witness script.
pub fn p2wsh(witness_script: &[u8]) -> Vec<u8> {
	let mut out = alloc::vec![0x00, 0x20];
	out.extend_from_slice(&sp_io::hashing::sha2_256(witness_script));
	out
}

/// The data pushed after `OP_RETURN`, concatenated; `None` if the script is not an
/// `OP_RETURN` with only push operations.
pub fn op_return_data(script: &[u8]) -> Option<Vec<u8>> {
	let (first, mut rest) = script.split_first()?;
	if *first != OP_RETURN {
		return None;
	}
	let mut data = Vec::new();
	while let Some((op, tail)) = rest.split_first() {
		let (len, tail) = match *op {
			0 => (0usize, tail),
			n @ 1..=75 => (n as usize, tail),
			0x4c => {
				let (n, t) = tail.split_first()?;
				(*n as usize, t)
			},
			0x4d => {
				let n = tail.get(..2)?;
				(u16::from_le_bytes([n[0], n[1]]) as usize, &tail[2..])
			},
			_ => return None,
		};
		data.extend_from_slice(tail.get(..len)?);
		rest = &tail[len..];
	}
	Some(data)
}

/// Who a deposit is for, read from its `OP_RETURN` data: the compact binary form
/// (`MINIX`, version 1, 32-byte account) or an ss58 address, optionally followed by
/// `@referral` (as ChainX users write it). `None` if neither form parses.
pub fn beneficiary(data: &[u8]) -> Option<([u8; 32], Option<Vec<u8>>)> {
	if data.len() == 38 && data.starts_with(COMPACT_MAGIC) {
		return (data[5] == COMPACT_VERSION)
			.then(|| (data[6..].try_into().ok()).map(|a| (a, None)))?;
	}
	let (address, referral) = match data.iter().position(|c| *c == b'@') {
		Some(at) => (&data[..at], Some(&data[at + 1..])),
		None => (data, None),
	};
	let account = ss58_account(address)?;
	let referral = match referral {
		Some(r) if r.is_empty() || r.len() > MAX_REFERRAL_LEN => return None,
		Some(r) => Some(r.to_vec()),
		None => None,
	};
	Some((account, referral))
}
