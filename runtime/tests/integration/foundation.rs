//! The foundation: genesis presets build, and a signed transfer applied through `Executive` pays
//! its fee without changing issuance; invalid transactions change nothing.

use crate::common::*;
use frame_support::traits::fungible::Inspect;
use minix_runtime::{
	configs::FeePoolAccount,
	currency::{EXISTENTIAL_DEPOSIT, MINI},
	genesis_config_presets, Balances, Executive, Runtime, System,
};
use sp_core::{sr25519, Pair};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{DispatchError, TokenError};

#[test]
fn both_genesis_presets_build() {
	// Sudo only on the development chain; the council (Alice, Bob, Charlie) in both.
	let alice = Some(Sr25519Keyring::Alice.to_account_id());
	for (name, validators, sudo) in [("development", 1, alice), ("local_testnet", 4, None)] {
		ext_from_preset(name).execute_with(|| {
			assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), validators, "{name}");
			assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), validators);
			assert_eq!(pallet_session::Validators::<Runtime>::get().len(), validators);
			assert_eq!(pallet_sudo::Key::<Runtime>::get(), sudo, "{name}");
			let mut council: Vec<_> =
				[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
					.iter()
					.map(|k| k.to_account_id())
					.collect();
			council.sort();
			assert_eq!(
				pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get(),
				council
			);
			for dev in [Sr25519Keyring::Alice, Sr25519Keyring::Ferdie] {
				assert_eq!(
					Balances::balance(&dev.to_account_id()),
					genesis_config_presets::DEV_CIDS_PER_ACCOUNT as u128 * MINI
				);
			}
			assert_eq!(Balances::balance(&FeePoolAccount::get()), EXISTENTIAL_DEPOSIT);
		});
	}
	assert_eq!(genesis_config_presets::preset_names().len(), 2);
	assert!(genesis_config_presets::get_preset(&"no-such-preset".into()).is_none());
}

#[test]
fn transfer_fee_goes_to_the_pool_and_issuance_is_unchanged() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let (alice, bob) = (Sr25519Keyring::Alice, Sr25519Keyring::Bob);
		let issuance = Balances::total_issuance();
		let pool = Balances::balance(&FeePoolAccount::get());
		let alice_before = Balances::balance(&alice.to_account_id());
		let bob_before = Balances::balance(&bob.to_account_id());

		let amount = 5 * MINI;
		let result = Executive::apply_extrinsic(signed(alice, transfer(bob, amount)));
		assert_eq!(result, Ok(Ok(())));

		let fee = fee_paid();
		assert!(fee > 0);
		assert_eq!(Balances::balance(&alice.to_account_id()), alice_before - amount - fee);
		assert_eq!(Balances::balance(&bob.to_account_id()), bob_before + amount);
		assert_eq!(Balances::balance(&FeePoolAccount::get()), pool + fee, "fee lands in the pool");
		assert_eq!(Balances::total_issuance(), issuance, "fees are not burned");
		// A transfer costs a small fraction of the 1 MINI a CID brings its owner.
		assert!(fee < MINI / 100, "fee {fee} is too high for a transfer");
	});
}

#[test]
fn overdraw_fails_pays_only_the_fee_and_changes_nothing_else() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let (dave, eve) = (Sr25519Keyring::Dave, Sr25519Keyring::Eve);
		let issuance = Balances::total_issuance();
		let dave_before = Balances::balance(&dave.to_account_id());
		let eve_before = Balances::balance(&eve.to_account_id());

		let result = Executive::apply_extrinsic(signed(dave, transfer(eve, dave_before * 2)));
		assert_eq!(result, Ok(Err(DispatchError::Token(TokenError::FundsUnavailable))));

		let fee = fee_paid();
		assert_eq!(Balances::balance(&dave.to_account_id()), dave_before - fee);
		assert_eq!(Balances::balance(&eve.to_account_id()), eve_before);
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn bad_signature_and_unpayable_fee_are_invalid_and_change_nothing() {
	use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};
	ext_from_preset("development").execute_with(|| {
		start_block();
		let (alice, bob) = (Sr25519Keyring::Alice, Sr25519Keyring::Bob);
		// What an invalid transaction must not change (the block builder also discards its
		// storage overlay, so it never reaches a block).
		let snapshot = || {
			let accounts = [alice, bob, Sr25519Keyring::Charlie].map(|k| k.to_account_id());
			(
				accounts.clone().map(|a| Balances::balance(&a)),
				accounts.map(|a| System::account_nonce(&a)),
				Balances::total_issuance(),
				Balances::balance(&FeePoolAccount::get()),
			)
		};
		let before = snapshot();

		// Signed by Bob but claiming to be Alice.
		let mut forged = signed(bob, transfer(Sr25519Keyring::Charlie, MINI));
		if let sp_runtime::generic::Preamble::Signed(ref mut who, _, _) = forged.0.preamble {
			*who = alice.to_account_id().into();
		}
		assert_eq!(
			Executive::apply_extrinsic(forged),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadProof))
		);

		// An account with no MINI cannot pay the fee.
		let pauper = sr25519::Pair::from_string("//NoMiniAtAll", None).expect("dev seed");
		assert_eq!(
			Executive::apply_extrinsic(signed_by(&pauper, transfer(bob, 1))),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Payment))
		);
		assert_eq!(snapshot(), before);
	});
}

#[test]
fn chain_constants_match_the_design() {
	assert_eq!(minix_runtime::VERSION.spec_name, "minix");
	assert_eq!(minix_runtime::currency::TOKEN_SYMBOL, "MINI");
	assert_eq!(minix_runtime::currency::TOKEN_DECIMALS, 10);
	assert_eq!(MINI, 10u128.pow(10));
	assert_eq!(<Runtime as frame_system::Config>::SS58Prefix::get(), minix_runtime::SS58_PREFIX);
	// Database weights measured on MiniX's hardware profile (`scripts/bench.sh storage`).
	assert_eq!(
		<Runtime as frame_system::Config>::DbWeight::get(),
		minix_runtime::weights::paritydb_weights::constants::ParityDbWeight::get()
	);
	// The `try-runtime` run of these tests skips the Wasm build (`SKIP_WASM_BUILD`, so the
	// node's blob is never rebuilt with other features); every other build embeds it.
	if option_env!("SKIP_WASM_BUILD").is_none() {
		assert!(minix_runtime::WASM_BINARY.is_some(), "the Wasm runtime is built");
	}
}

/// The check after every block is real: state that breaks a pallet's invariant fails it. Runs
/// only in the `try-runtime` build, where the hooks exist.
#[cfg(feature = "try-runtime")]
#[test]
fn invariant_checks_catch_corrupted_state() {
	use crate::common::check_invariants;
	let mut ext = ext_from_preset("development");
	// The inner `execute_with`: the harness's own end-of-block check would panic on purpose.
	sp_io::TestExternalities::execute_with(&mut ext, || {
		start_block();
		assert_eq!(check_invariants(), Ok(()));
		// A CID counted but never issued (the Cid pallet's own index).
		pallet_cid::CidCount::<Runtime>::mutate(|n| *n += 1);
		assert!(check_invariants().is_err());
		pallet_cid::CidCount::<Runtime>::mutate(|n| *n -= 1);
		assert_eq!(check_invariants(), Ok(()));
		// MINI created outside Mini Point: the supply rule (1.25 MINI per CID) breaks.
		let cap = pallet_mini_point::Pallet::<Runtime>::supply_info().cap;
		pallet_balances::TotalIssuance::<Runtime>::put(cap + 1);
		assert!(check_invariants().is_err());
	});
}
