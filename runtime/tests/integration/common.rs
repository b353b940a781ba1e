//! Helpers: genesis from a preset, blocks, and transactions signed as a wallet signs them.

use codec::Encode;
use minix_runtime::{
	genesis_config_presets, Executive, Header, RuntimeCall, RuntimeEvent, RuntimeGenesisConfig,
	SignedPayload, System, TxExtension, UncheckedExtrinsic,
};
use sp_core::{sr25519, Pair};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{generic::Era, traits::Header as _, Digest, DigestItem};

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

/// Externalities holding the genesis state of a named preset, built the way the node builds it:
/// the preset patch over the default genesis config, then `build_state`.
pub fn ext_from_preset(name: &str) -> sp_io::TestExternalities {
	ext_from_preset_patched(name, serde_json::json!({}))
}

/// As `ext_from_preset`, with `patch` merged over the preset (as a chain spec's patch would be).
pub fn ext_from_preset_patched(name: &str, patch: serde_json::Value) -> sp_io::TestExternalities {
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
	ext
}

/// Starts block 1 on top of genesis, with no author digest.
pub fn start_block() {
	start_block_with(Default::default());
}

/// Starts block 1 on top of genesis, authored in Aura slot `slot` (the author is the authority
/// whose turn the slot is).
pub fn start_block_in_slot(slot: u64) {
	let slot = sp_consensus_aura::Slot::from(slot);
	start_block_with(Digest {
		logs: vec![DigestItem::PreRuntime(sp_consensus_aura::AURA_ENGINE_ID, slot.encode())],
	});
}

fn start_block_with(digest: Digest) {
	let header =
		Header::new(1, Default::default(), Default::default(), System::block_hash(0), digest);
	Executive::initialize_block(&header);
}

pub fn tx_extension(nonce: u32) -> TxExtension {
	(
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
	)
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
	UncheckedExtrinsic::new_signed(call, who.into(), signature.into(), extension)
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
