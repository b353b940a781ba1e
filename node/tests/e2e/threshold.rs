//! End to end with the FROST threshold wallet (`minix-threshold`, tools/threshold-wallet) against
//! one `minix-node --dev`, every step through the wallet's command line as a group would run it:
//! a 2-of-3 key generation, participants 1 and 3 signing a transfer that lands as one extrinsic
//! paying one fee, the group claiming a CID, a tampered signature share named by participant, a
//! request whose nonce went stale refused with the node's error. The same transfer through
//! pallet-multisig is measured next to it (`docs/measurements.md`).

use crate::common::{
	bytes_of, fee_paid, free_balance, node_binary, runtime_call, submit, unwrap_some, Api, DevNode,
	Error, TempDir,
};
use std::{
	path::{Path, PathBuf},
	process::{Command, Output},
	str::FromStr,
};
use subxt::{
	dynamic::{At, Value},
	utils::{AccountId32, H256},
};
use subxt_signer::sr25519::{dev, Keypair};

const MINI: u128 = 10_000_000_000;

/// The wallet binary that the same `cargo test --release --workspace` built.
fn wallet_binary() -> PathBuf {
	node_binary().with_file_name("minix-threshold")
}

/// The participants' working directory: each one's files carry its number.
struct Group {
	dir: TempDir,
	url: String,
}

impl Group {
	/// Runs the wallet as participant `who` (its password), in the shared directory.
	fn run(&self, who: u16, args: &[&str]) -> Output {
		Command::new(wallet_binary())
			.current_dir(&self.dir.0)
			.env("MINIX_THRESHOLD_PASSWORD", format!("password of participant {who}"))
			.args(args)
			.output()
			.unwrap_or_else(|e| panic!("cannot run {}: {e}", wallet_binary().display()))
	}

	/// Runs the wallet and returns its stdout, failing the test with its stderr.
	fn ok(&self, who: u16, args: &[&str]) -> Result<String, Error> {
		let out = self.run(who, args);
		if !out.status.success() {
			return Err(format!(
				"minix-threshold {args:?} failed: {}",
				String::from_utf8_lossy(&out.stderr)
			)
			.into());
		}
		Ok(String::from_utf8(out.stdout)?)
	}

	/// The files `<name>.<kind>-<i>` of `signers` (commitments, shares).
	fn files(name: &str, kind: &str, signers: &[u16]) -> Vec<String> {
		signers.iter().map(|i| format!("{name}.{kind}-{i}")).collect()
	}

	fn path(&self, name: &str) -> PathBuf {
		self.dir.0.join(name)
	}

	/// Key generation among three participants with threshold two; returns the group address.
	fn dkg(&self) -> Result<String, Error> {
		for i in 1..=3u16 {
			let (id, state, out) = (i.to_string(), format!("state-{i}"), format!("round1-{i}"));
			self.ok(
				i,
				&[
					"dkg",
					"round1",
					"--ceremony",
					"e2e",
					"--participant",
					&id,
					"--participants",
					"3",
					"--threshold",
					"2",
					"--state",
					&state,
					"--out",
					&out,
				],
			)?;
		}
		for i in 1..=3u16 {
			let (state, out) = (format!("state-{i}"), format!("round2-{i}"));
			self.ok(
				i,
				&[
					"dkg", "round2", "--state", &state, "--round1", "round1-1", "round1-2",
					"round1-3", "--out", &out,
				],
			)?;
		}
		let mut addresses = Vec::new();
		for i in 1..=3u16 {
			let (state, share) = (format!("state-{i}"), format!("share-{i}"));
			let out = self.ok(
				i,
				&[
					"dkg", "finish", "--state", &state, "--round2", "round2-1", "round2-2",
					"round2-3", "--share", &share, "--group", "group",
				],
			)?;
			addresses.push(out.trim().to_string());
		}
		assert!(addresses.iter().all(|a| a == &addresses[0]), "one group address: {addresses:?}");
		Ok(addresses.swap_remove(0))
	}

	/// The coordinator's signing request `name` for `call` with `args`.
	fn propose(&self, name: &str, call: &str, args: &str, nonce: Option<u64>) -> Result<(), Error> {
		let nonce = nonce.map(|n| n.to_string());
		let mut argv = vec!["propose", "--url", &self.url, "--group", "group"];
		argv.extend(["--call", call, "--args", args, "--out", name]);
		if let Some(n) = &nonce {
			argv.extend(["--nonce", n]);
		}
		self.ok(1, &argv).map(drop)
	}

	/// Signers' two rounds on request `name`: commitments, then signature shares, each in a file
	/// `<name>.commit-<i>` / `<name>.share-<i>`.
	fn sign(&self, name: &str, signers: &[u16]) -> Result<(), Error> {
		for &i in signers {
			let (share, nonces, out) =
				(format!("share-{i}"), format!("{name}.nonces-{i}"), format!("{name}.commit-{i}"));
			self.ok(
				i,
				&[
					"commit",
					"--share",
					&share,
					"--request",
					name,
					"--nonces",
					&nonces,
					"--out",
					&out,
				],
			)?;
		}
		let commitments = Self::files(name, "commit", signers);
		for &i in signers {
			let (share, nonces, out) =
				(format!("share-{i}"), format!("{name}.nonces-{i}"), format!("{name}.share-{i}"));
			let mut argv = vec![
				"sign",
				"--share",
				&share,
				"--request",
				name,
				"--nonces",
				&nonces,
				"--out",
				&out,
			];
			argv.push("--commitment");
			argv.extend(commitments.iter().map(String::as_str));
			self.ok(i, &argv)?;
			assert!(!self.path(&nonces).exists(), "signing deletes the nonces");
		}
		Ok(())
	}

	/// The coordinator aggregates and submits request `name` signed by `signers`.
	fn submit(&self, name: &str, signers: &[u16]) -> Output {
		let commitments = Self::files(name, "commit", signers);
		let shares = Self::files(name, "share", signers);
		let mut argv = vec!["submit", "--url", &self.url, "--group", "group", "--request", name];
		argv.push("--commitment");
		argv.extend(commitments.iter().map(String::as_str));
		argv.push("--signature-share");
		argv.extend(shares.iter().map(String::as_str));
		self.run(1, &argv)
	}
}

fn json(path: &Path) -> Result<serde_json::Value, Error> {
	Ok(serde_json::from_str(&std::fs::read_to_string(path)?)?)
}

fn account(k: &Keypair) -> AccountId32 {
	k.public_key().into()
}

#[tokio::test(flavor = "multi_thread")]
async fn threshold_wallet_end_to_end() -> Result<(), Error> {
	DevNode::scenario(run).await
}

async fn run(node: &DevNode) -> Result<(), Error> {
	let client = node.client().await?;
	let group = Group { dir: TempDir::new("threshold"), url: node.url.clone() };
	let address = group.dkg()?;
	let group_id = AccountId32::from_str(&address).map_err(|e| format!("{address}: {e:?}"))?;
	submit(
		&client,
		&dev::alice(),
		"Balances",
		"transfer_keep_alive",
		vec![Value::unnamed_variant("Id", [Value::from_bytes(group_id.0)]), Value::u128(20 * MINI)],
	)
	.await??;

	// Two requests for the same nonce: the second is stale once the first is in.
	let dave = account(&dev::dave());
	let pay = |amount: u128| format!("(Id({dave}), {amount})");
	group.propose("pay", "Balances.transfer_keep_alive", &pay(MINI), None)?;
	let request = json(&group.path("pay"))?;
	assert_eq!(request["summary"]["pallet"], "Balances", "{request}");
	assert_eq!(request["summary"]["call"], "transfer_keep_alive", "{request}");
	assert!(request.to_string().contains(&dave.to_string()), "signers see Dave's address");
	let nonce = request["nonce"].as_u64().ok_or("nonce")?;
	group.propose("stale", "Balances.transfer_keep_alive", &pay(2 * MINI), Some(nonce))?;
	group.sign("pay", &[1, 3])?;
	group.sign("stale", &[1, 3])?;

	// A tampered share (participant 3's replaced by participant 1's) is named, nothing is sent.
	let honest = std::fs::read_to_string(group.path("pay.share-3"))?;
	let mut forged = json(&group.path("pay.share-3"))?;
	forged["share"] = json(&group.path("pay.share-1"))?["share"].clone();
	std::fs::write(group.path("pay.share-3"), forged.to_string())?;
	let refused = group.submit("pay", &[1, 3]);
	let stderr = String::from_utf8_lossy(&refused.stderr);
	assert_eq!(refused.status.code(), Some(3), "identifiable abort: {stderr}");
	assert!(stderr.contains("participant(s) [3]"), "names participant 3: {stderr}");

	// The honest shares: one extrinsic, signed by the group's one key, paying one fee.
	std::fs::write(group.path("pay.share-3"), honest)?;
	let out = group.submit("pay", &[1, 3]);
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	let submitted: serde_json::Value = serde_json::from_slice(&out.stdout)?;
	let block = H256::from_str(submitted["block_hash"].as_str().ok_or("block hash")?)?;
	let fee = submitted["fee"].as_u64().ok_or("fee")? as u128;
	let parent = client.blocks().at(block).await?.header().parent_hash;
	let group_paid = free_balance(&client, parent, &group_id).await?
		- free_balance(&client, block, &group_id).await?;
	assert_eq!(group_paid, MINI + fee, "the group paid the amount and one fee");
	assert_eq!(
		free_balance(&client, block, &dave).await? - free_balance(&client, parent, &dave).await?,
		MINI
	);
	let extrinsics = client.blocks().at(block).await?.extrinsics().await?;
	let signed_by_group = extrinsics
		.iter()
		.filter(|x| x.address_bytes().is_some_and(|a| a.ends_with(&group_id.0)))
		.count();
	assert_eq!(signed_by_group, 1, "one extrinsic from the group");
	let fees_paid = client
		.events()
		.at(block)
		.await?
		.iter()
		.filter_map(Result::ok)
		.filter(|e| {
			e.pallet_name() == "TransactionPayment"
				&& e.variant_name() == "TransactionFeePaid"
				&& e.field_values()
					.ok()
					.and_then(|f| f.at("who").and_then(bytes_of))
					.is_some_and(|who| who == group_id.0)
		})
		.count();
	assert_eq!(fees_paid, 1, "one fee, paid by the group");

	// The second request for the same nonce is refused by the node.
	let stale = group.submit("stale", &[1, 3]);
	let stderr = String::from_utf8_lossy(&stale.stderr).to_lowercase();
	assert!(!stale.status.success());
	assert!(stderr.contains("transaction is outdated"), "the node's error: {stderr}");

	// The group claims a CID: any call works, here with participants 2 and 3.
	let cid = 8_888_888u64;
	group.propose("claim", "Cid.claim", &format!("(Some({cid}))"), None)?;
	group.sign("claim", &[2, 3])?;
	let out = group.submit("claim", &[2, 3]);
	assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
	let at = client.blocks().at_latest().await?.hash();
	let owner =
		runtime_call(&client, at, "CidApi", "owner_of", vec![Value::u128(cid as u128)]).await?;
	let owner = unwrap_some(&owner).and_then(bytes_of).ok_or("the CID has an owner")?;
	assert_eq!(owner, group_id.0.to_vec(), "the group owns CID {cid}");

	let multisig_fees = multisig_transfer(&client, &dave).await?;
	eprintln!(
		"threshold transfer: 1 extrinsic, fee {fee}; pallet-multisig 2-of-3: 2 extrinsics, fees \
		 {multisig_fees:?} (total {})",
		multisig_fees.iter().sum::<u128>()
	);
	Ok(())
}

/// The same 1 MINI transfer from a 2-of-3 pallet-multisig account of Alice, Bob and Charlie:
/// Alice opens it, Charlie approves and executes. Returns each extrinsic's fee.
async fn multisig_transfer(client: &Api, to: &AccountId32) -> Result<Vec<u128>, Error> {
	let (alice, charlie) = (dev::alice(), dev::charlie());
	let sorted = |mut ids: Vec<AccountId32>| {
		ids.sort_by_key(|a| a.0);
		Value::unnamed_composite(ids.into_iter().map(|a| Value::from_bytes(a.0)))
	};
	let call = subxt::dynamic::tx(
		"Balances",
		"transfer_keep_alive",
		vec![Value::unnamed_variant("Id", [Value::from_bytes(to.0)]), Value::u128(MINI)],
	);
	let call_len = client.tx().call_data(&call)?.len();
	let call = call.into_value();
	let at = client.blocks().at_latest().await?.hash();
	let info = runtime_call(
		client,
		at,
		"TransactionPaymentCallApi",
		"query_call_info",
		vec![call.clone(), Value::u128(call_len as u128)],
	)
	.await?;
	let weight = info.at("weight").ok_or("call weight")?;
	let max_weight = Value::named_composite([
		("ref_time", Value::u128(weight.at("ref_time").and_then(|v| v.as_u128()).ok_or("ref")?)),
		(
			"proof_size",
			Value::u128(weight.at("proof_size").and_then(|v| v.as_u128()).ok_or("pov")?),
		),
	]);
	let as_multi = |others: Value, timepoint: Value| {
		vec![Value::u128(2), others, timepoint, call.clone(), max_weight.clone()]
	};
	let (opened, events) = submit(
		client,
		&alice,
		"Multisig",
		"as_multi",
		as_multi(
			sorted(vec![account(&dev::bob()), account(&charlie)]),
			Value::unnamed_variant("None", []),
		),
	)
	.await??;
	let first_fee = fee_paid(&events)?;
	let new = events
		.iter()
		.filter_map(Result::ok)
		.find(|e| e.pallet_name() == "Multisig" && e.variant_name() == "NewMultisig")
		.ok_or("no NewMultisig event")?;
	let multisig = new.field_values()?.at("multisig").and_then(bytes_of).ok_or("multisig")?;
	let multisig = AccountId32(multisig.try_into().map_err(|_| "32 bytes")?);
	let height = client.blocks().at(opened).await?.number();
	let timepoint = Value::unnamed_variant(
		"Some",
		[Value::named_composite([
			("height", Value::u128(height as u128)),
			("index", Value::u128(events.extrinsic_index() as u128)),
		])],
	);
	submit(
		client,
		&alice,
		"Balances",
		"transfer_keep_alive",
		vec![Value::unnamed_variant("Id", [Value::from_bytes(multisig.0)]), Value::u128(5 * MINI)],
	)
	.await??;
	let (_, events) = submit(
		client,
		&charlie,
		"Multisig",
		"as_multi",
		as_multi(sorted(vec![account(&alice), account(&dev::bob())]), timepoint),
	)
	.await??;
	assert!(
		events
			.iter()
			.filter_map(Result::ok)
			.any(|e| e.pallet_name() == "Multisig" && e.variant_name() == "MultisigExecuted"),
		"the second approval executes the transfer"
	);
	Ok(vec![first_fee, fee_paid(&events)?])
}
