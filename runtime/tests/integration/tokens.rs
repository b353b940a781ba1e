//! Metaverse Smart Tokens through the real runtime: an issued MST appears in pallet-assets with
//! its metadata, users cannot create or mint assets directly, the development preset's DEV
//! token exists, and a locked amount cannot leave through either pallet.

use crate::common::*;
use frame_support::traits::fungibles::{metadata::Inspect as MetadataInspect, Inspect};
use minix_runtime::{
	configs::{FeePoolAccount, MstPalletId},
	currency::MINI,
	genesis_config_presets::{DEV_TOKEN, DEV_TOKEN_SUPPLY},
	AccountId, Assets, Balances, Executive, Mst, Runtime, RuntimeCall,
};
use pallet_mst::SecondaryIssue;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie};
use sp_runtime::{traits::AccountIdConversion, DispatchError, ModuleError};

fn issue(symbol: &[u8], supply: u128) -> RuntimeCall {
	RuntimeCall::Mst(pallet_mst::Call::issue {
		symbol: symbol.to_vec(),
		decimals: 6,
		supply,
		secondary: SecondaryIssue::Threshold(51),
		description: b"ipfs://game".to_vec(),
		lock: None,
	})
}

/// The pallet and error name of a failed dispatch.
fn module_error(result: Result<(), DispatchError>) -> (u8, [u8; 4]) {
	match result {
		Err(DispatchError::Module(ModuleError { index, error, .. })) => (index, error),
		other => panic!("expected a module error, got {other:?}"),
	}
}

#[test]
fn an_issued_mst_appears_in_pallet_assets_with_its_metadata() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let pool_before = Balances::free_balance(FeePoolAccount::get());
		let call = issue(b"sony.game", 5_000_000);
		assert_eq!(Executive::apply_extrinsic(signed(Charlie, call)), Ok(Ok(())));
		let info = Mst::token(b"SONY.GAME".to_vec()).expect("issued");
		let id = info.asset_id;
		assert_eq!(<Assets as MetadataInspect<AccountId>>::name(id), b"SONY.GAME".to_vec());
		assert_eq!(<Assets as MetadataInspect<AccountId>>::symbol(id), b"SONY.GAME".to_vec());
		assert_eq!(<Assets as MetadataInspect<AccountId>>::decimals(id), 6);
		assert_eq!(<Assets as Inspect<AccountId>>::total_issuance(id), 5_000_000);
		assert_eq!(
			<Assets as Inspect<AccountId>>::balance(id, &Charlie.to_account_id()),
			5_000_000
		);
		let asset = pallet_assets::Asset::<Runtime>::get(id).expect("asset");
		let mst_account: AccountId = MstPalletId::get().into_account_truncating();
		assert_eq!(
			(asset.owner, asset.issuer, asset.admin, asset.freezer),
			(mst_account.clone(), mst_account.clone(), mst_account.clone(), mst_account)
		);
		assert_eq!(info.issue_cert, Some(Charlie.to_account_id()));
		assert_eq!(
			Mst::cert_holder(pallet_mst::CertKind::Domain, b"SONY".to_vec()),
			Some(Charlie.to_account_id())
		);
		// The issue fee went to the fee pool (with the transaction fee's pool share).
		assert!(Balances::free_balance(FeePoolAccount::get()) >= pool_before + MINI / 10);
	});
}

#[test]
fn users_cannot_create_or_mint_assets_directly() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		let create = RuntimeCall::Assets(pallet_assets::Call::create {
			id: 99.into(),
			admin: Bob.to_account_id().into(),
			min_balance: 1,
		});
		assert_eq!(
			Executive::apply_extrinsic(signed(Bob, create)),
			Ok(Err(DispatchError::BadOrigin))
		);
		assert!(pallet_assets::Asset::<Runtime>::get(99).is_none());
		// DEV (asset 0) belongs to Mst's account: Alice holds it but cannot mint.
		let mint = RuntimeCall::Assets(pallet_assets::Call::mint {
			id: 0.into(),
			beneficiary: Alice.to_account_id().into(),
			amount: 1,
		});
		let (index, _) = module_error(Executive::apply_extrinsic(signed(Alice, mint)).unwrap());
		assert_eq!(index, 12, "refused by pallet-assets (NoPermission)");
		assert_eq!(<Assets as Inspect<AccountId>>::total_issuance(0), DEV_TOKEN_SUPPLY);
		assert_eq!(Mst::token(DEV_TOKEN.to_vec()).unwrap().asset_id, 0);
	});
}

#[test]
fn a_locked_amount_cannot_leave_through_either_pallet() {
	ext_from_preset("development").execute_with(|| {
		start_block();
		lock_dev_tokens(Alice, Bob, 1_000);
		assert_eq!(
			Mst::account(DEV_TOKEN.to_vec(), Bob.to_account_id()),
			Some(pallet_mst::MstAccount { balance: 1_000, locked: 1_000, escrowed: 0 })
		);
		let via_mst = RuntimeCall::Mst(pallet_mst::Call::transfer {
			symbol: DEV_TOKEN.to_vec(),
			to: Charlie.to_account_id().into(),
			amount: 1,
		});
		let (index, _) = module_error(Executive::apply_extrinsic(signed(Bob, via_mst)).unwrap());
		assert_eq!(index, 13, "refused by Mst (BalanceLocked)");
		let via_assets = RuntimeCall::Assets(pallet_assets::Call::transfer_keep_alive {
			id: 0.into(),
			target: Charlie.to_account_id().into(),
			amount: 1,
		});
		let (index, _) = module_error(Executive::apply_extrinsic(signed(Bob, via_assets)).unwrap());
		assert_eq!(index, 12, "refused by pallet-assets (BalanceLow)");
		assert_eq!(<Assets as Inspect<AccountId>>::balance(0, &Charlie.to_account_id()), 0);
	});
}
