//! Ethereum compatibility through the real runtime: a Solidity contract compiled by `solc`
//! (the committed artifact, checked against its source) deployed and called with signed
//! extrinsics, and the ERC-20 precompile of an MST moving it under every MST rule.

use crate::common::*;
use frame_support::{traits::fungibles::Inspect, weights::Weight};
use minix_runtime::{
	configs::mst_erc20_address, currency::MINI, genesis_config_presets::DEV_TOKEN, AccountId,
	Assets, Executive, Mst, Revive, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};
use pallet_revive::{AddressMapper, ExecConfig, TransactionLimits, H160, U256};
use sp_io::hashing::{keccak_256, sha2_256};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie};
use sp_runtime::DispatchError;

const MINI_TOKEN: (&[u8], &str) = (
	include_bytes!("../../../contracts/solidity/MiniToken.sol"),
	include_str!("../../../contracts/solidity/artifacts/MiniToken.json"),
);
const REPUTATION_GATE: (&[u8], &str) = (
	include_bytes!("../../../contracts/solidity/ReputationGate.sol"),
	include_str!("../../../contracts/solidity/artifacts/ReputationGate.json"),
);
/// `ICid` (contracts/solidity/ICid.sol).
const CID_PRECOMPILE: H160 =
	H160([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0C, 0x1D, 0, 0]);

/// Generous limits for one call: 500 ms of compute, 5 MB of proof, 10 MINI of storage deposit.
fn weight_limit() -> Weight {
	Weight::from_parts(500_000_000_000, 5 * 1024 * 1024)
}
const DEPOSIT_LIMIT: u128 = 10 * MINI;

/// The EVM bytecode of a committed artifact, after checking it was built from the committed
/// source (`node e2e/solidity.mjs --write` rebuilds it; the JS suite checks solc's output).
fn bytecode((source, artifact): (&[u8], &str)) -> Vec<u8> {
	let artifact: serde_json::Value = serde_json::from_str(artifact).unwrap();
	assert_eq!(
		artifact["sourceSha256"].as_str().unwrap(),
		hex(&sha2_256(source)),
		"{} is stale: run `node e2e/solidity.mjs --write`",
		artifact["contract"]
	);
	let code = artifact["bytecode"].as_str().unwrap().trim_start_matches("0x");
	(0..code.len())
		.step_by(2)
		.map(|i| u8::from_str_radix(&code[i..i + 2], 16).unwrap())
		.collect()
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

// --- The Solidity ABI, as far as these tests need it -------------------------------------------

fn word_u128(value: u128) -> [u8; 32] {
	let mut word = [0u8; 32];
	word[16..].copy_from_slice(&value.to_be_bytes());
	word
}

fn word_address(address: H160) -> [u8; 32] {
	let mut word = [0u8; 32];
	word[12..].copy_from_slice(address.as_bytes());
	word
}

/// `signature`'s 4-byte selector followed by static arguments.
fn abi_call(signature: &str, words: &[[u8; 32]]) -> Vec<u8> {
	let mut data = keccak_256(signature.as_bytes())[..4].to_vec();
	words.iter().for_each(|w| data.extend_from_slice(w));
	data
}

/// The constructor arguments `(string name, string symbol, uint256 supply)`.
fn token_constructor(name: &str, symbol: &str, supply: u128) -> Vec<u8> {
	let tail = |s: &str| {
		let mut out = word_u128(s.len() as u128).to_vec();
		out.extend_from_slice(s.as_bytes());
		out.resize(32 + s.len().div_ceil(32) * 32, 0);
		out
	};
	let (name, symbol) = (tail(name), tail(symbol));
	let mut data = word_u128(96).to_vec();
	data.extend_from_slice(&word_u128(96 + name.len() as u128));
	data.extend_from_slice(&word_u128(supply));
	data.extend(name);
	data.extend(symbol);
	data
}

fn decode_u128(data: &[u8]) -> u128 {
	assert_eq!(data.len(), 32, "one word: {data:?}");
	assert!(data[..16].iter().all(|b| *b == 0), "fits in u128");
	u128::from_be_bytes(data[16..].try_into().unwrap())
}

fn decode_string(data: &[u8]) -> String {
	let len = decode_u128(&data[32..64]) as usize;
	String::from_utf8(data[64..64 + len].to_vec()).unwrap()
}

// --- Accounts and calls --------------------------------------------------------------------------

fn address_of(who: Sr25519Keyring) -> H160 {
	<Runtime as pallet_revive::Config>::AddressMapper::to_address(&who.to_account_id())
}

/// `revive.mapAccount`: from now on `who`'s H160 means its own account.
fn map(who: Sr25519Keyring) {
	let call = RuntimeCall::Revive(pallet_revive::Call::map_account {});
	assert_eq!(Executive::apply_extrinsic(signed(who, call)), Ok(Ok(())));
}

/// `revive.instantiateWithCode` as a signed extrinsic: the new contract's address. An EVM
/// constructor's arguments follow its code, as in an Ethereum deployment (`data` stays empty).
fn deploy(who: Sr25519Keyring, mut code: Vec<u8>, constructor_args: Vec<u8>) -> H160 {
	code.extend(constructor_args);
	let deploy = RuntimeCall::Revive(pallet_revive::Call::instantiate_with_code {
		value: 0,
		weight_limit: weight_limit(),
		storage_deposit_limit: DEPOSIT_LIMIT,
		code,
		data: Vec::new(),
		salt: None,
	});
	assert_eq!(Executive::apply_extrinsic(signed(who, deploy)), Ok(Ok(())));
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Revive(pallet_revive::Event::Instantiated { deployer, contract })
				if deployer == address_of(who) =>
			{
				Some(contract)
			},
			_ => None,
		})
		.expect("Instantiated")
}

/// `revive.call` as a signed extrinsic.
fn call(who: Sr25519Keyring, dest: H160, data: Vec<u8>) -> Result<(), DispatchError> {
	call_with_value(who, dest, 0, data)
}

/// `revive.call` sending `value` (in MINI's base units) along.
fn call_with_value(
	who: Sr25519Keyring,
	dest: H160,
	value: u128,
	data: Vec<u8>,
) -> Result<(), DispatchError> {
	let call = RuntimeCall::Revive(pallet_revive::Call::call {
		dest,
		value,
		weight_limit: weight_limit(),
		storage_deposit_limit: DEPOSIT_LIMIT,
		data,
	});
	Executive::apply_extrinsic(signed(who, call)).expect("valid transaction")
}

/// A read-only call (what `eth_call` runs): the returned data.
fn view(dest: H160, data: Vec<u8>) -> Vec<u8> {
	let result = Revive::bare_call(
		RuntimeOrigin::signed(Alice.to_account_id()),
		dest,
		U256::zero(),
		TransactionLimits::WeightAndDeposit {
			weight_limit: weight_limit(),
			deposit_limit: DEPOSIT_LIMIT,
		},
		data,
		&ExecConfig::new_substrate_tx(),
	);
	let value = result.result.expect("the call succeeds");
	assert!(!value.did_revert(), "reverted: {:?}", value.data);
	value.data
}

fn balance_of(token: H160, who: H160) -> u128 {
	decode_u128(&view(token, abi_call("balanceOf(address)", &[word_address(who)])))
}

/// The `Transfer(address,address,uint256)` logs the last extrinsic emitted from `contract`.
fn transfer_logs(contract: H160) -> Vec<(H160, H160, u128)> {
	let topic = keccak_256(b"Transfer(address,address,uint256)");
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Revive(pallet_revive::Event::ContractEmitted {
				contract: c,
				data,
				topics,
			}) if c == contract && topics.first().map(|t| t.0) == Some(topic) => Some((
				H160::from_slice(&topics[1].0[12..]),
				H160::from_slice(&topics[2].0[12..]),
				decode_u128(&data),
			)),
			_ => None,
		})
		.collect()
}

#[test]
fn a_solc_contract_deploys_and_runs_through_the_runtime() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		map(Alice);
		let token =
			deploy(Alice, bytecode(MINI_TOKEN), token_constructor("Mini Token", "MTK", 1_000_000));
		assert_eq!(transfer_logs(token), vec![(H160::zero(), address_of(Alice), 1_000_000)]);
		assert_eq!(decode_string(&view(token, abi_call("symbol()", &[]))), "MTK");
		assert_eq!(balance_of(token, address_of(Alice)), 1_000_000);

		System::reset_events();
		let to_bob =
			abi_call("transfer(address,uint256)", &[word_address(address_of(Bob)), word_u128(250)]);
		assert_eq!(call(Alice, token, to_bob), Ok(()));
		assert_eq!(transfer_logs(token), vec![(address_of(Alice), address_of(Bob), 250)]);
		assert_eq!(balance_of(token, address_of(Bob)), 250);

		// More than Bob holds: the contract reverts and nothing moves. (A Substrate account
		// calls contracts once it has mapped its address.)
		map(Bob);
		let too_much = abi_call(
			"transfer(address,uint256)",
			&[word_address(address_of(Charlie)), word_u128(251)],
		);
		assert_eq!(
			call(Bob, token, too_much),
			Err(pallet_revive::Error::<Runtime>::ContractReverted.into())
		);
		assert_eq!(balance_of(token, address_of(Bob)), 250);
		assert_eq!(balance_of(token, address_of(Charlie)), 0);
	});
}

#[test]
fn the_erc20_precompile_of_an_mst_reads_its_metadata() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		map(Alice);
		let dev = Mst::token(DEV_TOKEN.to_vec()).expect("the DEV token").asset_id;
		let erc20 = mst_erc20_address(dev);
		assert_eq!(
			format!("{erc20:?}"),
			format!("0x{:08x}000000000000000000000000{:04x}0000", dev, 0x0120)
		);
		assert_eq!(decode_string(&view(erc20, abi_call("name()", &[]))), "DEV");
		assert_eq!(decode_string(&view(erc20, abi_call("symbol()", &[]))), "DEV");
		assert_eq!(decode_u128(&view(erc20, abi_call("decimals()", &[]))), 8);
		assert_eq!(
			decode_u128(&view(erc20, abi_call("totalSupply()", &[]))),
			<Assets as Inspect<AccountId>>::total_issuance(dev)
		);
		assert_eq!(
			balance_of(erc20, address_of(Alice)),
			<Assets as Inspect<AccountId>>::balance(dev, &Alice.to_account_id())
		);
	});
}

#[test]
fn the_erc20_precompile_moves_an_mst_and_a_locked_amount_cannot_leave() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let dev = Mst::token(DEV_TOKEN.to_vec()).expect("the DEV token").asset_id;
		let erc20 = mst_erc20_address(dev);
		let mst = |who: Sr25519Keyring| Mst::account(DEV_TOKEN.to_vec(), who.to_account_id());
		map(Alice);
		map(Bob);
		map(Charlie);

		// Alice sends 1 000 with ERC-20 `transfer`: the Assets balances move, the log says so.
		System::reset_events();
		let to_bob = abi_call(
			"transfer(address,uint256)",
			&[word_address(address_of(Bob)), word_u128(1_000)],
		);
		assert_eq!(call(Alice, erc20, to_bob), Ok(()));
		assert_eq!(transfer_logs(erc20), vec![(address_of(Alice), address_of(Bob), 1_000)]);
		assert_eq!(<Assets as Inspect<AccountId>>::balance(dev, &Bob.to_account_id()), 1_000);

		// Then 500 more, locked, through `mst.transferLocked` (Bob consents first).
		lock_dev_tokens(Alice, Bob, 500);
		assert_eq!(
			mst(Bob),
			Some(pallet_mst::MstAccount { balance: 1_500, locked: 500, escrowed: 0 })
		);

		// The locked 500 cannot leave through the precompile: 1 001 fails and changes nothing.
		let send = |amount| {
			abi_call(
				"transfer(address,uint256)",
				&[word_address(address_of(Charlie)), word_u128(amount)],
			)
		};
		assert!(call(Bob, erc20, send(1_001)).is_err());
		assert_eq!(
			mst(Bob),
			Some(pallet_mst::MstAccount { balance: 1_500, locked: 500, escrowed: 0 })
		);
		assert_eq!(<Assets as Inspect<AccountId>>::balance(dev, &Charlie.to_account_id()), 0);
		// The spendable 1 000 can.
		assert_eq!(call(Bob, erc20, send(1_000)), Ok(()));
		assert_eq!(
			mst(Bob),
			Some(pallet_mst::MstAccount { balance: 500, locked: 500, escrowed: 0 })
		);
		assert_eq!(<Assets as Inspect<AccountId>>::balance(dev, &Charlie.to_account_id()), 1_000);

		// `approve` then `transferFrom`: Charlie spends 300 of Alice's within her allowance, and
		// not one unit more.
		let approve = abi_call(
			"approve(address,uint256)",
			&[word_address(address_of(Charlie)), word_u128(300)],
		);
		assert_eq!(call(Alice, erc20, approve), Ok(()));
		let allowance = abi_call(
			"allowance(address,address)",
			&[word_address(address_of(Alice)), word_address(address_of(Charlie))],
		);
		assert_eq!(decode_u128(&view(erc20, allowance.clone())), 300);
		let take = |amount| {
			abi_call(
				"transferFrom(address,address,uint256)",
				&[
					word_address(address_of(Alice)),
					word_address(address_of(Charlie)),
					word_u128(amount),
				],
			)
		};
		assert!(call(Charlie, erc20, take(301)).is_err());
		assert_eq!(call(Charlie, erc20, take(300)), Ok(()));
		assert_eq!(<Assets as Inspect<AccountId>>::balance(dev, &Charlie.to_account_id()), 1_300);
		assert_eq!(decode_u128(&view(erc20, allowance)), 0);
	});
}

#[test]
fn a_solidity_contract_gates_a_payment_on_cid_reputation_through_the_precompile() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		map(Alice);
		map(Bob);
		// Bob owns CIDs 101–200 from the dev genesis: the precompile finds the lowest.
		let cid_of =
			view(CID_PRECOMPILE, abi_call("cidOf(address)", &[word_address(address_of(Bob))]));
		assert_eq!((decode_u128(&cid_of[..32]), decode_u128(&cid_of[32..])), (1, 101));
		let reputation =
			<minix_runtime::Cid as minix_primitives::CidInspect<_, _>>::reputation_of(101);
		let gate =
			|min: u32| deploy(Alice, bytecode(REPUTATION_GATE), word_u128(min.into()).to_vec());
		let (open, closed) = (gate(reputation), gate(reputation + 1));
		let pay = |to: H160| abi_call("pay(address)", &[word_address(to)]);
		let bob_free = || minix_runtime::Balances::free_balance(Bob.to_account_id());

		let before = bob_free();
		assert_eq!(call_with_value(Alice, open, MINI, pay(address_of(Bob))), Ok(()));
		assert_eq!(bob_free() - before, MINI);
		// Reputation too low, or no CID at all: the contract reverts and the MINI stays.
		let alice_free = minix_runtime::Balances::free_balance(Alice.to_account_id());
		let reverted = Err(pallet_revive::Error::<Runtime>::ContractReverted.into());
		assert_eq!(call_with_value(Alice, closed, MINI, pay(address_of(Bob))), reverted);
		let nobody = H160::repeat_byte(0x42);
		assert_eq!(call_with_value(Alice, open, MINI, pay(nobody)), reverted);
		assert_eq!(bob_free() - before, MINI);
		let fees = alice_free - minix_runtime::Balances::free_balance(Alice.to_account_id());
		assert!(fees < MINI / 100, "only fees left Alice: {fees}");
	});
}

#[test]
fn a_contracts_existential_deposit_is_minted_inactive_and_the_supply_rule_holds() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		map(Alice);
		let ed = minix_runtime::currency::EXISTENTIAL_DEPOSIT;
		let before = minix_runtime::MiniPoint::supply_info();
		deploy(Alice, bytecode(MINI_TOKEN), token_constructor("Mini Token", "MTK", 1));
		let after = minix_runtime::MiniPoint::supply_info();
		// pallet-revive minted the new contract's existential deposit and deactivated it: total
		// issuance grew by exactly that, spendable (active) issuance did not.
		assert_eq!(after.total_issuance, before.total_issuance + ed);
		assert_eq!(after.active_issuance, before.active_issuance);
		assert!(after.active_issuance <= after.cap);
		assert_eq!(minix_runtime::MiniPoint::check_supply(), Ok(()));
	});
}
