//! Domain, naming and issue certs.

use super::*;

fn sym(s: &[u8]) -> Symbol {
	Symbol::truncate_from(s.to_vec())
}

fn grant(who: u64, symbol: &[u8], to: CertTarget<u64>) -> sp_runtime::DispatchResult {
	Mst::issue_naming_cert(RuntimeOrigin::signed(who), symbol.to_vec(), to)
}

#[test]
fn a_naming_cert_lets_another_account_issue_in_the_domain() {
	run(|| {
		issue(ALICE, b"SONY.GAME", 1_000);
		assert_noop!(
			Mst::issue(
				RuntimeOrigin::signed(BOB),
				b"SONY.X".to_vec(),
				0,
				1,
				SecondaryIssue::Freely,
				vec![],
				None
			),
			Error::<Test>::NoIssueRight
		);
		assert_ok!(grant(ALICE, b"sony.x", CertTarget::Account(BOB)));
		assert_eq!(
			last_event(),
			Event::CertIssued { kind: CertKind::Naming, key: sym(b"SONY.X"), to: BOB }
		);
		assert_eq!(Mst::cert_holder(CertKind::Naming, b"SONY.X".to_vec()), Some(BOB));
		issue(BOB, b"SONY.X", 10);
		// The naming cert is used up; the domain stays Alice's; Bob holds the issue cert.
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::Mst(Event::CertUsed {
				kind: CertKind::Naming,
				key: sym(b"SONY.X"),
				by: BOB
			})));
		assert_eq!(Mst::cert_holder(CertKind::Naming, b"SONY.X".to_vec()), None);
		assert_eq!(Mst::cert_holder(CertKind::Domain, b"SONY.X".to_vec()), Some(ALICE));
		assert_eq!(Mst::cert_holder(CertKind::Issue, b"SONY.X".to_vec()), Some(BOB));
		// Bob's naming cert covered that symbol only.
		assert_noop!(
			Mst::issue(
				RuntimeOrigin::signed(BOB),
				b"SONY.Y".to_vec(),
				0,
				1,
				SecondaryIssue::Freely,
				vec![],
				None
			),
			Error::<Test>::NoIssueRight
		);
	});
}

#[test]
fn naming_certs_can_target_a_cid_owner() {
	run(|| {
		issue(ALICE, b"SONY.GAME", 1_000);
		set_cid(1_234_567, CHARLIE, 0);
		assert_ok!(grant(ALICE, b"SONY.CID", CertTarget::Cid(1_234_567)));
		assert_eq!(Mst::cert_holder(CertKind::Naming, b"SONY.CID".to_vec()), Some(CHARLIE));
		assert_noop!(
			grant(ALICE, b"SONY.NOCID", CertTarget::Cid(7_654_321)),
			Error::<Test>::UnknownCid
		);
	});
}

#[test]
fn naming_cert_rejections() {
	run(|| {
		issue(ALICE, b"SONY.GAME", 1_000);
		issue(BOB, b"NINTENDO", 1_000);
		assert_noop!(grant(BOB, b"SONY.X", CertTarget::Account(BOB)), Error::<Test>::NotCertHolder);
		assert_noop!(
			grant(ALICE, b"NINTENDO.X", CertTarget::Account(BOB)),
			Error::<Test>::NotCertHolder
		);
		assert_noop!(
			grant(ALICE, b"SONY.GAME", CertTarget::Account(BOB)),
			Error::<Test>::SymbolTaken
		);
		assert_noop!(
			grant(ALICE, b"SONY..X", CertTarget::Account(BOB)),
			Error::<Test>::SymbolBadDot
		);
		assert_ok!(grant(ALICE, b"SONY.X", CertTarget::Account(BOB)));
		assert_noop!(
			grant(ALICE, b"SONY.X", CertTarget::Account(CHARLIE)),
			Error::<Test>::NamingCertExists
		);
		assert_noop!(
			grant(ALICE, b"MINI.X", CertTarget::Account(BOB)),
			Error::<Test>::SymbolReserved
		);
	});
}

#[test]
fn certs_are_transferable_separately_from_tokens() {
	run(|| {
		issue(ALICE, b"SONY.GAME", 1_000);
		// The domain: Bob may now issue in SONY, Alice may not.
		assert_ok!(Mst::transfer_cert(
			RuntimeOrigin::signed(ALICE),
			b"sony".to_vec(),
			CertKind::Domain,
			CertTarget::Account(BOB)
		));
		assert_eq!(
			last_event(),
			Event::CertTransferred {
				kind: CertKind::Domain,
				key: sym(b"SONY"),
				from: ALICE,
				to: BOB
			}
		);
		issue(BOB, b"SONY.MUSIC", 1);
		assert_noop!(
			Mst::issue(
				RuntimeOrigin::signed(ALICE),
				b"SONY.X".to_vec(),
				0,
				1,
				SecondaryIssue::Freely,
				vec![],
				None
			),
			Error::<Test>::NoIssueRight
		);
		// The issue cert: the right of secondary issue moves, the tokens stay.
		set_cid(1_000_001, CHARLIE, 0);
		assert_ok!(Mst::transfer_cert(
			RuntimeOrigin::signed(ALICE),
			b"SONY.GAME".to_vec(),
			CertKind::Issue,
			CertTarget::Cid(1_000_001)
		));
		assert_eq!(balance(b"SONY.GAME", ALICE), 1_000);
		assert_noop!(
			Mst::secondary_issue(RuntimeOrigin::signed(ALICE), b"SONY.GAME".to_vec(), 1, None),
			Error::<Test>::NotCertHolder
		);
		assert_ok!(Mst::secondary_issue(
			RuntimeOrigin::signed(CHARLIE),
			b"SONY.GAME".to_vec(),
			5,
			None
		));
		assert_eq!(balance(b"SONY.GAME", CHARLIE), 5);
	});
}

#[test]
fn cert_transfer_rejections() {
	run(|| {
		issue(ALICE, b"SONY.GAME", 1_000);
		let t = |who, symbol: &[u8], kind, to| {
			Mst::transfer_cert(
				RuntimeOrigin::signed(who),
				symbol.to_vec(),
				kind,
				CertTarget::Account(to),
			)
		};
		assert_noop!(t(BOB, b"SONY", CertKind::Domain, CHARLIE), Error::<Test>::NotCertHolder);
		assert_noop!(t(ALICE, b"OTHER", CertKind::Domain, BOB), Error::<Test>::UnknownCert);
		assert_noop!(t(ALICE, b"SONY.X", CertKind::Naming, BOB), Error::<Test>::UnknownCert);
		assert_noop!(t(ALICE, b"SONY", CertKind::Domain, ALICE), Error::<Test>::SelfTransfer);
		assert_noop!(t(ALICE, b"SO NY", CertKind::Domain, BOB), Error::<Test>::SymbolBadCharacter);
		assert_noop!(
			Mst::transfer_cert(
				RuntimeOrigin::signed(ALICE),
				b"SONY".to_vec(),
				CertKind::Domain,
				CertTarget::Cid(42)
			),
			Error::<Test>::UnknownCid
		);
	});
}
