//! Harness for MiniX end-to-end tests: starts real `minix-node` processes on free loopback ports
//! in temporary directories, waits for their RPC, and connects subxt clients to them.
//!
//! The node binary is `$MINIX_NODE` if set, otherwise the `minix-node` that this same
//! `cargo test --release` built (`CARGO_BIN_EXE_minix-node`).

#![allow(dead_code)]

use std::{
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};
use subxt::{
	backend::{legacy::LegacyRpcMethods, rpc::RpcClient},
	dynamic::{At, Value},
	utils::{AccountId32, H256},
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::Keypair;

/// The boxed error type of the tests.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// How long a starting node may take to open its RPC port. The test harness runs two e2e tests
/// at once on CI's two cores, and together they may start six nodes, each compiling the
/// runtime's Wasm: a minute was not always enough.
pub const RPC_START_TIMEOUT: Duration = Duration::from_secs(180);

/// Path of the `minix-node` binary under test.
pub fn node_binary() -> PathBuf {
	std::env::var_os("MINIX_NODE")
		.map(PathBuf::from)
		.unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_minix-node")))
}

/// The repository root (for scripts).
pub fn repo_root() -> PathBuf {
	Path::new(env!("CARGO_MANIFEST_DIR"))
		.parent()
		.expect("workspace root")
		.to_path_buf()
}

/// A loopback TCP port that was free a moment ago.
pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|l| l.local_addr())
		.map(|a| a.port())
		.expect("a free loopback port")
}

/// A fresh directory under the system temp dir, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
	/// Creates `<tmp>/minix-e2e-<name>-<pid>-<nanos>`.
	pub fn new(name: &str) -> Self {
		let nanos = std::time::SystemTime::now()
			.duration_since(std::time::UNIX_EPOCH)
			.map(|d| d.subsec_nanos())
			.unwrap_or_default();
		let path =
			std::env::temp_dir().join(format!("minix-e2e-{name}-{}-{nanos}", std::process::id()));
		std::fs::create_dir_all(&path).expect("create temp dir");
		TempDir(path)
	}
}

impl Drop for TempDir {
	fn drop(&mut self) {
		let _ = std::fs::remove_dir_all(&self.0);
	}
}

/// A running `minix-node --dev`, killed on drop.
pub struct DevNode {
	child: Child,
	/// WebSocket URL of its RPC server.
	pub url: String,
	/// Its RPC port.
	pub rpc_port: u16,
	dir: TempDir,
}

impl DevNode {
	/// Starts a single-validator development node with its own database and ports.
	pub async fn start() -> Result<Self, Error> {
		Self::start_args(&["--dev".into()]).await
	}

	/// Starts Alice as the only validator of the chain spec at `spec` (a development spec).
	pub async fn start_with_chain(spec: &Path) -> Result<Self, Error> {
		let chain = spec.as_os_str().to_owned();
		Self::start_args(&[
			"--chain".into(),
			chain,
			"--alice".into(),
			"--force-authoring".into(),
			// A throwaway chain: no stable network identity is needed.
			"--unsafe-force-node-key-generation".into(),
		])
		.await
	}

	async fn start_args(args: &[std::ffi::OsString]) -> Result<Self, Error> {
		let dir = TempDir::new("dev");
		let rpc_port = free_port();
		let p2p_port = free_port();
		let log = std::fs::File::create(dir.0.join("node.log"))?;
		let child = Command::new(node_binary())
			.args(args)
			.args(["--no-telemetry", "--no-prometheus", "--no-mdns"])
			.arg("--base-path")
			.arg(&dir.0)
			.args(["--rpc-port", &rpc_port.to_string(), "--port", &p2p_port.to_string()])
			.stdout(Stdio::null())
			.stderr(log)
			.spawn()
			.map_err(|e| format!("cannot start {}: {e}", node_binary().display()))?;
		let node = DevNode { child, url: format!("ws://127.0.0.1:{rpc_port}"), rpc_port, dir };
		wait_for_rpc(&node.url, RPC_START_TIMEOUT).await?;
		Ok(node)
	}

	/// Runs `scenario` against a fresh dev node; if it fails, prints the node's log.
	pub async fn scenario(
		scenario: impl for<'a> AsyncFnOnce(&'a DevNode) -> Result<(), Error>,
	) -> Result<(), Error> {
		let node = Self::start().await?;
		let result = scenario(&node).await;
		if result.is_err() {
			eprintln!("--- node log ---\n{}", node.log());
		}
		result
	}

	/// The node's log so far (stderr).
	pub fn log(&self) -> String {
		std::fs::read_to_string(self.dir.0.join("node.log")).unwrap_or_default()
	}

	/// A subxt client connected to it.
	pub async fn client(&self) -> Result<OnlineClient<PolkadotConfig>, Error> {
		Ok(OnlineClient::<PolkadotConfig>::from_insecure_url(&self.url).await?)
	}

	/// Legacy JSON-RPC methods (chain_*, system_*, author_*).
	pub async fn rpc(&self) -> Result<LegacyRpcMethods<PolkadotConfig>, Error> {
		legacy_rpc(&self.url).await
	}
}

impl Drop for DevNode {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

/// Legacy JSON-RPC methods of the node at `url`.
pub async fn legacy_rpc(url: &str) -> Result<LegacyRpcMethods<PolkadotConfig>, Error> {
	Ok(LegacyRpcMethods::new(RpcClient::from_insecure_url(url).await?))
}

/// Waits until the RPC server at `url` answers `system_health`.
pub async fn wait_for_rpc(url: &str, timeout: Duration) -> Result<(), Error> {
	let start = Instant::now();
	loop {
		if let Ok(rpc) = legacy_rpc(url).await {
			if rpc.system_health().await.is_ok() {
				return Ok(());
			}
		}
		if start.elapsed() > timeout {
			return Err(format!("no RPC at {url} after {timeout:?}").into());
		}
		tokio::time::sleep(Duration::from_millis(250)).await;
	}
}

/// Finalized block number of the node behind `rpc`.
pub async fn finalized_number(rpc: &LegacyRpcMethods<PolkadotConfig>) -> Result<u32, Error> {
	let hash = rpc.chain_get_finalized_head().await?;
	let header = rpc.chain_get_header(Some(hash)).await?.ok_or("finalized header missing")?;
	Ok(header.number)
}

/// Best block number of the node behind `rpc`.
pub async fn best_number(rpc: &LegacyRpcMethods<PolkadotConfig>) -> Result<u32, Error> {
	let header = rpc.chain_get_header(None).await?.ok_or("best header missing")?;
	Ok(header.number)
}

/// Polls `f` every 500 ms until it returns true, or fails after `timeout` with `what`.
pub async fn eventually<F, Fut>(timeout: Duration, what: &str, mut f: F) -> Result<(), Error>
where
	F: FnMut() -> Fut,
	Fut: std::future::Future<Output = Result<bool, Error>>,
{
	let start = Instant::now();
	loop {
		if f().await.unwrap_or(false) {
			return Ok(());
		}
		if start.elapsed() > timeout {
			return Err(format!("timed out after {timeout:?} waiting for: {what}").into());
		}
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
}

/// The Aura slot in a block header's pre-runtime digest.
pub fn aura_slot(header: &<PolkadotConfig as subxt::Config>::Header) -> Option<u64> {
	use subxt::config::substrate::DigestItem;
	header.digest.logs.iter().find_map(|item| match item {
		DigestItem::PreRuntime(id, data) if id == b"aura" && data.len() >= 8 => {
			let mut slot = [0u8; 8];
			slot.copy_from_slice(&data[..8]);
			Some(u64::from_le_bytes(slot))
		},
		_ => None,
	})
}

/// A subxt client of a MiniX node.
pub type Api = OnlineClient<PolkadotConfig>;

/// Calls runtime API `api.method(args)` at block `at` and decodes the result.
pub async fn runtime_call(
	client: &Api,
	at: H256,
	api: &str,
	method: &str,
	args: Vec<Value>,
) -> Result<Value<u32>, Error> {
	let call = subxt::dynamic::runtime_api_call(api, method, args);
	Ok(client.runtime_api().at(at).call(call).await?.to_value()?)
}

/// Submits `pallet.call(args)` signed by `signer` and waits for finality; on success the block
/// hash and events, on a dispatch error its `Pallet::Error` name.
pub async fn submit(
	client: &Api,
	signer: &Keypair,
	pallet: &str,
	call: &str,
	args: Vec<Value>,
) -> Result<Result<(H256, subxt::blocks::ExtrinsicEvents<PolkadotConfig>), String>, Error> {
	let tx = subxt::dynamic::tx(pallet, call, args);
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

pub fn some_u64(v: u64) -> Value {
	Value::unnamed_variant("Some", [Value::u128(v as u128)])
}

/// The `u128` inside `Some(x)` of a decoded `Option`.
pub fn unwrap_some(v: &Value<u32>) -> Option<&Value<u32>> {
	match &v.value {
		subxt::ext::scale_value::ValueDef::Variant(var) if var.name == "Some" => var.values.at(0),
		_ => None,
	}
}

/// The bytes of a decoded byte array (an `AccountId32` decodes as a composite of 32 `u8`s,
/// possibly wrapped in a one-field composite).
pub fn bytes_of(v: &Value<u32>) -> Option<Vec<u8>> {
	let subxt::ext::scale_value::ValueDef::Composite(c) = &v.value else { return None };
	let values: Vec<&Value<u32>> = c.values().collect();
	if let [only] = values.as_slice() {
		if let Some(bytes) = bytes_of(only) {
			return Some(bytes);
		}
	}
	values.iter().map(|x| x.as_u128().and_then(|n| u8::try_from(n).ok())).collect()
}

/// The free balance of `who` at block `at` (`System.Account`), 0 for an account that does not
/// exist.
pub async fn free_balance(client: &Api, at: H256, who: &AccountId32) -> Result<u128, Error> {
	let query = subxt::dynamic::storage("System", "Account", vec![Value::from_bytes(who.0)]);
	let Some(account) = client.storage().at(at).fetch(&query).await? else { return Ok(0) };
	let value = account.to_value()?;
	Ok(value.at("data").at("free").and_then(|v| v.as_u128()).ok_or("no free balance")?)
}

/// The fee one extrinsic paid: `actual_fee` of its `TransactionPayment::TransactionFeePaid`.
pub fn fee_paid(events: &subxt::blocks::ExtrinsicEvents<PolkadotConfig>) -> Result<u128, Error> {
	let fee_event = events
		.iter()
		.filter_map(Result::ok)
		.find(|e| {
			e.pallet_name() == "TransactionPayment" && e.variant_name() == "TransactionFeePaid"
		})
		.ok_or("no TransactionFeePaid event")?;
	Ok(fee_event
		.field_values()?
		.at("actual_fee")
		.and_then(|v| v.as_u128())
		.ok_or("fee")?)
}
