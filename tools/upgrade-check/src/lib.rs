//! A runtime upgrade, dry-run against the state of a live MiniX node: what `try-runtime
//! on-runtime-upgrade live` does, built from the polkadot-sdk crates MiniX pins (crates.io's
//! `try-runtime-cli`, 0.42, is a library for polkadot-sdk v1.10 and has no binary).
//!
//! 1. [`snapshot`] reads the whole state at the node's best block over RPC (`state_getKeysPaged`,
//!    `state_queryStorageAt`, and the `childstate_*` pair for child tries) and checks its trie
//!    root against the block header's `state_root`, so nothing is missing;
//! 2. [`check`] puts the new Wasm in `:code`; its `Core_version` must keep the `spec_name` and
//!    raise `spec_version`;
//! 3. `TryRuntime_on_runtime_upgrade(All)` runs every migration with its `pre_upgrade` and
//!    `post_upgrade`, decodes every storage item, and runs every pallet's `try_state`; a failure
//!    is a runtime panic with the pallet's message (in the runtime's log);
//! 4. the upgrade's weight must fit in a block;
//! 5. a second run changes nothing (migrations are idempotent).
//!
//! The Wasm must be built with the runtime's `try-runtime` feature (`runtime/next` is; for any
//! other runtime `scripts/upgrade-check.sh --build` builds one).

use codec::{Decode, Encode};
use sc_executor::{HeapAllocStrategy, RuntimeVersion, WasmExecutor};
use sp_core::{
	storage::{well_known_keys, ChildInfo, Storage, StorageChild},
	traits::{CallContext, CodeExecutor, RuntimeCode, WrappedRuntimeCode},
};
use sp_runtime::{
	traits::{BlakeTwo256, Hash},
	StateVersion, Weight,
};
use subxt::{
	backend::{legacy::LegacyRpcMethods, rpc::RpcClient},
	ext::subxt_rpcs::rpc_params,
	utils::H256,
	PolkadotConfig,
};

/// The boxed error type of the check.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// Keys fetched per `*_getKeysPaged` request (the RPC's own maximum is 1000).
const PAGE: u32 = 1000;
/// Values fetched per `state_queryStorageAt` request.
const BATCH: usize = 256;
/// Prefix of the top-trie keys that hold a default child trie's root.
const CHILD_PREFIX: &[u8] = b":child_storage:default:";

/// frame-support's `UpgradeCheckSelect`, whose type exists only in `try-runtime` builds: the
/// same variants in the same order, so the same SCALE encoding.
#[derive(Encode, Clone, Copy, Debug)]
pub enum UpgradeCheckSelect {
	/// No checks: the idempotency run.
	None,
	/// `pre_upgrade`, `post_upgrade` and `try_state`.
	All,
}

/// A live chain's complete state at one block.
#[derive(Clone)]
pub struct Snapshot {
	/// The block the state is at.
	pub at: H256,
	/// Its number.
	pub number: u32,
	/// Every key and value, child tries included.
	pub storage: Storage,
	/// The chain's trie layout.
	pub state_version: StateVersion,
	/// The live runtime's `spec_name`.
	pub spec_name: String,
	/// The live runtime's `spec_version`.
	pub spec_version: u32,
}

/// What a passed check found.
#[derive(Debug)]
pub struct Report {
	/// Top-level keys the upgrade ran on.
	pub keys: usize,
	/// The new runtime's `spec_version`.
	pub spec_version: u32,
	/// The weight the upgrade used, and a block's maximum.
	pub weight: Weight,
	pub max_weight: Weight,
}

/// Reads the complete state at the best block of the node at `url` and checks its root.
pub async fn snapshot(url: &str) -> Result<Snapshot, Error> {
	let raw = RpcClient::from_insecure_url(url).await?;
	let rpc = LegacyRpcMethods::<PolkadotConfig>::new(raw.clone());
	let at = rpc.chain_get_block_hash(None).await?.ok_or("no best block")?;
	let header = rpc.chain_get_header(Some(at)).await?.ok_or("no best header")?;
	let live = rpc.state_get_runtime_version(Some(at)).await?;
	let version_field = live.other.get("systemVersion").or(live.other.get("stateVersion"));
	let state_version = if version_field.and_then(|v| v.as_u64()) == Some(0) {
		StateVersion::V0
	} else {
		StateVersion::V1
	};
	let spec_name = live.other.get("specName").and_then(|v| v.as_str()).unwrap_or_default();
	let storage = scrape(&rpc, &raw, at).await?;
	let snapshot = Snapshot {
		at,
		number: header.number,
		storage,
		state_version,
		spec_name: spec_name.to_owned(),
		spec_version: live.spec_version,
	};
	let root = Upgrade::new(snapshot.storage.clone(), state_version).root();
	if H256::from_slice(&root) != header.state_root {
		return Err(format!(
			"the state read at {at:?} is incomplete: its root is not the header's"
		)
		.into());
	}
	Ok(snapshot)
}

/// Steps 2–5 on `snapshot` with the runtime `wasm` (compressed or not).
pub fn check(snapshot: &Snapshot, wasm: &[u8]) -> Result<Report, Error> {
	let mut upgrade = Upgrade::new(snapshot.storage.clone(), snapshot.state_version);
	upgrade.install(wasm);
	let next = RuntimeVersion::decode(&mut &upgrade.call("Core_version", &[])?[..])?;
	if next.spec_name.as_ref() != snapshot.spec_name {
		return Err(format!(
			"the new runtime is `{}`, the chain runs `{}`",
			next.spec_name, snapshot.spec_name
		)
		.into());
	}
	if next.spec_version <= snapshot.spec_version {
		return Err(format!(
			"the new spec_version {} must be above the chain's {}",
			next.spec_version, snapshot.spec_version
		)
		.into());
	}
	let (weight, max_weight) = upgrade.run(UpgradeCheckSelect::All)?;
	if !weight.all_lte(max_weight) {
		return Err(
			format!("the upgrade weighs {weight:?}, more than a block ({max_weight:?})").into()
		);
	}
	let after_first = upgrade.root();
	upgrade.run(UpgradeCheckSelect::None)?;
	if after_first != upgrade.root() {
		return Err("the migrations are not idempotent: a second run changed the state".into());
	}
	Ok(Report {
		keys: snapshot.storage.top.len(),
		spec_version: next.spec_version,
		weight,
		max_weight,
	})
}

/// A dry run of a runtime on a copy of a chain's state.
pub struct Upgrade {
	ext: sp_io::TestExternalities,
	executor: WasmExecutor<sp_io::SubstrateHostFunctions>,
	state_version: StateVersion,
}

impl Upgrade {
	/// The state `storage`, with the runtime it holds in `:code`.
	pub fn new(mut storage: Storage, state_version: StateVersion) -> Self {
		// `TestExternalities` sets `:code` itself, to what it is given: give it the live one.
		let code = storage.top.remove(well_known_keys::CODE).unwrap_or_default();
		let ext = sp_io::TestExternalities::new_with_code_and_state(&code, storage, state_version);
		let executor = WasmExecutor::builder()
			.with_onchain_heap_alloc_strategy(HeapAllocStrategy::Dynamic { maximum_pages: None })
			.with_offchain_heap_alloc_strategy(HeapAllocStrategy::Dynamic { maximum_pages: None })
			.build();
		Self { ext, executor, state_version }
	}

	/// The state's trie root.
	pub fn root(&mut self) -> Vec<u8> {
		let version = self.state_version;
		self.ext.execute_with(|| sp_io::storage::root(version))
	}

	/// Puts `wasm` in `:code`, as `system.setCode` would.
	pub fn install(&mut self, wasm: &[u8]) {
		self.ext.insert(well_known_keys::CODE.to_vec(), wasm.to_vec());
	}

	/// Calls the runtime API function `method` of the runtime in `:code`; a runtime panic is the
	/// error, with its message.
	pub fn call(&mut self, method: &str, data: &[u8]) -> Result<Vec<u8>, String> {
		let code = self.ext.execute_with(|| sp_io::storage::get(well_known_keys::CODE));
		let code = code.ok_or("no :code")?.to_vec();
		let fetch = WrappedRuntimeCode(code.as_slice().into());
		let hash = BlakeTwo256::hash(&code).as_bytes().to_vec();
		let runtime_code = RuntimeCode { code_fetcher: &fetch, heap_pages: None, hash };
		self.executor
			.call(&mut self.ext.ext(), &runtime_code, method, data, CallContext::Offchain)
			.0
			.map_err(|e| format!("{method}: {e}"))
	}

	/// `TryRuntime_on_runtime_upgrade(checks)`: the weight it used and a block's maximum.
	pub fn run(&mut self, checks: UpgradeCheckSelect) -> Result<(Weight, Weight), String> {
		let out = self.call("TryRuntime_on_runtime_upgrade", &checks.encode())?;
		<(Weight, Weight)>::decode(&mut &out[..]).map_err(|e| e.to_string())
	}
}

/// Every key and value of the state at `at`, child tries included.
async fn scrape(
	rpc: &LegacyRpcMethods<PolkadotConfig>,
	raw: &RpcClient,
	at: H256,
) -> Result<Storage, Error> {
	let mut storage = Storage::default();
	let mut keys = Vec::new();
	loop {
		let start = keys.last().cloned();
		let page = rpc.state_get_keys_paged(&[], PAGE, start.as_deref(), Some(at)).await?;
		let done = page.len() < PAGE as usize;
		keys.extend(page);
		if done {
			break;
		}
	}
	for batch in keys.chunks(BATCH) {
		for set in rpc.state_query_storage_at(batch.iter().map(Vec::as_slice), Some(at)).await? {
			for (key, value) in set.changes {
				let value = value.ok_or("a listed key has no value")?.0;
				if let Some(id) = key.0.strip_prefix(CHILD_PREFIX) {
					let data = scrape_child(raw, &key.0, at).await?;
					let child_info = ChildInfo::new_default(id);
					storage.children_default.insert(id.to_vec(), StorageChild { data, child_info });
				} else {
					storage.top.insert(key.0, value);
				}
			}
		}
	}
	Ok(storage)
}

/// The keys and values of the child trie whose prefixed key is `child`.
async fn scrape_child(
	raw: &RpcClient,
	child: &[u8],
	at: H256,
) -> Result<std::collections::BTreeMap<Vec<u8>, Vec<u8>>, Error> {
	use sp_core::bytes::{from_hex, to_hex};
	let hex = |b: &[u8]| to_hex(b, false);
	let mut keys: Vec<String> = Vec::new();
	loop {
		let page: Vec<String> = raw
			.request(
				"childstate_getKeysPaged",
				rpc_params![hex(child), "0x", PAGE, keys.last().cloned(), at],
			)
			.await?;
		let done = page.len() < PAGE as usize;
		keys.extend(page);
		if done {
			break;
		}
	}
	let mut data = std::collections::BTreeMap::new();
	for batch in keys.chunks(BATCH) {
		let values: Vec<Option<String>> = raw
			.request("childstate_getStorageEntries", rpc_params![hex(child), batch, at])
			.await?;
		for (key, value) in batch.iter().zip(values) {
			data.insert(from_hex(key)?, from_hex(&value.ok_or("a child key has no value")?)?);
		}
	}
	Ok(data)
}
