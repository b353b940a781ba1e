//! The real mainnet deposit f1a9161a… (0.501 BTC to ChainX's P2SH with an ss58 `OP_RETURN`),
//! proven with its real `gettxoutproof` data through the real light client at 576576..578692.

use super::*;

/// The deposit, its `gettxoutproof` bytes (header of 577667 + partial tree), its beneficiary.
fn the_deposit() -> (Vec<u8>, Vec<u8>, AccountId) {
	let t = real_tx("f1a9161a");
	let header = headers_file("mainnet-headers-576576-578692.json")
		.into_iter()
		.find(|(h, _)| *h == 577667)
		.unwrap()
		.1;
	let mut proof = header;
	proof.extend(hex(t["inclusion"]["partial_merkle_tree_hex"].as_str().unwrap()));
	use sp_core::crypto::Ss58Codec;
	let who =
		AccountId::from_ss58check_with_version("5UUqnFTNRYmekmZNSu3PAiPPGksv5tai77RbZ6as6Thw87pJ")
			.unwrap()
			.0;
	(hex(t["raw_hex"].as_str().unwrap()), proof, who)
}

/// Relay mainnet, install trustees, and point their deposit script at ChainX's hot P2SH
/// `3LFSUKkP26hun42J1Dy6RATsbgmBJb27NF` (storage is set directly: the bridge itself only
/// derives P2WSH scripts, and this deposit predates it).
fn setup() {
	relay_mainnet();
	assert_ok!(XbtcBridge::set_trustees(RuntimeOrigin::root(), trustees(0, 3), None));
	TrusteeSets::<Test>::mutate(0, |set| {
		set.as_mut().unwrap().script_pubkey =
			bounded(&hex("a914cb94110435d0635223eebe25ed2aaabc03781c4587"));
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
fn the_real_mainnet_deposit_mints_0_501_xbtc_to_its_ss58_account_once() {
	run(|| {
		setup();
		let (raw, proof, who) = the_deposit();
		assert_eq!(pallet_btc_light_client::BestTip::<Test>::get().unwrap().height, 578692);
		assert_ok!(deposit(&raw, proof.clone()));
		assert_eq!(xbtc(&who), (50_100_000, 0));
		let txid = display_hash("f1a9161a045a01db7ae02b8c0531e2fe2e9740efe30afe6d84a12e3cac251344");
		let outpoint = OutPoint { txid, vout: 0 };
		assert_eq!(
			last_event(),
			RuntimeEvent::XbtcBridge(Event::Deposited {
				outpoint,
				who: who.clone(),
				amount: 50_100_000,
				referral: Some(b"ChainXFans".to_vec()),
			})
		);
		assert_eq!(
			Utxos::<Test>::get(outpoint),
			Some(Utxo { value: 50_100_000, set: 0, payout: None })
		);
		// Replay: refused, nothing changes.
		assert_noop!(deposit(&raw, proof), Error::<Test>::AlreadyCredited);
	});
}

#[test]
fn real_proof_rejections_each_have_their_own_error() {
	run(|| {
		setup();
		let (raw, proof, who) = the_deposit();
		// A flipped bit in a proof sibling: the tree's root is not the header's.
		let mut flipped = proof.clone();
		flipped[80 + 4 + 1 + 32 * 3] ^= 0x01;
		assert_noop!(deposit(&raw, flipped), Error::<Test>::MerkleRootMismatch);
		// The same tree under a header the light client does not know (nonce changed).
		let mut unknown = proof.clone();
		unknown[79] ^= 0xff;
		assert_noop!(deposit(&raw, unknown), Error::<Test>::UnknownBlock);
		// Another transaction of the same block: not in the proof.
		let other = hex(real_tx("ca3c38fd")["raw_hex"].as_str().unwrap());
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
