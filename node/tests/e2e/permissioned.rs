//! Permissioned peering on the four-validator `local` network (`scripts/local-testnet.sh`):
//! a full node whose peer id the chain does not list finds the validators but none of them syncs
//! with it; a council motion lists it (`nodeAuthorization.addWellKnownNode`) and it syncs; the
//! motion that removes it (`removeWellKnownNode`) drops it: no validator keeps it as a sync peer
//! and its chain stops while the network's goes on.

use crate::{
	common::{
		best_number, eventually, free_port, legacy_rpc, node_binary, wait_for_rpc, Api, Error,
		TempDir, RPC_START_TIMEOUT,
	},
	consortium::{motion, Rpc},
	local_testnet::{Testnet, NAMES},
};
use minix_runtime::{genesis_config_presets::ed25519_peer_id, RuntimeCall};
use sp_core::{ed25519, OpaquePeerId, Pair};
use sp_keyring::Sr25519Keyring;
use std::{
	process::{Child, Command, Stdio},
	time::Duration,
};
use subxt::{backend::rpc::RpcClient, ext::subxt_rpcs::rpc_params};

/// The stranger's p2p secret key: 0x00…63 (no `local` genesis node has it).
const STRANGER_KEY: u8 = 0x63;

/// The peer id of the node key `0x00…key`, as the pallet stores it.
fn peer_id(key: u8) -> OpaquePeerId {
	let mut seed = [0u8; 32];
	seed[31] = key;
	ed25519_peer_id(&ed25519::Pair::from_seed(&seed).public().0)
}

/// A full node (no `--validator`) of the local chain with the stranger's key, bootnode Alice.
fn start_stranger(net: &Testnet, dir: &TempDir, rpc_port: u16) -> Result<Child, Error> {
	let alice_id = String::from_utf8(
		Command::new(node_binary())
			.args(["key", "inspect-node-key", "--file"])
			.arg(net.dir.0.join("alice.node-key"))
			.output()?
			.stdout,
	)?;
	let log = std::fs::File::create(dir.0.join("node.log"))?;
	Ok(Command::new(node_binary())
		.args(["--chain", "local", "--name", "stranger", "--no-mdns", "--no-telemetry"])
		.args(["--no-prometheus", "--offchain-worker", "always"])
		.args(["--node-key", &format!("{STRANGER_KEY:064x}")])
		.arg("--base-path")
		.arg(&dir.0)
		.args(["--rpc-port", &rpc_port.to_string(), "--port", &free_port().to_string()])
		.arg("--bootnodes")
		.arg(format!("/ip4/127.0.0.1/tcp/{}/p2p/{}", net.p2p_base, alice_id.trim()))
		.stdout(Stdio::from(log.try_clone()?))
		.stderr(Stdio::from(log))
		.spawn()?)
}

/// How many peers the node at `rpc` syncs with (`system_health`).
async fn sync_peers(rpc: &Rpc) -> Result<usize, Error> {
	Ok(rpc.system_health().await?.peers)
}

/// Whether the validator at `url` has `peer` (base58) among its sync peers (`system_peers`).
async fn has_peer(url: &str, peer: &str) -> Result<bool, Error> {
	let client = RpcClient::from_insecure_url(url).await?;
	let peers: Vec<serde_json::Value> = client.request("system_peers", rpc_params![]).await?;
	Ok(peers.iter().any(|p| p["peerId"] == peer))
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unlisted_node_cannot_sync_until_the_council_lists_it() -> Result<(), Error> {
	let net = Testnet::new();
	net.script(&["start"])?;
	let dir = TempDir::new("stranger");
	let rpc_port = free_port();
	let mut stranger = None;
	let result = scenario(&net, &dir, rpc_port, &mut stranger).await;
	if let Some(mut child) = stranger {
		let _ = child.kill();
		let _ = child.wait();
	}
	if result.is_err() {
		eprintln!("{}", net.logs());
		let log = std::fs::read_to_string(dir.0.join("node.log")).unwrap_or_default();
		let tail: Vec<&str> = log.lines().rev().take(40).collect();
		eprintln!("--- stranger ---\n{}", tail.into_iter().rev().collect::<Vec<_>>().join("\n"));
	}
	result
}

async fn scenario(
	net: &Testnet,
	dir: &TempDir,
	rpc_port: u16,
	stranger: &mut Option<Child>,
) -> Result<(), Error> {
	for name in NAMES {
		wait_for_rpc(&net.url(name), RPC_START_TIMEOUT).await?;
	}
	let alice = legacy_rpc(&net.url("alice")).await?;
	// Every validator has imported blocks, so each one's worker has set its authorized peers.
	eventually(Duration::from_secs(120), "the network finalizes block 2", || async {
		Ok(net.finalized("alice").await? >= 2)
	})
	.await?;

	*stranger = Some(start_stranger(net, dir, rpc_port)?);
	let url = format!("ws://127.0.0.1:{rpc_port}");
	wait_for_rpc(&url, RPC_START_TIMEOUT).await?;
	let node = legacy_rpc(&url).await?;
	let client = RpcClient::from_insecure_url(&url).await?;
	let peer: String = client.request("system_localPeerId", rpc_params![]).await?;
	let listed = peer_id(STRANGER_KEY);
	assert_eq!(
		sc_network::PeerId::from_bytes(&listed.0)?.to_base58(),
		peer,
		"the peer id the council lists is the node's"
	);

	// Unlisted: for 30 s (five blocks of the network) no validator syncs with it.
	let network_best = best_number(&alice).await?;
	tokio::time::sleep(Duration::from_secs(30)).await;
	assert!(best_number(&alice).await? >= network_best + 3, "the network goes on");
	assert_eq!(best_number(&node).await?, 0, "the unlisted node imported nothing");
	assert_eq!(sync_peers(&node).await?, 0, "no validator syncs with the unlisted node");
	for name in NAMES {
		assert!(!has_peer(&net.url(name), &peer).await?, "{name} refuses the unlisted node");
	}

	// The council lists it (owned by Ferdie): it syncs to the network's finalized head.
	let api = Api::from_insecure_url(net.url("alice")).await?;
	let owner = Sr25519Keyring::Ferdie.to_account_id().into();
	let add = pallet_node_authorization::Call::add_well_known_node { node: listed.clone(), owner };
	motion(&api, &alice, RuntimeCall::NodeAuthorization(add)).await?;
	let target = net.finalized("alice").await?;
	eventually(Duration::from_secs(120), "the listed node syncs", || async {
		Ok(best_number(&node).await? >= target)
	})
	.await?;
	eventually(Duration::from_secs(60), "Alice syncs with the listed node", || async {
		has_peer(&net.url("alice"), &peer).await
	})
	.await?;

	// The council removes it: every validator drops it and its chain stops.
	let remove = pallet_node_authorization::Call::remove_well_known_node { node: listed };
	motion(&api, &alice, RuntimeCall::NodeAuthorization(remove)).await?;
	eventually(Duration::from_secs(60), "the removed node has no sync peer", || async {
		Ok(sync_peers(&node).await? == 0)
	})
	.await?;
	for name in NAMES {
		assert!(!has_peer(&net.url(name), &peer).await?, "{name} dropped the removed node");
	}
	let (stopped_at, network_at) = (best_number(&node).await?, best_number(&alice).await?);
	tokio::time::sleep(Duration::from_secs(24)).await;
	assert!(best_number(&alice).await? >= network_at + 3, "the network goes on");
	assert!(
		best_number(&node).await? <= stopped_at + 1,
		"the removed node no longer follows the chain"
	);
	Ok(())
}
