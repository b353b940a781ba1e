//! The four-validator `local` network, started by the same `scripts/local-testnet.sh` users run:
//! every validator authors, finality advances; it keeps advancing with one validator stopped;
//! the validator restarts and catches up; a SIGKILLed node restarts on its database without
//! losing finalized blocks.

use crate::common::{
	aura_slot, best_number, eventually, finalized_number, legacy_rpc, node_binary, repo_root,
	wait_for_rpc, Error, TempDir, RPC_START_TIMEOUT,
};
use std::{
	collections::BTreeSet,
	process::Command,
	time::{Duration, Instant},
};

/// The genesis validators.
pub const NAMES: [&str; 4] = ["alice", "bob", "charlie", "dave"];
/// Every node the script knows: the genesis validators and the candidate `eve`.
const ALL: [&str; 5] = ["alice", "bob", "charlie", "dave", "eve"];

/// The script, pointed at this test's binary, directory and ports.
pub struct Testnet {
	pub dir: TempDir,
	pub rpc_base: u16,
	pub p2p_base: u16,
	pub prometheus_base: u16,
	/// Held while the network runs: the local-network tests run one at a time (nine nodes at
	/// once would starve two cores).
	_turn: std::sync::MutexGuard<'static, ()>,
}

/// Taken by every test that runs a local network (this module's and compose.rs).
pub static ONE_NETWORK_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

impl Testnet {
	/// A network in a fresh directory on free ports (not started).
	pub fn new() -> Self {
		let turn = ONE_NETWORK_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
		Testnet {
			dir: TempDir::new("testnet"),
			rpc_base: port_base(),
			p2p_base: port_base(),
			prometheus_base: port_base(),
			_turn: turn,
		}
	}

	pub fn script(&self, args: &[&str]) -> Result<String, Error> {
		let out = Command::new(repo_root().join("scripts/local-testnet.sh"))
			.args(args)
			.env("MINIX_NODE", node_binary())
			.env("MINIX_TESTNET_DIR", &self.dir.0)
			.env("MINIX_RPC_PORT", self.rpc_base.to_string())
			.env("MINIX_P2P_PORT", self.p2p_base.to_string())
			.env("MINIX_PROMETHEUS_PORT", self.prometheus_base.to_string())
			.output()?;
		if !out.status.success() {
			return Err(format!(
				"local-testnet.sh {args:?} failed: {}",
				String::from_utf8_lossy(&out.stderr)
			)
			.into());
		}
		Ok(String::from_utf8_lossy(&out.stdout).into_owned())
	}

	pub fn url(&self, name: &str) -> String {
		let i = ALL.iter().position(|n| *n == name).expect("node name") as u16;
		format!("ws://127.0.0.1:{}", self.rpc_base + i)
	}

	pub async fn finalized(&self, name: &str) -> Result<u32, Error> {
		finalized_number(&legacy_rpc(&self.url(name)).await?).await
	}

	pub fn logs(&self) -> String {
		ALL.iter()
			.map(|n| {
				let log = std::fs::read_to_string(self.dir.0.join(format!("{n}.log")))
					.unwrap_or_default();
				let tail: Vec<&str> = log.lines().rev().take(30).collect();
				format!("--- {n} ---\n{}", tail.into_iter().rev().collect::<Vec<_>>().join("\n"))
			})
			.collect::<Vec<_>>()
			.join("\n")
	}
}

impl Drop for Testnet {
	fn drop(&mut self) {
		let _ = self.script(&["stop"]);
	}
}

/// Five consecutive free-looking ports from a random base (the script uses base..base+4).
pub fn port_base() -> u16 {
	loop {
		let base = crate::common::free_port();
		if base < 60000
			&& (1..5).all(|i| std::net::TcpListener::bind(("127.0.0.1", base + i)).is_ok())
		{
			return base;
		}
	}
}

/// Waits (at most 180 s) until the Aura slots of the blocks the node at `url` has finalized
/// cover all four authority indices: every genesis validator has authored.
pub async fn all_four_author(url: &str) -> Result<(), Error> {
	let rpc = legacy_rpc(url).await?;
	let mut authors = BTreeSet::new();
	let mut seen = 0u32;
	let deadline = Instant::now() + Duration::from_secs(180);
	while authors.len() < 4 {
		if Instant::now() > deadline {
			return Err(format!("only authors {authors:?} seen in {seen} finalized blocks").into());
		}
		let finalized = finalized_number(&rpc).await?;
		while seen < finalized {
			seen += 1;
			let hash = rpc.chain_get_block_hash(Some(seen.into())).await?.ok_or("hash")?;
			let header = rpc.chain_get_header(Some(hash)).await?.ok_or("header")?;
			if let Some(slot) = aura_slot(&header) {
				authors.insert(slot % 4);
			}
		}
		tokio::time::sleep(Duration::from_secs(1)).await;
	}
	Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn four_validators_author_finalize_and_survive_restarts() -> Result<(), Error> {
	let net = Testnet::new();
	let result = scenario(&net).await;
	if result.is_err() {
		eprintln!("{}", net.logs());
	}
	result
}

async fn scenario(net: &Testnet) -> Result<(), Error> {
	net.script(&["start"])?;
	for name in NAMES {
		wait_for_rpc(&net.url(name), RPC_START_TIMEOUT).await?;
	}

	// Every validator authors: Aura slots of finalized blocks cover all four authority indices.
	all_four_author(&net.url("alice")).await?;

	// Stop dave: 3 of 4 GRANDPA voters are more than 2/3, finality keeps advancing.
	net.script(&["stop", "dave"])?;
	let base = net.finalized("alice").await?;
	eventually(Duration::from_secs(120), "finality advances without dave", || async move {
		Ok(net.finalized("alice").await? >= base + 3)
	})
	.await?;

	// Restart dave on its database: it catches up with the others.
	net.script(&["start", "dave"])?;
	wait_for_rpc(&net.url("dave"), RPC_START_TIMEOUT).await?;
	let target = net.finalized("alice").await?;
	eventually(Duration::from_secs(120), "dave catches up", || async move {
		Ok(net.finalized("dave").await? >= target)
	})
	.await?;

	// SIGKILL charlie: on restart its database still holds every block it had finalized.
	let before_kill = net.finalized("charlie").await?;
	net.script(&["kill", "charlie"])?;
	net.script(&["start", "charlie"])?;
	wait_for_rpc(&net.url("charlie"), RPC_START_TIMEOUT).await?;
	let charlie = legacy_rpc(&net.url("charlie")).await?;
	let after_restart = finalized_number(&charlie).await?;
	assert!(
		after_restart >= before_kill,
		"finalized {after_restart} after restart < {before_kill} before SIGKILL"
	);
	let hash = charlie.chain_get_block_hash(Some(before_kill.into())).await?;
	assert!(hash.is_some(), "block {before_kill} is still in charlie's database");
	let target = net.finalized("alice").await?;
	eventually(Duration::from_secs(120), "charlie catches up after SIGKILL", || async move {
		Ok(net.finalized("charlie").await? >= target
			&& best_number(&legacy_rpc(&net.url("charlie")).await?).await? >= target)
	})
	.await?;
	Ok(())
}
