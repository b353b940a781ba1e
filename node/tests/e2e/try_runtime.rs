//! The try-runtime check: the upgrade to the next runtime (`runtime/next`, built with
//! `try-runtime`), dry-run against the state of a live dev chain.
//!
//! This is what `try-runtime on-runtime-upgrade live` does, built from the SDK crates MiniX pins:
//! crates.io's `try-runtime-cli` (0.42) is a library for polkadot-sdk v1.10, and chopsticks'
//! `try-runtime` needs Node.js 22 from its version 1.2 on. The steps:
//!
//! 1. the whole state at the node's best block is read over RPC (`state_getKeysPaged`,
//!    `state_queryStorageAt`, and the `childstate_*` pair for child tries) and its trie root is
//!    checked against the block header's `state_root`, so nothing is missing;
//! 2. the new Wasm replaces `:code`; its `Core_version` must keep the `spec_name` and raise
//!    `spec_version`;
//! 3. `TryRuntime_on_runtime_upgrade(All)` runs every migration with its `pre_upgrade` and
//!    `post_upgrade`, decodes every storage item, and runs every pallet's `try_state`; a failure
//!    is a runtime panic with the pallet's message;
//! 4. the upgrade's weight must fit in a block;
//! 5. a second run changes nothing (migrations are idempotent);
//!
//! and then shows that the check fails when an invariant is broken in that same state.

use crate::common::{DevNode, Error};
use codec::{Decode, Encode};
use sc_executor::{HeapAllocStrategy, RuntimeVersion, WasmExecutor};
use sp_core::{
	storage::{well_known_keys, ChildInfo, Storage, StorageChild},
	traits::{CallContext, CodeExecutor, RuntimeCode, WrappedRuntimeCode},
};
use sp_io::hashing::twox_128;
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

/// Keys fetched per `*_getKeysPaged` request (the RPC's own maximum is 1000).
const PAGE: u32 = 1000;
/// Values fetched per `state_queryStorageAt` request.
const BATCH: usize = 256;
/// Prefix of the top-trie keys that hold a default child trie's root.
const CHILD_PREFIX: &[u8] = b":child_storage:default:";

/// frame-support's `UpgradeCheckSelect`, whose type exists only in `try-runtime` builds (the
/// node is not one): the same variants in the same order, so the same SCALE encoding.
#[derive(Encode)]
enum UpgradeCheckSelect {
	/// No checks: the idempotency run.
	None,
	/// `pre_upgrade`, `post_upgrade` and `try_state`.
	All,
}

/// Runs the whole check against `node`'s best block; returns what the upgrade weighed and the
/// number of top-level keys it ran on. Then shows the check is real: the same upgrade on the
/// same state with one CID counter off by one fails its checks.
pub async fn check_upgrade_to_next_runtime(node: &DevNode) -> Result<(Weight, usize), Error> {
	let rpc = node.rpc().await?;
	let raw = RpcClient::from_insecure_url(&node.url).await?;
	let at = rpc.chain_get_block_hash(None).await?.ok_or("no best block")?;
	let header = rpc.chain_get_header(Some(at)).await?.ok_or("no best header")?;
	let live = rpc.state_get_runtime_version(Some(at)).await?;
	let version_field = live.other.get("systemVersion").or(live.other.get("stateVersion"));
	let state_version = if version_field.and_then(|v| v.as_u64()) == Some(0) {
		StateVersion::V0
	} else {
		StateVersion::V1
	};

	// 1. The live state, complete: its root is the header's.
	let storage = scrape(&rpc, &raw, at).await?;
	let keys = storage.top.len();
	let mut upgrade = Upgrade::new(storage.clone(), state_version);
	assert_eq!(
		H256::from_slice(&upgrade.root()),
		header.state_root,
		"the scraped state is incomplete"
	);

	// 2. The next runtime, in place of `:code`, keeps the name and raises the version.
	upgrade.install_next()?;
	let next = RuntimeVersion::decode(&mut &upgrade.call("Core_version", &[])?[..])?;
	assert_eq!(next.spec_name.as_ref(), live.other["specName"].as_str().unwrap_or_default());
	assert!(next.spec_version > live.spec_version, "the upgrade must raise spec_version");

	// 3. Migrations with their pre/post checks, a decode of all state, every try_state; and
	// 4. it fits in one block.
	let (weight, max) = upgrade.run(UpgradeCheckSelect::All)?;
	assert!(weight.all_lte(max), "the upgrade weighs {weight:?}, more than a block ({max:?})");

	// 5. Idempotent: a second run leaves the state as the first left it.
	let after_first = upgrade.root();
	upgrade.run(UpgradeCheckSelect::None)?;
	assert_eq!(after_first, upgrade.root(), "the migrations are not idempotent");

	// The check catches a broken invariant: `Cid::CidCount` one above the CIDs stored. Without
	// checks the same upgrade passes, so it is the checks (the Cid pallet's `try_state`) that
	// refuse it. (The runtime's panic message goes to its log, not into the error.)
	let mut corrupted = storage;
	let count_key = [twox_128(b"Cid"), twox_128(b"CidCount")].concat();
	let count = corrupted.top.get(&count_key).map(|v| u64::decode(&mut &v[..])).transpose()?;
	corrupted.top.insert(count_key, (count.unwrap_or(0) + 1).encode());
	for (checks, must_pass) in [(UpgradeCheckSelect::None, true), (UpgradeCheckSelect::All, false)]
	{
		let mut broken = Upgrade::new(corrupted.clone(), state_version);
		broken.install_next()?;
		assert_eq!(
			broken.run(checks).is_ok(),
			must_pass,
			"the check must refuse a broken CidCount"
		);
	}
	Ok((weight, keys))
}

/// A dry run of the next runtime on a copy of a chain's state.
struct Upgrade {
	ext: sp_io::TestExternalities,
	executor: WasmExecutor<sp_io::SubstrateHostFunctions>,
	state_version: StateVersion,
}

impl Upgrade {
	fn new(mut storage: Storage, state_version: StateVersion) -> Self {
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
	fn root(&mut self) -> Vec<u8> {
		let version = self.state_version;
		self.ext.execute_with(|| sp_io::storage::root(version))
	}

	/// Puts the next runtime in `:code`, as `system.setCode` would.
	fn install_next(&mut self) -> Result<(), Error> {
		let code = minix_runtime_next::WASM_BINARY.ok_or("the upgrade runtime was not built")?;
		self.ext.insert(well_known_keys::CODE.to_vec(), code.to_vec());
		Ok(())
	}

	/// Calls the runtime API function `method` of the runtime in `:code`; a runtime panic is the
	/// error, with its message.
	fn call(&mut self, method: &str, data: &[u8]) -> Result<Vec<u8>, String> {
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
	fn run(&mut self, checks: UpgradeCheckSelect) -> Result<(Weight, Weight), String> {
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
