//! Bitcoin through the real runtime: the `development` preset is anchored at mainnet 576576;
//! Alice relays the real headers to 578692 (free, since each batch advances the tip); governance
//! installs trustees; the real 2019 deposit f1a9161a… is refused, since its proof does not show
//! the coinbase (`DepthNotBound`). On a genesis anchored at signet 63290, the real signet deposit
//! 8e5d37c7… mints 0.001 XBTC through `Mst` (pallet-assets) to its ss58 account, which holds no
//! MINI at all, and a replay is refused.

use crate::common::*;
use frame_support::{dispatch::GetDispatchInfo, traits::UnfilteredDispatchable};
use minix_primitives::{btc::BtcHeader, mst::XBTC_SYMBOL, ReservedTokens};
use minix_runtime::{Balances, Executive, Mst, Runtime, RuntimeCall, RuntimeOrigin};
use pallet_xbtc_bridge::TxProof;
use sp_core::crypto::{AccountId32, Ss58Codec};
use sp_keyring::Sr25519Keyring::{Alice, Bob};

fn data(name: &str) -> serde_json::Value {
	let path = format!("{}/../data/btc/{name}", env!("CARGO_MANIFEST_DIR"));
	serde_json::from_str(&std::fs::read_to_string(path).expect("BTC data")).expect("JSON")
}

fn hex(s: &str) -> Vec<u8> {
	sp_core::bytes::from_hex(s).expect("hex")
}

fn headers() -> Vec<(u32, Vec<u8>)> {
	headers_of("mainnet-headers-576576-578692.json")
}

fn headers_of(file: &str) -> Vec<(u32, Vec<u8>)> {
	data(file)
		.as_array()
		.unwrap()
		.iter()
		.map(|p| (p[0].as_u64().unwrap() as u32, hex(p[1].as_str().unwrap())))
		.collect()
}

fn submit_headers(batch: &[(u32, Vec<u8>)]) -> RuntimeCall {
	let headers: Vec<_> = batch.iter().map(|(_, h)| h.clone().try_into().unwrap()).collect();
	RuntimeCall::BtcLightClient(pallet_btc_light_client::Call::submit_headers {
		headers: headers.try_into().unwrap(),
	})
}

#[test]
fn relayed_mainnet_headers_are_free_and_the_2019_proof_is_refused() {
	ext_from_preset("development").execute_with(|| {
		// The clock the two-hour future rule reads.
		start_block_at(1_795_000_000_000);
		let headers = headers();
		let tip = pallet_btc_light_client::BestTip::<Runtime>::get().unwrap();
		assert_eq!(tip.height, 576576);

		// The first batch through `Executive` as a signed transaction: it advances the tip, so
		// Alice pays no fee. Its weight fits a block.
		let alice_before = Balances::free_balance(Alice.to_account_id());
		let first = submit_headers(&headers[1..201]);
		let weight = first.get_dispatch_info().call_weight;
		assert!(
			weight.ref_time()
				< minix_runtime::configs::RuntimeBlockWeights::get().max_block.ref_time() / 2
		);
		assert_eq!(Executive::apply_extrinsic(signed(Alice, first)).unwrap(), Ok(()));
		assert_eq!(Balances::free_balance(Alice.to_account_id()), alice_before);
		// The rest dispatched directly (they would fill several blocks).
		for batch in headers[201..].chunks(200) {
			let origin = RuntimeOrigin::signed(Alice.to_account_id());
			assert!(submit_headers(batch).dispatch_bypass_filter(origin).is_ok());
		}
		let tip = pallet_btc_light_client::BestTip::<Runtime>::get().unwrap();
		assert_eq!(tip.height, 578692);
		assert_eq!(
			BtcHeader::parse(&headers[2016].1).unwrap().bits,
			0x1725bb76,
			"the header after the retarget"
		);

		install_trustees("a914cb94110435d0635223eebe25ed2aaabc03781c4587");
		let tx = real_tx("f1a9161a");
		let mut proof = headers.iter().find(|(h, _)| *h == 577667).unwrap().1.clone();
		proof.extend(hex(tx["inclusion"]["partial_merkle_tree_hex"].as_str().unwrap()));
		let refused = Executive::apply_extrinsic(signed(Bob, deposit_call(&tx, proof))).unwrap();
		assert_eq!(refused, Err(pallet_xbtc_bridge::Error::<Runtime>::DepthNotBound.into()));
	});
}

/// Trustees, with their deposit script pointed at `script` (the bridge derives only P2WSH
/// scripts; the real deposits predate it).
fn install_trustees(script: &str) {
	let members: Vec<(AccountId32, [u8; 33])> = (0u8..3)
		.map(|i| {
			let mut key = [2u8; 33];
			key[1] = i;
			(AccountId32::new([i + 1; 32]), key)
		})
		.collect();
	assert!(pallet_xbtc_bridge::Pallet::<Runtime>::set_trustees(
		RuntimeOrigin::root(),
		members,
		None
	)
	.is_ok());
	pallet_xbtc_bridge::TrusteeSets::<Runtime>::mutate(0, |set| {
		set.as_mut().unwrap().script_pubkey = hex(script).try_into().unwrap();
	});
}

fn real_tx(prefix: &str) -> serde_json::Value {
	data("transactions.json")["transactions"]
		.as_array()
		.unwrap()
		.iter()
		.find(|t| t["txid"].as_str().unwrap().starts_with(prefix))
		.cloned()
		.unwrap()
}

fn deposit_call(tx: &serde_json::Value, proof: Vec<u8>) -> RuntimeCall {
	RuntimeCall::XbtcBridge(pallet_xbtc_bridge::Call::submit_deposit {
		raw_tx: hex(tx["raw_hex"].as_str().unwrap()).try_into().unwrap(),
		proof: TxProof::PartialMerkleTree(proof.try_into().unwrap()),
	})
}

#[test]
fn on_a_signet_genesis_the_real_signet_deposit_mints_xbtc() {
	let signet = headers_of("signet-headers-63290-63310.json");
	let light_client = pallet_btc_light_client::GenesisConfig::<Runtime> {
		checkpoint: Some(pallet_btc_light_client::CheckpointConfig {
			network: minix_primitives::btc::BtcNetwork::Signet,
			height: signet[0].0,
			header: signet[0].1.clone(),
			epoch_start_time: 0,
			previous_times: vec![],
		}),
		relayers: vec![Alice.to_account_id()],
	};
	let patch =
		serde_json::json!({ "btcLightClient": serde_json::to_value(light_client).unwrap() });
	ext_from_preset_patched("development", patch).execute_with(|| {
		start_block_at(1_795_000_000_000);
		let origin = RuntimeOrigin::signed(Alice.to_account_id());
		assert!(submit_headers(&signet[1..]).dispatch_bypass_filter(origin).is_ok());
		assert_eq!(pallet_btc_light_client::BestTip::<Runtime>::get().unwrap().height, 63310);
		install_trustees("51209a9ea267884f5549c206b2aec2bd56d98730f90532ea7f7154d4d4f923b7e3bb");

		// `gettxoutproof '[coinbase, txid]'`: the stored tree with leaf 0's flag bit set.
		let tx = real_tx("8e5d37c7");
		let mut proof = signet.iter().find(|(h, _)| *h == 63299).unwrap().1.clone();
		proof.extend(hex(tx["inclusion"]["partial_merkle_tree_hex"].as_str().unwrap()));
		let flags = proof.len() - 2;
		proof[flags] |= 0x10;
		let deposit = deposit_call(&tx, proof);
		assert_eq!(Executive::apply_extrinsic(signed(Bob, deposit.clone())).unwrap(), Ok(()));
		let who = AccountId32::from_ss58check_with_version(
			"5Qjpo7rQnwQetysagGzc4Rj7oswXSLmMqAuC2AbU6LFFFGj8",
		)
		.unwrap()
		.0;
		assert_eq!(<Mst as ReservedTokens<_, _>>::balance(XBTC_SYMBOL, &who), 100_000);
		assert_eq!(Balances::free_balance(&who), 0, "XBTC is held without any MINI");
		let replay = Executive::apply_extrinsic(signed(Bob, deposit)).unwrap();
		assert_eq!(replay, Err(pallet_xbtc_bridge::Error::<Runtime>::AlreadyCredited.into()));
	});
}
