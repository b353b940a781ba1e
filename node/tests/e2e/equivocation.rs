//! An equivocating validator on the four-validator `local` network: a second node runs with
//! Dave's keys (`--dave`), so Dave authors two blocks in each of his slots. Every honest node's
//! Aura watch (node/src/equivocation.rs) logs it and counts it in
//! `minix_aura_equivocations_total`, and finality continues.

use crate::{
	common::{free_port, node_binary, wait_for_rpc, Error, TempDir, RPC_START_TIMEOUT},
	local_testnet::{Testnet, NAMES},
};
use std::{
	io::{Read, Write},
	process::{Command, Stdio},
	time::{Duration, Instant},
};

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

	// Dave's twin: the same session keys, its own database and p2p identity.
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
		.await
	}
	.await;
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
