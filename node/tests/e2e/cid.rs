//! End to end with subxt against one `minix-node --dev`: claim a public CID, name it, resolve
//! name -> CID -> account through the `CidApi` runtime API, check through `MiniPointApi` that the
//! claim minted exactly 1.25 MINI, and see rejected calls' error names.

use crate::common::{DevNode, Error};
use subxt::{
	dynamic::{At, Value},
	utils::{AccountId32, H256},
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::{dev, Keypair};

const MINI: u128 = 100_000_000;
type Api = OnlineClient<PolkadotConfig>;

/// Calls runtime API `api.method(args)` at block `at` and decodes the result.
async fn runtime_call(
	client: &Api,
	at: H256,
	api: &str,
	method: &str,
	args: Vec<Value>,
) -> Result<Value<u32>, Error> {
	let call = subxt::dynamic::runtime_api_call(api, method, args);
	Ok(client.runtime_api().at(at).call(call).await?.to_value()?)
}

/// The total issuance and CIDs issued that `MiniPointApi::supply_info` reports at `at`.
async fn supply(client: &Api, at: H256) -> Result<(u128, u128, u128), Error> {
	let info = runtime_call(client, at, "MiniPointApi", "supply_info", vec![]).await?;
	let field = |name: &str| info.at(name).and_then(|v| v.as_u128()).ok_or("supply field");
	Ok((field("total_issuance")?, field("cids_issued")?, field("cap")?))
}

/// Submits a `Cid` call signed by `signer`; on success the block hash and events, on a dispatch
/// error its `Pallet::Error` name.
async fn cid_call(
	client: &Api,
	signer: &Keypair,
	call: &str,
	args: Vec<Value>,
) -> Result<Result<(H256, subxt::blocks::ExtrinsicEvents<PolkadotConfig>), String>, Error> {
	let tx = subxt::dynamic::tx("Cid", call, args);
	let in_block = client
		.tx()
		.sign_and_submit_then_watch_default(&tx, signer)
		.await?
		.wait_for_finalized()
		.await?;
	let hash = in_block.block_hash();
	match in_block.wait_for_success().await {
		Ok(events) => Ok(Ok((hash, events))),
		Err(subxt::Error::Runtime(subxt::error::DispatchError::Module(e))) => {
			Ok(Err(e.details_string()))
		},
		Err(e) => Err(e.into()),
	}
}

fn some_u64(v: u64) -> Value {
	Value::unnamed_variant("Some", [Value::u128(v as u128)])
}

/// The `u128` inside `Some(x)` of a decoded `Option`.
fn unwrap_some(v: &Value<u32>) -> Option<&Value<u32>> {
	match &v.value {
		subxt::ext::scale_value::ValueDef::Variant(var) if var.name == "Some" => var.values.at(0),
		_ => None,
	}
}

/// The bytes of a decoded byte array (an `AccountId32` decodes as a composite of 32 `u8`s,
/// possibly wrapped in a one-field composite).
fn bytes_of(v: &Value<u32>) -> Option<Vec<u8>> {
	let subxt::ext::scale_value::ValueDef::Composite(c) = &v.value else { return None };
	let values: Vec<&Value<u32>> = c.values().collect();
	if let [only] = values.as_slice() {
		if let Some(bytes) = bytes_of(only) {
			return Some(bytes);
		}
	}
	values.iter().map(|x| x.as_u128().and_then(|n| u8::try_from(n).ok())).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn cid_end_to_end() -> Result<(), Error> {
	let node = DevNode::start().await?;
	let result = run(&node).await;
	if result.is_err() {
		eprintln!("--- node log ---\n{}", node.log());
	}
	result
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
