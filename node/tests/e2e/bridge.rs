//! End to end against one `minix-node` whose light client is anchored on a regtest chain that
//! the test mines (the `dev` chain spec with its Bitcoin checkpoint replaced): a deposit mints
//! XBTC, a withdrawal's payout is signed by the three trustees and then **cancelled** by
//! governance. The signed transaction still confirms on Bitcoin; its proof settles it as a
//! payout (the XBTC burned once), and the withdrawal can then be neither cancelled nor paid
//! again. This is the double-payout attack of issue 17 against the real runtime.

use crate::common::{
	bytes_of, node_binary, runtime_call, submit, unwrap_some, DevNode, Error, TempDir,
};
use minix_primitives::btc::{mine_regtest, sha256d, BtcHeader};
use pallet_xbtc_bridge::{
	address::segwit_address,
	script, sighash,
	tx::{OutPoint, Transaction},
};
use sp_core::{ecdsa, Pair, H256};
use std::process::Command;
use subxt::dynamic::{At, Value};
use subxt_signer::sr25519::{dev, Keypair};

/// The runtime's `BTC_CONFIRMATIONS`.
const CONFIRMATIONS: u32 = 6;
const DEPOSIT: u64 = 1_000_000;
const WITHDRAW: u64 = 500_000;
const WITHDRAWAL_FEE: u64 = 10_000;
const PAYEE_PROGRAM: [u8; 20] = [7; 20];

/// The regtest chain the test mines and relays.
struct Regtest {
	tip: BtcHeader,
	salt: u32,
}

impl Regtest {
	/// Mine a block holding `tx` (after a stand-in coinbase) and `CONFIRMATIONS - 1` more;
	/// returns the headers to relay and the transaction's branch proof (with the coinbase's,
	/// equally deep, as the bridge requires).
	fn mine_confirmed(&mut self, tx: &Transaction) -> (Vec<Vec<u8>>, Value) {
		let coinbase = H256::repeat_byte(self.salt as u8);
		let mut both = coinbase.0.to_vec();
		both.extend_from_slice(&tx.txid().0);
		let block = self.next(sha256d(&both));
		let mut headers = vec![block.to_bytes().to_vec()];
		for _ in 1..CONFIRMATIONS {
			headers.push(self.next(H256::zero()).to_bytes().to_vec());
		}
		let proof = Value::named_variant(
			"Branch",
			[
				("block", Value::from_bytes(block.hash().0)),
				("index", Value::u128(1)),
				("siblings", Value::unnamed_composite([Value::from_bytes(coinbase.0)])),
				("coinbase", Value::from_bytes(coinbase.0)),
				("coinbase_siblings", Value::unnamed_composite([Value::from_bytes(tx.txid().0)])),
			],
		);
		(headers, proof)
	}

	fn next(&mut self, root: H256) -> BtcHeader {
		self.salt += 1;
		self.tip = mine_regtest(self.tip.hash(), root, self.tip.time + 60, self.salt);
		self.tip.clone()
	}
}

/// The `dev` chain spec with the light client anchored at `genesis` (regtest, height 0).
fn regtest_spec(dir: &TempDir, genesis: &BtcHeader) -> Result<std::path::PathBuf, Error> {
	let out = Command::new(node_binary())
		.args(["export-chain-spec", "--chain", "dev"])
		.output()?;
	if !out.status.success() {
		return Err(String::from_utf8_lossy(&out.stderr).into_owned().into());
	}
	let mut spec: serde_json::Value = serde_json::from_slice(&out.stdout)?;
	let checkpoint = find_key(&mut spec, "btcLightClient")
		.and_then(|c| c.get_mut("checkpoint"))
		.and_then(|c| c.as_object_mut())
		.ok_or("the dev spec has a Bitcoin checkpoint")?;
	for (key, value) in checkpoint.iter_mut() {
		*value = match key.as_str() {
			"network" => "Regtest".into(),
			"height" => 0.into(),
			"header" if value.is_string() => {
				format!("0x{}", sp_core::hexdisplay::HexDisplay::from(&genesis.to_bytes())).into()
			},
			"header" => genesis.to_bytes().to_vec().into(),
			k if k.contains("poch") => genesis.time.into(),
			_ => value.take(),
		};
	}
	let path = dir.0.join("regtest-spec.json");
	std::fs::write(&path, serde_json::to_vec(&spec)?)?;
	Ok(path)
}

/// The first object under `key` anywhere in `json`.
fn find_key<'a>(json: &'a mut serde_json::Value, key: &str) -> Option<&'a mut serde_json::Value> {
	match json {
		serde_json::Value::Object(map) => {
			if map.contains_key(key) {
				return map.get_mut(key);
			}
			map.values_mut().find_map(|v| find_key(v, key))
		},
		_ => None,
	}
}

fn trustee_key(i: u8) -> ecdsa::Pair {
	ecdsa::Pair::from_string(&format!("//Trustee{i}"), None).expect("a dev key")
}

/// `sudo.sudo(pallet.call(args))` by Alice; the inner call's events.
async fn sudo(
	client: &crate::common::Api,
	call: &str,
	args: Vec<Value>,
) -> Result<Vec<(String, String)>, Error> {
	let inner = subxt::dynamic::tx("XbtcBridge", call, args).into_value();
	let (_, events) = submit(client, &dev::alice(), "Sudo", "sudo", vec![inner]).await??;
	Ok(events
		.iter()
		.filter_map(|e| e.ok())
		.map(|e| (e.pallet_name().to_owned(), e.variant_name().to_owned()))
		.collect())
}

/// `XbtcBridge.call(args)` signed by `who`: `Ok(events)` or the pallet error's name.
async fn bridge(
	client: &crate::common::Api,
	who: &Keypair,
	call: &str,
	args: Vec<Value>,
) -> Result<Result<Vec<String>, String>, Error> {
	Ok(submit(client, who, "XbtcBridge", call, args).await?.map(|(_, events)| {
		events
			.iter()
			.filter_map(|e| e.ok())
			.map(|e| e.variant_name().to_owned())
			.collect()
	}))
}

fn relay_call(headers: &[Vec<u8>]) -> Vec<Value> {
	vec![Value::unnamed_composite(headers.iter().map(Value::from_bytes))]
}

#[tokio::test(flavor = "multi_thread")]
async fn cancelled_signed_payout_still_settles_once() -> Result<(), Error> {
	let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs() as u32;
	let genesis = mine_regtest(H256::zero(), H256::zero(), now - 20_000, 0);
	let dir = TempDir::new("bridge-spec");
	let spec = regtest_spec(&dir, &genesis)?;
	let node = DevNode::start_with_chain(&spec).await?;
	let result = run(&node, genesis).await;
	if result.is_err() {
		eprintln!("--- node log ---\n{}", node.log());
	}
	result
}

async fn run(node: &DevNode, genesis: BtcHeader) -> Result<(), Error> {
	let client = node.client().await?;
	let mut chain = Regtest { tip: genesis, salt: 0 };
	let signers = [dev::alice(), dev::bob(), dev::charlie()];

	// Trustees Alice, Bob and Charlie (3 of 3) with secp256k1 keys.
	let members = Value::unnamed_composite((0..3u8).map(|i| {
		Value::unnamed_composite([
			Value::from_bytes(signers[i as usize].public_key().0),
			Value::from_bytes(trustee_key(i).public().0),
		])
	}));
	let events =
		sudo(&client, "set_trustees", vec![members, Value::unnamed_variant("None", [])]).await?;
	assert!(events.contains(&("XbtcBridge".into(), "TrusteesSet".into())), "{events:?}");
	let mut keys: Vec<[u8; 33]> = (0..3).map(|i| trustee_key(i).public().0).collect();
	keys.sort();
	let witness_script = script::sorted_multisig(3, &keys).ok_or("multisig")?;
	let trustee_script = script::p2wsh(&witness_script);

	// A 0.01 BTC deposit naming Alice in the compact OP_RETURN form, mined and confirmed.
	let mut memo = script::COMPACT_MAGIC.to_vec();
	memo.push(script::COMPACT_VERSION);
	memo.extend_from_slice(&signers[0].public_key().0);
	let mut op_return = vec![script::OP_RETURN, memo.len() as u8];
	op_return.extend(memo);
	let mut deposit = Transaction::unsigned(
		&[OutPoint { txid: H256::repeat_byte(0xde), vout: 0 }],
		&[(DEPOSIT, trustee_script.clone()), (0, op_return)],
	);
	deposit.inputs[0].script_sig = vec![0x51];
	let (headers, proof) = chain.mine_confirmed(&deposit);
	submit(&client, &signers[0], "BtcLightClient", "submit_headers", relay_call(&headers))
		.await??;
	let raw = Value::from_bytes(deposit.serialize(true));
	let events = bridge(&client, &signers[1], "submit_deposit", vec![raw, proof]).await??;
	assert!(events.contains(&"Deposited".to_owned()), "{events:?}");

	// Alice withdraws 0.005 BTC; the trustees propose and sign its payout.
	let address = segwit_address("bcrt", 0, &PAYEE_PROGRAM);
	let args = vec![Value::u128(WITHDRAW as u128), Value::from_bytes(address.as_bytes())];
	bridge(&client, &signers[0], "request_withdrawal", args).await??;
	let mut payee = vec![0x00, 0x14];
	payee.extend_from_slice(&PAYEE_PROGRAM);
	let pay = WITHDRAW - WITHDRAWAL_FEE;
	let payout = Transaction::unsigned(
		&[OutPoint { txid: deposit.txid(), vout: 0 }],
		&[(pay, payee), (DEPOSIT - pay - WITHDRAWAL_FEE, trustee_script)],
	);
	let txid = payout.txid();
	let args = vec![
		Value::from_bytes(payout.serialize(false)),
		Value::unnamed_composite([Value::u128(0)]),
	];
	bridge(&client, &signers[0], "propose_payout", args).await??;
	let message = sighash::bip143_sighash(&payout, 0, &witness_script, DEPOSIT).ok_or("sighash")?;
	for (i, signer) in signers.iter().enumerate() {
		let sig = trustee_key(i as u8).sign_prehashed(&message.0);
		let der = sighash::encode_der(&sig.0[..32].try_into()?, &sig.0[32..64].try_into()?);
		let args =
			vec![Value::from_bytes(txid.0), Value::unnamed_composite([Value::from_bytes(der)])];
		let events = bridge(&client, signer, "approve_payout", args).await??;
		assert_eq!(events.contains(&"PayoutReady".to_owned()), i == 2, "{events:?}");
	}
	let at = client.backend().latest_finalized_block_ref().await?.hash();
	let signed = runtime_call(
		&client,
		at,
		"XbtcBridgeApi",
		"signed_payout",
		vec![Value::from_bytes(txid.0)],
	)
	.await?;
	let signed = bytes_of(unwrap_some(&signed).and_then(|s| s.at("tx")).ok_or("a signed payout")?)
		.ok_or("its bytes")?;
	assert_eq!(Transaction::parse(&signed).ok_or("it parses")?.txid(), txid);

	// Governance cancels it; the withdrawal stays reserved (the signatures are public).
	let events = sudo(&client, "cancel_payout", vec![Value::from_bytes(txid.0)]).await?;
	assert!(events.contains(&("XbtcBridge".into(), "PayoutCancelled".into())), "{events:?}");
	let refused = bridge(&client, &signers[0], "cancel_withdrawal", vec![Value::u128(0)]).await?;
	assert_eq!(refused.err().as_deref(), Some("XbtcBridge::WithdrawalInPayout"));

	// It confirms on Bitcoin anyway: its proof settles it, burning the XBTC once.
	let (headers, proof) = chain.mine_confirmed(&Transaction::parse(&signed).ok_or("signed")?);
	submit(&client, &signers[0], "BtcLightClient", "submit_headers", relay_call(&headers))
		.await??;
	let (_, events) = submit(
		&client,
		&signers[1],
		"XbtcBridge",
		"submit_payout_proof",
		vec![Value::from_bytes(&signed), proof],
	)
	.await??;
	let settled = events
		.iter()
		.filter_map(|e| e.ok())
		.find(|e| e.variant_name() == "PayoutSettled")
		.ok_or("PayoutSettled")?;
	let burned = settled.field_values()?.at("burned").and_then(|b| b.as_u128());
	assert_eq!(burned, Some(WITHDRAW as u128));

	// The withdrawal is gone: it can be neither cancelled nor paid again.
	let refused = bridge(&client, &signers[0], "cancel_withdrawal", vec![Value::u128(0)]).await?;
	assert_eq!(refused.err().as_deref(), Some("XbtcBridge::UnknownWithdrawal"));
	let mut payee = vec![0x00, 0x14];
	payee.extend_from_slice(&PAYEE_PROGRAM);
	let again = Transaction::unsigned(&[OutPoint { txid, vout: 1 }], &[(pay, payee)]);
	let args =
		vec![Value::from_bytes(again.serialize(false)), Value::unnamed_composite([Value::u128(0)])];
	let refused = bridge(&client, &signers[0], "propose_payout", args).await?;
	assert_eq!(refused.err().as_deref(), Some("XbtcBridge::UnknownWithdrawal"));
	Ok(())
}
