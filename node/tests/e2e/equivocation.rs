//! An equivocating validator on the four-validator `local` network: a second node runs with
//! Dave's keys (`--dave`), so Dave authors two blocks in each of his slots. Every honest node's
//! Aura watch (node/src/equivocation.rs) logs it and counts it in
//! `minix_aura_equivocations_total`, and finality continues.
//!
//! Then Dave's GRANDPA key signs two different prevotes in one round and the equivocation is
//! reported on chain with the key-ownership proof the node's `GrandpaApi` generates: `Offences`
//! records it, `ValidatorSet` removes Dave, he leaves the GRANDPA set two sessions later,
//! finality continues with the other three, and a council motion brings him back. (The twins
//! vote for the same targets almost always, as they share one view of the chain, so the test
//! signs the conflicting votes itself rather than wait for a race between them; the node's own
//! unsigned report path is `runtime/tests/integration/equivocation.rs`'s subject.)

use crate::{
	common::{
		eventually, free_port, legacy_rpc, node_binary, wait_for_rpc, Api, Error, TempDir,
		RPC_START_TIMEOUT,
	},
	consortium::{event, motion, send, value, Rpc},
	local_testnet::{Testnet, NAMES},
};
use codec::{Decode, Encode};
use minix_runtime::RuntimeCall;
use sp_consensus_grandpa::{AuthorityId, Equivocation, EquivocationProof, OpaqueKeyOwnershipProof};
use sp_core::Pair as _;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use std::{
	io::{Read, Write},
	process::{Command, Stdio},
	time::{Duration, Instant},
};
use subxt::utils::{AccountId32, H256};

/// `//Dave`'s sr25519 public key: his Aura key on the `local` chain.
const DAVE_AURA: &str = "306721211d5404bd9da88e0204360a1a9ab8b87c66c1bc2fcdd37f3c2222cc20";

/// The value of counter `name` on the Prometheus endpoint at `port` (0 if absent).
fn metric(port: u16, name: &str) -> Result<u64, Error> {
	let mut stream = std::net::TcpStream::connect(("127.0.0.1", port))?;
	stream.set_read_timeout(Some(Duration::from_secs(10)))?;
	write!(stream, "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")?;
	let mut body = String::new();
	stream.read_to_string(&mut body)?;
	Ok(body
		.lines()
		.filter(|l| l.starts_with(name) && !l.starts_with('#'))
		.filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
		.map(|v| v as u64)
		.sum())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_validator_authoring_twice_per_slot_is_logged_and_counted() -> Result<(), Error> {
	let net = Testnet::new();
	net.script(&["start"])?;
	for name in NAMES {
		wait_for_rpc(&net.url(name), RPC_START_TIMEOUT).await?;
	}
	let alice_prometheus = net.prometheus_base;
	assert_eq!(
		metric(alice_prometheus, "minix_aura_equivocations_total")?,
		0,
		"no equivocation yet"
	);

	// Dave's twin: the same session keys, its own database and p2p identity, which Dave's
	// operator has the council list first (the `local` chain's peering is permissioned).
	let twin_key = [2u8; 32];
	let twin_peer = minix_runtime::genesis_config_presets::ed25519_peer_id(
		&sp_core::ed25519::Pair::from_seed(&twin_key).public().0,
	);
	let api = Api::from_insecure_url(net.url("alice")).await?;
	let owner = Sr25519Keyring::Dave.to_account_id().into();
	let list = pallet_node_authorization::Call::add_well_known_node { node: twin_peer, owner };
	motion(&api, &legacy_rpc(&net.url("alice")).await?, RuntimeCall::NodeAuthorization(list))
		.await?;
	let alice_id = String::from_utf8(
		Command::new(node_binary())
			.args(["key", "inspect-node-key", "--file"])
			.arg(net.dir.0.join("alice.node-key"))
			.output()?
			.stdout,
	)?;
	let twin_dir = TempDir::new("dave-twin");
	let log = std::fs::File::create(twin_dir.0.join("node.log"))?;
	let (rpc, p2p) = (free_port(), free_port());
	let mut twin = Command::new(node_binary())
		.args(["--chain", "local", "--validator", "--dave", "--name", "dave-twin", "--no-mdns"])
		.args(["--no-telemetry", "--no-prometheus", "--node-key", &"02".repeat(32)])
		.arg("--base-path")
		.arg(&twin_dir.0)
		.args(["--rpc-port", &rpc.to_string(), "--port", &p2p.to_string()])
		.arg("--bootnodes")
		.arg(format!("/ip4/127.0.0.1/tcp/{}/p2p/{}", net.p2p_base, alice_id.trim()))
		.stdout(Stdio::from(log.try_clone()?))
		.stderr(Stdio::from(log))
		.spawn()?;
	let result = async {
		wait_for_rpc(&format!("ws://127.0.0.1:{rpc}"), RPC_START_TIMEOUT).await?;
		// Dave's slots come every fourth slot (24 s): within a few, both nodes author one.
		let deadline = Instant::now() + Duration::from_secs(240);
		while metric(alice_prometheus, "minix_aura_equivocations_total")? == 0 {
			if Instant::now() > deadline {
				return Err::<(), Error>("alice counted no equivocation in 240 s".into());
			}
			tokio::time::sleep(Duration::from_secs(2)).await;
		}
		let log = std::fs::read_to_string(net.dir.0.join("alice.log"))?;
		let line = log
			.lines()
			.find(|l| l.contains("Aura equivocation"))
			.ok_or("alice's log has no `Aura equivocation` line")?;
		assert!(line.contains(&format!("authority 0x{DAVE_AURA}")), "the offender is Dave: {line}");
		// Finality continues: three honest voters of four are more than two thirds.
		let base = net.finalized("alice").await?;
		let net = &net;
		crate::common::eventually(Duration::from_secs(120), "finality advances", || async move {
			Ok(net.finalized("alice").await? >= base + 2)
		})
		.await?;
		grandpa_equivocation_removes_dave(net).await
	}
	.await;
	// Whether the twins also raced into a GRANDPA equivocation on their own (rare: see above).
	let reported = NAMES.iter().any(|name| {
		std::fs::read_to_string(net.dir.0.join(format!("{name}.log")))
			.is_ok_and(|log| log.contains("Submitted equivocation report"))
	});
	eprintln!("a node submitted an equivocation report of the twins' own votes: {reported}");
	let _ = twin.kill();
	let _ = twin.wait();
	if result.is_err() {
		eprintln!("{}", net.logs());
		eprintln!(
			"--- dave-twin ---\n{}",
			std::fs::read_to_string(twin_dir.0.join("node.log")).unwrap_or_default()
		);
	}
	result
}

/// Dave's prevote for `target` at height 1 in `round` of `set_id`, signed with his GRANDPA key.
fn dave_prevote(
	round: u64,
	set_id: u64,
	target: u8,
) -> (finality_grandpa::Prevote<H256, u32>, sp_consensus_grandpa::AuthoritySignature) {
	let vote =
		finality_grandpa::Prevote { target_hash: H256::repeat_byte(target), target_number: 1 };
	let message = finality_grandpa::Message::<H256, u32>::Prevote(vote.clone());
	let payload = sp_consensus_grandpa::localized_payload(round, set_id, &message);
	(vote, Ed25519Keyring::Dave.sign(&payload).into())
}

/// The validators of the session at the finalized head.
async fn session_validators(rpc: &Rpc) -> Result<Vec<AccountId32>, Error> {
	Ok(value::<Vec<AccountId32>>(rpc, "Session", "Validators")
		.await?
		.unwrap_or_default())
}

/// Dave equivocates in GRANDPA; the report removes him; finality continues; the council brings
/// him back.
async fn grandpa_equivocation_removes_dave(net: &Testnet) -> Result<(), Error> {
	let api = Api::from_insecure_url(net.url("alice")).await?;
	let rpc = legacy_rpc(&net.url("alice")).await?;
	let dave = AccountId32(Sr25519Keyring::Dave.to_account_id().into());
	let dave_key: AuthorityId = Ed25519Keyring::Dave.public().into();
	let at = rpc.chain_get_finalized_head().await?;
	let raw = rpc.state_call("GrandpaApi_current_set_id", None, Some(at)).await?;
	let set_id = u64::decode(&mut &raw[..])?;
	// The key-ownership proof, as a node asks for it when it reports.
	let args = (set_id, dave_key.clone()).encode();
	let raw = rpc
		.state_call("GrandpaApi_generate_key_ownership_proof", Some(&args), Some(at))
		.await?;
	let opaque = Option::<OpaqueKeyOwnershipProof>::decode(&mut &raw[..])?
		.ok_or("no key-ownership proof for Dave's GRANDPA key")?;
	let key_owner_proof: <minix_runtime::Runtime as pallet_grandpa::Config>::KeyOwnerProof =
		opaque.decode().ok_or("the proof is not a MembershipProof")?;
	let round = 1_000_000;
	let equivocation_proof = EquivocationProof::new(
		set_id,
		Equivocation::Prevote(finality_grandpa::Equivocation {
			round_number: round,
			identity: dave_key.clone(),
			first: dave_prevote(round, set_id, 1),
			second: dave_prevote(round, set_id, 2),
		}),
	);
	let report = RuntimeCall::Grandpa(pallet_grandpa::Call::report_equivocation {
		equivocation_proof: Box::new(equivocation_proof),
		key_owner_proof,
	});
	let events = send(&api, &subxt_signer::sr25519::dev::eve(), report).await?;
	event(&events, "Offences", "Offence").ok_or("no offences.Offence event")?;
	let removed = event(&events, "ValidatorSet", "OffenderRemoved")
		.ok_or("no validatorSet.OffenderRemoved event")?;
	let (who, _session) = <(AccountId32, u32)>::decode(&mut &removed[..])?;
	assert_eq!(who, dave, "the offender is Dave");
	let set = value::<Vec<AccountId32>>(&rpc, "ValidatorSet", "Validators").await?;
	assert!(!set.unwrap_or_default().contains(&dave), "Dave left ValidatorSet");

	// Two session boundaries later (sessions of 10 blocks) Dave no longer validates, and the
	// other three finalize without him.
	let rpc = &rpc;
	let dave = &dave;
	eventually(Duration::from_secs(240), "Dave leaves the session's validators", || async move {
		Ok(!session_validators(rpc).await?.contains(dave))
	})
	.await?;
	let base = net.finalized("alice").await?;
	eventually(Duration::from_secs(120), "finality advances without Dave", || async move {
		Ok(net.finalized("alice").await? >= base + 3)
	})
	.await?;

	// The council brings him back (his session keys are still registered).
	let add =
		pallet_validator_set::Call::add_validator { who: Sr25519Keyring::Dave.to_account_id() };
	motion(&api, rpc, RuntimeCall::ValidatorSet(add)).await?;
	let set = value::<Vec<AccountId32>>(rpc, "ValidatorSet", "Validators").await?;
	assert!(set.unwrap_or_default().contains(dave), "Dave is a validator again");
	Ok(())
}
