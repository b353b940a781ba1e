//! Mini Point economics and CIDs through the real runtime: genesis funds accounts only through
//! CIDs, a claim mints exactly 1.25 MINI, fees go to the author and the fee pool, burns shrink the
//! supply, and the invariant `total_issuance <= 1.25 MINI x CIDs issued` holds throughout.

use crate::common::*;
use frame_support::traits::fungible::{Inspect, InspectHold};
use minix_runtime::{
	configs::{CidDeposit, EcosystemPoolAccount, FeePoolAccount},
	currency::{EXISTENTIAL_DEPOSIT, MINI},
	genesis_config_presets::{self, DEV_CIDS_PER_ACCOUNT},
	Balances, Executive, MiniPoint, Runtime, RuntimeCall, RuntimeGenesisConfig, RuntimeHoldReason,
};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{DispatchError, ModuleError};

fn claim(cid: Option<u64>) -> RuntimeCall {
	RuntimeCall::Cid(pallet_cid::Call::claim { cid })
}

fn balance(who: Sr25519Keyring) -> u128 {
	Balances::balance(&who.to_account_id())
}

#[test]
fn genesis_funds_dev_accounts_only_through_cids() {
	for preset in ["development", "local_testnet"] {
		ext_from_preset(preset).execute_with(|| {
			let accounts = Sr25519Keyring::iter().count() as u64;
			let info = MiniPoint::supply_info();
			assert_eq!(info.cids_issued, accounts * DEV_CIDS_PER_ACCOUNT);
			assert_eq!(info.cap, info.cids_issued as u128 * (MINI + MINI / 4));
			assert_eq!(info.total_issuance, info.cap, "{preset}: everything minted, nothing else");
			assert_eq!(info.fee_pool, EXISTENTIAL_DEPOSIT);
			// The ecosystem pool's 0.25 MINI per CID, less the seeds of the fee pool and of
			// pallet-revive's account and the deposit program's pool, which it funds at genesis.
			assert_eq!(
				info.ecosystem_pool,
				info.cids_issued as u128 * MINI / 4
					- 2 * EXISTENTIAL_DEPOSIT
					- genesis_config_presets::DEPOSIT_POOL_FUNDING
			);
			let revive = pallet_revive::Pallet::<minix_runtime::Runtime>::account_id();
			assert_eq!(Balances::balance(&revive), EXISTENTIAL_DEPOSIT);
			assert_eq!(
				pallet_cid::CidsOf::<Runtime>::get(Sr25519Keyring::Bob.to_account_id()).len()
					as u64,
				DEV_CIDS_PER_ACCOUNT
			);
			MiniPoint::check_supply().expect("invariant holds at genesis");
		});
	}
}

#[test]
#[should_panic(expected = "exceeds 1.25 MINI x CIDs issued")]
fn genesis_with_balances_endowed_outside_cids_fails_to_build() {
	let mut patch =
		serde_json::from_slice(&genesis_config_presets::get_preset(&"development".into()).unwrap())
			.unwrap();
	merge(
		&mut patch,
		serde_json::json!({ "balances": { "balances": [[Sr25519Keyring::Alice.to_account_id(), MINI]] } }),
	);
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	merge(&mut config, patch);
	sp_io::TestExternalities::new_empty().execute_with(|| {
		let _ = frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(
			serde_json::to_vec(&config).unwrap(),
		);
	});
}

#[test]
fn claim_mints_exactly_one_and_a_quarter_mini() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let eve = Sr25519Keyring::Eve;
		let before = MiniPoint::supply_info();
		let eve_before = balance(eve);

		assert_eq!(Executive::apply_extrinsic(signed(eve, claim(None))), Ok(Ok(())));
		let fee = fee_paid();
		let after = MiniPoint::supply_info();
		assert_eq!(after.total_issuance, before.total_issuance + MINI + MINI / 4);
		assert_eq!(after.cids_issued, before.cids_issued + 1);
		assert_eq!(after.ecosystem_pool, before.ecosystem_pool + MINI / 4);
		// Eve: +1 MINI minted, -deposit held, -fee.
		assert_eq!(balance(eve), eve_before + MINI - CidDeposit::get() - fee);
		let held = Balances::balance_on_hold(
			&RuntimeHoldReason::Cid(pallet_cid::HoldReason::CidDeposit),
			&eve.to_account_id(),
		);
		assert_eq!(held, CidDeposit::get());
		let first_public = minix_primitives::cid::MIN_PUBLIC_CID;
		assert_eq!(
			pallet_cid::Cids::<Runtime>::get(first_public).unwrap().owner,
			eve.to_account_id()
		);
		MiniPoint::check_supply().unwrap();
	});
}

#[test]
fn release_returns_the_deposit_and_takes_the_reward_back() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let eve = Sr25519Keyring::Eve;
		let cid = 4_242_424;
		assert_eq!(Executive::apply_extrinsic(signed(eve, claim(Some(cid)))), Ok(Ok(())));
		let issuance = Balances::total_issuance();
		let eve_before = balance(eve);
		let release = RuntimeCall::Cid(pallet_cid::Call::release { cid });
		assert_eq!(Executive::apply_extrinsic(signed(eve, release)), Ok(Ok(())));
		let fee = fee_paid();
		assert_eq!(balance(eve), eve_before + CidDeposit::get() - MINI - fee);
		assert_eq!(Balances::total_issuance(), issuance - MINI);
		// Claiming the same number again mints nothing.
		assert_eq!(Executive::apply_extrinsic(signed(eve, claim(Some(cid)))), Ok(Ok(())));
		assert_eq!(Balances::total_issuance(), issuance - MINI);
		MiniPoint::check_supply().unwrap();
	});
}

#[test]
fn rejected_claims_pay_the_fee_and_change_nothing_else() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let eve = Sr25519Keyring::Eve;
		let before = MiniPoint::supply_info();
		let eve_before = balance(eve);
		// A reserved number, and a 13-digit one.
		for (cid, error) in [
			(5, pallet_cid::Error::<Runtime>::NotPublic),
			(1_000_000_000_000, pallet_cid::Error::InvalidCid),
		] {
			let result = Executive::apply_extrinsic(signed(eve, claim(Some(cid))));
			let err = result.expect("included").expect_err("rejected");
			assert_eq!(err, error.into());
			assert!(
				matches!(err, DispatchError::Module(ModuleError { index: 10, .. })),
				"Cid pallet"
			);
		}
		let fees = eve_before - balance(eve);
		let after = MiniPoint::supply_info();
		assert_eq!(
			(after.total_issuance, after.cids_issued),
			(before.total_issuance, before.cids_issued)
		);
		assert_eq!(after.fee_pool, before.fee_pool + fees, "only the fees moved");
	});
}

#[test]
fn fees_go_to_the_author_and_the_fee_pool() {
	ext_from_preset("development").execute_with(|| {
		// Alice is the only authority: every slot is hers.
		start_block_in_slot(1);
		let (alice, bob) = (Sr25519Keyring::Alice, Sr25519Keyring::Bob);
		let issuance = Balances::total_issuance();
		let pool = Balances::balance(&FeePoolAccount::get());
		let alice_before = balance(alice);
		assert_eq!(
			Executive::apply_extrinsic(signed(bob, transfer(Sr25519Keyring::Charlie, MINI))),
			Ok(Ok(()))
		);
		let fee = fee_paid();
		// 20 % of the fee, rounded as `Percent` multiplies (to the nearest unit).
		let author_part = sp_runtime::Percent::from_percent(20) * fee;
		assert_eq!(balance(alice), alice_before + author_part);
		assert_eq!(Balances::balance(&FeePoolAccount::get()), pool + fee - author_part);
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn burns_shrink_the_supply() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let bob = Sr25519Keyring::Bob;
		let issuance = Balances::total_issuance();
		let bob_before = balance(bob);
		let burn = RuntimeCall::MiniPoint(pallet_mini_point::Call::burn { amount: 10 * MINI });
		assert_eq!(Executive::apply_extrinsic(signed(bob, burn)), Ok(Ok(())));
		assert_eq!(balance(bob), bob_before - 10 * MINI - fee_paid());
		assert_eq!(Balances::total_issuance(), issuance - 10 * MINI);

		// Governance burns from the ecosystem pool through sudo.
		let eco = Balances::balance(&EcosystemPoolAccount::get());
		let burn_pool = RuntimeCall::MiniPoint(pallet_mini_point::Call::burn_pool {
			pool: pallet_mini_point::Pool::Ecosystem,
			amount: MINI,
		});
		let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(burn_pool.clone()) });
		assert_eq!(Executive::apply_extrinsic(signed(Sr25519Keyring::Alice, sudo)), Ok(Ok(())));
		assert_eq!(Balances::balance(&EcosystemPoolAccount::get()), eco - MINI);
		// Not without governance.
		let result = Executive::apply_extrinsic(signed(bob, burn_pool)).expect("included");
		assert_eq!(result, Err(DispatchError::BadOrigin));
		MiniPoint::check_supply().unwrap();
	});
}

#[test]
fn a_block_cannot_leave_more_mini_than_the_cid_rule_allows() {
	use frame_support::traits::Hooks;
	use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};
	let mut ext = ext_from_preset("development");
	// The inner `execute_with`: this block must not finalize, so the harness must not end it.
	sp_io::TestExternalities::execute_with(&mut ext, || {
		start_block();
		let issuance = MiniPoint::supply_info().total_issuance;
		// Alice holds the development chain's sudo key: even Root cannot mint MINI. The signed
		// extrinsic is invalid, so the block builder drops it and no block can contain it.
		let bob = Sr25519Keyring::Bob;
		let mint = RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
			who: bob.to_account_id().into(),
			new_free: balance(bob) + 10 * MINI,
		});
		let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(mint) });
		assert_eq!(
			Executive::apply_extrinsic(signed(Sr25519Keyring::Alice, sudo)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::Custom(
				minix_runtime::configs::SUPPLY_BROKEN
			)))
		);
		// (A test's externalities keep what the refused extrinsic did: the block builder's
		// rollback is not here.) Minted MINI at the end of a block, from a hook, an inherent or
		// an unsigned call, makes the block itself fail.
		assert!(MiniPoint::supply_info().total_issuance > issuance);
		let finalize = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
			<MiniPoint as Hooks<u32>>::on_finalize(1)
		}));
		assert!(finalize.is_err(), "a block that breaks the supply rule must not finalize");
	});
}

#[test]
fn ordinary_transactions_pass_the_supply_guard() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let transfer = transfer(Sr25519Keyring::Bob, MINI);
		assert_eq!(Executive::apply_extrinsic(signed(Sr25519Keyring::Alice, transfer)), Ok(Ok(())));
		assert!(MiniPoint::check_supply().is_ok());
	});
}
