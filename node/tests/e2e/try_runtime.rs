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
//! 5. a second run changes nothing (migrations are idempotent).

use crate::common::{DevNode, Error};
use codec::{Decode, Encode};
use sc_executor::{HeapAllocStrategy, RuntimeVersion, WasmExecutor};
use sp_core::{
	storage::{ChildInfo, Storage, StorageChild},
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

/// Keys fetched per `*_getKeysPaged` request (the RPC's own maximum is 1000).
const PAGE: u32 = 1000;
/// Values fetched per `state_queryStorageAt` request.
const BATCH: usize = 256;
/// Prefix of the top-trie keys that hold a default child trie's root.
const CHILD_PREFIX: &[u8] = b":child_storage:default:";

/// frame-support's `UpgradeCheckSelect`, whose type exists only in `try-runtime` builds (the
/// node is not one): the same variants in the same order, so the same SCALE encoding.
#[derive(Encode)]
#[allow(dead_code)]
enum UpgradeCheckSelect {
	/// No checks: the idempotency run.
	None,
	/// `pre_upgrade`, `post_upgrade` and `try_state`.
	All,
}

/// Runs the whole check against `node`'s best block; returns what the upgrade weighed and the
/// number of top-level keys it ran on.
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
	let mut ext = sp_io::TestExternalities::new_with_state_version(storage, state_version);
	let root = ext.execute_with(|| sp_io::storage::root(state_version));
	assert_eq!(H256::from_slice(&root), header.state_root, "the scraped state is incomplete");

	// 2. The next runtime, in place of `:code`.
	let code = minix_runtime_next::WASM_BINARY.ok_or("the upgrade runtime was not built")?;
	ext.insert(sp_core::storage::well_known_keys::CODE.to_vec(), code.to_vec());
	let executor = WasmExecutor::<sp_io::SubstrateHostFunctions>::builder()
		.with_onchain_heap_alloc_strategy(HeapAllocStrategy::Dynamic { maximum_pages: None })
		.with_offchain_heap_alloc_strategy(HeapAllocStrategy::Dynamic { maximum_pages: None })
		.build();
	let call = |ext: &mut sp_io::TestExternalities, method: &str, data: &[u8]| {
		let fetch = WrappedRuntimeCode(code.into());
		let runtime_code = RuntimeCode {
			code_fetcher: &fetch,
			heap_pages: None,
			hash: BlakeTwo256::hash(code).as_bytes().to_vec(),
		};
		executor
			.call(&mut ext.ext(), &runtime_code, method, data, CallContext::Offchain)
			.0
			.map_err(|e| format!("{method}: {e}"))
	};
	let next = RuntimeVersion::decode(&mut &call(&mut ext, "Core_version", &[])?[..])?;
	assert_eq!(next.spec_name.as_ref(), live.other["specName"].as_str().unwrap_or_default());
	assert!(next.spec_version > live.spec_version, "the upgrade must raise spec_version");

	// 3. Migrations with their pre/post checks, a decode of all state, every try_state.
	let out = call(&mut ext, "TryRuntime_on_runtime_upgrade", &UpgradeCheckSelect::All.encode())?;
	let (weight, max) = <(Weight, Weight)>::decode(&mut &out[..])?;
	// 4. It fits in one block.
	assert!(weight.all_lte(max), "the upgrade weighs {weight:?}, more than a block ({max:?})");

	// 5. Idempotent: a second run leaves the state as the first left it.
	let after_first = ext.execute_with(|| sp_io::storage::root(state_version));
	call(&mut ext, "TryRuntime_on_runtime_upgrade", &UpgradeCheckSelect::None.encode())?;
	let after_second = ext.execute_with(|| sp_io::storage::root(state_version));
	assert_eq!(after_first, after_second, "the migrations are not idempotent");
	Ok((weight, keys))
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
