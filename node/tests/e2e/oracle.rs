//! End to end with subxt against one `minix-node --dev`: three dev accounts register as
//! data-feed oracles with their CIDs, feed `rain_mm` through `OracleFeeds.feed_values`, and the
//! median is read through the `OracleApi` runtime API; a non-oracle's feed is refused.

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
	let node = DevNode::start().await?;
	let result = run(&node).await;
	if result.is_err() {
		eprintln!("--- node log ---\n{}", node.log());
	}
	result
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
	let refused = submit(&client, &dev::dave(), "OracleFeeds", "feed_values", feed(1)).await?;
	assert_eq!(refused.err().as_deref(), Some("OracleFeeds::NoPermission"));

	let mut last = genesis;
	for (who, value) in feeders.iter().zip([130, 95, 110]) {
		(last, _) = submit(&client, who, "OracleFeeds", "feed_values", feed(value)).await??;
	}
	let median =
		runtime_call(&client, last, "OracleApi", "value", vec![Value::from_bytes("rain_mm")])
			.await?;
	assert_eq!(unwrap_some(&median).and_then(|v| v.as_i128()), Some(110));
	let alice: AccountId32 = feeders[0].public_key().into();
	let record =
		runtime_call(&client, last, "OracleApi", "oracle", vec![Value::from_bytes(alice.0)])
			.await?;
	let info = unwrap_some(&record).and_then(|r| r.at(0)).ok_or("Alice is an oracle")?;
	let fed = info.at("record").and_then(|r| r.at("feeds_accepted")).and_then(|v| v.as_u128());
	assert_eq!(fed, Some(1));
	Ok(())
}
