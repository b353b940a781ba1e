//! Helpers: genesis from a preset, blocks, and transactions signed as a wallet signs them.
//!
//! Every block a test produces ends in [`end_block`]: `finalize_block` and then, when the runtime
//! is built with `try-runtime` (as `scripts/test.sh` runs these tests a second time), every
//! pallet's `try_state` and a decode of the entire state. [`RuntimeExt::execute_with`] ends the
//! block a test left open, so no test can skip the checks.

use codec::Encode;
use minix_runtime::{
	genesis_config_presets, Executive, GenericUncheckedExtrinsic, Header, RuntimeCall,
	RuntimeEvent, RuntimeGenesisConfig, SignedPayload, System, TxExtension, UncheckedExtrinsic,
};
use sp_core::{sr25519, Pair};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::Header as _, Digest, DigestItem};

/// Applies a JSON merge patch (RFC 7386), as the node does with a preset over the default.
pub fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The externalities of one integration test. `execute_with` runs the test body and then ends the
/// block it left open with [`end_block`], so the invariants are checked after every block.
pub struct RuntimeExt(sp_io::TestExternalities);

impl RuntimeExt {
	/// Runs `test`, then ends the block it left open (if any) with [`end_block`].
	pub fn execute_with<R>(&mut self, test: impl FnOnce() -> R) -> R {
		self.0.execute_with(|| {
			let result = test();
			if block_open() {
				end_block();
			}
			result
		})
	}
}

impl core::ops::Deref for RuntimeExt {
	type Target = sp_io::TestExternalities;
	fn deref(&self) -> &Self::Target {
		&self.0
	}
}

impl core::ops::DerefMut for RuntimeExt {
	fn deref_mut(&mut self) -> &mut Self::Target {
		&mut self.0
	}
}

/// Externalities holding the genesis state of a named preset, built the way the node builds it:
/// the preset patch over the default genesis config, then `build_state`.
pub fn ext_from_preset(name: &str) -> RuntimeExt {
	ext_from_preset_patched(name, serde_json::json!({}))
}

/// As `ext_from_preset`, with `patch` merged over the preset (as a chain spec's patch would be).
pub fn ext_from_preset_patched(name: &str, patch: serde_json::Value) -> RuntimeExt {
	let preset = genesis_config_presets::get_preset(&name.into()).expect("preset exists");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("default");
	merge(&mut config, serde_json::from_slice(&preset).expect("preset is JSON"));
	merge(&mut config, patch);
	let mut ext = sp_io::TestExternalities::new_empty();
	ext.execute_with(|| {
		frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(
			serde_json::to_vec(&config).expect("JSON"),
		)
		.expect("genesis builds");
	});
	RuntimeExt(ext)
}

/// Starts the next block (block 1 on top of genesis), with no author digest.
pub fn start_block() {
	start_block_with(Default::default());
}

/// Starts the next block, authored in Aura slot `slot` (the author is the authority whose turn
/// the slot is).
pub fn start_block_in_slot(slot: u64) {
	let slot = sp_consensus_aura::Slot::from(slot);
	start_block_with(Digest {
		logs: vec![DigestItem::PreRuntime(sp_consensus_aura::AURA_ENGINE_ID, slot.encode())],
	});
}

/// Starts the next block at wall-clock time `ms` (Unix milliseconds), as Aura would: in the slot
/// that contains `ms`, with that slot's start as its timestamp.
pub fn start_block_at(ms: u64) {
	start_block_in_slot(ms / minix_runtime::time::SLOT_DURATION);
}

/// Starts the next block with `digest`, ending the open one first, and applies its timestamp
/// inherent as every real block does (the time of its Aura slot: 0 without an author digest).
pub fn start_block_with(digest: Digest) {
	if block_open() {
		end_block();
	}
	let number = System::block_number() + 1;
	let header =
		Header::new(number, Default::default(), Default::default(), System::parent_hash(), digest);
	Executive::initialize_block(&header);
	let now = u64::from(pallet_aura::CurrentSlot::<minix_runtime::Runtime>::get())
		* minix_runtime::time::SLOT_DURATION;
	let timestamp = RuntimeCall::Timestamp(pallet_timestamp::Call::set { now });
	Executive::apply_extrinsic(GenericUncheckedExtrinsic::new_bare(timestamp).into())
		.expect("a valid inherent")
		.expect("the timestamp is set");
}

/// Whether a block has been initialized and not yet finalized (`System::ExecutionPhase` is set
/// from `initialize_block` until `finalize_block`; the storage item is not public).
fn block_open() -> bool {
	frame_support::storage::unhashed::exists(&frame_support::storage::storage_prefix(
		b"System",
		b"ExecutionPhase",
	))
}

/// Ends the open block: `finalize_block` (MiniPoint's supply check panics there if the supply
/// rule is broken), then [`check_invariants`], which must hold.
pub fn end_block() {
	Executive::finalize_block();
	if let Err(e) = check_invariants() {
		panic!("invariants broken after block {}: {e:?}", System::block_number());
	}
}

/// Every pallet's `try_state` and a decode of every storage item, as `try-runtime` runs them. A
/// no-op when the runtime is built without `try-runtime` (the hooks do not exist then).
pub fn check_invariants() -> Result<(), sp_runtime::TryRuntimeError> {
	#[cfg(feature = "try-runtime")]
	{
		use frame_support::traits::{TryDecodeEntireStorage, TryState, TryStateSelect};
		use minix_runtime::AllPalletsWithSystem;
		AllPalletsWithSystem::try_decode_entire_state().map_err(|errors| {
			eprintln!("undecodable storage: {errors:?}");
			sp_runtime::TryRuntimeError::Other("a storage item does not decode")
		})?;
		let now = System::block_number();
		if AllPalletsWithSystem::try_state(now, TryStateSelect::All).is_err() {
			// The combined check only logs which pallet failed: name them in the error.
			use frame_support::traits::PalletsInfoAccess;
			let failing: Vec<String> = AllPalletsWithSystem::infos()
				.into_iter()
				.filter(|info| {
					let only = TryStateSelect::Only(vec![info.name.as_bytes().to_vec()]);
					AllPalletsWithSystem::try_state(now, only).is_err()
				})
				.map(|info| info.name.to_string())
				.collect();
			let message = format!("try_state fails in {}", failing.join(", "));
			return Err(sp_runtime::TryRuntimeError::Other(Box::leak(message.into_boxed_str())));
		}
	}
	Ok(())
}

pub fn tx_extension(nonce: u32) -> TxExtension {
	minix_runtime::tx_extension(nonce, 0)
}

/// Sign `call` as `who` and apply it through `Executive`: the dispatch result of a valid
/// transaction.
pub fn apply(who: Sr25519Keyring, call: RuntimeCall) -> Result<(), sp_runtime::DispatchError> {
	minix_runtime::Executive::apply_extrinsic(signed(who, call)).expect("valid transaction")
}

/// A transaction signed by `signer`, exactly as a wallet would build it.
pub fn signed(signer: Sr25519Keyring, call: RuntimeCall) -> UncheckedExtrinsic {
	signed_by(&signer.pair(), call)
}

pub fn signed_by(signer: &sr25519::Pair, call: RuntimeCall) -> UncheckedExtrinsic {
	let who: minix_runtime::AccountId = signer.public().into();
	let extension = tx_extension(System::account_nonce(&who));
	let payload = SignedPayload::new(call.clone(), extension.clone()).expect("payload");
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	GenericUncheckedExtrinsic::new_signed(call, who.into(), signature.into(), extension).into()
}

/// `to` accepts locks from `from` (`mst.allowLocksFrom`), then `from` sends it `amount` of the
/// `development` preset's DEV token locked (`mst.transferLocked`, four unlocks 100 blocks apart).
pub fn lock_dev_tokens(from: Sr25519Keyring, to: Sr25519Keyring, amount: u128) {
	let consent = RuntimeCall::Mst(pallet_mst::Call::allow_locks_from {
		sender: from.to_account_id().into(),
	});
	assert_eq!(Executive::apply_extrinsic(signed(to, consent)), Ok(Ok(())));
	let lock = RuntimeCall::Mst(pallet_mst::Call::transfer_locked {
		symbol: genesis_config_presets::DEV_TOKEN.to_vec(),
		to: to.to_account_id().into(),
		amount,
		model: pallet_mst::LockModel::FixedQuantity { period: 100, unlocks: 4 },
	});
	assert_eq!(Executive::apply_extrinsic(signed(from, lock)), Ok(Ok(())));
}

pub fn transfer(to: Sr25519Keyring, value: u128) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: to.to_account_id().into(),
		value,
	})
}

/// The fee of the last `TransactionFeePaid` event.
pub fn fee_paid() -> u128 {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, .. },
			) => Some(actual_fee),
			_ => None,
		})
		.expect("TransactionFeePaid emitted")
}
