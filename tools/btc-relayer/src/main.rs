//! `minix-btc-relayer`: submit Bitcoin block headers from a file to a MiniX node.
//!
//! The file is the shared data format, `[[height, "80-byte header hex"], ...]` in height order
//! (as in `data/btc/`). The relayer reads the light client's best tip, skips the headers at or
//! below it, and submits the rest as `BtcLightClient.submit_headers` batches signed by a relayer
//! key, with consecutive nonces so that several batches land per block. It stops at the first
//! refused batch and prints the pallet error. A batch that advances the tip pays no fee.
//!
//! ```text
//! minix-btc-relayer --url ws://127.0.0.1:9944 --suri //Alice \
//!     --file data/btc/mainnet-headers-576576-578692.json
//! ```

use clap::Parser;
use std::{path::PathBuf, str::FromStr};
use subxt::{
	config::DefaultExtrinsicParamsBuilder,
	dynamic::{At, Value},
	OnlineClient, PolkadotConfig,
};
use subxt_signer::{sr25519::Keypair, SecretUri};

type Error = Box<dyn std::error::Error + Send + Sync>;

/// Relay Bitcoin headers from a file to a MiniX node.
#[derive(Debug, Parser)]
struct Args {
	/// The node's WebSocket RPC endpoint.
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	url: String,
	/// The relayer's secret URI (a dev name such as `//Alice`, or a mnemonic with a path).
	#[arg(long)]
	suri: String,
	/// The headers file: `[[height, "header hex"], ...]`.
	#[arg(long)]
	file: PathBuf,
	/// Headers per `submit_headers` call (at most the runtime's `MaxHeadersPerCall`).
	#[arg(long, default_value_t = 200)]
	batch: usize,
}

/// `(height, 80 header bytes)` pairs from the file, checked for form and order.
fn read_headers(path: &PathBuf) -> Result<Vec<(u32, Vec<u8>)>, Error> {
	let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
	let json: serde_json::Value = serde_json::from_str(&text)?;
	let pairs = json.as_array().ok_or("the file must be a JSON array of [height, hex]")?;
	let mut out = Vec::with_capacity(pairs.len());
	for pair in pairs {
		let height = pair[0].as_u64().ok_or("a height is not a number")? as u32;
		let hex = pair[1].as_str().ok_or("a header is not a hex string")?;
		let bytes = (0..hex.len())
			.step_by(2)
			.map(|i| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("zz"), 16))
			.collect::<Result<Vec<u8>, _>>()
			.map_err(|_| format!("header {height} is not hex"))?;
		if bytes.len() != 80 {
			return Err(format!("header {height} is {} bytes, not 80", bytes.len()).into());
		}
		if out.last().is_some_and(|(h, _): &(u32, Vec<u8>)| *h + 1 != height) {
			return Err(format!("heights are not consecutive at {height}").into());
		}
		out.push((height, bytes));
	}
	Ok(out)
}

/// The light client's best tip height, if anchored.
async fn best_height(client: &OnlineClient<PolkadotConfig>) -> Result<Option<u32>, Error> {
	let query = subxt::dynamic::storage("BtcLightClient", "BestTip", ());
	let storage = client.storage().at_latest().await?;
	let Some(tip) = storage.fetch(&query).await? else { return Ok(None) };
	let tip = tip.to_value()?;
	Ok(tip.at("height").and_then(|h| h.as_u128()).map(|h| h as u32))
}

#[tokio::main]
async fn main() -> Result<(), Error> {
	let args = Args::parse();
	let headers = read_headers(&args.file)?;
	let signer = Keypair::from_uri(&SecretUri::from_str(&args.suri)?)?;
	let client = OnlineClient::<PolkadotConfig>::from_insecure_url(&args.url).await?;
	let tip = best_height(&client).await?.ok_or("the light client has no checkpoint yet")?;
	let todo: Vec<_> = headers.into_iter().filter(|(h, _)| *h > tip).collect();
	println!("best BTC tip {tip}; {} headers to relay", todo.len());
	let account = signer.public_key().to_account_id();
	let mut nonce = client.tx().account_nonce(&account).await?;
	let mut pending = Vec::new();
	for chunk in todo.chunks(args.batch.max(1)) {
		let batch = Value::unnamed_composite(chunk.iter().map(|(_, h)| Value::from_bytes(h)));
		let call = subxt::dynamic::tx("BtcLightClient", "submit_headers", vec![batch]);
		let params = DefaultExtrinsicParamsBuilder::<PolkadotConfig>::new().nonce(nonce).build();
		let tx = client.tx().create_signed(&call, &signer, params).await?;
		pending.push((chunk[0].0, chunk[chunk.len() - 1].0, tx.submit_and_watch().await?));
		nonce += 1;
	}
	for (from, to, progress) in pending {
		let events = progress
			.wait_for_finalized_success()
			.await
			.map_err(|e| format!("headers {from}..={to} refused: {e}"))?;
		let _ = events;
		println!("relayed {from}..={to}");
	}
	let tip = best_height(&client).await?.unwrap_or_default();
	println!("best BTC tip {tip}");
	Ok(())
}
