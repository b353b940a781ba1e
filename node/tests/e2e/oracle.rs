//! End to end with subxt against one `minix-node --dev`: three dev accounts register as
//! data-feed oracles with their CIDs, governance (sudo) registers `rain_mm` and approves them,
//! they feed it through `Oracle.feed_values`, and the median is read through the `OracleApi`
//! runtime API; a non-oracle's feed and a direct `OracleFeeds.feed_values` are refused.

use crate::common::{runtime_call, submit, unwrap_some, Api, DevNode, Error};
use subxt::{
	dynamic::{At, Value},
	utils::{AccountId32, H256},
};
use subxt_signer::sr25519::{dev, Keypair};

/// The first CID `who` owns, from `CidApi::cids_of`.
async fn first_cid(client: &Api, at: H256, who: &Keypair) -> Result<u128, Error> {
	let id: AccountId32 = who.public_key().into();
	let args = vec![Value::from_bytes(id.0), Value::u128(0), Value::u128(1)];
	let cids = runtime_call(client, at, "CidApi", "cids_of", args).await?;
	Ok(cids.at(0).and_then(|v| v.as_u128()).ok_or("dev accounts own CIDs")?)
}

fn feed(value: i128) -> Vec<Value> {
	vec![Value::unnamed_composite([Value::unnamed_composite([
		Value::from_bytes("rain_mm"),
		Value::i128(value),
	])])]
}

#[tokio::test(flavor = "multi_thread")]
async fn oracle_end_to_end() -> Result<(), Error> {
	DevNode::scenario(run).await
}

async fn run(node: &DevNode) -> Result<(), Error> {
	let client = node.client().await?;
	let genesis = client.backend().latest_finalized_block_ref().await?.hash();
	let feeders = [dev::alice(), dev::bob(), dev::charlie()];
	let kinds = Value::named_composite([
		("data_feed", Value::bool(true)),
		("authentication", Value::bool(false)),
		("custody", Value::bool(false)),
		("supervision", Value::bool(false)),
	]);
	for who in &feeders {
		let cid = first_cid(&client, genesis, who).await?;
		let args = vec![Value::u128(cid), kinds.clone()];
		submit(&client, who, "Oracle", "register_oracle", args).await??;
	}
	// Governance registers the key (quorum: all of its feeders) and approves the three.
	let key = || Value::from_bytes("rain_mm");
	let mut calls = vec![subxt::dynamic::tx(
		"Oracle",
		"register_feed_key",
		vec![key(), Value::u128(1_000_000_000)],
	)
	.into_value()];
	for who in &feeders {
		let id: AccountId32 = who.public_key().into();
		let approve = vec![key(), Value::from_bytes(id.0)];
		calls.push(subxt::dynamic::tx("Oracle", "approve_feeder", approve).into_value());
	}
	let batch = subxt::dynamic::tx("Utility", "batch_all", vec![Value::unnamed_composite(calls)]);
	submit(&client, &dev::alice(), "Sudo", "sudo", vec![batch.into_value()]).await??;

	let refused = submit(&client, &dev::dave(), "Oracle", "feed_values", feed(1)).await?;
	assert_eq!(refused.err().as_deref(), Some("Oracle::NotOracle"));
	let direct = submit(&client, &dev::alice(), "OracleFeeds", "feed_values", feed(1)).await?;
	assert_eq!(direct.err().as_deref(), Some("System::CallFiltered"));

	let mut last = genesis;
	for (who, value) in feeders.iter().zip([130, 95, 110]) {
		(last, _) = submit(&client, who, "Oracle", "feed_values", feed(value)).await??;
	}
	let median =
		runtime_call(&client, last, "OracleApi", "value", vec![Value::from_bytes("rain_mm")])
			.await?;
	assert_eq!(unwrap_some(&median).and_then(|v| v.as_i128()), Some(110));
	// Sequential feeds: only Charlie's completed the quorum, so only it was corroborated.
	let charlie: AccountId32 = feeders[2].public_key().into();
	let record =
		runtime_call(&client, last, "OracleApi", "oracle", vec![Value::from_bytes(charlie.0)])
			.await?;
	let info = unwrap_some(&record).and_then(|r| r.at(0)).ok_or("Charlie is an oracle")?;
	let fed = info.at("record").and_then(|r| r.at("feeds_accepted")).and_then(|v| v.as_u128());
	assert_eq!(fed, Some(1));
	Ok(())
}
