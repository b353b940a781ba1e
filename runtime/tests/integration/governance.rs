//! The consortium council and the validator set through the real runtime: motions carried by
//! two-thirds of the council govern and smaller ones do not; Root is reached only through
//! `Consortium`; a validator the council adds (with keys set by `session.setKeys`) enters Aura's
//! and GRANDPA's sets two sessions later, and a removed one leaves them.

use crate::common::{end_block, ext_from_preset, signed, start_block_in_slot};
use codec::{Decode, Encode};
use frame_support::dispatch::GetDispatchInfo;
use minix_runtime::{
	configs::GovernanceAccount, genesis_config_presets::PRESET_SESSION_PERIOD, AccountId,
	Executive, Grandpa, Runtime, RuntimeCall, RuntimeEvent, SessionKeys, System,
	UncheckedExtrinsic,
};
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve};
use sp_runtime::{
	traits::{BlakeTwo256, Hash},
	DispatchError,
};

/// Produces the next block through `Executive`, authored in the slot equal to its number (with
/// that slot's timestamp inherent), with `txs`; returns each transaction's dispatch outcome.
pub(crate) fn block(txs: Vec<UncheckedExtrinsic>) -> Vec<Result<(), DispatchError>> {
	start_block_in_slot(u64::from(System::block_number() + 1));
	let outcomes = txs
		.into_iter()
		.map(|tx| Executive::apply_extrinsic(tx).expect("valid transaction"))
		.collect();
	end_block();
	outcomes
}

/// Produces empty blocks until the session index is `index`.
pub(crate) fn until_session(index: u32) {
	while pallet_session::CurrentIndex::<Runtime>::get() < index {
		block(vec![]);
	}
}

/// `who` submits `tx` in its own block; its dispatch outcome.
fn submit(who: Sr25519Keyring, call: RuntimeCall) -> Result<(), DispatchError> {
	block(vec![signed(who, call)]).remove(0)
}

fn council(call: pallet_collective::Call<Runtime, pallet_collective::Instance1>) -> RuntimeCall {
	RuntimeCall::Council(call)
}

/// Alice proposes `call` with `threshold`; the motion's hash and index.
fn propose(threshold: u32, call: RuntimeCall) -> (sp_core::H256, u32) {
	let length_bound = call.encoded_size() as u32;
	let hash = BlakeTwo256::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, pallet_collective::Instance1>::get();
	submit(
		Alice,
		council(pallet_collective::Call::propose {
			threshold,
			proposal: Box::new(call),
			length_bound,
		}),
	)
	.expect("a member proposes");
	(hash, index)
}

/// A two-thirds motion of Alice and Bob: proposed, voted, closed. The motion's own outcome (the
/// result in `Executed`).
pub(crate) fn motion(call: RuntimeCall) -> Result<(), DispatchError> {
	let weight = call.get_dispatch_info().call_weight;
	let length_bound = call.encoded_size() as u32;
	let (hash, index) = propose(2, call);
	// Proposing is not voting: Alice and Bob both vote aye; Charlie, who does not, closes.
	for member in [Alice, Bob] {
		let aye = pallet_collective::Call::vote { proposal: hash, index, approve: true };
		submit(member, council(aye)).expect("a member votes");
	}
	submit(
		Charlie,
		council(pallet_collective::Call::close {
			proposal_hash: hash,
			index,
			proposal_weight_bound: weight,
			length_bound,
		}),
	)
	.expect("close");
	executed(hash)
}

/// The result recorded by the collective's `Executed` event for motion `hash`.
fn executed(hash: sp_core::H256) -> Result<(), DispatchError> {
	System::events()
		.into_iter()
		.find_map(|r| match r.event {
			RuntimeEvent::Council(pallet_collective::Event::Executed { proposal_hash, result })
				if proposal_hash == hash =>
			{
				Some(result)
			},
			_ => None,
		})
		.expect("the motion was executed")
}

fn add_registrar(who: Sr25519Keyring) -> RuntimeCall {
	RuntimeCall::Cid(pallet_cid::Call::add_registrar { who: who.to_account_id().into() })
}

fn is_registrar(who: Sr25519Keyring) -> bool {
	pallet_cid::Registrars::<Runtime>::contains_key(who.to_account_id())
}

#[test]
fn two_thirds_of_the_council_govern_and_fewer_do_not() {
	ext_from_preset("local_testnet").execute_with(|| {
		block(vec![]);
		// A signed account (even a council member) is not governance.
		assert_eq!(submit(Alice, add_registrar(Dave)), Err(DispatchError::BadOrigin));
		// One of three is a third: the motion executes at once, and is refused.
		let call = add_registrar(Dave);
		let (hash, _) = propose(1, call);
		assert_eq!(executed(hash), Err(DispatchError::BadOrigin));
		assert!(!is_registrar(Dave));
		// A non-member cannot propose.
		let refused = submit(
			Dave,
			council(pallet_collective::Call::propose {
				threshold: 2,
				proposal: Box::new(add_registrar(Dave)),
				length_bound: 100,
			}),
		);
		assert_eq!(
			refused,
			Err(pallet_collective::Error::<Runtime, pallet_collective::Instance1>::NotMember.into())
		);
		// Two of three carry it.
		assert_eq!(motion(add_registrar(Dave)), Ok(()));
		assert!(is_registrar(Dave));
		// Governance's claims are issued by its account, also when the council writes them.
		assert_eq!(
			<minix_runtime::configs::GovernanceAttestOrigin as frame_support::traits::EnsureOrigin<
				minix_runtime::RuntimeOrigin,
			>>::try_origin(
				pallet_collective::RawOrigin::<AccountId, pallet_collective::Instance1>::Members(
					2, 3
				)
				.into()
			)
			.ok(),
			Some(GovernanceAccount::get())
		);
	});
}

#[test]
fn root_is_reached_only_through_a_council_motion() {
	ext_from_preset("local_testnet").execute_with(|| {
		block(vec![]);
		let set_heap_pages = RuntimeCall::System(frame_system::Call::set_heap_pages { pages: 100 });
		let as_root = RuntimeCall::Consortium(pallet_consortium::Call::dispatch_as_root {
			call: Box::new(set_heap_pages.clone()),
		});
		let heap_pages = || sp_io::storage::get(sp_core::storage::well_known_keys::HEAP_PAGES);
		// The local preset has no sudo key.
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		assert_eq!(
			submit(
				Alice,
				RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(set_heap_pages) })
			),
			Err(pallet_sudo::Error::<Runtime>::RequireSudo.into())
		);
		assert_eq!(submit(Alice, as_root.clone()), Err(DispatchError::BadOrigin));
		assert_eq!(heap_pages(), None);
		assert_eq!(motion(as_root), Ok(()));
		assert_eq!(heap_pages().map(|v| v.to_vec()), Some(100u64.to_le_bytes().to_vec()));
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Consortium(pallet_consortium::Event::DispatchedAsRoot { result: Ok(()) })
		)));
	});
}

fn as_root(call: RuntimeCall) -> RuntimeCall {
	RuntimeCall::Consortium(pallet_consortium::Call::dispatch_as_root { call: Box::new(call) })
}

#[test]
fn root_that_breaks_the_supply_is_refused_even_to_a_council_motion() {
	ext_from_preset("local_testnet").execute_with(|| {
		block(vec![]);
		let dave = Dave.to_account_id();
		let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
		let mint = RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
			who: dave.clone().into(),
			new_free: 1_000_000 * minix_runtime::currency::MINI,
		});
		let adjust = RuntimeCall::Balances(pallet_balances::Call::force_adjust_total_issuance {
			direction: pallet_balances::AdjustmentDirection::Increase,
			delta: 1,
		});
		let storage = RuntimeCall::System(frame_system::Call::set_storage {
			items: vec![(pallet_sudo::Key::<Runtime>::hashed_key().to_vec(), dave.encode())],
		});
		let sudo_key = RuntimeCall::Sudo(pallet_sudo::Call::set_key { new: dave.clone().into() });
		let xbtc_asset = RuntimeCall::Assets(pallet_assets::Call::force_create {
			id: codec::Compact(77),
			owner: dave.clone().into(),
			is_sufficient: true,
			min_balance: 1,
		});
		let impersonate = RuntimeCall::Utility(pallet_utility::Call::dispatch_as {
			as_origin: Box::new(frame_system::RawOrigin::Signed(Alice.to_account_id()).into()),
			call: Box::new(RuntimeCall::Balances(pallet_balances::Call::transfer_all {
				dest: dave.clone().into(),
				keep_alive: false,
			})),
		});
		let hidden = RuntimeCall::Utility(pallet_utility::Call::batch_all {
			calls: vec![
				RuntimeCall::System(frame_system::Call::remark { remark: vec![] }),
				RuntimeCall::Utility(pallet_utility::Call::force_batch {
					calls: vec![mint.clone()],
				}),
			],
		});
		let dave_before = System::account(&dave).data;
		for call in [mint, adjust, storage, sudo_key, xbtc_asset, impersonate, hidden] {
			assert_eq!(
				motion(as_root(call)),
				Err(pallet_consortium::Error::<Runtime>::CallFiltered.into())
			);
		}
		assert_eq!(pallet_balances::TotalIssuance::<Runtime>::get(), issuance);
		assert_eq!(System::account(&dave).data, dave_before);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		assert!(pallet_assets::Asset::<Runtime>::get(77).is_none());
		// Upgrades still pass: the council authorizes a code hash as Root.
		let authorize = RuntimeCall::System(frame_system::Call::authorize_upgrade {
			code_hash: sp_core::H256::repeat_byte(1),
		});
		assert_eq!(motion(as_root(authorize)), Ok(()));
		assert!(System::authorized_upgrade().is_some());
	});
}

/// Session keys for `who`, generated in the test's keystore with their ownership proof, as
/// `author_rotateKeysWithOwner` generates them in a node.
fn rotate_keys(who: &AccountId) -> (SessionKeys, Vec<u8>) {
	let generated: sp_session::OpaqueGeneratedSessionKeys =
		SessionKeys::generate(&who.encode(), None).into();
	(SessionKeys::decode(&mut &generated.keys[..]).expect("keys decode"), generated.proof)
}

fn aura_has(key: &sp_consensus_aura::sr25519::AuthorityId) -> bool {
	pallet_aura::Authorities::<Runtime>::get().contains(key)
}

pub(crate) fn grandpa_has(key: &sp_consensus_grandpa::AuthorityId) -> bool {
	Grandpa::grandpa_authorities().iter().any(|(k, _)| k == key)
}

#[test]
fn validators_the_council_adds_and_removes_follow_at_session_boundaries() {
	let mut ext = ext_from_preset("local_testnet");
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| {
		block(vec![]);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 4);
		assert_eq!(Grandpa::grandpa_authorities().len(), 4);
		let eve = Eve.to_account_id();
		let add_eve = RuntimeCall::ValidatorSet(pallet_validator_set::Call::add_validator {
			who: eve.clone(),
		});
		// Without session keys the council's motion is refused.
		assert_eq!(
			motion(add_eve.clone()),
			Err(pallet_validator_set::Error::<Runtime>::NoSessionKeys.into())
		);

		// Eve sets keys generated for her account; a proof for another account is refused.
		let (keys, proof) = rotate_keys(&eve);
		let (_, bobs_proof) = rotate_keys(&Bob.to_account_id());
		let set_keys = |proof: Vec<u8>| {
			RuntimeCall::Session(pallet_session::Call::set_keys { keys: keys.clone(), proof })
		};
		assert_eq!(
			submit(Eve, set_keys(bobs_proof)),
			Err(pallet_session::Error::<Runtime>::InvalidProof.into())
		);
		assert_eq!(submit(Eve, set_keys(proof)), Ok(()));
		let held = pallet_balances::Pallet::<Runtime>::reserved_balance(&eve);
		assert_eq!(held, minix_runtime::configs::SessionKeyDeposit::get());

		assert_eq!(motion(add_eve), Ok(()));
		let session = pallet_session::CurrentIndex::<Runtime>::get();
		assert!(!aura_has(&keys.aura));
		// Queued at the end of this session, active in the one after.
		until_session(session + 1);
		assert!(!aura_has(&keys.aura) && !grandpa_has(&keys.grandpa));
		until_session(session + 2);
		assert!(aura_has(&keys.aura), "Eve authors from session {}", session + 2);
		assert!(grandpa_has(&keys.grandpa), "Eve votes in GRANDPA from session {}", session + 2);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 5);
		assert!(pallet_session::Validators::<Runtime>::get().contains(&eve));

		// Dave is removed: two sessions later he neither authors nor votes.
		let dave_aura: sp_consensus_aura::sr25519::AuthorityId = Dave.public().into();
		let dave_grandpa: sp_consensus_grandpa::AuthorityId =
			sp_keyring::Ed25519Keyring::Dave.public().into();
		assert!(aura_has(&dave_aura) && grandpa_has(&dave_grandpa));
		let remove_dave = RuntimeCall::ValidatorSet(pallet_validator_set::Call::remove_validator {
			who: Dave.to_account_id(),
		});
		assert_eq!(motion(remove_dave), Ok(()));
		let session = pallet_session::CurrentIndex::<Runtime>::get();
		until_session(session + 2);
		assert!(!aura_has(&dave_aura) && !grandpa_has(&dave_grandpa));
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 4);
		assert!(!pallet_validator_set::Validators::<Runtime>::get().contains(&Dave.to_account_id()));
	});
}

#[test]
fn the_session_period_comes_from_the_chain_spec() {
	ext_from_preset("local_testnet").execute_with(|| {
		assert_eq!(pallet_validator_set::SessionPeriod::<Runtime>::get(), PRESET_SESSION_PERIOD);
		// A session ends at every multiple of the period, and only there.
		for n in 1..=2 * PRESET_SESSION_PERIOD {
			block(vec![]);
			assert_eq!(pallet_session::CurrentIndex::<Runtime>::get(), n / PRESET_SESSION_PERIOD);
		}
	});
}
