//! Real deposits through the real light client. The signet deposit 8e5d37c7… (0.001 BTC to
//! ChainX's taproot key with an ss58 `OP_RETURN`, index 1 of 10 in block 63299) mints, proven by
//! its `gettxoutproof` tree extended to match the coinbase too. The 2019 mainnet deposit
//! f1a9161a… is refused: its proof matches only its own transaction (index 815 of 2682), so it
//! does not bind the tree's depth.

use super::*;
use sp_core::crypto::Ss58Codec;

fn ss58(address: &str) -> AccountId {
	AccountId::from_ss58check_with_version(address).unwrap().0
}

/// The header at `height` in a headers file, followed by the transaction's partial tree.
fn tx_out_proof(t: &serde_json::Value, file: &str) -> Vec<u8> {
	let height = t["inclusion"]["block_height"].as_u64().unwrap() as u32;
	let mut proof = headers_file(file).into_iter().find(|(h, _)| *h == height).unwrap().1;
	proof.extend(hex(t["inclusion"]["partial_merkle_tree_hex"].as_str().unwrap()));
	proof
}

/// The signet deposit, its proof matching it and the coinbase, and its beneficiary.
///
/// The stored tree (flags `2f 00`) already carries the coinbase's id as leaf 0's hash; setting
/// that leaf's flag bit (`3f 00`) makes it the tree `gettxoutproof '[coinbase, txid]'` returns.
fn signet_deposit() -> (Vec<u8>, Vec<u8>, AccountId) {
	let t = real_tx("8e5d37c7");
	let mut proof = tx_out_proof(&t, "signet-headers-63290-63310.json");
	let flags = proof.len() - 2;
	assert_eq!(proof[flags..], [0x2f, 0x00]);
	proof[flags] |= 0x10;
	let who = ss58("5Qjpo7rQnwQetysagGzc4Rj7oswXSLmMqAuC2AbU6LFFFGj8");
	(hex(t["raw_hex"].as_str().unwrap()), proof, who)
}

/// Relay signet, install trustees, and point their deposit script at ChainX's taproot key
/// (storage is set directly: the bridge itself only derives P2WSH scripts).
fn setup_signet() {
	relay_signet();
	assert_ok!(XbtcBridge::set_trustees(RuntimeOrigin::root(), trustees(0, 3), None));
	TrusteeSets::<Test>::mutate(0, |set| {
		set.as_mut().unwrap().script_pubkey =
			bounded(&hex("51209a9ea267884f5549c206b2aec2bd56d98730f90532ea7f7154d4d4f923b7e3bb"));
	});
}

fn deposit(raw: &[u8], proof: Vec<u8>) -> sp_runtime::DispatchResult {
	XbtcBridge::submit_deposit(
		RuntimeOrigin::signed(alice()),
		bounded(raw),
		TxProof::PartialMerkleTree(bounded(&proof)),
	)
}

#[test]
fn the_real_signet_deposit_mints_0_001_xbtc_to_its_ss58_account_once() {
	run(|| {
		setup_signet();
		let (raw, proof, who) = signet_deposit();
		assert_eq!(pallet_btc_light_client::BestTip::<Test>::get().unwrap().height, 63310);
		assert_ok!(deposit(&raw, proof.clone()));
		assert_eq!(xbtc(&who), (100_000, 0));
		let txid = display_hash("8e5d37c768acc4f3e794a10ad27bf0256237c80c22fa67117e3e3e1aec22ea5f");
		let outpoint = OutPoint { txid, vout: 0 };
		assert_eq!(
			last_event(),
			RuntimeEvent::XbtcBridge(Event::Deposited {
				outpoint,
				who: who.clone(),
				amount: 100_000,
				referral: None,
			})
		);
		assert_eq!(
			Utxos::<Test>::get(outpoint),
			Some(Utxo { value: 100_000, set: 0, payout: None })
		);
		// Replay: refused, nothing changes.
		assert_noop!(deposit(&raw, proof), Error::<Test>::AlreadyCredited);
	});
}

#[test]
fn real_proof_rejections_each_have_their_own_error() {
	run(|| {
		setup_signet();
		let (raw, proof, who) = signet_deposit();
		// The tree as stored matches only the deposit: the depth is not bound.
		let mut unbound = proof.clone();
		let flags = unbound.len() - 2;
		unbound[flags] = 0x2f;
		assert_noop!(deposit(&raw, unbound), Error::<Test>::DepthNotBound);
		// A flipped bit in a proof sibling: the tree's root is not the header's.
		let mut flipped = proof.clone();
		flipped[80 + 4 + 1 + 32 * 3] ^= 0x01;
		assert_noop!(deposit(&raw, flipped), Error::<Test>::MerkleRootMismatch);
		// The same tree under a header the light client does not know (nonce changed).
		let mut unknown = proof.clone();
		unknown[79] ^= 0xff;
		assert_noop!(deposit(&raw, unknown), Error::<Test>::UnknownBlock);
		// Another transaction of the same block: not in the proof.
		let other = hex(real_tx("0f592933")["raw_hex"].as_str().unwrap());
		assert_noop!(deposit(&other, proof.clone()), Error::<Test>::TransactionNotInProof);
		// A truncated proof.
		assert_noop!(deposit(&raw, proof[..proof.len() - 1].to_vec()), Error::<Test>::BadProof);
		// Trustees paying elsewhere: the deposit has no trustee output.
		TrusteeSets::<Test>::mutate(0, |set| {
			set.as_mut().unwrap().script_pubkey = bounded(&[0x51])
		});
		assert_noop!(deposit(&raw, proof), Error::<Test>::NoTrusteeOutput);
		assert_eq!(xbtc(&who), (0, 0));
	});
}

#[test]
fn the_real_mainnet_deposit_is_refused_for_a_proof_that_does_not_bind_the_depth() {
	run(|| {
		relay_mainnet();
		assert_ok!(XbtcBridge::set_trustees(RuntimeOrigin::root(), trustees(0, 3), None));
		TrusteeSets::<Test>::mutate(0, |set| {
			set.as_mut().unwrap().script_pubkey =
				bounded(&hex("a914cb94110435d0635223eebe25ed2aaabc03781c4587"));
		});
		let t = real_tx("f1a9161a");
		let proof = tx_out_proof(&t, "mainnet-headers-576576-578692.json");
		let raw = hex(t["raw_hex"].as_str().unwrap());
		assert_noop!(deposit(&raw, proof), Error::<Test>::DepthNotBound);
		assert_eq!(xbtc(&ss58("5UUqnFTNRYmekmZNSu3PAiPPGksv5tai77RbZ6as6Thw87pJ")), (0, 0));
	});
}
