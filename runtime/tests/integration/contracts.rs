//! Wasm contracts through the real runtime: the example ink! contract `contracts/escrow`
//! (built by `scripts/build-contracts.sh`) is uploaded and instantiated by Alice over DEV, funded
//! with an `Mst.transfer`, and pays Bob through the chain extension once his CID's reputation
//! reaches the escrow's minimum; Charlie's low reputation is refused and nothing moves. The call
//! filter lets contracts dispatch only MINI and MST transfers.

use crate::common::*;
use codec::{Decode, Encode};
use frame_support::traits::Contains;
use frame_support::weights::Weight;
use minix_primitives::{CidInspect, MstTokens};
use minix_runtime::{
	configs::ContractsCallFilter, genesis_config_presets::DEV_TOKEN, AccountId, Cid, Contracts,
	Executive, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie};
use sp_runtime::traits::Dispatchable;

const GAS: Weight = Weight::from_parts(500_000_000_000, 2 * 1024 * 1024);

/// The built example contract: its Wasm and ink! metadata.
struct Escrow {
	wasm: Vec<u8>,
	metadata: serde_json::Value,
}

impl Escrow {
	fn load() -> Escrow {
		let dir = std::env::var("MINIX_CONTRACTS_DIR").unwrap_or_else(|_| {
			let target = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| {
				let home = std::env::var("CARGO_HOME")
					.unwrap_or_else(|_| format!("{}/.cargo", std::env::var("HOME").unwrap()));
				format!("{home}/target-minix")
			});
			format!("{target}/contracts")
		});
		let read = |ext: &str| {
			std::fs::read(format!("{dir}/mst_escrow.{ext}")).unwrap_or_else(|e| {
				panic!("{dir}/mst_escrow.{ext}: {e} (run scripts/build-contracts.sh)")
			})
		};
		Escrow { wasm: read("wasm"), metadata: serde_json::from_slice(&read("json")).unwrap() }
	}

	/// The selector of constructor or message `label`, then the SCALE arguments.
	fn input(&self, kind: &str, label: &str, args: impl Encode) -> Vec<u8> {
		let selector = self.metadata["spec"][kind]
			.as_array()
			.unwrap()
			.iter()
			.find(|m| m["label"] == label)
			.unwrap_or_else(|| panic!("no {label}"))["selector"]
			.as_str()
			.unwrap()
			.to_owned();
		let mut input = sp_core::bytes::from_hex(&selector).unwrap();
		args.encode_to(&mut input);
		input
	}
}

/// The escrow's `Error`, as the contract encodes it.
#[derive(Decode, Debug, PartialEq)]
enum EscrowError {
	NotOwner,
	ZeroAmount,
	Underfunded,
	NothingPromised,
	NoCid,
	ReputationTooLow { have: u32, need: u32 },
	OracleGateClosed,
	Chain(u8),
}

/// A dry run of `message` by `who`: the ink! result, decoded (the outer `Result` is ink!'s
/// `LangError`).
fn dry_run<R: Decode>(who: &AccountId, contract: &AccountId, input: Vec<u8>) -> R {
	let result = Contracts::bare_call(
		who.clone(),
		contract.clone(),
		0,
		GAS,
		None,
		input,
		pallet_contracts::DebugInfo::Skip,
		pallet_contracts::CollectEvents::Skip,
		pallet_contracts::Determinism::Enforced,
	);
	let output = result.result.expect("the call executes");
	let decoded = <Result<R, u8>>::decode(&mut &output.data[..]).expect("decodes");
	decoded.expect("no LangError")
}

fn call(contract: &AccountId, input: Vec<u8>) -> RuntimeCall {
	RuntimeCall::Contracts(pallet_contracts::Call::call {
		dest: contract.clone().into(),
		value: 0,
		gas_limit: GAS,
		storage_deposit_limit: None,
		data: input,
	})
}

fn dev_balance(who: &AccountId) -> u128 {
	<minix_runtime::Mst as MstTokens<_, _>>::balance(DEV_TOKEN, who).unwrap()
}

#[test]
fn the_example_escrow_pays_a_reputable_cid_through_the_chain_extension() {
	let escrow = Escrow::load();
	ext_from_preset("development").execute_with(|| {
		start_block_at(1_795_000_000_000);
		let (alice, bob, charlie) =
			(Alice.to_account_id(), Bob.to_account_id(), Charlie.to_account_id());

		// Alice deploys the escrow over DEV with a minimum reputation of 10, no oracle gate.
		let deploy = RuntimeCall::Contracts(pallet_contracts::Call::instantiate_with_code {
			value: 0,
			gas_limit: GAS,
			storage_deposit_limit: None,
			code: escrow.wasm.clone(),
			data: escrow.input("constructors", "new", (b"dev".to_vec(), 10u32, None::<()>)),
			salt: vec![],
		});
		assert_eq!(Executive::apply_extrinsic(signed(Alice, deploy)).unwrap(), Ok(()));
		let contract = System::events()
			.into_iter()
			.find_map(|r| match r.event {
				RuntimeEvent::Contracts(pallet_contracts::Event::Instantiated {
					contract, ..
				}) => Some(contract),
				_ => None,
			})
			.expect("instantiated");

		// An unknown token: the constructor's `mst_details` returns UnknownToken (code 2).
		let bad = Contracts::bare_instantiate(
			alice.clone(),
			0,
			GAS,
			None,
			pallet_contracts::Code::Upload(escrow.wasm.clone()),
			escrow.input("constructors", "new", (b"NOPE".to_vec(), 10u32, None::<()>)),
			vec![1],
			pallet_contracts::DebugInfo::Skip,
			pallet_contracts::CollectEvents::Skip,
		);
		let out = bad.result.expect("executes");
		assert!(out.result.did_revert());
		let err = <Result<Result<(), EscrowError>, u8>>::decode(&mut &out.result.data[..]);
		assert_eq!(
			err.unwrap(),
			Ok(Err(EscrowError::Chain(1))),
			"MinixError::UnknownToken (index 1)"
		);

		// Funded with an MST transfer; promises need the funds.
		let fund = RuntimeCall::Mst(pallet_mst::Call::transfer {
			symbol: DEV_TOKEN.to_vec(),
			to: contract.clone().into(),
			amount: 1_000,
		});
		assert_eq!(Executive::apply_extrinsic(signed(Alice, fund)).unwrap(), Ok(()));
		let funds: Result<u128, EscrowError> =
			dry_run(&alice, &contract, escrow.input("messages", "funds", ()));
		assert_eq!(funds, Ok(1_000), "mst_balance of the contract");
		let too_much = escrow.input("messages", "promise", (bob.clone(), 1_001u128));
		let over: Result<(), EscrowError> = dry_run(&alice, &contract, too_much);
		assert_eq!(over, Err(EscrowError::Underfunded));
		for (who, amount) in [(&bob, 300u128), (&charlie, 100)] {
			let promise = escrow.input("messages", "promise", (who.clone(), amount));
			assert_eq!(
				Executive::apply_extrinsic(signed(Alice, call(&contract, promise))).unwrap(),
				Ok(())
			);
		}

		// Bob's CID has reputation 0: the claim reverts and nothing moves.
		let bob_cid = <Cid as CidInspect<_, _>>::cid_of(&bob).expect("Bob owns dev CIDs");
		let claim = escrow.input("messages", "claim", ());
		let refused: Result<u128, EscrowError> = dry_run(&bob, &contract, claim.clone());
		assert_eq!(refused, Err(EscrowError::ReputationTooLow { have: 0, need: 10 }));
		let reverted = Executive::apply_extrinsic(signed(Bob, call(&contract, claim.clone())));
		assert_eq!(
			reverted.unwrap(),
			Err(pallet_contracts::Error::<Runtime>::ContractReverted.into())
		);
		assert_eq!(dev_balance(&bob), 0);

		// Governance raises it to 20; now the claim pays 300 DEV out of the contract.
		assert!(RuntimeCall::Cid(pallet_cid::Call::adjust_reputation { cid: bob_cid, delta: 20 })
			.dispatch(RuntimeOrigin::root())
			.is_ok());
		assert_eq!(
			Executive::apply_extrinsic(signed(Bob, call(&contract, claim.clone()))).unwrap(),
			Ok(())
		);
		assert_eq!(dev_balance(&bob), 300);
		assert_eq!(dev_balance(&contract), 700);
		assert!(System::events().iter().any(|r| matches!(
			&r.event,
			RuntimeEvent::Mst(pallet_mst::Event::Transferred { from, to, amount: 300, .. })
				if *from == contract && *to == bob
		)));
		let again: Result<u128, EscrowError> = dry_run(&bob, &contract, claim.clone());
		assert_eq!(again, Err(EscrowError::NothingPromised), "paid once");

		// Charlie's reputation is still 0.
		let refused: Result<u128, EscrowError> = dry_run(&charlie, &contract, claim);
		assert_eq!(refused, Err(EscrowError::ReputationTooLow { have: 0, need: 10 }));
		assert_eq!(dev_balance(&contract), 700);
	});
}

#[test]
fn contracts_may_dispatch_only_transfers() {
	let alice: AccountId = Alice.to_account_id();
	let allowed = [
		RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: alice.clone().into(),
			value: 1,
		}),
		RuntimeCall::Mst(pallet_mst::Call::transfer {
			symbol: DEV_TOKEN.to_vec(),
			to: alice.clone().into(),
			amount: 1,
		}),
	];
	for call in &allowed {
		assert!(ContractsCallFilter::contains(call));
	}
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
	let refused = [
		RuntimeCall::Utility(pallet_utility::Call::batch { calls: vec![allowed[0].clone()] }),
		RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(remark.clone()) }),
		RuntimeCall::Cid(pallet_cid::Call::claim { cid: None }),
		RuntimeCall::XbtcBridge(pallet_xbtc_bridge::Call::cancel_withdrawal { id: 0 }),
		RuntimeCall::Contracts(pallet_contracts::Call::remove_code {
			code_hash: Default::default(),
		}),
		remark,
	];
	for call in &refused {
		assert!(!ContractsCallFilter::contains(call), "{call:?}");
	}
}

/// A hand-written probe contract that hands its input to the chain extension and returns what
/// came back: input `[id: u32 LE][payload]`, output `[status: u32 LE][output buffer]`.
const PROBE: &str = r#"
(module
	(import "seal0" "seal_input" (func $input (param i32 i32)))
	(import "seal0" "seal_call_chain_extension" (func $ext (param i32 i32 i32 i32 i32) (result i32)))
	(import "seal0" "seal_return" (func $return (param i32 i32 i32)))
	(import "env" "memory" (memory 1 1))
	(func (export "deploy"))
	(func (export "call")
		(i32.store (i32.const 0) (i32.const 512))
		(call $input (i32.const 16) (i32.const 0))
		(i32.store (i32.const 4) (i32.const 256))
		(i32.store (i32.const 596)
			(call $ext
				(i32.load (i32.const 16))
				(i32.const 20)
				(i32.sub (i32.load (i32.const 0)) (i32.const 4))
				(i32.const 600)
				(i32.const 4)))
		(call $return (i32.const 0) (i32.const 596) (i32.add (i32.const 4) (i32.load (i32.const 4))))
	)
)
"#;

#[test]
fn the_chain_extension_answers_bad_calls_with_error_codes() {
	let wasm = wat::parse_str(PROBE).expect("valid WAT");
	ext_from_preset("development").execute_with(|| {
		start_block();
		let (alice, bob) = (Alice.to_account_id(), Bob.to_account_id());
		let probe = Contracts::bare_instantiate(
			alice.clone(),
			0,
			GAS,
			None,
			pallet_contracts::Code::Upload(wasm),
			vec![],
			vec![],
			pallet_contracts::DebugInfo::Skip,
			pallet_contracts::CollectEvents::Skip,
		)
		.result
		.expect("instantiates")
		.account_id;
		let ask = |id: u32, payload: Vec<u8>| -> (u32, Vec<u8>) {
			let mut input = id.to_le_bytes().to_vec();
			input.extend(payload);
			let result = Contracts::bare_call(
				alice.clone(),
				probe.clone(),
				0,
				GAS,
				None,
				input,
				pallet_contracts::DebugInfo::Skip,
				pallet_contracts::CollectEvents::Skip,
				pallet_contracts::Determinism::Enforced,
			);
			let data = result.result.expect("the contract did not trap").data;
			(u32::from_le_bytes(data[..4].try_into().unwrap()), data[4..].to_vec())
		};

		// A good call: cid_owner (5) of Bob's first CID.
		let bob_cid = <Cid as CidInspect<_, _>>::cid_of(&bob).unwrap();
		let (status, output) = ask(5, bob_cid.encode());
		assert_eq!(status, 0);
		assert_eq!(AccountId::decode(&mut &output[..]).unwrap(), bob);
		// Unknown function and unknown extension: 9.
		assert_eq!(ask(99, bob_cid.encode()).0, 9);
		assert_eq!(ask((1 << 16) | 5, bob_cid.encode()).0, 9, "extension 1 does not exist");
		// Over-long input (refused unread) and garbage: 1.
		assert_eq!(ask(5, vec![0; 257]).0, 1);
		assert_eq!(ask(1, vec![0xff; 3]).0, 1);
		// The probe holds no DEV: 3, and nothing moved.
		assert_eq!(ask(3, (DEV_TOKEN.to_vec(), bob.clone(), 5u128).encode()).0, 3);
		assert_eq!(dev_balance(&bob), 0);
		// No such name, no such token.
		assert_eq!(ask(6, b"nobody".to_vec().encode()).0, 6);
		assert_eq!(ask(2, b"NOPE".to_vec().encode()).0, 2);
	});
}
