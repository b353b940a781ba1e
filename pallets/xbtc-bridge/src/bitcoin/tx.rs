//! Bitcoin transactions: parsing (legacy and BIP144 segwit), serialization and ids.

use super::{write_varint, Reader};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use minix_primitives::btc::sha256d;
use scale_info::TypeInfo;
use sp_core::H256;

/// A transaction output's reference: the id of its transaction and its index there.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct OutPoint {
	/// The transaction id (internal byte order; explorers show it reversed).
	pub txid: H256,
	/// The output's index.
	pub vout: u32,
}

/// An input.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct TxIn {
	/// The output it spends.
	pub prev: OutPoint,
	/// `scriptSig` (empty for native segwit).
	pub script_sig: Vec<u8>,
	/// `nSequence`.
	pub sequence: u32,
	/// The witness stack (empty for legacy inputs).
	pub witness: Vec<Vec<u8>>,
}

/// An output.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct TxOut {
	/// Satoshis.
	pub value: u64,
	/// `scriptPubKey`.
	pub script: Vec<u8>,
}

/// A parsed transaction.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Transaction {
	/// `nVersion`.
	pub version: u32,
	/// Inputs (at least one).
	pub inputs: Vec<TxIn>,
	/// Outputs (at least one).
	pub outputs: Vec<TxOut>,
	/// `nLockTime`.
	pub lock_time: u32,
}

/// The most satoshis there will ever be (an output above it is invalid).
pub const MAX_MONEY: u64 = 21_000_000 * 100_000_000;

impl Transaction {
	/// Parse a whole serialized transaction (with or without witness data). Refused: trailing
	/// bytes, no inputs or outputs, a segwit flag other than 1, a segwit encoding whose
	/// witnesses are all empty, outputs above [`MAX_MONEY`], non-canonical lengths.
	pub fn parse(bytes: &[u8]) -> Option<Transaction> {
		let mut r = Reader::new(bytes);
		let version = r.u32()?;
		let segwit = r.peek(0) == Some(0);
		if segwit {
			r.take(1)?;
			if r.u8()? != 1 {
				return None;
			}
		}
		// Each input is at least 41 bytes, each output at least 9.
		let n_in = r.count(41)?;
		let mut inputs = Vec::with_capacity(n_in);
		for _ in 0..n_in {
			let txid = r.hash()?;
			let vout = r.u32()?;
			let script_sig = r.var_bytes()?.to_vec();
			let sequence = r.u32()?;
			inputs.push(TxIn {
				prev: OutPoint { txid, vout },
				script_sig,
				sequence,
				witness: Vec::new(),
			});
		}
		let n_out = r.count(9)?;
		let mut outputs = Vec::with_capacity(n_out);
		let mut total: u64 = 0;
		for _ in 0..n_out {
			let value = r.u64()?;
			total = total.checked_add(value)?;
			if value > MAX_MONEY || total > MAX_MONEY {
				return None;
			}
			outputs.push(TxOut { value, script: r.var_bytes()?.to_vec() });
		}
		if inputs.is_empty() || outputs.is_empty() {
			return None;
		}
		if segwit {
			for input in inputs.iter_mut() {
				let items = r.count(1)?;
				for _ in 0..items {
					input.witness.push(r.var_bytes()?.to_vec());
				}
			}
			if inputs.iter().all(|i| i.witness.is_empty()) {
				return None;
			}
		}
		let lock_time = r.u32()?;
		r.at_end().then_some(Transaction { version, inputs, outputs, lock_time })
	}

	/// A version-2 transaction from `inputs` (empty scriptSigs and witnesses, sequence
	/// `0xfffffffd`: final for BIP68, replaceable) to `(value, script)` outputs, lock time 0:
	/// the shape of an unsigned payout, for trustees' tools and tests.
	pub fn unsigned(inputs: &[OutPoint], outputs: &[(u64, Vec<u8>)]) -> Transaction {
		Transaction {
			version: 2,
			inputs: inputs
				.iter()
				.map(|prev| TxIn {
					prev: *prev,
					script_sig: Vec::new(),
					sequence: 0xffff_fffd,
					witness: Vec::new(),
				})
				.collect(),
			outputs: outputs
				.iter()
				.map(|(value, script)| TxOut { value: *value, script: script.clone() })
				.collect(),
			lock_time: 0,
		}
	}

	/// Whether any input carries a witness.
	pub fn has_witness(&self) -> bool {
		self.inputs.iter().any(|i| !i.witness.is_empty())
	}

	/// The serialization, with witnesses (BIP144) if `with_witness` and there are any.
	pub fn serialize(&self, with_witness: bool) -> Vec<u8> {
		let witness = with_witness && self.has_witness();
		let mut out = Vec::new();
		out.extend_from_slice(&self.version.to_le_bytes());
		if witness {
			out.extend_from_slice(&[0, 1]);
		}
		write_varint(&mut out, self.inputs.len() as u64);
		for input in &self.inputs {
			out.extend_from_slice(input.prev.txid.as_bytes());
			out.extend_from_slice(&input.prev.vout.to_le_bytes());
			write_varint(&mut out, input.script_sig.len() as u64);
			out.extend_from_slice(&input.script_sig);
			out.extend_from_slice(&input.sequence.to_le_bytes());
		}
		write_varint(&mut out, self.outputs.len() as u64);
		for output in &self.outputs {
			output.write(&mut out);
		}
		if witness {
			for input in &self.inputs {
				write_varint(&mut out, input.witness.len() as u64);
				for item in &input.witness {
					write_varint(&mut out, item.len() as u64);
					out.extend_from_slice(item);
				}
			}
		}
		out.extend_from_slice(&self.lock_time.to_le_bytes());
		out
	}

	/// The transaction id: double SHA-256 of the serialization without witnesses (so a payout's
	/// id is known before it is signed).
	pub fn txid(&self) -> H256 {
		sha256d(&self.serialize(false))
	}

	/// The total of the outputs (bounded by [`MAX_MONEY`] when parsed).
	pub fn output_total(&self) -> u64 {
		self.outputs.iter().fold(0u64, |sum, o| sum.saturating_add(o.value))
	}
}

impl TxOut {
	/// Append the serialization (value, script).
	pub fn write(&self, out: &mut Vec<u8>) {
		out.extend_from_slice(&self.value.to_le_bytes());
		write_varint(out, self.script.len() as u64);
		out.extend_from_slice(&self.script);
	}
}
