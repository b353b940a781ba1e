//! The Bitcoin parsers on real data (33 transactions, 3 inclusion proofs, their addresses),
//! standard test vectors, and fuzzed input (proptest): no panics, only `None`/errors.

use super::*;
use crate::bitcoin::{address, merkle::PartialMerkleProof, script, sighash};
use minix_primitives::btc::{BtcHeader, BtcNetwork};
use proptest::prelude::*;

fn all_transactions() -> Vec<serde_json::Value> {
	data_file("transactions.json")["transactions"].as_array().unwrap().clone()
}

#[test]
fn all_33_real_transactions_parse_to_their_ids_and_reserialize() {
	let txs = all_transactions();
	assert_eq!(txs.len(), 33);
	for t in txs {
		let raw = hex(t["raw_hex"].as_str().unwrap());
		let tx = Transaction::parse(&raw).unwrap_or_else(|| panic!("{} parses", t["name"]));
		assert_eq!(tx.txid(), display_hash(t["txid"].as_str().unwrap()), "{}", t["name"]);
		assert_eq!(tx.serialize(true), raw, "{} round-trips", t["name"]);
		assert_eq!(tx.has_witness(), t["segwit"].as_bool().unwrap());
		assert_eq!(tx.outputs.len(), t["outputs"].as_array().unwrap().len());
		// Trailing garbage and truncation are refused.
		let mut longer = raw.clone();
		longer.push(0);
		assert_eq!(Transaction::parse(&longer), None);
		assert_eq!(Transaction::parse(&raw[..raw.len() - 1]), None);
	}
}

#[test]
fn every_real_output_address_gives_its_script() {
	let mut checked = 0;
	for t in all_transactions() {
		let network = match t["network"].as_str().unwrap() {
			"mainnet" => BtcNetwork::Mainnet,
			_ => BtcNetwork::Signet,
		};
		for o in t["outputs"].as_array().unwrap() {
			let addr = o["address"].as_str().unwrap();
			if addr == "OP_RETURN" {
				continue;
			}
			let script = hex(o["script_pubkey"].as_str().unwrap());
			assert_eq!(address::script_of(addr.as_bytes(), network), Ok(script), "{addr}");
			let other = if network == BtcNetwork::Mainnet {
				BtcNetwork::Signet
			} else {
				BtcNetwork::Mainnet
			};
			assert_eq!(
				address::script_of(addr.as_bytes(), other),
				Err(address::AddressError::WrongNetwork)
			);
			checked += 1;
		}
	}
	assert!(checked > 50, "{checked} addresses");
}

#[test]
fn address_vectors_and_rejections() {
	use address::{script_of, AddressError::*};
	let m = BtcNetwork::Mainnet;
	// BIP173 (bech32, v0) and BIP350 (bech32m, v1).
	assert_eq!(
		script_of(b"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", m),
		Ok(hex("0014751e76e8199196d454941c45d1b3a323f1433bd6"))
	);
	assert_eq!(
		script_of(b"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", m),
		Ok(hex("512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"))
	);
	// A v1 program with the bech32 checksum is invalid (BIP350).
	assert_eq!(
		script_of(b"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", m),
		Err(Invalid)
	);
	// BIP350's valid v2 address: refused by policy (no standard wallet spends a future witness
	// version yet, so a withdrawal there would be anyone-can-spend).
	assert_eq!(script_of(b"bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", m), Err(Invalid));
	// Mixed case, a flipped character, base58 with a bad checksum, garbage.
	assert_eq!(script_of(b"bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", m), Err(Invalid));
	assert_eq!(script_of(b"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", m), Err(Invalid));
	assert_eq!(script_of(b"3LFSUKkP26hun42J1Dy6RATsbgmBJb27NG", m), Err(Invalid));
	assert_eq!(script_of(b"not an address", m), Err(Invalid));
	assert_eq!(script_of(b"", m), Err(Invalid));
}

#[test]
fn the_real_op_return_names_an_ss58_account_and_referral() {
	let t = real_tx("f1a9161a");
	let tx = Transaction::parse(&hex(t["raw_hex"].as_str().unwrap())).unwrap();
	let data = script::op_return_data(&tx.outputs[2].script).unwrap();
	assert_eq!(data, b"5UUqnFTNRYmekmZNSu3PAiPPGksv5tai77RbZ6as6Thw87pJ@ChainXFans".to_vec());
	let (account, referral) = script::beneficiary(&data).unwrap();
	assert_eq!(referral, Some(b"ChainXFans".to_vec()));
	// The same account written with the generic prefix 42.
	use sp_core::crypto::Ss58Codec;
	let generic = sp_core::crypto::AccountId32::new(account).to_ss58check();
	assert_eq!(script::beneficiary(generic.as_bytes()), Some((account, None)));
	// A broken checksum, an empty or overlong referral, a wrong compact version.
	assert_eq!(script::beneficiary(b"5UUqnFTNRYmekmZNSu3PAiPPGksv5tai77RbZ6as6Thw87pK"), None);
	assert_eq!(script::beneficiary(b"5UUqnFTNRYmekmZNSu3PAiPPGksv5tai77RbZ6as6Thw87pJ@"), None);
	let long = format!("{generic}@{}", "x".repeat(33));
	assert_eq!(script::beneficiary(long.as_bytes()), None);
	let mut bad = compact(&alice());
	assert_eq!(script::beneficiary(&bad), Some(([1; 32], None)));
	bad[5] = 2;
	assert_eq!(script::beneficiary(&bad), None);
}

/// The header at `height` of a headers file.
fn header_at(file: &str, height: u32) -> Vec<u8> {
	headers_file(file).into_iter().find(|(h, _)| *h == height).unwrap().1
}

#[test]
fn the_three_real_inclusion_proofs_verify_and_a_flipped_sibling_breaks_them() {
	for (prefix, file) in [
		("f1a9161a", "mainnet-headers-576576-578692.json"),
		("8e5d37c7", "signet-headers-63290-63310.json"),
		("0f592933", "signet-headers-63290-63310.json"),
	] {
		let t = real_tx(prefix);
		let inclusion = &t["inclusion"];
		let header = header_at(file, inclusion["block_height"].as_u64().unwrap() as u32);
		let mut bytes = header.clone();
		bytes.extend(hex(inclusion["partial_merkle_tree_hex"].as_str().unwrap()));
		let proof = PartialMerkleProof::parse(&bytes).unwrap();
		assert_eq!(proof.header.hash(), display_hash(inclusion["block_hash"].as_str().unwrap()));
		let (root, matches) = proof.extract_matches().unwrap();
		assert_eq!(root, BtcHeader::parse(&header).unwrap().merkle_root);
		let txid = display_hash(t["txid"].as_str().unwrap());
		assert!(matches.contains(&(inclusion["tx_index"].as_u64().unwrap() as u32, txid)));
		// Flip one bit of the first hash: the root changes.
		let mut flipped = bytes.clone();
		flipped[80 + 4 + 1] ^= 1;
		let (root2, _) = PartialMerkleProof::parse(&flipped).unwrap().extract_matches().unwrap();
		assert_ne!(root2, root);
		// A trailing byte is refused.
		let mut extra = bytes.clone();
		extra.push(0);
		assert!(PartialMerkleProof::parse(&extra).is_err());
	}
}

#[test]
fn partial_trees_built_like_bitcoind_match_plain_branches() {
	let txids: Vec<H256> = (0..11u8).map(H256::repeat_byte).collect();
	let (root, branches) = merkle_tree(&txids);
	for index in [0usize, 5, 10] {
		let header = minix_primitives::btc::mine_regtest(H256::zero(), root, 1, 0);
		let bytes = partial_tree(&header.to_bytes(), &txids, index);
		let (r, matches) = PartialMerkleProof::parse(&bytes).unwrap().extract_matches().unwrap();
		assert_eq!((r, matches), (root, vec![(index as u32, txids[index])]));
		assert_eq!(merkle::branch_root(txids[index], index as u32, &branches[index]), Some(root));
		// An index with bits above the branch is refused.
		assert_eq!(merkle::branch_root(txids[index], index as u32 + 16, &branches[index]), None);
	}
}

#[test]
fn der_signatures_are_strict() {
	let r = [0x80u8; 32];
	let s = [0x11u8; 32];
	let der = sighash::encode_der(&r, &s);
	assert_eq!(sighash::parse_der(&der), Some((r, s)));
	// Another sighash type, a high S, a padded integer, a wrong total length.
	let mut other_type = der.clone();
	*other_type.last_mut().unwrap() = 0x81;
	assert_eq!(sighash::parse_der(&other_type), None);
	assert_eq!(sighash::parse_der(&sighash::encode_der(&r, &[0xff; 32])), None);
	let mut padded = der.clone();
	padded[1] += 1;
	padded.insert(4, 0);
	padded[3] += 1;
	assert_eq!(sighash::parse_der(&padded), None);
	let mut wrong_len = der.clone();
	wrong_len[1] -= 1;
	assert_eq!(sighash::parse_der(&wrong_len), None);
}

#[test]
fn sixty_four_byte_transactions_are_refused_stripped_or_not() {
	run(|| {
		Regtest::start();
		assert_ok!(XbtcBridge::set_trustees(RuntimeOrigin::root(), trustees(0, 3), None));
		let refused = |raw: &[u8]| {
			assert_noop!(
				XbtcBridge::submit_deposit(
					RuntimeOrigin::signed(alice()),
					bounded(raw),
					TxProof::Branch {
						block: H256::zero(),
						index: 0,
						siblings: Default::default(),
						coinbase: H256::zero(),
						coinbase_siblings: Default::default(),
					}
				),
				Error::<Test>::SixtyFourByteTransaction
			);
		};
		// A well-formed transaction of exactly 64 bytes (it would parse).
		let mut tx =
			transaction(&[OutPoint { txid: H256::zero(), vout: 0 }], &[(1_000, vec![0x51; 4])]);
		let raw = tx.serialize(true);
		assert_eq!(raw.len(), 64);
		assert!(Transaction::parse(&raw).is_some());
		refused(&raw);
		// The same with a witness: longer, but the merkle tree hashes the 64 stripped bytes.
		tx.inputs[0].witness = vec![vec![0x01; 40]];
		let raw = tx.serialize(true);
		assert!(raw.len() > 64 && tx.serialize(false).len() == 64);
		refused(&raw);
	});
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

	#[test]
	fn parsers_never_panic_on_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
		let _ = Transaction::parse(&bytes);
		let _ = PartialMerkleProof::parse(&bytes).map(|p| p.extract_matches());
		let _ = BtcHeader::parse(&bytes);
		let _ = address::script_of(&bytes, BtcNetwork::Mainnet);
		let _ = address::ss58_account(&bytes);
		let _ = script::op_return_data(&bytes);
		let _ = script::beneficiary(&bytes);
		let _ = sighash::parse_der(&bytes);
	}

	#[test]
	fn mutated_real_transactions_never_panic(index in 0usize..33, pos in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<prop::sample::Index>()) {
		let t = &all_transactions()[index];
		let mut raw = hex(t["raw_hex"].as_str().unwrap());
		let at = pos.index(raw.len());
		raw[at] = byte;
		if let Some(tx) = Transaction::parse(&raw) {
			// Whatever parses re-serializes to the same bytes (canonical encodings only).
			prop_assert_eq!(tx.serialize(true), raw.clone());
		}
		let _ = Transaction::parse(&raw[..cut.index(raw.len())]);
	}

	#[test]
	fn mutated_real_proofs_never_panic(pos in any::<prop::sample::Index>(), byte in any::<u8>()) {
		let t = real_tx("8e5d37c7");
		let mut bytes = vec![0u8; 80];
		bytes.extend(hex(t["inclusion"]["partial_merkle_tree_hex"].as_str().unwrap()));
		let at = pos.index(bytes.len());
		bytes[at] = byte;
		let _ = PartialMerkleProof::parse(&bytes).map(|p| p.extract_matches());
	}

	#[test]
	fn addresses_with_a_changed_character_never_panic(pos in any::<prop::sample::Index>(), c in 33u8..127) {
		let mut addr = b"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0".to_vec();
		let at = pos.index(addr.len());
		addr[at] = c;
		let _ = address::script_of(&addr, BtcNetwork::Mainnet);
	}
}
