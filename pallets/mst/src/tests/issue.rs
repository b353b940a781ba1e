//! Issue, secondary issue, transfer, burn, and pallet-assets staying closed to users.

use super::*;
use frame_support::traits::{
	fungible::InspectHold,
	fungibles::{metadata::Inspect as MetadataInspect, Inspect},
};
use sp_runtime::{DispatchError, TokenError};

fn try_issue(who: u64, symbol: &[u8]) -> sp_runtime::DispatchResult {
	Mst::issue(
		RuntimeOrigin::signed(who),
		symbol.to_vec(),
		2,
		1_000,
		SecondaryIssue::Freely,
		vec![],
		None,
	)
}

#[test]
fn issue_creates_the_asset_certs_fee_and_deposit() {
	run(|| {
		issue(ALICE, b"sony.Game", 1_000);
		let token = Tokens::<Test>::get(Symbol::truncate_from(b"SONY.GAME".to_vec())).unwrap();
		assert_eq!(token.issuer, ALICE);
		assert_eq!(<Assets as MetadataInspect<u64>>::name(token.asset_id), b"SONY.GAME".to_vec());
		assert_eq!(<Assets as MetadataInspect<u64>>::symbol(token.asset_id), b"SONY.GAME".to_vec());
		assert_eq!(<Assets as MetadataInspect<u64>>::decimals(token.asset_id), 2);
		assert_eq!(Assets::total_issuance(token.asset_id), 1_000);
		assert_eq!(balance(b"SONY.GAME", ALICE), 1_000);
		assert_eq!(Mst::cert_holder(CertKind::Domain, b"SONY".to_vec()), Some(ALICE));
		assert_eq!(Mst::cert_holder(CertKind::Issue, b"sony.game".to_vec()), Some(ALICE));
		assert_eq!(mini(FEE_POOL), 1 + ISSUE_FEE);
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::TokenDeposit.into(), &ALICE),
			TOKEN_DEPOSIT
		);
		assert_eq!(mini(ALICE), INITIAL_MINI - ISSUE_FEE - TOKEN_DEPOSIT);
		assert_eq!(
			last_event(),
			Event::Issued {
				symbol: Symbol::truncate_from(b"SONY.GAME".to_vec()),
				asset_id: token.asset_id,
				issuer: ALICE,
				supply: 1_000
			}
		);
		// Genesis issued GEN as asset 0, so this is asset 1.
		assert_eq!(token.asset_id, 1);
		assert_eq!(balance(b"GEN", DAVE), 1_000);
	});
}

#[test]
fn symbols_are_unique_in_any_case() {
	run(|| {
		issue(ALICE, b"SONY.GAME", 1_000);
		assert_noop!(try_issue(ALICE, b"sony.game"), Error::<Test>::SymbolTaken);
		assert_noop!(try_issue(ALICE, b"Sony.Game"), Error::<Test>::SymbolTaken);
	});
}

#[test]
fn malformed_symbols_are_refused() {
	run(|| {
		let long = vec![b'A'; 65];
		assert_noop!(try_issue(ALICE, &long), Error::<Test>::SymbolTooLong);
		assert_noop!(try_issue(ALICE, b""), Error::<Test>::SymbolEmpty);
		for bad in [&b"SO NY"[..], b"SONY-X", b"SONY_X", "ÄB".as_bytes(), b"A\0"] {
			assert_noop!(try_issue(ALICE, bad), Error::<Test>::SymbolBadCharacter);
		}
		for bad in [&b".SONY"[..], b"SONY.", b"SONY..X", b"."] {
			assert_noop!(try_issue(ALICE, bad), Error::<Test>::SymbolBadDot);
		}
		assert_ok!(try_issue(ALICE, &vec![b'A'; 64]));
	});
}

#[test]
fn reserved_and_banned_symbols_are_refused() {
	run(|| {
		for reserved in [&b"MINI"[..], b"xbtc", b"XBTC.GOLD", b"btc", b"Mini.X"] {
			assert_noop!(try_issue(ALICE, reserved), Error::<Test>::SymbolReserved);
		}
		assert_noop!(try_issue(ALICE, b"MYSCAMCOIN"), Error::<Test>::SymbolBanned);
		assert_noop!(try_issue(ALICE, b"good.scam"), Error::<Test>::SymbolBanned);
	});
}

#[test]
fn issuing_in_someone_elses_domain_needs_a_cert() {
	run(|| {
		issue(ALICE, b"SONY.GAME", 1_000);
		assert_noop!(try_issue(BOB, b"SONY.X"), Error::<Test>::NoIssueRight);
		assert_noop!(try_issue(BOB, b"SONY"), Error::<Test>::NoIssueRight);
		// The domain owner needs no naming cert.
		assert_ok!(try_issue(ALICE, b"SONY.MUSIC"));
		assert_ok!(try_issue(ALICE, b"SONY"));
	});
}

#[test]
fn bad_parameters_are_refused() {
	run(|| {
		let issue_with = |decimals, secondary, description: Vec<u8>, who| {
			Mst::issue(
				RuntimeOrigin::signed(who),
				b"TOK".to_vec(),
				decimals,
				1,
				secondary,
				description,
				None,
			)
		};
		assert_noop!(
			issue_with(19, SecondaryIssue::Freely, vec![], ALICE),
			Error::<Test>::TooManyDecimals
		);
		assert_noop!(
			issue_with(2, SecondaryIssue::Threshold(0), vec![], ALICE),
			Error::<Test>::BadThreshold
		);
		assert_noop!(
			issue_with(2, SecondaryIssue::Threshold(101), vec![], ALICE),
			Error::<Test>::BadThreshold
		);
		assert_noop!(
			issue_with(2, SecondaryIssue::Freely, vec![b'x'; 17], ALICE),
			Error::<Test>::DescriptionTooLong
		);
		assert_noop!(issue_with(2, SecondaryIssue::Freely, vec![], POOR), Error::<Test>::CannotPay);
		assert_noop!(
			Mst::issue(
				RuntimeOrigin::none(),
				b"TOK".to_vec(),
				2,
				1,
				SecondaryIssue::Freely,
				vec![],
				None
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn transfer_moves_tokens_and_refuses_bad_input() {
	run(|| {
		issue(ALICE, b"GAME", 1_000);
		assert_ok!(Mst::transfer(RuntimeOrigin::signed(ALICE), b"game".to_vec(), BOB, 400));
		assert_eq!((balance(b"GAME", ALICE), balance(b"GAME", BOB)), (600, 400));
		let sym = Symbol::truncate_from(b"GAME".to_vec());
		assert_eq!(
			last_event(),
			Event::Transferred { symbol: sym, from: ALICE, to: BOB, amount: 400 }
		);
		let t = |who, to, amount| {
			Mst::transfer(RuntimeOrigin::signed(who), b"GAME".to_vec(), to, amount)
		};
		assert_noop!(t(ALICE, BOB, 601), Error::<Test>::InsufficientBalance);
		assert_noop!(t(ALICE, BOB, 0), Error::<Test>::ZeroAmount);
		assert_noop!(t(ALICE, ALICE, 1), Error::<Test>::SelfTransfer);
		assert_noop!(
			Mst::transfer(RuntimeOrigin::signed(ALICE), b"NOPE".to_vec(), BOB, 1),
			Error::<Test>::UnknownToken
		);
		// An account without MINI cannot hold tokens (they are not "sufficient" assets).
		assert_noop!(t(ALICE, POOR, 1), TokenError::CannotCreate);
		// The sender may be emptied.
		assert_ok!(t(BOB, CHARLIE, 400));
		assert_eq!(balance(b"GAME", BOB), 0);
	});
}

#[test]
fn burn_reduces_the_supply() {
	run(|| {
		issue(ALICE, b"GAME", 1_000);
		assert_ok!(Mst::burn(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), 300));
		let id = Tokens::<Test>::get(Symbol::truncate_from(b"GAME".to_vec())).unwrap().asset_id;
		assert_eq!(Assets::total_issuance(id), 700);
		assert_eq!(balance(b"GAME", ALICE), 700);
		assert_noop!(
			Mst::burn(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), 701),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Mst::burn(RuntimeOrigin::signed(BOB), b"GAME".to_vec(), 1),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Mst::burn(RuntimeOrigin::signed(ALICE), b"GAME".to_vec(), 0),
			Error::<Test>::ZeroAmount
		);
	});
}

#[test]
fn secondary_issue_follows_the_threshold() {
	run(|| {
		assert_ok!(Mst::issue(
			RuntimeOrigin::signed(ALICE),
			b"HALF".to_vec(),
			0,
			1_000,
			SecondaryIssue::Threshold(51),
			vec![],
			None
		));
		let more = |who, amount| {
			Mst::secondary_issue(RuntimeOrigin::signed(who), b"HALF".to_vec(), amount, None)
		};
		// Holding 100% of the supply: allowed.
		assert_ok!(more(ALICE, 1_000));
		assert_eq!(balance(b"HALF", ALICE), 2_000);
		// Down to 1_000 of 2_000 = 50% < 51%: refused.
		assert_ok!(Mst::transfer(RuntimeOrigin::signed(ALICE), b"HALF".to_vec(), BOB, 1_000));
		assert_noop!(more(ALICE, 1), Error::<Test>::BelowThreshold);
		// Exactly ceil(51% of 2_000) = 1_020: allowed again.
		assert_ok!(Mst::transfer(RuntimeOrigin::signed(BOB), b"HALF".to_vec(), ALICE, 20));
		assert_ok!(more(ALICE, 1));
		// Only the issue-cert holder.
		assert_noop!(more(BOB, 1), Error::<Test>::NotCertHolder);
		assert_noop!(more(ALICE, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Mst::secondary_issue(RuntimeOrigin::signed(ALICE), b"NOPE".to_vec(), 1, None),
			Error::<Test>::UnknownToken
		);
	});
}

#[test]
fn forbidden_secondary_issue_stays_forbidden() {
	run(|| {
		assert_ok!(Mst::issue(
			RuntimeOrigin::signed(ALICE),
			b"FIXED".to_vec(),
			0,
			1_000,
			SecondaryIssue::Forbidden,
			vec![],
			None
		));
		assert_noop!(
			Mst::secondary_issue(RuntimeOrigin::signed(ALICE), b"FIXED".to_vec(), 1, None),
			Error::<Test>::SecondaryIssueForbidden
		);
	});
}

#[test]
fn supply_cannot_overflow() {
	run(|| {
		assert_ok!(Mst::issue(
			RuntimeOrigin::signed(ALICE),
			b"MAX".to_vec(),
			0,
			u64::MAX,
			SecondaryIssue::Freely,
			vec![],
			None
		));
		assert_noop!(
			Mst::secondary_issue(RuntimeOrigin::signed(ALICE), b"MAX".to_vec(), 1, None),
			Error::<Test>::SupplyOverflow
		);
	});
}

#[test]
fn pallet_assets_is_closed_to_users() {
	run(|| {
		issue(ALICE, b"GAME", 1_000);
		assert_noop!(
			Assets::create(RuntimeOrigin::signed(ALICE), 77, ALICE, 1),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Assets::mint(RuntimeOrigin::signed(ALICE), 1, ALICE, 1),
			pallet_assets::Error::<Test>::NoPermission
		);
		assert_noop!(
			Assets::set_metadata(RuntimeOrigin::signed(ALICE), 1, b"X".to_vec(), b"X".to_vec(), 0),
			pallet_assets::Error::<Test>::NoPermission
		);
		// Transfers through pallet-assets keep working.
		assert_ok!(Assets::transfer_keep_alive(RuntimeOrigin::signed(ALICE), 1, BOB, 10));
		assert_eq!(balance(b"GAME", BOB), 10);
	});
}

#[test]
fn reserved_tokens_are_issued_only_through_the_trait() {
	use minix_primitives::ReservedTokens;
	run(|| {
		assert_noop!(try_issue(ALICE, b"XBTC"), Error::<Test>::SymbolReserved);
		assert_noop!(
			<Mst as ReservedTokens<u64, u64>>::ensure_reserved(b"GAME", 8),
			Error::<Test>::SymbolReserved
		);
		assert_ok!(<Mst as ReservedTokens<u64, u64>>::ensure_reserved(b"xbtc", 8));
		assert_ok!(<Mst as ReservedTokens<u64, u64>>::ensure_reserved(b"XBTC", 8));
		assert_ok!(<Mst as ReservedTokens<u64, u64>>::mint_reserved(b"XBTC", &BOB, 500));
		assert_eq!(<Mst as ReservedTokens<u64, u64>>::balance(b"XBTC", &BOB), 500);
		// Nobody holds its certs, so nobody can issue more through calls.
		assert_eq!(Mst::cert_holder(CertKind::Issue, b"XBTC".to_vec()), None);
		assert_noop!(
			Mst::secondary_issue(RuntimeOrigin::signed(BOB), b"XBTC".to_vec(), 1, None),
			Error::<Test>::NotCertHolder
		);
		assert_noop!(
			<Mst as ReservedTokens<u64, u64>>::burn_reserved(b"XBTC", &BOB, 501),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(<Mst as ReservedTokens<u64, u64>>::burn_reserved(b"XBTC", &BOB, 200));
		assert_eq!(balance(b"XBTC", BOB), 300);
	});
}
