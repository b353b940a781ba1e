//! Consortium operations on the local network (`scripts/local-testnet.sh`), driven by subxt:
//!
//! 1. Eve's node (a candidate, no dev keys) generates session keys with
//!    `author_rotateKeysWithOwner`; Eve registers them with `session.setKeys`.
//! 2. A two-thirds council motion adds Eve. Two sessions later she is in Aura's set and authors
//!    finalized blocks; with Charlie stopped, finality needs four of five votes, so it advancing
//!    proves Eve votes in GRANDPA.
//! 3. A motion removes Dave: he leaves Aura's set and his node stops sealing blocks.
//! 4. A motion enacts the next runtime (`runtime/next`) through `Consortium.dispatch_as_root`
//!    while the network runs: blocks and finality continue, and the CID, MST, deposit, council
//!    and validator-set state is byte-for-byte what it was.
//!
//! Throughout, a watcher samples Alice's finalized head: finality never stalls.

use crate::{
	common::{aura_slot, eventually, legacy_rpc, wait_for_rpc, Api, Error, RPC_START_TIMEOUT},
	local_testnet::Testnet,
};
use codec::{Decode, Encode};
use minix_runtime::{configs::MaxProposalWeight, RuntimeCall, SessionKeys};
use sp_io::hashing::{blake2_256, twox_128};
use std::{
	collections::BTreeMap,
	sync::{
		atomic::{AtomicBool, AtomicU64, Ordering},
		Arc,
	},
	time::{Duration, Instant},
};
use subxt::{
	backend::legacy::LegacyRpcMethods, ext::subxt_rpcs::rpc_params, tx::Payload, utils::H256,
	PolkadotConfig,
};
use subxt_signer::sr25519::{dev, Keypair};

pub(crate) type Rpc = LegacyRpcMethods<PolkadotConfig>;

/// A call built with the runtime's own types, signed and submitted by subxt as it is.
struct Call(RuntimeCall);

impl Payload for Call {
	fn encode_call_data_to(
		&self,
		_metadata: &subxt::Metadata,
		out: &mut Vec<u8>,
	) -> Result<(), subxt::ext::subxt_core::Error> {
		self.0.encode_to(out);
		Ok(())
	}
}

/// Submits `call` signed by `signer` and waits until it is finalized and succeeded; its events
/// as `(pallet, variant, field bytes)`.
pub(crate) async fn send(api: &Api, signer: &Keypair, call: RuntimeCall) -> Result<Events, Error> {
	let progress = api.tx().sign_and_submit_then_watch_default(&Call(call), signer).await?;
	let events = progress.wait_for_finalized_success().await?;
	Ok(events
		.iter()
		.filter_map(Result::ok)
		.map(|e| {
			(e.pallet_name().to_string(), e.variant_name().to_string(), e.field_bytes().to_vec())
		})
		.collect())
}

pub(crate) type Events = Vec<(String, String, Vec<u8>)>;

/// The field bytes of the first `pallet::variant` event.
pub(crate) fn event<'a>(events: &'a Events, pallet: &str, variant: &str) -> Option<&'a [u8]> {
	events
		.iter()
		.find(|(p, v, _)| p == pallet && v == variant)
		.map(|(_, _, f)| &f[..])
}

/// Raw storage value `pallet::entry` (a plain value) at the finalized head.
pub(crate) async fn value<T: Decode>(
	rpc: &Rpc,
	pallet: &str,
	entry: &str,
) -> Result<Option<T>, Error> {
	let key = [twox_128(pallet.as_bytes()), twox_128(entry.as_bytes())].concat();
	let at = rpc.chain_get_finalized_head().await?;
	let Some(raw) = rpc.state_get_storage(&key, Some(at)).await? else { return Ok(None) };
	Ok(Some(T::decode(&mut &raw[..])?))
}

/// Aura's authorities (sr25519 public keys) at block `at`.
async fn aura_at(rpc: &Rpc, at: H256) -> Result<Vec<[u8; 32]>, Error> {
	let key = [twox_128(b"Aura"), twox_128(b"Authorities")].concat();
	let raw = rpc.state_get_storage(&key, Some(at)).await?.ok_or("no Aura authorities")?;
	Ok(Decode::decode(&mut &raw[..])?)
}

/// The Aura key that authored finalized block `number`: the authority whose turn its slot was
/// in its parent's authority set.
async fn author_of(rpc: &Rpc, number: u32) -> Result<[u8; 32], Error> {
	let hash = rpc.chain_get_block_hash(Some(number.into())).await?.ok_or("block hash")?;
	let header = rpc.chain_get_header(Some(hash)).await?.ok_or("header")?;
	let slot = aura_slot(&header).ok_or("no Aura slot")?;
	let set = aura_at(rpc, header.parent_hash).await?;
	Ok(set[(slot % set.len() as u64) as usize])
}

fn council(
	call: pallet_collective::Call<minix_runtime::Runtime, pallet_collective::Instance1>,
) -> RuntimeCall {
	RuntimeCall::Council(call)
}

/// A council motion for `call`: Alice proposes (threshold 2 of 3), Alice and Bob vote aye,
/// Charlie closes it. Fails unless the motion executed and `call` succeeded.
pub(crate) async fn motion(api: &Api, rpc: &Rpc, call: RuntimeCall) -> Result<(), Error> {
	let length_bound = call.encoded_size() as u32;
	let hash = H256(blake2_256(&call.encode()));
	let index = value::<u32>(rpc, "Council", "ProposalCount").await?.unwrap_or(0);
	let propose =
		pallet_collective::Call::propose { threshold: 2, proposal: Box::new(call), length_bound };
	send(api, &dev::alice(), council(propose)).await?;
	let aye = || council(pallet_collective::Call::vote { proposal: hash, index, approve: true });
	let (alice, bob) = (dev::alice(), dev::bob());
	let (a, b) = tokio::join!(send(api, &alice, aye()), send(api, &bob, aye()));
	a?;
	b?;
	let close = pallet_collective::Call::close {
		proposal_hash: hash,
		index,
		proposal_weight_bound: MaxProposalWeight::get(),
		length_bound,
	};
	let events = send(api, &dev::charlie(), council(close)).await?;
	let executed = event(&events, "Council", "Executed").ok_or("motion not executed")?;
	let (_, result) = <(H256, Result<(), sp_runtime::DispatchError>)>::decode(&mut &executed[..])?;
	result.map_err(|e| format!("the motion's call failed: {e:?}"))?;
	Ok(())
}

/// Samples Alice's finalized number every 250 ms until stopped; the longest time it stood still.
struct FinalityWatch {
	stop: Arc<AtomicBool>,
	longest_ms: Arc<AtomicU64>,
	task: tokio::task::JoinHandle<()>,
}

impl FinalityWatch {
	fn start(rpc: Rpc) -> Self {
		let stop = Arc::new(AtomicBool::new(false));
		let longest_ms = Arc::new(AtomicU64::new(0));
		let (s, l) = (stop.clone(), longest_ms.clone());
		let task = tokio::spawn(async move {
			let (mut last, mut since) = (0u32, Instant::now());
			while !s.load(Ordering::Relaxed) {
				if let Ok(n) = crate::common::finalized_number(&rpc).await {
					if n > last {
						(last, since) = (n, Instant::now());
					}
				}
				l.fetch_max(since.elapsed().as_millis() as u64, Ordering::Relaxed);
				tokio::time::sleep(Duration::from_millis(250)).await;
			}
		});
		FinalityWatch { stop, longest_ms, task }
	}

	fn longest(&self) -> Duration {
		Duration::from_millis(self.longest_ms.load(Ordering::Relaxed))
	}

	async fn finish(self) -> Duration {
		self.stop.store(true, Ordering::Relaxed);
		let longest = self.longest();
		let _ = self.task.await;
		longest
	}
}

/// Counts the blocks a node's log says it sealed.
fn sealed_by(net: &Testnet, name: &str) -> usize {
	std::fs::read_to_string(net.dir.0.join(format!("{name}.log")))
		.unwrap_or_default()
		.matches("Pre-sealed block for proposal")
		.count()
}

/// Every key and value under the storage prefixes of `pallets` at block `at`.
async fn snapshot(
	rpc: &Rpc,
	pallets: &[&str],
	at: H256,
) -> Result<BTreeMap<Vec<u8>, Vec<u8>>, Error> {
	let mut state = BTreeMap::new();
	for pallet in pallets {
		let prefix = twox_128(pallet.as_bytes());
		let mut start: Option<Vec<u8>> = None;
		loop {
			let keys = rpc.state_get_keys_paged(&prefix, 1000, start.as_deref(), Some(at)).await?;
			for key in &keys {
				let value = rpc.state_get_storage(key, Some(at)).await?.unwrap_or_default();
				state.insert(key.clone(), value);
			}
			match keys.last() {
				Some(last) if keys.len() == 1000 => start = Some(last.clone()),
				_ => break,
			}
		}
	}
	Ok(state)
}

#[tokio::test(flavor = "multi_thread")]
async fn council_adds_and_removes_validators_and_upgrades_the_runtime() -> Result<(), Error> {
	let net = Testnet::new();
	let result = scenario(&net).await;
	if result.is_err() {
		eprintln!("{}", net.logs());
	}
	result
}

async fn scenario(net: &Testnet) -> Result<(), Error> {
	net.script(&["start"])?;
	net.script(&["start", "eve"])?;
	for name in ["alice", "bob", "charlie", "dave", "eve"] {
		wait_for_rpc(&net.url(name), RPC_START_TIMEOUT).await?;
	}
	let api = Api::from_insecure_url(net.url("alice")).await?;
	let rpc = legacy_rpc(&net.url("alice")).await?;
	let watch = FinalityWatch::start(legacy_rpc(&net.url("alice")).await?);

	// 1. Eve's node started without keys and says how to get them; it makes her session keys,
	// with a proof that Eve's account owns them.
	let eve_log = std::fs::read_to_string(net.dir.0.join("eve.log"))?;
	assert!(eve_log.contains("author_rotateKeysWithOwner"), "Eve's node explains the missing keys");
	let eve = dev::eve();
	let eve_account = eve.public_key().0;
	let eve_rpc = subxt::backend::rpc::RpcClient::from_insecure_url(net.url("eve")).await?;
	let generated: serde_json::Value = eve_rpc
		.request("author_rotateKeysWithOwner", rpc_params![format!("0x{}", hex(&eve_account))])
		.await?;
	let keys = unhex(generated["keys"].as_str().ok_or("keys")?)?;
	let proof = unhex(generated["proof"].as_str().ok_or("proof")?)?;
	let keys = SessionKeys::decode(&mut &keys[..])?;
	let eve_aura: [u8; 32] = keys.aura.encode().try_into().map_err(|_| "aura key")?;
	let set_keys = pallet_session::Call::set_keys { keys: keys.clone(), proof };
	send(&api, &eve, RuntimeCall::Session(set_keys)).await?;

	// 2. The council adds Eve; two sessions later she is an authority and authors.
	let add = pallet_validator_set::Call::add_validator { who: eve_account.into() };
	motion(&api, &rpc, RuntimeCall::ValidatorSet(add)).await?;
	eventually(Duration::from_secs(240), "Eve joins Aura's set", || async {
		let head = rpc.chain_get_finalized_head().await?;
		Ok(aura_at(&rpc, head).await?.contains(&eve_aura))
	})
	.await?;
	let joined = crate::common::finalized_number(&rpc).await?;
	let checked = std::cell::Cell::new(joined);
	eventually(Duration::from_secs(180), "Eve authors a finalized block", || {
		let (rpc, checked) = (&rpc, &checked);
		async move {
			let finalized = crate::common::finalized_number(rpc).await?;
			while checked.get() < finalized {
				checked.set(checked.get() + 1);
				if author_of(rpc, checked.get()).await? == eve_aura {
					return Ok(true);
				}
			}
			Ok(false)
		}
	})
	.await?;
	assert!(sealed_by(net, "eve") > 0, "Eve's log shows no sealed block");

	// With Charlie stopped, four of five voters remain: exactly GRANDPA's threshold, so
	// finality advancing needs Eve's votes.
	net.script(&["stop", "charlie"])?;
	let base = crate::common::finalized_number(&rpc).await?;
	eventually(
		Duration::from_secs(120),
		"finality advances with Eve voting, Charlie down",
		|| async { Ok(crate::common::finalized_number(&rpc).await? >= base + 3) },
	)
	.await?;
	net.script(&["start", "charlie"])?;
	wait_for_rpc(&net.url("charlie"), RPC_START_TIMEOUT).await?;

	// 3. The council removes Dave; once his key leaves Aura's set his node seals nothing more.
	let dave_aura: [u8; 32] = sp_keyring::Sr25519Keyring::Dave.public().0;
	let remove = pallet_validator_set::Call::remove_validator {
		who: sp_keyring::Sr25519Keyring::Dave.to_account_id(),
	};
	motion(&api, &rpc, RuntimeCall::ValidatorSet(remove)).await?;
	eventually(Duration::from_secs(240), "Dave leaves Aura's set", || async {
		let head = rpc.chain_get_finalized_head().await?;
		Ok(!aura_at(&rpc, head).await?.contains(&dave_aura))
	})
	.await?;
	// From the finalized block that removed him on, no block is Dave's, and once any block he
	// sealed before the change is out of his pipeline his node seals no more.
	let from = crate::common::finalized_number(&rpc).await?;
	tokio::time::sleep(Duration::from_secs(12)).await;
	let dave_sealed = sealed_by(net, "dave");
	eventually(Duration::from_secs(120), "twelve more blocks finalize", || async {
		Ok(crate::common::finalized_number(&rpc).await? >= from + 12)
	})
	.await?;
	assert_eq!(sealed_by(net, "dave"), dave_sealed, "Dave sealed blocks after his removal");
	for n in from + 1..=from + 12 {
		assert_ne!(author_of(&rpc, n).await?, dave_aura, "block {n} is Dave's");
	}

	// 4. The council upgrades the runtime while the network runs.
	let pallets = ["Cid", "Mst", "Assets", "DepositLock", "CouncilMembership", "ValidatorSet"];
	let before = rpc.chain_get_finalized_head().await?;
	let state_before = snapshot(&rpc, &pallets, before).await?;
	assert!(state_before.len() > 100, "the genesis CIDs and deposit program are in the snapshot");
	let old = rpc.state_get_runtime_version(None).await?.spec_version;
	let code = minix_runtime_next::WASM_BINARY.ok_or("the upgrade runtime was not built")?;
	let set_code = RuntimeCall::System(frame_system::Call::set_code { code: code.to_vec() });
	let as_root = pallet_consortium::Call::dispatch_as_root { call: Box::new(set_code) };
	motion(&api, &rpc, RuntimeCall::Consortium(as_root)).await?;
	eventually(Duration::from_secs(120), "the new runtime is finalized", || async {
		let head = rpc.chain_get_finalized_head().await?;
		Ok(rpc.state_get_runtime_version(Some(head)).await?.spec_version == old + 1)
	})
	.await?;
	let upgraded = crate::common::finalized_number(&rpc).await?;
	eventually(Duration::from_secs(120), "blocks finalize on the new runtime", || async {
		Ok(crate::common::finalized_number(&rpc).await? >= upgraded + 3)
	})
	.await?;
	let after = rpc.chain_get_finalized_head().await?;
	let state_after = snapshot(&rpc, &pallets, after).await?;
	assert_eq!(state_before.len(), state_after.len(), "storage entries under {pallets:?}");
	assert!(state_before == state_after, "state under {pallets:?} changed across the upgrade");
	for name in ["bob", "eve"] {
		let other = legacy_rpc(&net.url(name)).await?;
		assert_eq!(other.state_get_runtime_version(None).await?.spec_version, old + 1, "{name}");
	}
	// A new client signs against the new runtime: Eve's transfer goes through.
	let api = Api::from_insecure_url(net.url("alice")).await?;
	let transfer = pallet_balances::Call::transfer_keep_alive {
		dest: sp_keyring::Sr25519Keyring::Ferdie.to_account_id().into(),
		value: minix_runtime::currency::MINI,
	};
	send(&api, &eve, RuntimeCall::Balances(transfer)).await?;

	let longest = watch.finish().await;
	eprintln!("consortium: finality stood still for at most {longest:?}");
	assert!(longest < Duration::from_secs(60), "finality stalled for {longest:?}");
	Ok(())
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Result<Vec<u8>, Error> {
	let s = s.trim_start_matches("0x");
	(0..s.len())
		.step_by(2)
		.map(|i| u8::from_str_radix(&s[i..i + 2], 16).map_err(Error::from))
		.collect()
}
