//! Signatures over the trustees' P2WSH inputs: the BIP143 signature hash, strict DER (BIP66)
//! with low S (BIP146) and `SIGHASH_ALL`, and ECDSA verification through the runtime's
//! secp256k1 host function.

use super::tx::Transaction;
use alloc::vec::Vec;
use minix_primitives::btc::sha256d;
use sp_core::H256;

/// The only signature hash type the bridge accepts.
pub const SIGHASH_ALL: u8 = 0x01;

/// Half the secp256k1 group order: an `s` above it is "high" (BIP146 rejects it).
const HALF_ORDER: [u8; 32] = [
	0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0x5d, 0x57, 0x6e, 0x73, 0x57, 0xa4, 0x50, 0x1d, 0xdf, 0xe9, 0x2f, 0x46, 0x68, 0x1b, 0x20, 0xa0,
];

/// The BIP143 signature hash of input `index` spending `value` satoshis locked by
/// `witness_script`, for `SIGHASH_ALL`. `None` if there is no such input.
pub fn bip143_sighash(
	tx: &Transaction,
	index: usize,
	witness_script: &[u8],
	value: u64,
) -> Option<H256> {
	let input = tx.inputs.get(index)?;
	let mut prevouts = Vec::with_capacity(36 * tx.inputs.len());
	let mut sequences = Vec::with_capacity(4 * tx.inputs.len());
	for i in &tx.inputs {
		prevouts.extend_from_slice(i.prev.txid.as_bytes());
		prevouts.extend_from_slice(&i.prev.vout.to_le_bytes());
		sequences.extend_from_slice(&i.sequence.to_le_bytes());
	}
	let mut outputs = Vec::new();
	for o in &tx.outputs {
		o.write(&mut outputs);
	}
	let mut pre = Vec::with_capacity(200 + witness_script.len());
	pre.extend_from_slice(&tx.version.to_le_bytes());
	pre.extend_from_slice(sha256d(&prevouts).as_bytes());
	pre.extend_from_slice(sha256d(&sequences).as_bytes());
	pre.extend_from_slice(input.prev.txid.as_bytes());
	pre.extend_from_slice(&input.prev.vout.to_le_bytes());
	super::write_varint(&mut pre, witness_script.len() as u64);
	pre.extend_from_slice(witness_script);
	pre.extend_from_slice(&value.to_le_bytes());
	pre.extend_from_slice(&input.sequence.to_le_bytes());
	pre.extend_from_slice(sha256d(&outputs).as_bytes());
	pre.extend_from_slice(&tx.lock_time.to_le_bytes());
	pre.extend_from_slice(&(SIGHASH_ALL as u32).to_le_bytes());
	Some(sha256d(&pre))
}

/// `(r, s)` of a strict-DER signature followed by the `SIGHASH_ALL` byte; `None` for any other
/// encoding, a zero or overlong integer, or a high `s`.
pub fn parse_der(sig: &[u8]) -> Option<([u8; 32], [u8; 32])> {
	let (hash_type, der) = sig.split_last()?;
	if *hash_type != SIGHASH_ALL || der.len() < 8 || der.len() > 72 {
		return None;
	}
	if der[0] != 0x30 || der[1] as usize != der.len() - 2 {
		return None;
	}
	let (r, rest) = der_integer(&der[2..])?;
	let (s, rest) = der_integer(rest)?;
	if !rest.is_empty() || s > HALF_ORDER {
		return None;
	}
	Some((r, s))
}

/// One DER INTEGER: positive, minimally encoded, at most 32 bytes of value, not zero.
fn der_integer(input: &[u8]) -> Option<([u8; 32], &[u8])> {
	if input.len() < 3 || input[0] != 0x02 {
		return None;
	}
	let len = input[1] as usize;
	let body = input.get(2..2 + len)?;
	if len == 0 || body[0] & 0x80 != 0 || (len > 1 && body[0] == 0 && body[1] & 0x80 == 0) {
		return None;
	}
	let value = if body[0] == 0 { &body[1..] } else { body };
	if value.len() > 32 || value.iter().all(|b| *b == 0) {
		return None;
	}
	let mut out = [0u8; 32];
	out[32 - value.len()..].copy_from_slice(value);
	Some((out, &input[2 + len..]))
}

/// Whether `(r, s)` is a valid signature of `message` by the compressed key `public`: the key
/// is recovered (both recovery ids) with the runtime's secp256k1 host function and compared.
pub fn verify(public: &[u8; 33], r: &[u8; 32], s: &[u8; 32], message: &H256) -> bool {
	let mut sig = [0u8; 65];
	sig[..32].copy_from_slice(r);
	sig[32..64].copy_from_slice(s);
	(0u8..2).any(|id| {
		sig[64] = id;
		sp_io::crypto::secp256k1_ecdsa_recover_compressed(&sig, &message.0)
			.ok()
			.as_ref() == Some(public)
	})
}

/// Strict DER encoding of `(r, s)` plus `SIGHASH_ALL` (what a trustee's wallet produces).
pub fn encode_der(r: &[u8; 32], s: &[u8; 32]) -> Vec<u8> {
	fn integer(v: &[u8; 32]) -> Vec<u8> {
		let start = v.iter().position(|b| *b != 0).unwrap_or(31);
		let mut body = v[start..].to_vec();
		if body[0] & 0x80 != 0 {
			body.insert(0, 0);
		}
		let mut out = alloc::vec![0x02, body.len() as u8];
		out.extend(body);
		out
	}
	let (r, s) = (integer(r), integer(s));
	let mut out = alloc::vec![0x30, (r.len() + s.len()) as u8];
	out.extend(r);
	out.extend(s);
	out.push(SIGHASH_ALL);
	out
}
