//! Unit tests: every call, and every rejection leaves storage untouched (`assert_noop!`).
//! C-Cards and remints are in `card.rs`.

mod card;

use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect, InspectHold},
		Hooks,
	},
};
use minix_primitives::Cid as CidNumber;
use minix_primitives::{CidAttest, CidInspect};
use mock::Cid;
use sp_runtime::DispatchError::BadOrigin;

const PUBLIC: CidNumber = 1_234_567;
const COMMUNITY: CidNumber = 123_456;

pub(crate) fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn held(who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Cid(HoldReason::CidDeposit), &who)
}

pub(crate) fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Cid(e) => Some(e),
			_ => None,
		})
		.last()
		.expect("an event of the CID pallet")
}

/// Move `cid` from `from` to `to` the consented way: offered, then accepted.
pub(crate) fn give(from: u64, cid: CidNumber, to: u64) -> sp_runtime::DispatchResult {
	Cid::offer_transfer(signed(from), cid, to)?;
	Cid::accept_transfer(signed(to), cid)
}

fn issued() -> Vec<(CidNumber, u64)> {
	ISSUED.with(|i| i.borrow().clone())
}

fn key(k: &[u8]) -> ClaimKey {
	k.to_vec().try_into().unwrap()
}

#[test]
fn genesis_issues_cids_and_registrars() {
	run(|| {
		assert_eq!(Cid::owner_of(7), Some(1));
		assert_eq!(CidCount::<Test>::get(), 1);
		assert!(Registrars::<Test>::contains_key(10));
		assert_eq!(issued(), vec![(7, 1)]);
	});
}

#[test]
fn governance_registers_any_range_without_deposit() {
	run(|| {
		assert_ok!(Cid::register(RuntimeOrigin::root(), 1, 2));
		assert_ok!(Cid::register(RuntimeOrigin::root(), COMMUNITY, 2));
		assert_ok!(Cid::register(RuntimeOrigin::root(), PUBLIC, 2));
		assert_eq!(CidsOf::<Test>::get(2).into_inner(), vec![1, COMMUNITY, PUBLIC]);
		assert_eq!(held(2), 0);
		assert_eq!(
			last_event(),
			Event::Issued { cid: PUBLIC, owner: 2, depositor: None, deposit: 0 }
		);
		assert_eq!(issued().len(), 4);
	});
}

#[test]
fn registrar_assigns_community_and_sponsors_public() {
	run(|| {
		assert_ok!(Cid::register(signed(10), COMMUNITY, 2));
		assert_eq!(held(10), 0);
		// Account 5 holds no MINI: the registrar pays the deposit.
		assert_eq!(Balances::balance(&5), 0);
		assert_ok!(Cid::register(signed(10), PUBLIC, 5));
		assert_eq!(Cid::owner_of(PUBLIC), Some(5));
		assert_eq!(held(10), DEPOSIT);
		assert_eq!(
			last_event(),
			Event::Issued { cid: PUBLIC, owner: 5, depositor: Some(10), deposit: DEPOSIT }
		);
		// On release the deposit goes back to the registrar, who paid it.
		assert_ok!(Cid::release(signed(5), PUBLIC));
		assert_eq!(held(10), 0);
		assert_eq!(Balances::balance(&10), 100);
	});
}

#[test]
fn registrar_minting_is_limited_by_its_allowance_per_period() {
	run(|| {
		// Each community CID mints 1.25 MINI and holds no deposit: ALLOWANCE per PERIOD.
		assert_ok!(Cid::register(signed(10), COMMUNITY, 2));
		System::assert_has_event(Event::AllowanceUsed { registrar: 10, remaining: 1 }.into());
		assert_ok!(Cid::register(signed(10), COMMUNITY + 1, 3));
		assert_noop!(
			Cid::register(signed(10), COMMUNITY + 2, 4),
			Error::<Test>::AllowanceExhausted
		);
		// Sponsored public CIDs hold the registrar's deposit, so they do not count.
		assert_ok!(Cid::register(signed(10), PUBLIC, 4));
		// Governance is not limited.
		assert_ok!(Cid::register(RuntimeOrigin::root(), COMMUNITY + 3, 4));
		// The next period starts afresh.
		System::set_block_number(PERIOD);
		assert_ok!(Cid::register(signed(10), COMMUNITY + 2, 4));
		assert_eq!(Registrars::<Test>::get(10).unwrap().used, 1);
		// Governance sets the allowance; only for registrars, only governance.
		assert_noop!(Cid::set_allowance(signed(10), 10, 100), BadOrigin);
		assert_noop!(
			Cid::set_allowance(RuntimeOrigin::root(), 2, 100),
			Error::<Test>::UnknownRegistrar
		);
		assert_ok!(Cid::set_allowance(RuntimeOrigin::root(), 10, 1));
		assert_eq!(last_event(), Event::AllowanceSet { who: 10, allowance: 1 });
		assert_noop!(
			Cid::register(signed(10), COMMUNITY + 4, 3),
			Error::<Test>::AllowanceExhausted
		);
		assert_eq!(issued().len(), 6, "genesis CID 7 and five registered");
	});
}

#[test]
fn register_rejections() {
	run(|| {
		// 13 digits and 0 are not CIDs.
		assert_noop!(
			Cid::register(RuntimeOrigin::root(), 1_000_000_000_000, 2),
			Error::<Test>::InvalidCid
		);
		assert_noop!(Cid::register(RuntimeOrigin::root(), 0, 2), Error::<Test>::InvalidCid);
		// A normal account may not register, not even a reserved CID for itself.
		assert_noop!(Cid::register(signed(2), 5, 2), Error::<Test>::NotRegistrar);
		assert_noop!(Cid::register(signed(2), COMMUNITY, 2), Error::<Test>::NotRegistrar);
		// A registrar may not act in the reserved range.
		assert_noop!(Cid::register(signed(10), 5, 2), Error::<Test>::RegistrarOutOfRange);
		// Duplicate CID.
		assert_noop!(Cid::register(RuntimeOrigin::root(), 7, 2), Error::<Test>::CidTaken);
		// An unsigned origin.
		assert_noop!(Cid::register(RuntimeOrigin::none(), COMMUNITY, 2), BadOrigin);
	});
}

#[test]
fn registrar_without_funds_cannot_sponsor() {
	run(|| {
		assert_ok!(Cid::add_registrar(RuntimeOrigin::root(), 5));
		assert_noop!(Cid::register(signed(5), PUBLIC, 2), Error::<Test>::CannotPayDeposit);
	});
}

#[test]
fn claim_chosen_public_cid_holds_deposit() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_eq!(Cid::owner_of(PUBLIC), Some(2));
		assert_eq!(held(2), DEPOSIT);
		assert_eq!(issued().last(), Some(&(PUBLIC, 2)));
		assert_eq!(
			last_event(),
			Event::Issued { cid: PUBLIC, owner: 2, depositor: Some(2), deposit: DEPOSIT }
		);
	});
}

#[test]
fn claim_next_free_skips_taken_numbers() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), None));
		assert_eq!(Cid::owner_of(1_000_000), Some(2));
		// Someone takes the next two by number; the cursor skips them.
		assert_ok!(Cid::claim(signed(3), Some(1_000_001)));
		assert_ok!(Cid::claim(signed(3), Some(1_000_002)));
		assert_ok!(Cid::claim(signed(4), None));
		assert_eq!(Cid::owner_of(1_000_003), Some(4));
		assert_eq!(NextPublicCid::<Test>::get(), 1_000_004);
	});
}

#[test]
fn claim_next_free_cannot_be_blocked_by_holding_the_next_numbers() {
	run(|| {
		// Accounts 1 and 3 hold the five numbers after the cursor: more than one scan skips.
		for (i, who) in [(0, 1), (1, 1), (2, 1), (3, 3), (4, 3)] {
			assert_ok!(Cid::register(RuntimeOrigin::root(), 1_000_000 + i, who));
		}
		assert_noop!(Cid::claim(signed(2), None), Error::<Test>::NoFreeCid);
		// The next block moves the cursor on by itself; the claim goes through.
		Cid::on_initialize(2);
		assert_eq!(NextPublicCid::<Test>::get(), 1_000_004);
		assert_ok!(Cid::claim(signed(2), None));
		assert_eq!(Cid::owner_of(1_000_005), Some(2));
		// With the cursor on a free number, a block reads and writes nothing more.
		let db: frame_support::weights::RuntimeDbWeight =
			<<Test as frame_system::Config>::DbWeight as frame_support::traits::Get<_>>::get();
		assert_eq!(Cid::on_initialize(3), db.reads(2));
	});
}

#[test]
fn claim_next_free_gives_up_after_scan_limit() {
	run(|| {
		// MaxClaimScan is 4: five taken numbers in a row are too many to skip.
		for (i, who) in [(0, 1), (1, 1), (2, 1), (3, 3), (4, 3)] {
			assert_ok!(Cid::register(RuntimeOrigin::root(), 1_000_000 + i, who));
		}
		assert_noop!(Cid::claim(signed(2), None), Error::<Test>::NoFreeCid);
		assert_ok!(Cid::claim(signed(2), Some(1_000_005)));
	});
}

#[test]
fn claim_rejections() {
	run(|| {
		assert_noop!(Cid::claim(signed(2), Some(1_000_000_000_000)), Error::<Test>::InvalidCid);
		assert_noop!(Cid::claim(signed(2), Some(0)), Error::<Test>::InvalidCid);
		// Reserved and community CIDs cannot be claimed.
		assert_noop!(Cid::claim(signed(2), Some(5)), Error::<Test>::NotPublic);
		assert_noop!(Cid::claim(signed(2), Some(COMMUNITY)), Error::<Test>::NotPublic);
		// No funds for the deposit.
		assert_noop!(Cid::claim(signed(5), Some(PUBLIC)), Error::<Test>::CannotPayDeposit);
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_noop!(Cid::claim(signed(3), Some(PUBLIC)), Error::<Test>::CidTaken);
	});
}

#[test]
fn too_many_cids() {
	run(|| {
		for i in 0..4 {
			assert_ok!(Cid::claim(signed(2), Some(PUBLIC + i)));
		}
		assert_noop!(Cid::claim(signed(2), Some(PUBLIC + 4)), Error::<Test>::TooManyCids);
		assert_noop!(Cid::register(signed(10), COMMUNITY, 2), Error::<Test>::TooManyCids);
		assert_ok!(Cid::claim(signed(3), Some(PUBLIC + 4)));
		assert_ok!(Cid::offer_transfer(signed(3), PUBLIC + 4, 2));
		assert_noop!(Cid::accept_transfer(signed(2), PUBLIC + 4), Error::<Test>::TooManyCids);
	});
}

#[test]
fn names_are_unique_case_insensitive_and_checked() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::claim(signed(3), Some(PUBLIC + 1)));
		assert_ok!(Cid::set_name(signed(2), PUBLIC, b"Alice.Wonder@x_1-2".to_vec()));
		assert_eq!(<Cid as CidInspect<_, _>>::cid_by_name(b"alice.wonder@x_1-2"), Some(PUBLIC));
		assert_eq!(<Cid as CidInspect<_, _>>::cid_by_name(b"ALICE.WONDER@X_1-2"), Some(PUBLIC));
		assert_eq!(
			last_event(),
			Event::NameSet {
				cid: PUBLIC,
				name: b"alice.wonder@x_1-2".to_vec().try_into().unwrap()
			}
		);
		assert_noop!(
			Cid::set_name(signed(3), PUBLIC + 1, b"ALICE.wonder@X_1-2".to_vec()),
			Error::<Test>::NameTaken
		);
		assert_noop!(
			Cid::set_name(signed(3), PUBLIC + 1, b"bad name".to_vec()),
			Error::<Test>::BadNameChar
		);
		assert_noop!(
			Cid::set_name(signed(3), PUBLIC + 1, "caf\u{e9}".into()),
			Error::<Test>::BadNameChar
		);
		assert_noop!(
			Cid::set_name(signed(3), PUBLIC + 1, vec![b'a'; 25]),
			Error::<Test>::NameTooLong
		);
		assert_noop!(Cid::set_name(signed(3), PUBLIC + 1, vec![]), Error::<Test>::NameEmpty);
		assert_noop!(
			Cid::set_name(signed(3), PUBLIC + 1, b"1234567".to_vec()),
			Error::<Test>::NameAllDigits
		);
		assert_noop!(
			Cid::set_name(signed(3), PUBLIC + 1, b"Admin".to_vec()),
			Error::<Test>::NameReserved
		);
		assert_noop!(Cid::set_name(signed(3), PUBLIC, b"bob".to_vec()), Error::<Test>::NotOwner);
		assert_noop!(
			Cid::set_name(signed(3), PUBLIC + 9, b"bob".to_vec()),
			Error::<Test>::UnknownCid
		);
		// Renaming frees the old name.
		assert_ok!(Cid::set_name(signed(2), PUBLIC, b"alice".to_vec()));
		assert_eq!(<Cid as CidInspect<_, _>>::cid_by_name(b"alice.wonder@x_1-2"), None);
		assert_ok!(Cid::set_name(signed(3), PUBLIC + 1, b"alice.wonder@x_1-2".to_vec()));
	});
}

#[test]
fn clear_name_frees_it() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_noop!(Cid::clear_name(signed(2), PUBLIC), Error::<Test>::NoName);
		assert_ok!(Cid::set_name(signed(2), PUBLIC, b"alice".to_vec()));
		assert_noop!(Cid::clear_name(signed(3), PUBLIC), Error::<Test>::NotOwner);
		assert_ok!(Cid::clear_name(signed(2), PUBLIC));
		assert_eq!(<Cid as CidInspect<_, _>>::cid_by_name(b"alice"), None);
		assert_eq!(Cids::<Test>::get(PUBLIC).unwrap().name, None);
	});
}

#[test]
fn bonds_are_typed_bounded_and_removable() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		let eth = vec![0xab; 20];
		let btc = b"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq".to_vec();
		assert_ok!(Cid::bond(signed(2), PUBLIC, BondKind::Ethereum, eth.clone()));
		assert_ok!(Cid::bond(signed(2), PUBLIC, BondKind::Bitcoin, btc.clone()));
		assert_eq!(
			last_event(),
			Event::Bonded {
				cid: PUBLIC,
				kind: BondKind::Bitcoin,
				address: btc.clone().try_into().unwrap()
			}
		);
		assert_noop!(
			Cid::bond(signed(2), PUBLIC, BondKind::Ethereum, eth.clone()),
			Error::<Test>::BondExists
		);
		assert_noop!(
			Cid::bond(signed(2), PUBLIC, BondKind::Ethereum, vec![1; 19]),
			Error::<Test>::BadBondAddress
		);
		assert_noop!(
			Cid::bond(signed(2), PUBLIC, BondKind::Bitcoin, b"bc1q!!".to_vec()),
			Error::<Test>::BadBondAddress
		);
		assert_noop!(
			Cid::bond(signed(2), PUBLIC, BondKind::Other, vec![1; 65]),
			Error::<Test>::BondTooLong
		);
		assert_noop!(
			Cid::bond(signed(3), PUBLIC, BondKind::Other, vec![1]),
			Error::<Test>::NotOwner
		);
		assert_ok!(Cid::bond(signed(2), PUBLIC, BondKind::Substrate, vec![3; 32]));
		assert_noop!(
			Cid::bond(signed(2), PUBLIC, BondKind::Other, vec![1]),
			Error::<Test>::TooManyBonds
		);
		assert_noop!(
			Cid::unbond(signed(2), PUBLIC, BondKind::Bitcoin, eth.clone()),
			Error::<Test>::UnknownBond
		);
		assert_noop!(
			Cid::unbond(signed(3), PUBLIC, BondKind::Ethereum, eth.clone()),
			Error::<Test>::NotOwner
		);
		assert_ok!(Cid::unbond(signed(2), PUBLIC, BondKind::Ethereum, eth.clone()));
		assert_eq!(Bonds::<Test>::get(PUBLIC).len(), 2);
		assert_eq!(
			last_event(),
			Event::Unbonded {
				cid: PUBLIC,
				kind: BondKind::Ethereum,
				address: eth.try_into().unwrap()
			}
		);
	});
}

#[test]
fn reputation_follows_the_holder_transfer_keeps_name_card_bonds_but_not_reputation_or_claims() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC + 1)));
		assert_ok!(Cid::set_name(signed(2), PUBLIC, b"alice".to_vec()));
		assert_ok!(Cid::mint_card(signed(2), PUBLIC, vec![5; 4]));
		assert_ok!(Cid::bond(signed(2), PUBLIC, BondKind::Ethereum, vec![1; 20]));
		assert_ok!(Cid::set_claim(
			RuntimeOrigin::root(),
			PUBLIC,
			b"kyc".to_vec(),
			H256::zero(),
			10
		));
		assert_ok!(Cid::adjust_reputation(RuntimeOrigin::root(), PUBLIC, 5));
		assert_ok!(give(2, PUBLIC, 3));
		assert_eq!(last_event(), Event::Transferred { cid: PUBLIC, from: 2, to: 3 });
		System::assert_has_event(Event::ReputationChanged { cid: PUBLIC, reputation: 0 }.into());
		let d = Cids::<Test>::get(PUBLIC).unwrap();
		assert_eq!((d.owner, d.reputation, d.claims), (3, 0, 0));
		assert_eq!(CHANGED_HANDS.with(|c| c.borrow().clone()), vec![(PUBLIC, 2, Some(3))]);
		assert_eq!(d.card.unwrap().content.into_inner(), vec![5; 4]);
		assert_eq!(minix_test_utils::bound_item(PUBLIC).unwrap().owner, 3);
		assert_eq!(<Cid as CidInspect<_, _>>::cid_by_name(b"alice"), Some(PUBLIC));
		assert_eq!(Bonds::<Test>::get(PUBLIC).len(), 1);
		assert_eq!(Claims::<Test>::iter_prefix(PUBLIC).count(), 0);
		assert_eq!(CidsOf::<Test>::get(2).into_inner(), vec![PUBLIC + 1]);
		assert_eq!(CidsOf::<Test>::get(3).into_inner(), vec![PUBLIC]);
		// The deposit stays with its payer; the new owner may drop the old owner's bonds.
		assert_eq!(held(2), 2 * DEPOSIT);
		assert_ok!(Cid::unbond(signed(3), PUBLIC, BondKind::Ethereum, vec![1; 20]));
		// Transferring the last CID removes the account's index entirely.
		assert_ok!(give(2, PUBLIC + 1, 3));
		assert!(!CidsOf::<Test>::contains_key(2));
		// Releasing is changing hands too (to nobody).
		assert_ok!(Cid::release(signed(3), PUBLIC));
		assert_eq!(CHANGED_HANDS.with(|c| c.borrow().last().copied()), Some((PUBLIC, 3, None)));
	});
}

#[test]
fn transfer_rejections() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_noop!(Cid::offer_transfer(signed(3), PUBLIC, 4), Error::<Test>::NotOwner);
		assert_noop!(Cid::offer_transfer(signed(2), PUBLIC, 2), Error::<Test>::SameOwner);
		assert_noop!(Cid::offer_transfer(signed(2), PUBLIC + 1, 3), Error::<Test>::UnknownCid);
		// Reserved CID 7 belongs to account 1 and cannot move.
		assert_noop!(Cid::offer_transfer(signed(1), 7, 3), Error::<Test>::NotTransferable);
		// Community CIDs move.
		assert_ok!(Cid::register(signed(10), COMMUNITY, 2));
		assert_ok!(give(2, COMMUNITY, 3));
	});
}

#[test]
fn release_returns_deposit_and_clears_everything() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::set_name(signed(2), PUBLIC, b"alice".to_vec()));
		assert_ok!(Cid::bond(signed(2), PUBLIC, BondKind::Ethereum, vec![1; 20]));
		assert_ok!(Cid::set_claim(
			RuntimeOrigin::root(),
			PUBLIC,
			b"kyc".to_vec(),
			H256::zero(),
			10
		));
		assert_noop!(Cid::release(signed(3), PUBLIC), Error::<Test>::NotOwner);
		assert_ok!(Cid::release(signed(2), PUBLIC));
		assert_eq!(
			last_event(),
			Event::Released { cid: PUBLIC, owner: 2, depositor: Some(2), deposit: DEPOSIT }
		);
		assert_eq!(held(2), 0);
		assert_eq!(Balances::balance(&2), 100);
		assert_eq!(Cid::owner_of(PUBLIC), None);
		assert_eq!(<Cid as CidInspect<_, _>>::cid_by_name(b"alice"), None);
		assert_eq!(Bonds::<Test>::get(PUBLIC).len(), 0);
		assert_eq!(Claims::<Test>::iter_prefix(PUBLIC).count(), 0);
		assert_eq!(CidCount::<Test>::get(), 1);
		// The number and the name are free again.
		assert_ok!(Cid::claim(signed(3), Some(PUBLIC)));
		assert_ok!(Cid::set_name(signed(3), PUBLIC, b"alice".to_vec()));
		assert_eq!(Cids::<Test>::get(PUBLIC).unwrap().reputation, 0);
	});
}

#[test]
fn only_public_cids_are_released() {
	run(|| {
		assert_noop!(Cid::release(signed(1), 7), Error::<Test>::NotPublic);
		assert_ok!(Cid::register(signed(10), COMMUNITY, 2));
		assert_noop!(Cid::release(signed(2), COMMUNITY), Error::<Test>::NotPublic);
		assert_noop!(Cid::release(signed(2), PUBLIC), Error::<Test>::UnknownCid);
	});
}

#[test]
fn registrars_are_managed_by_governance() {
	run(|| {
		assert_noop!(Cid::add_registrar(signed(2), 3), BadOrigin);
		assert_ok!(Cid::add_registrar(RuntimeOrigin::root(), 3));
		assert_eq!(last_event(), Event::RegistrarAdded { who: 3 });
		assert_noop!(Cid::add_registrar(RuntimeOrigin::root(), 3), Error::<Test>::AlreadyRegistrar);
		assert_ok!(Cid::add_registrar(RuntimeOrigin::root(), 4));
		assert_noop!(
			Cid::add_registrar(RuntimeOrigin::root(), 5),
			Error::<Test>::TooManyRegistrars
		);
		assert_ok!(Cid::register(signed(3), COMMUNITY, 2));
		assert_noop!(Cid::remove_registrar(signed(2), 3), BadOrigin);
		assert_ok!(Cid::remove_registrar(RuntimeOrigin::root(), 3));
		assert_eq!(last_event(), Event::RegistrarRemoved { who: 3 });
		assert_noop!(
			Cid::remove_registrar(RuntimeOrigin::root(), 3),
			Error::<Test>::UnknownRegistrar
		);
		assert_noop!(Cid::register(signed(3), COMMUNITY + 1, 2), Error::<Test>::NotRegistrar);
		// What it assigned stays.
		assert_eq!(Cid::owner_of(COMMUNITY), Some(2));
	});
}

#[test]
fn claims_are_written_by_attesters_and_expire() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_noop!(
			Cid::set_claim(signed(2), PUBLIC, b"kyc".to_vec(), H256::zero(), 10),
			BadOrigin
		);
		assert_ok!(Cid::set_claim(
			RuntimeOrigin::root(),
			PUBLIC,
			b"kyc".to_vec(),
			H256::repeat_byte(1),
			10
		));
		assert_eq!(
			last_event(),
			Event::ClaimSet {
				cid: PUBLIC,
				key: key(b"kyc"),
				issuer: GOVERNANCE,
				value_hash: H256::repeat_byte(1),
				valid_until: 10
			}
		);
		let claim = Cid::claim_of(PUBLIC, &key(b"kyc")).unwrap();
		assert_eq!((claim.issuer, claim.valid_until), (GOVERNANCE, 10));
		// Replacing does not count twice.
		assert_ok!(Cid::set_claim(
			RuntimeOrigin::root(),
			PUBLIC,
			b"kyc".to_vec(),
			H256::zero(),
			20
		));
		assert_ok!(Cid::set_claim(
			RuntimeOrigin::root(),
			PUBLIC,
			b"age>18".to_vec(),
			H256::zero(),
			20
		));
		assert_noop!(
			Cid::set_claim(RuntimeOrigin::root(), PUBLIC, b"third".to_vec(), H256::zero(), 20),
			Error::<Test>::TooManyClaims
		);
		assert_noop!(
			Cid::set_claim(RuntimeOrigin::root(), PUBLIC + 1, b"kyc".to_vec(), H256::zero(), 20),
			Error::<Test>::UnknownCid
		);
		assert_noop!(
			Cid::set_claim(RuntimeOrigin::root(), PUBLIC, vec![b'k'; 33], H256::zero(), 20),
			Error::<Test>::BadClaimKey
		);
		assert_noop!(
			Cid::set_claim(RuntimeOrigin::root(), PUBLIC, vec![], H256::zero(), 20),
			Error::<Test>::BadClaimKey
		);
		System::set_block_number(5);
		assert_noop!(
			Cid::set_claim(RuntimeOrigin::root(), PUBLIC, b"kyc".to_vec(), H256::zero(), 4),
			Error::<Test>::ClaimExpired
		);
		// After valid_until the claim no longer reads through CidInspect.
		System::set_block_number(21);
		assert_eq!(Cid::claim_of(PUBLIC, &key(b"kyc")), None);
		assert_ok!(Cid::remove_claim(RuntimeOrigin::root(), PUBLIC, b"kyc".to_vec()));
		assert_eq!(last_event(), Event::ClaimRemoved { cid: PUBLIC, key: key(b"kyc") });
		assert_noop!(
			Cid::remove_claim(RuntimeOrigin::root(), PUBLIC, b"kyc".to_vec()),
			Error::<Test>::UnknownClaim
		);
		assert_noop!(Cid::remove_claim(signed(2), PUBLIC, b"age>18".to_vec()), BadOrigin);
	});
}

#[test]
fn reputation_saturates_and_reads_through_the_trait() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_noop!(Cid::adjust_reputation(signed(2), PUBLIC, 5), BadOrigin);
		assert_noop!(
			Cid::adjust_reputation(RuntimeOrigin::root(), PUBLIC + 1, 5),
			Error::<Test>::UnknownCid
		);
		assert_ok!(Cid::adjust_reputation(RuntimeOrigin::root(), PUBLIC, 5));
		assert_eq!(last_event(), Event::ReputationChanged { cid: PUBLIC, reputation: 5 });
		assert_eq!(Cid::do_adjust_reputation(PUBLIC, -10), Ok(0));
		assert_eq!(Cid::do_adjust_reputation(PUBLIC, i64::MAX), Ok(u32::MAX));
		assert_eq!(Cid::reputation_of(PUBLIC), u32::MAX);
		assert_eq!(Cid::reputation_of(PUBLIC + 1), 0);
	});
}

#[test]
fn inspect_trait_and_runtime_api_helpers() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC + 1)));
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::set_name(signed(2), PUBLIC, b"alice".to_vec()));
		assert_eq!(Cid::cid_of(&2), Some(PUBLIC));
		assert_eq!(Cid::cid_of(&3), None);
		assert_eq!(Cid::cids_of(&2, 0, 10), vec![PUBLIC, PUBLIC + 1]);
		assert_eq!(Cid::cids_of(&2, 1, 10), vec![PUBLIC + 1]);
		assert_eq!(Cid::cids_of(&2, 0, 1), vec![PUBLIC]);
		assert_eq!(<Cid as CidInspect<_, _>>::cid_by_name(&[b'a'; 100]), None);
		let info = Cid::details(PUBLIC).unwrap();
		assert_eq!(
			(info.owner, info.range, info.name, info.deposit),
			(2, CidRange::Public, b"alice".to_vec(), DEPOSIT)
		);
		assert_eq!(Cid::details(PUBLIC + 2), None);
		// Through the write trait as an oracle would.
		let claim = Claim { issuer: 3, value_hash: H256::zero(), valid_until: 9 };
		assert_ok!(<Cid as CidAttest<_, _>>::set_claim(PUBLIC, key(b"kyc"), claim.clone()));
		assert_eq!(Cid::details(PUBLIC).unwrap().claims, vec![(b"kyc".to_vec(), claim)]);
		assert_ok!(<Cid as CidAttest<_, _>>::remove_claim(PUBLIC, &key(b"kyc")));
	});
}

#[test]
fn release_reverts_when_the_issuance_handler_refuses() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(REFUSED_RELEASE)));
		assert_ok!(Cid::set_name(signed(2), REFUSED_RELEASE, b"alice".to_vec()));
		assert_noop!(
			Cid::release(signed(2), REFUSED_RELEASE),
			sp_runtime::DispatchError::Other("owner cannot return the reward")
		);
		assert_eq!(held(2), DEPOSIT);
	});
}

#[test]
fn a_transfer_lands_only_when_the_recipient_accepts() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::offer_transfer(signed(2), PUBLIC, 3));
		assert_eq!(last_event(), Event::TransferOffered { cid: PUBLIC, from: 2, to: 3 });
		// Offered is not moved: 2 still owns it, and nobody else may accept.
		assert_eq!(Cids::<Test>::get(PUBLIC).unwrap().owner, 2);
		assert_eq!(Cid::details(PUBLIC).unwrap().offered_to, Some(3));
		assert_noop!(Cid::accept_transfer(signed(4), PUBLIC), Error::<Test>::NotOfferedTo);
		assert_noop!(Cid::accept_transfer(signed(3), PUBLIC + 1), Error::<Test>::NoTransferOffer);
		// A new offer replaces the old one.
		assert_ok!(Cid::offer_transfer(signed(2), PUBLIC, 4));
		System::assert_has_event(Event::TransferOfferCancelled { cid: PUBLIC, to: 3 }.into());
		assert_noop!(Cid::accept_transfer(signed(3), PUBLIC), Error::<Test>::NotOfferedTo);
		assert_ok!(Cid::accept_transfer(signed(4), PUBLIC));
		assert_eq!(CidsOf::<Test>::get(4).into_inner(), vec![PUBLIC]);
		assert!(!TransferOffers::<Test>::contains_key(PUBLIC), "an accepted offer is gone");
		assert_noop!(Cid::accept_transfer(signed(4), PUBLIC), Error::<Test>::NoTransferOffer);
	});
}

#[test]
fn nobody_can_fill_another_accounts_cid_slots() {
	run(|| {
		// Account 3 holds 4 CIDs (the mock's maximum) and offers them all to 2, who holds one.
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC + 9)));
		for i in 0..4 {
			assert_ok!(Cid::claim(signed(3), Some(PUBLIC + i)));
			assert_ok!(Cid::offer_transfer(signed(3), PUBLIC + i, 2));
		}
		// Offers take none of 2's slots: 2 can still claim up to the maximum.
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC + 10)));
		assert_eq!(CidsOf::<Test>::get(2).len(), 2);
		// 2 declines one offer and ignores the others; nothing landed.
		assert_ok!(Cid::cancel_transfer(signed(2), PUBLIC));
		assert_eq!(last_event(), Event::TransferOfferCancelled { cid: PUBLIC, to: 2 });
		assert_eq!(CidsOf::<Test>::get(3).len(), 4);
	});
}

#[test]
fn offers_are_cancelled_by_either_side_and_dropped_on_every_change_of_holder() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_noop!(Cid::cancel_transfer(signed(2), PUBLIC), Error::<Test>::NoTransferOffer);
		assert_ok!(Cid::offer_transfer(signed(2), PUBLIC, 3));
		assert_noop!(Cid::cancel_transfer(signed(4), PUBLIC), Error::<Test>::NotOfferedTo);
		assert_ok!(Cid::cancel_transfer(signed(2), PUBLIC));
		assert_noop!(Cid::accept_transfer(signed(3), PUBLIC), Error::<Test>::NoTransferOffer);
		// An offer made before a change of holder cannot be accepted after it.
		assert_ok!(Cid::offer_transfer(signed(2), PUBLIC, 3));
		assert_ok!(Cid::change_holder(PUBLIC, &2, 4));
		System::assert_has_event(Event::TransferOfferCancelled { cid: PUBLIC, to: 3 }.into());
		assert_noop!(Cid::accept_transfer(signed(3), PUBLIC), Error::<Test>::NoTransferOffer);
		// Releasing drops the offer too.
		assert_ok!(Cid::offer_transfer(signed(4), PUBLIC, 3));
		assert_ok!(Cid::release(signed(4), PUBLIC));
		assert!(!TransferOffers::<Test>::contains_key(PUBLIC));
		System::assert_has_event(Event::TransferOfferCancelled { cid: PUBLIC, to: 3 }.into());
	});
}

#[test]
fn an_escrowed_cid_cannot_change_until_the_market_ends_the_escrow() {
	use minix_primitives::MarketGoods;
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::set_name(signed(2), PUBLIC, b"bob".to_vec()));
		assert_ok!(Cid::bond(signed(2), PUBLIC, BondKind::Ethereum, vec![1; 20]));
		assert_ok!(Cid::offer_transfer(signed(2), PUBLIC, 4));
		assert_noop!(<Cid as MarketGoods<_>>::escrow(&PUBLIC, &3), Error::<Test>::NotOwner);
		assert_noop!(<Cid as MarketGoods<_>>::escrow(&7, &1), Error::<Test>::NotTransferable);
		assert_ok!(<Cid as MarketGoods<_>>::escrow(&PUBLIC, &2));
		assert!(Cid::details(PUBLIC).unwrap().in_escrow);
		// Re-listing, and every change of what the buyer would get, is refused.
		assert_noop!(<Cid as MarketGoods<_>>::escrow(&PUBLIC, &2), Error::<Test>::InEscrow);
		let e = || Error::<Test>::InEscrow;
		assert_noop!(Cid::offer_transfer(signed(2), PUBLIC, 3), e());
		assert_noop!(Cid::accept_transfer(signed(4), PUBLIC), e());
		assert_noop!(Cid::release(signed(2), PUBLIC), e());
		assert_noop!(Cid::set_name(signed(2), PUBLIC, b"bobby".to_vec()), e());
		assert_noop!(Cid::clear_name(signed(2), PUBLIC), e());
		assert_noop!(Cid::mint_card(signed(2), PUBLIC, vec![1]), e());
		assert_noop!(Cid::bond(signed(2), PUBLIC, BondKind::Ethereum, vec![2; 20]), e());
		assert_noop!(Cid::unbond(signed(2), PUBLIC, BondKind::Ethereum, vec![1; 20]), e());
		// Ending the escrow frees it again.
		<Cid as MarketGoods<_>>::end_escrow(&PUBLIC);
		assert_ok!(Cid::set_name(signed(2), PUBLIC, b"bobby".to_vec()));
	});
}

#[test]
fn the_market_delivers_an_escrowed_cid_with_its_name_and_bonds() {
	use minix_primitives::MarketGoods;
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::set_name(signed(2), PUBLIC, b"bob".to_vec()));
		assert_ok!(Cid::bond(signed(2), PUBLIC, BondKind::Ethereum, vec![1; 20]));
		assert_ok!(Cid::adjust_reputation(RuntimeOrigin::root(), PUBLIC, 5));
		// Not escrowed: the market cannot deliver it.
		assert_noop!(<Cid as MarketGoods<_>>::deliver(&PUBLIC, &2, &3), Error::<Test>::NotInEscrow);
		assert_ok!(<Cid as MarketGoods<_>>::escrow(&PUBLIC, &2));
		assert!(<Cid as MarketGoods<_>>::can_receive(&PUBLIC, &3));
		assert!(!<Cid as MarketGoods<_>>::can_receive(&PUBLIC, &2), "the seller is no buyer");
		assert_eq!(<Cid as MarketGoods<_>>::royalty(&PUBLIC), None);
		assert_ok!(<Cid as MarketGoods<_>>::deliver(&PUBLIC, &2, &3));
		let d = Cid::details(PUBLIC).unwrap();
		assert_eq!((d.owner, d.name, d.bonds.len(), d.reputation), (3, b"bob".to_vec(), 1, 0));
		assert!(!d.in_escrow);
		assert_eq!(CHANGED_HANDS.with(|c| c.borrow().clone()), vec![(PUBLIC, 2, Some(3))]);
		// A full account cannot receive.
		for i in 1..5 {
			assert_ok!(Cid::claim(signed(4), Some(PUBLIC + i)));
		}
		assert!(!<Cid as MarketGoods<_>>::can_receive(&PUBLIC, &4));
	});
}

#[test]
fn pay_reaches_the_current_owner_by_number_or_any_case_name() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::set_name(signed(2), PUBLIC, b"bob".to_vec()));
		let by_name = PayTarget::Name(b"BoB".to_vec());
		assert_ok!(Cid::pay(signed(3), by_name.clone(), b"mini".to_vec(), 7));
		assert_eq!(
			last_event(),
			Event::Paid { cid: PUBLIC, from: 3, to: 2, token: PaidToken::Mini, amount: 7 }
		);
		assert_eq!((Balances::balance(&2), Balances::balance(&3)), (100 - DEPOSIT + 7, 93));
		// An MST, by number; the payee is whoever owns the CID at the time of the call.
		minix_test_utils::set_gold(3, 50);
		assert_ok!(give(2, PUBLIC, 4));
		assert_ok!(Cid::pay(signed(3), PayTarget::Cid(PUBLIC), b"Gold".to_vec(), 20));
		assert_eq!(
			last_event(),
			Event::Paid { cid: PUBLIC, from: 3, to: 4, token: PaidToken::Mst(7), amount: 20 }
		);
		assert_eq!((minix_test_utils::gold(3), minix_test_utils::gold(4)), (Some(30), Some(20)));
		assert_eq!(Cid::resolve(&by_name), Ok((PUBLIC, 4)));
	});
}

#[test]
fn pay_rejections_move_nothing() {
	run(|| {
		assert_ok!(Cid::claim(signed(2), Some(PUBLIC)));
		assert_ok!(Cid::set_name(signed(2), PUBLIC, b"bob".to_vec()));
		let bob = || PayTarget::Name(b"bob".to_vec());
		let pay = |who, target, token: &[u8], amount| {
			Cid::pay(signed(who), target, token.to_vec(), amount)
		};
		assert_noop!(pay(3, PayTarget::Cid(PUBLIC + 1), b"MINI", 1), Error::<Test>::UnknownCid);
		assert_noop!(
			pay(3, PayTarget::Name(b"nobody".to_vec()), b"MINI", 1),
			Error::<Test>::UnknownName
		);
		assert_noop!(
			pay(3, PayTarget::Name(vec![b'a'; 100]), b"MINI", 1),
			Error::<Test>::UnknownName
		);
		assert_noop!(pay(3, bob(), b"SILVER", 1), Error::<Test>::UnknownToken);
		assert_noop!(pay(3, bob(), b"MINI", 0), Error::<Test>::ZeroAmount);
		assert_noop!(pay(2, bob(), b"MINI", 1), Error::<Test>::PayingSelf);
		// MINI keeps the payer alive; GOLD under its locks.
		assert!(pay(3, bob(), b"MINI", 100).is_err());
		minix_test_utils::set_gold(3, 50);
		minix_test_utils::set_gold_locked(3, 40);
		assert!(pay(3, bob(), b"GOLD", 11).is_err());
		assert_eq!(minix_test_utils::gold(3), Some(50));
		assert_eq!(Balances::balance(&3), 100);
	});
}
