//! End to end with subxt against one `minix-node --dev`: issue an MST, read it back through the
//! `MstApi` runtime API, move it through pallet-assets' `transfer_keep_alive`, see another
//! account refused the issuer's domain, and trade through the order book.

use crate::common::{runtime_call, submit, unwrap_some, Api, DevNode, Error};
use subxt::{
	dynamic::{At, Value},
	utils::{AccountId32, H256},
};
use subxt_signer::sr25519::dev;

const MINI: u128 = 10_000_000_000;

/// `(balance, locked, escrowed)` of `who` in `symbol` from `MstApi::account` at `at`.
async fn account(
	client: &Api,
	at: H256,
	symbol: &str,
	who: &AccountId32,
) -> Result<(u128, u128, u128), Error> {
	let value = runtime_call(
		client,
		at,
		"MstApi",
		"account",
		vec![Value::from_bytes(symbol), Value::from_bytes(who.0)],
	)
	.await?;
	let inner = unwrap_some(&value).ok_or("token exists")?;
	let field = |name: &str| inner.at(name).and_then(|v| v.as_u128()).ok_or("MstAccount field");
	Ok((field("balance")?, field("locked")?, field("escrowed")?))
}

fn order(symbol: &str, side: &str, price: u128, amount: u128) -> Vec<Value> {
	vec![
		Value::from_bytes(symbol),
		Value::from_bytes("MINI"),
		Value::unnamed_variant(side, []),
		Value::u128(price),
		Value::u128(amount),
	]
}

#[tokio::test(flavor = "multi_thread")]
async fn mst_end_to_end() -> Result<(), Error> {
	let node = DevNode::start().await?;
	let mut result = run(&node).await;
	if result.is_ok() {
		// The chain now holds CIDs, a token, balances in it and orders: the try-runtime check
		// runs the upgrade to the next runtime against that live state (scripts/test.sh).
		result =
			crate::try_runtime::check_upgrade_to_next_runtime(&node)
				.await
				.map(|(weight, keys)| {
					eprintln!("try-runtime: upgrade on {keys} keys weighs {weight:?}")
				});
	}
	if result.is_err() {
		eprintln!("--- node log ---\n{}", node.log());
	}
	result
}

async fn run(node: &DevNode) -> Result<(), Error> {
	let client = node.client().await?;
	let (eve, ferdie) = (dev::eve(), dev::ferdie());
	let ferdie_id: AccountId32 = ferdie.public_key().into();

	// Issue RUST.COIN (0 decimals): the token and its issue cert through MstApi.
	let issue = |symbol: &str| {
		vec![
			Value::from_bytes(symbol),
			Value::u128(0),
			Value::u128(1_000_000),
			Value::unnamed_variant("Freely", []),
			Value::from_bytes("subxt"),
			Value::unnamed_variant("None", []),
		]
	};
	let (block, _) = submit(&client, &eve, "Mst", "issue", issue("rust.coin")).await??;
	let token =
		runtime_call(&client, block, "MstApi", "token", vec![Value::from_bytes("RUST.COIN")])
			.await?;
	let token = unwrap_some(&token).ok_or("issued")?;
	let asset_id = token.at("asset_id").and_then(|v| v.as_u128()).ok_or("asset id")?;
	assert_eq!(token.at("supply").and_then(|v| v.as_u128()), Some(1_000_000));

	// Ferdie may not issue in Eve's domain.
	let refused = submit(&client, &ferdie, "Mst", "issue", issue("RUST.X")).await?;
	assert_eq!(refused.err().as_deref(), Some("Mst::NoIssueRight"));

	// pallet-assets' transfer_keep_alive moves it (what Apps' Assets page sends).
	let to_ferdie = vec![
		Value::u128(asset_id),
		Value::unnamed_variant("Id", [Value::from_bytes(ferdie_id.0)]),
		Value::u128(1_000),
	];
	let (block, _) = submit(&client, &eve, "Assets", "transfer_keep_alive", to_ferdie).await??;
	assert_eq!(account(&client, block, "RUST.COIN", &ferdie_id).await?, (1_000, 0, 0));

	// Ferdie sells 400 at 0.1 MINI each; Eve buys 100 of them.
	let (block, _) =
		submit(&client, &ferdie, "Mst", "place_order", order("RUST.COIN", "Sell", MINI / 10, 400))
			.await??;
	assert_eq!(account(&client, block, "RUST.COIN", &ferdie_id).await?, (1_000, 0, 400));
	let (block, events) =
		submit(&client, &eve, "Mst", "place_order", order("RUST.COIN", "Buy", MINI / 10, 100))
			.await??;
	let traded = events
		.iter()
		.filter_map(Result::ok)
		.find(|e| e.pallet_name() == "Mst" && e.variant_name() == "Traded")
		.ok_or("a Traded event")?;
	let fields = traded.field_values()?;
	assert_eq!(fields.at("amount").and_then(|v| v.as_u128()), Some(100));
	assert_eq!(fields.at("quote_amount").and_then(|v| v.as_u128()), Some(10 * MINI));
	assert_eq!(account(&client, block, "RUST.COIN", &ferdie_id).await?, (900, 0, 300));
	Ok(())
}
