//! End to end with subxt against one `minix-node --dev`: claim a public CID, name it, resolve
//! name -> CID -> account through the `CidApi` runtime API, check through `MiniPointApi` that the
//! claim minted exactly 1.25 MINI, and see rejected calls' error names.

use crate::common::{bytes_of, runtime_call, some_u64, submit, unwrap_some, Api, DevNode, Error};
use subxt::{
	dynamic::{At, Value},
	utils::{AccountId32, H256},
	PolkadotConfig,
};
use subxt_signer::sr25519::{dev, Keypair};

const MINI: u128 = 10_000_000_000;

/// The total issuance and CIDs issued that `MiniPointApi::supply_info` reports at `at`.
async fn supply(client: &Api, at: H256) -> Result<(u128, u128, u128), Error> {
	let info = runtime_call(client, at, "MiniPointApi", "supply_info", vec![]).await?;
	let field = |name: &str| info.at(name).and_then(|v| v.as_u128()).ok_or("supply field");
	Ok((field("total_issuance")?, field("cids_issued")?, field("cap")?))
}

/// Submits a `Cid` call signed by `signer` (see [`submit`]).
async fn cid_call(
	client: &Api,
	signer: &Keypair,
	call: &str,
	args: Vec<Value>,
) -> Result<Result<(H256, subxt::blocks::ExtrinsicEvents<PolkadotConfig>), String>, Error> {
	submit(client, signer, "Cid", call, args).await
}

#[tokio::test(flavor = "multi_thread")]
async fn cid_end_to_end() -> Result<(), Error> {
	DevNode::scenario(run).await
}

async fn run(node: &DevNode) -> Result<(), Error> {
	let client = node.client().await?;
	let eve = dev::eve();
	let eve_id: AccountId32 = eve.public_key().into();
	let cid = 7_777_777u64;

	// Claim: Cid::Issued and MiniPoint::Minted, and exactly 1.25 MINI more in existence.
	let (block, events) = cid_call(&client, &eve, "claim", vec![some_u64(cid)]).await??;
	let names: Vec<String> = events
		.iter()
		.filter_map(Result::ok)
		.map(|e| format!("{}::{}", e.pallet_name(), e.variant_name()))
		.collect();
	assert!(names.contains(&"Cid::Issued".into()), "{names:?}");
	assert!(names.contains(&"MiniPoint::Minted".into()), "{names:?}");
	let parent = client.blocks().at(block).await?.header().parent_hash;
	let (before, cids_before, _) = supply(&client, parent).await?;
	let (after, cids_after, cap) = supply(&client, block).await?;
	assert_eq!(after - before, MINI + MINI / 4, "a claim mints exactly 1.25 MINI");
	assert_eq!(cids_after, cids_before + 1);
	assert!(after <= cap, "issuance {after} within the cap {cap}");

	// Name it, then resolve name -> CID -> account (the name in any case).
	let (named, _) = cid_call(
		&client,
		&eve,
		"set_name",
		vec![Value::u128(cid as u128), Value::from_bytes(b"Eve.RS")],
	)
	.await??;
	let found =
		runtime_call(&client, named, "CidApi", "cid_by_name", vec![Value::from_bytes(b"EVE.rs")])
			.await?;
	assert_eq!(unwrap_some(&found).and_then(|v| v.as_u128()), Some(cid as u128), "{found:?}");
	let owner =
		runtime_call(&client, named, "CidApi", "owner_of", vec![Value::u128(cid as u128)]).await?;
	let owner = unwrap_some(&owner).ok_or("owner")?;
	let owner_bytes = bytes_of(owner).ok_or_else(|| format!("account bytes in {owner:?}"))?;
	assert_eq!(owner_bytes, eve_id.0.to_vec());

	// Rejections, with their error names: a taken CID, a reserved CID, a taken name.
	let taken = cid_call(&client, &dev::ferdie(), "claim", vec![some_u64(cid)]).await?;
	assert_eq!(taken.err().as_deref(), Some("Cid::CidTaken"));
	let reserved = cid_call(&client, &dev::ferdie(), "claim", vec![some_u64(42)]).await?;
	assert_eq!(reserved.err().as_deref(), Some("Cid::NotPublic"));
	let ferdies_cid = 501u64; // Ferdie's first genesis CID (6th dev account, 100 each).
	let name_taken = cid_call(
		&client,
		&dev::ferdie(),
		"set_name",
		vec![Value::u128(ferdies_cid as u128), Value::from_bytes(b"eve.rs")],
	)
	.await?;
	assert_eq!(name_taken.err().as_deref(), Some("Cid::NameTaken"));
	Ok(())
}
