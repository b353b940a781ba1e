//! What `minix-node benchmark extrinsic` and `benchmark overhead` need: signed extrinsics built
//! as a wallet builds them, and the inherent data of an empty block. `scripts/throughput.sh`
//! uses them to compare a block full of `Mst.transfer` with one full of
//! `Balances.transfer_keep_alive`.

use crate::service::FullClient;
use codec::Encode;
use minix_runtime::{
	genesis_config_presets::DEV_TOKEN, AccountId, Balance, GenericUncheckedExtrinsic, RuntimeCall,
	SignedPayload, TxExtension, UncheckedExtrinsic, VERSION,
};
use sc_cli::Result;
use sp_core::{sr25519, Pair};
use sp_inherents::{InherentData, InherentDataProvider};
use sp_keyring::Sr25519Keyring;
use sp_runtime::OpaqueExtrinsic;
use std::{sync::Arc, time::Duration};

/// A signed `call` from `sender` with `nonce`, immortal, tip 0, no metadata hash: what the
/// benchmarked block contains.
pub fn create_benchmark_extrinsic(
	client: &FullClient,
	sender: sr25519::Pair,
	call: RuntimeCall,
	nonce: u32,
) -> UncheckedExtrinsic {
	let genesis_hash = client.chain_info().genesis_hash;
	let extension: TxExtension = minix_runtime::tx_extension(nonce, 0);
	let implicit = (
		(),
		VERSION.spec_version,
		VERSION.transaction_version,
		genesis_hash,
		genesis_hash,
		(),
		(),
		(),
		None,
		(),
		(),
	);
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| sender.sign(bytes));
	let signer: AccountId = sender.public().into();
	GenericUncheckedExtrinsic::new_signed(call, signer.into(), signature.into(), extension).into()
}

/// Builds the same call for every nonce, signed by Alice (who holds MINI and, in the
/// `development` preset, the DEV token).
struct Builder {
	client: Arc<FullClient>,
	pallet: &'static str,
	extrinsic: &'static str,
	call: RuntimeCall,
}

impl frame_benchmarking_cli::ExtrinsicBuilder for Builder {
	fn pallet(&self) -> &str {
		self.pallet
	}

	fn extrinsic(&self) -> &str {
		self.extrinsic
	}

	fn build(&self, nonce: u32) -> std::result::Result<OpaqueExtrinsic, &'static str> {
		let xt = create_benchmark_extrinsic(
			self.client.as_ref(),
			Sr25519Keyring::Alice.pair(),
			self.call.clone(),
			nonce,
		);
		OpaqueExtrinsic::try_from_encoded_extrinsic(&xt.encode())
			.map_err(|_| "extrinsic does not decode")
	}
}

/// `System.remark([])` signed by Alice: what `benchmark overhead` fills a block with to measure
/// the base weight of an extrinsic.
pub fn remark_builder(
	client: Arc<FullClient>,
) -> Box<dyn frame_benchmarking_cli::ExtrinsicBuilder> {
	Box::new(Builder {
		client,
		pallet: "system",
		extrinsic: "remark",
		call: RuntimeCall::System(frame_system::Call::remark { remark: vec![] }),
	})
}

/// The extrinsics `benchmark extrinsic` offers: `system remark`, `balances
/// transfer_keep_alive` and `mst transfer` (1 unit each, Alice to Bob).
pub fn extrinsic_factory(client: Arc<FullClient>) -> frame_benchmarking_cli::ExtrinsicFactory {
	let bob = Sr25519Keyring::Bob.to_account_id();
	let unit: Balance = 1;
	let builder = |pallet, extrinsic, call| -> Box<dyn frame_benchmarking_cli::ExtrinsicBuilder> {
		Box::new(Builder { client: client.clone(), pallet, extrinsic, call })
	};
	frame_benchmarking_cli::ExtrinsicFactory(vec![
		remark_builder(client.clone()),
		builder(
			"balances",
			"transfer_keep_alive",
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: bob.clone().into(),
				value: minix_runtime::currency::EXISTENTIAL_DEPOSIT,
			}),
		),
		builder(
			"mst",
			"transfer",
			RuntimeCall::Mst(pallet_mst::Call::transfer {
				symbol: DEV_TOKEN.to_vec(),
				to: bob.into(),
				amount: unit,
			}),
		),
	])
}

/// The inherent data of a benchmark block: the timestamp 0 (slot 0, which matches Aura's slot
/// when the block carries no slot digest).
pub fn inherent_benchmark_data() -> Result<InherentData> {
	let mut inherent_data = InherentData::new();
	let timestamp = sp_timestamp::InherentDataProvider::new(Duration::from_millis(0).into());
	futures::executor::block_on(timestamp.provide_inherent_data(&mut inherent_data))
		.map_err(|e| format!("creating inherent data: {e:?}"))?;
	Ok(inherent_data)
}
