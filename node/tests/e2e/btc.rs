//! End to end against one `minix-node --dev` (anchored at Bitcoin mainnet 576576, Alice relays):
//! the `minix-btc-relayer` command submits the real headers 576577..578692 from
//! `data/btc/mainnet-headers-576576-578692.json`, across the retarget at 578592; the node's
//! `BtcLightClientApi` then reports tip 578692 and the confirmations of the deposit's block.
//! A second run has nothing to do, and a relayer that is not on the list is refused.

use crate::common::{bytes_of, node_binary, repo_root, runtime_call, unwrap_some, DevNode, Error};
use std::process::Command;
use subxt::dynamic::{At, Value};

/// The relayer binary, built next to the node by the same `cargo build --workspace`.
fn relayer_binary() -> std::path::PathBuf {
	node_binary().with_file_name("minix-btc-relayer")
}

fn relay(node: &DevNode, suri: &str) -> Result<std::process::Output, Error> {
	let file = repo_root().join("data/btc/mainnet-headers-576576-578692.json");
	Ok(Command::new(relayer_binary())
		.args(["--url", &node.url, "--suri", suri, "--file"])
		.arg(file)
		.output()
		.map_err(|e| format!("cannot run {}: {e}", relayer_binary().display()))?)
}

/// A block id in display order from the internal bytes.
fn display(bytes: &[u8]) -> String {
	bytes.iter().rev().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn relayer_brings_the_light_client_to_578692() -> Result<(), Error> {
	DevNode::scenario(run).await
}

async fn run(node: &DevNode) -> Result<(), Error> {
	// Bob is not a relayer: his first batch is refused with the pallet's error.
	let refused = relay(node, "//Bob")?;
	assert!(!refused.status.success());
	let stderr = String::from_utf8_lossy(&refused.stderr);
	assert!(stderr.contains("NotRelayer"), "{stderr}");

	let out = relay(node, "//Alice")?;
	let stdout = String::from_utf8_lossy(&out.stdout);
	assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
	assert!(stdout.contains("best BTC tip 576576; 2116 headers to relay"), "{stdout}");
	assert!(stdout.trim_end().ends_with("best BTC tip 578692"), "{stdout}");

	let client = node.client().await?;
	let at = client.backend().latest_finalized_block_ref().await?.hash();
	let tip = runtime_call(&client, at, "BtcLightClientApi", "best_tip", vec![]).await?;
	let tip = unwrap_some(&tip).ok_or("a tip")?;
	assert_eq!(tip.at("height").and_then(|h| h.as_u128()), Some(578692));
	let hash = bytes_of(tip.at("hash").ok_or("tip hash")?).ok_or("hash bytes")?;
	assert_eq!(display(&hash), "00000000000000000016d22b7c1343f625dbbf14330c9d753f43c1c91594300d");

	// The block holding the real deposit (577667) has 578692 - 577667 + 1 confirmations, and
	// the header after the retarget carries the new bits.
	let mut deposit_block =
		hex_bytes("0000000000000000000923759ac2ba1cfe1235b485385b0a217c4eedf2e0ce63");
	deposit_block.reverse();
	let confirmations = runtime_call(
		&client,
		at,
		"BtcLightClientApi",
		"confirmations",
		vec![Value::from_bytes(&deposit_block)],
	)
	.await?;
	assert_eq!(unwrap_some(&confirmations).and_then(|c| c.as_u128()), Some(1026));
	let after =
		runtime_call(&client, at, "BtcLightClientApi", "header_at", vec![Value::u128(578592)])
			.await?;
	let bits = unwrap_some(&after).and_then(|r| r.at("header")).and_then(|h| h.at("bits"));
	assert_eq!(bits.and_then(|b| b.as_u128()), Some(0x1725bb76));

	// Nothing left to relay.
	let again = relay(node, "//Alice")?;
	assert!(String::from_utf8_lossy(&again.stdout).contains("0 headers to relay"));
	Ok(())
}

fn hex_bytes(s: &str) -> Vec<u8> {
	(0..s.len())
		.step_by(2)
		.map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
		.collect()
}
