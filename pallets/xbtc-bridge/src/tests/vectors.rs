//! Published test vectors run through the bridge's parsers (`data/btc/vectors/`): BIP143's
//! `SIGHASH_ALL` examples, BIP350's segwit address lists, Bitcoin Core's `CheckTransaction` cases
//! from `tx_invalid.json`, and its `ReadCompactSize`
//! rules (canonical encodings, `MAX_SIZE`).

use super::*;
use crate::bitcoin::{address, sighash, write_varint, Reader, MAX_SIZE};
use minix_primitives::btc::BtcNetwork;

#[test]
fn bip143_sighash_all_vectors_hash_and_verify() {
	let vectors = data_file("vectors/bip143.json");
	let cases = vectors["cases"].as_array().unwrap();
	assert_eq!(cases.len(), 2);
	sp_io::TestExternalities::default().execute_with(|| {
		for case in cases {
			let name = case["name"].as_str().unwrap();
			let unsigned = Transaction::parse(&hex(case["unsigned_tx"].as_str().unwrap())).unwrap();
			let index = case["input"].as_u64().unwrap() as usize;
			let code = hex(case["script_code"].as_str().unwrap());
			let amount = case["amount"].as_u64().unwrap();
			let hash = sighash::bip143_sighash(&unsigned, index, &code, amount).unwrap();
			assert_eq!(hash, H256::from_slice(&hex(case["sighash"].as_str().unwrap())), "{name}");
			let sig = hex(case["signature"].as_str().unwrap());
			let (r, s) = sighash::parse_der(&sig).expect("strict DER, low S, SIGHASH_ALL");
			let key: [u8; 33] = hex(case["public_key"].as_str().unwrap()).try_into().unwrap();
			assert!(sighash::verify(&key, &r, &s, &hash), "{name}");
			assert!(!sighash::verify(&key, &r, &s, &H256::repeat_byte(1)), "{name}");
			// The signed transaction parses, re-serializes byte for byte, and carries that
			// signature and key as the input's witness.
			let raw = hex(case["signed_tx"].as_str().unwrap());
			let signed = Transaction::parse(&raw).unwrap();
			assert_eq!(signed.serialize(true), raw, "{name}");
			assert_eq!(signed.inputs[index].witness, vec![sig, key.to_vec()], "{name}");
			assert_eq!((signed.outputs, signed.lock_time), (unsigned.outputs, unsigned.lock_time));
		}
	});
}

fn read(bytes: &[u8]) -> Option<u64> {
	let mut r = Reader::new(bytes);
	let v = r.varint()?;
	r.at_end().then_some(v)
}

#[test]
fn non_canonical_compact_sizes_are_refused_like_core() {
	// The shortest encoding of each value is accepted and round-trips.
	for value in [0u64, 0xfc, 0xfd, 0xffff, 0x1_0000, MAX_SIZE] {
		let mut out = Vec::new();
		write_varint(&mut out, value);
		assert_eq!(read(&out), Some(value), "{value:#x}");
	}
	// Longer encodings of smaller values: Core's "non-canonical ReadCompactSize()".
	for bytes in [
		&[0xfd, 0xfc, 0x00][..],
		&[0xfd, 0x00, 0x00],
		&[0xfe, 0xff, 0xff, 0x00, 0x00],
		&[0xfe, 0xfd, 0x00, 0x00, 0x00],
		&[0xff, 0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00],
		&[0xff, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00],
	] {
		assert_eq!(read(bytes), None, "{bytes:x?}");
	}
	// Above MAX_SIZE: Core's "size too large".
	let mut out = Vec::new();
	write_varint(&mut out, MAX_SIZE + 1);
	assert_eq!(read(&out), None);
	write_varint(&mut out, 0x1_0000_0000);
	assert_eq!(read(&out[out.len() - 9..]), None);
}

#[test]
fn non_canonical_compact_size_in_a_transaction_is_refused() {
	// A real transaction whose input count (1) is re-encoded as 0xfd 0x01 0x00.
	let raw = hex(real_tx("f1a9161a")["raw_hex"].as_str().unwrap());
	assert!(Transaction::parse(&raw).is_some());
	let count_at = 4;
	let mut bad = raw[..count_at].to_vec();
	bad.extend_from_slice(&[0xfd, raw[count_at], 0x00]);
	bad.extend_from_slice(&raw[count_at + 1..]);
	assert_eq!(Transaction::parse(&bad), None);
}

#[test]
fn bip350_segwit_address_vectors() {
	use address::{script_of, AddressError};
	let vectors = data_file("vectors/bip350.json");
	let network_of = |address: &str| {
		if address.to_lowercase().starts_with("tb1") {
			BtcNetwork::Signet
		} else {
			BtcNetwork::Mainnet
		}
	};
	let (mut paid, mut policy) = (0, 0);
	for case in vectors["valid"].as_array().unwrap() {
		let (address, script) = (case[0].as_str().unwrap(), hex(case[1].as_str().unwrap()));
		let got = script_of(address.as_bytes(), network_of(address));
		// Withdrawals pay only P2WPKH, P2WSH (v0) and P2TR (v1, 32 bytes): other versions and
		// lengths are valid addresses that no wallet can spend yet, refused by policy.
		let standard = matches!((script[0], script[1]), (0x00, 20 | 32) | (0x51, 32));
		if standard {
			assert_eq!(got, Ok(script), "{address}");
			paid += 1;
		} else {
			assert_eq!(got, Err(AddressError::Invalid), "{address}");
			policy += 1;
		}
	}
	assert_eq!((paid, policy), (5, 3));
	for case in vectors["invalid"].as_array().unwrap() {
		let address = case[0].as_str().unwrap();
		for network in [BtcNetwork::Mainnet, BtcNetwork::Signet, BtcNetwork::Regtest] {
			assert!(script_of(address.as_bytes(), network).is_err(), "{address}: {}", case[1]);
		}
	}
}

#[test]
fn core_check_transaction_vectors() {
	let vectors = data_file("vectors/tx_invalid_checktransaction.json");
	let cases = vectors["cases"].as_array().unwrap();
	assert_eq!(cases.len(), 9);
	for case in cases {
		let (name, expect) = (case[0].as_str().unwrap(), case[1].as_str().unwrap());
		let raw = hex(case[2].as_str().unwrap());
		match (expect, Transaction::parse(&raw)) {
			("refused", parsed) => assert_eq!(parsed, None, "{name}"),
			("parses", Some(tx)) => assert_eq!(tx.serialize(true), raw, "{name}"),
			(_, parsed) => panic!("{name}: {expect}, got {parsed:?}"),
		}
	}
}
