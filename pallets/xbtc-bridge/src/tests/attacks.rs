//! Regression tests named after the attacks of the bridge review (issue 17): each failed on the
//! bridge before its fix. Every test ends with `try_state`, whose backing rule is one of them.

use super::{cycle::*, *};
use minix_primitives::btc::sha256d;

/// Trustees 0..4 (3 of 4) installed; `deposits` of the given values minted to Alice, and one
/// withdrawal by Alice of `withdraw`. Returns the chain and the deposits' outpoints.
fn funded(deposits: &[u64], withdraw: u64) -> (Regtest, Vec<OutPoint>) {
	let mut chain = start();
	let s0 = set(0);
	let mut outs = Vec::new();
	for (i, value) in deposits.iter().enumerate() {
		let dep = deposit_tx(&s0.script_pubkey, *value, Some(&compact(&alice())), 1 + i as u8);
		let proof = confirmed(&mut chain, &dep);
		assert_ok!(submit_deposit(&dep, proof));
		outs.push(OutPoint { txid: dep.txid(), vout: 0 });
	}
	assert_ok!(XbtcBridge::request_withdrawal(origin(alice()), withdraw, withdraw_address()));
	(chain, outs)
}

/// A payout of withdrawal 0 (`amount`) from `inputs` (of `values`), change to set 0, fee `fee`.
fn payout_of(inputs: &[OutPoint], values: &[u64], amount: u64, fee: u64) -> Transaction {
	let pay = amount - WITHDRAWAL_FEE;
	let change = values.iter().sum::<u64>() - pay - fee;
	transaction(inputs, &[(pay, withdraw_script()), (change, set(0).script_pubkey.to_vec())])
}

#[test]
fn double_payout_after_cancel_signed_payout_keeps_its_reservation() {
	run(|| {
		let (mut chain, outs) = funded(&[1_000_000, 2_000_000], 500_000);
		let cancelled = payout_of(&outs[..1], &[1_000_000], 500_000, 10_000);
		let txid = cancelled.txid();
		assert_ok!(propose(0, &cancelled, &[0]));
		let signed = sign(&cancelled, 0, &[0, 1, 2], &[1_000_000]);

		// Governance cancels it, but three signatures are public: it can still confirm.
		assert_ok!(XbtcBridge::cancel_payout(RuntimeOrigin::root(), txid));
		assert_eq!(
			last_event(),
			RuntimeEvent::XbtcBridge(Event::PayoutCancelled { txid, signed: true })
		);
		assert_eq!(Payouts::<Test>::get(txid).unwrap().state, PayoutState::Cancelled);
		assert_noop!(
			XbtcBridge::cancel_withdrawal(origin(alice()), 0),
			Error::<Test>::WithdrawalInPayout
		);
		assert_eq!(Utxos::<Test>::get(outs[0]).unwrap().payout, Some(txid));
		assert_noop!(
			XbtcBridge::cancel_payout(RuntimeOrigin::root(), txid),
			Error::<Test>::PayoutNotOpen
		);
		assert_noop!(
			approve(3, txid, sign_all(3, &cancelled, &set(0).witness_script, &[1_000_000])),
			Error::<Test>::PayoutNotOpen
		);
		// A replacement paying the same withdrawal from the other output could confirm as well.
		let disjoint = payout_of(&outs[1..], &[2_000_000], 500_000, 10_000);
		assert_noop!(propose(1, &disjoint, &[0]), Error::<Test>::MustConflict);

		// The cancelled transaction confirms: it settles like a payout, XBTC burned once.
		let proof = confirmed(&mut chain, &Transaction::parse(&signed).unwrap());
		assert_ok!(submit_proof(&signed, proof));
		assert!(bridge_events().contains(&Event::PayoutSettled { txid, burned: 500_000 }));
		assert_eq!(xbtc(&alice()), (2_500_000, 0));
		assert!(Payouts::<Test>::get(txid).is_none());
		// The withdrawal is gone: it can be neither cancelled nor paid again.
		assert_noop!(
			XbtcBridge::cancel_withdrawal(origin(alice()), 0),
			Error::<Test>::UnknownWithdrawal
		);
		assert_noop!(propose(1, &disjoint, &[0]), Error::<Test>::UnknownWithdrawal);
	});
}

#[test]
fn double_payout_replacement_settles_and_displaces_the_cancelled_one() {
	run(|| {
		let (mut chain, outs) = funded(&[1_000_000, 2_000_000], 500_000);
		let values = [1_000_000, 2_000_000];
		let cancelled = payout_of(&outs, &values, 500_000, 10_000);
		assert_ok!(propose(0, &cancelled, &[0]));
		let stale = sign(&cancelled, 0, &[0, 1, 2], &values);
		assert_ok!(XbtcBridge::cancel_payout(RuntimeOrigin::root(), cancelled.txid()));

		// The replacement spends one of its inputs (so only one of the two can confirm).
		let replacement = payout_of(&outs[1..], &values[1..], 500_000, 8_000);
		assert_ok!(propose(1, &replacement, &[0]));
		assert_eq!(Withdrawals::<Test>::get(0).unwrap().payout, Some(replacement.txid()));
		let signed = sign(&replacement, 0, &[1, 2, 3], &values[1..]);
		let proof = confirmed(&mut chain, &Transaction::parse(&signed).unwrap());
		assert_ok!(submit_proof(&signed, proof));
		assert!(bridge_events()
			.contains(&Event::PayoutDisplaced { txid: cancelled.txid(), by: replacement.txid() }));
		// The displaced payout's other input is free again; the withdrawal was paid once.
		assert_eq!(Utxos::<Test>::get(outs[0]).unwrap().payout, None);
		assert_eq!(OpenPayouts::<Test>::get(), 0);
		assert_eq!(xbtc(&alice()), (2_500_000, 0));
		// The stale signed transaction is gone from the bridge (on Bitcoin it is a double spend).
		assert!(Payouts::<Test>::get(cancelled.txid()).is_none());
		assert!(Transaction::parse(&stale).is_some());
		assert_eq!(FeeReserve::<Test>::get(), WITHDRAWAL_FEE - 8_000);
	});
}

#[test]
fn backing_miner_fee_cannot_spend_the_btc_behind_xbtc() {
	run(|| {
		let (mut chain, outs) = funded(&[1_000_000, 300_000], 500_000);
		// A sweep collects no withdrawal fee: with an empty reserve its miner fee is refused.
		let sweep = transaction(&outs[1..], &[(300_000 - 1_000, set(0).script_pubkey.to_vec())]);
		assert_noop!(propose(0, &sweep, &[]), Error::<Test>::FeeNotCovered);
		// A payout may not pay the miner more than the withdrawal fee it keeps back.
		let greedy = payout_of(&outs[..1], &[1_000_000], 500_000, WITHDRAWAL_FEE + 1);
		assert_noop!(propose(0, &greedy, &[0]), Error::<Test>::FeeNotCovered);
		// A payout leaving part of its fee unspent funds the reserve, which then pays a sweep.
		let thrifty = payout_of(&outs[..1], &[1_000_000], 500_000, 3_000);
		assert_ok!(propose(0, &thrifty, &[0]));
		let signed = sign(&thrifty, 0, &[0, 1, 2], &[1_000_000]);
		let proof = confirmed(&mut chain, &Transaction::parse(&signed).unwrap());
		assert_ok!(submit_proof(&signed, proof));
		assert_eq!(FeeReserve::<Test>::get(), WITHDRAWAL_FEE - 3_000);
		assert_ok!(propose(0, &sweep, &[]));
		assert_eq!(FeeReserve::<Test>::get(), WITHDRAWAL_FEE - 4_000);
		// Cancelled unsigned, the sweep's draw returns to the reserve.
		assert_ok!(XbtcBridge::cancel_payout(RuntimeOrigin::root(), sweep.txid()));
		assert_eq!(FeeReserve::<Test>::get(), WITHDRAWAL_FEE - 3_000);
	});
}

#[test]
fn backing_try_state_reports_reserves_below_the_supply() {
	new_test_ext().execute_with(|| {
		let (_, outs) = funded(&[1_000_000], 500_000);
		XbtcBridge::do_try_state().unwrap();
		// Lose track of an output (as a theft proof would): the supply is no longer backed.
		XbtcBridge::remove_utxo(&outs[0]);
		assert_eq!(
			XbtcBridge::do_try_state(),
			Err("trustee outputs do not back the XBTC supply".into())
		);
	});
}

/// Rotate from set 0 to trustees 10..13 and sweep everything while paying Alice's withdrawal
/// of 200 000 (its fee pays the miner), completing the rotation.
fn rotate_and_sweep(chain: &mut Regtest, outs: &[OutPoint], values: &[u64]) -> OutPoint {
	assert_ok!(XbtcBridge::set_trustees(RuntimeOrigin::root(), trustees(10, 3), None));
	assert_ok!(XbtcBridge::request_withdrawal(origin(alice()), 200_000, withdraw_address()));
	let id = NextWithdrawalId::<Test>::get() - 1;
	let total: u64 = values.iter().sum();
	let pay = 200_000 - WITHDRAWAL_FEE;
	let sweep = transaction(
		outs,
		&[(pay, withdraw_script()), (total - pay - 5_000, set(1).script_pubkey.to_vec())],
	);
	assert_ok!(propose(0, &sweep, &[id]));
	let signed = sign(&sweep, 0, &[0, 1, 2], values);
	let proof = confirmed(chain, &Transaction::parse(&signed).unwrap());
	assert_ok!(submit_proof(&signed, proof));
	OutPoint { txid: sweep.txid(), vout: 1 }
}

#[test]
fn retired_scripts_deposit_after_rotation_is_unclaimed_and_refundable() {
	run(|| {
		let mut chain = start();
		let old_script = set(0).script_pubkey.to_vec();
		let dep = deposit_tx(&old_script, 1_000_000, Some(&compact(&alice())), 1);
		let proof = confirmed(&mut chain, &dep);
		assert_ok!(submit_deposit(&dep, proof));
		rotate_and_sweep(&mut chain, &[OutPoint { txid: dep.txid(), vout: 0 }], &[1_000_000]);
		assert!(bridge_events().contains(&Event::RotationCompleted { retired: 0 }));

		// BTC sent to the retired script is recorded (and still tracked), never ignored.
		let late = deposit_tx(&old_script, 400_000, Some(&compact(&alice())), 2);
		let proof = confirmed(&mut chain, &late);
		assert_ok!(submit_deposit(&late, proof));
		let out = OutPoint { txid: late.txid(), vout: 0 };
		assert_eq!(
			UnclaimedDeposits::<Test>::get(out).unwrap().reason,
			UnclaimedReason::RetiredScript
		);
		assert_eq!(Utxos::<Test>::get(out).unwrap().set, 0);
		assert_eq!(xbtc(&alice()), (800_000, 0));
		// The current trustees queue the refund; the retired set can still sign it.
		for t in 10..13 {
			assert_ok!(XbtcBridge::refund_unclaimed(
				origin(trustee_account(t)),
				out,
				withdraw_address()
			));
		}
		assert!(UnclaimedDeposits::<Test>::get(out).is_none());
		let refund = transaction(&[out], &[(400_000 - WITHDRAWAL_FEE, withdraw_script())]);
		assert_ok!(propose(0, &refund, &[1]));
		let signed = sign(&refund, 0, &[0, 1, 2], &[400_000]);
		let proof = confirmed(&mut chain, &Transaction::parse(&signed).unwrap());
		assert_ok!(submit_proof(&signed, proof));
	});
}

#[test]
fn retired_scripts_dust_does_not_hold_a_rotation_open() {
	run(|| {
		let mut chain = start();
		let old_script = set(0).script_pubkey.to_vec();
		let big = deposit_tx(&old_script, 1_000_000, Some(&compact(&alice())), 1);
		let proof = confirmed(&mut chain, &big);
		assert_ok!(submit_deposit(&big, proof));
		// An attacker's dust to the trustees: recorded, but it need not be swept.
		let dust = deposit_tx(&old_script, MIN_DEPOSIT - 1, None, 2);
		let proof = confirmed(&mut chain, &dust);
		assert_ok!(submit_deposit(&dust, proof));
		rotate_and_sweep(&mut chain, &[OutPoint { txid: big.txid(), vout: 0 }], &[1_000_000]);
		assert!(bridge_events().contains(&Event::RotationCompleted { retired: 0 }));
		let dust_out = OutPoint { txid: dust.txid(), vout: 0 };
		assert_eq!(Utxos::<Test>::get(dust_out).unwrap().set, 0);
		assert!(UnclaimedDeposits::<Test>::contains_key(dust_out));
		// A new rotation may start.
		assert_ok!(XbtcBridge::set_trustees(RuntimeOrigin::root(), trustees(20, 3), None));
	});
}

#[test]
fn retired_scripts_governance_aborts_a_rotation() {
	run(|| {
		let mut chain = start();
		let dep = deposit_tx(&set(0).script_pubkey, 1_000_000, Some(&compact(&alice())), 1);
		let proof = confirmed(&mut chain, &dep);
		assert_ok!(submit_deposit(&dep, proof));
		assert_noop!(XbtcBridge::abort_rotation(RuntimeOrigin::root()), Error::<Test>::NoRotation);
		assert_ok!(XbtcBridge::set_trustees(RuntimeOrigin::root(), trustees(10, 3), None));
		assert_noop!(
			XbtcBridge::abort_rotation(origin(alice())),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(XbtcBridge::abort_rotation(RuntimeOrigin::root()));
		assert_eq!(
			last_event(),
			RuntimeEvent::XbtcBridge(Event::RotationAborted { aborted: 1, restored: 0 })
		);
		assert_eq!((CurrentSet::<Test>::get(), Retiring::<Test>::get()), (Some(0), None));
		// Deposits to the aborted set are unclaimed; to the restored one they mint.
		let stray = deposit_tx(&set(1).script_pubkey, 500_000, Some(&compact(&alice())), 2);
		let proof = confirmed(&mut chain, &stray);
		assert_ok!(submit_deposit(&stray, proof));
		assert_eq!(
			UnclaimedDeposits::<Test>::get(OutPoint { txid: stray.txid(), vout: 0 })
				.unwrap()
				.reason,
			UnclaimedReason::RetiredScript
		);
		// The same set cannot be reinstalled (its script is taken); a new one gets a new id.
		assert_noop!(
			XbtcBridge::set_trustees(RuntimeOrigin::root(), trustees(10, 3), None),
			Error::<Test>::TrusteeScriptUsed
		);
		assert_ok!(XbtcBridge::set_trustees(RuntimeOrigin::root(), trustees(20, 3), None));
		assert_eq!(CurrentSet::<Test>::get(), Some(2));
	});
}

#[test]
fn refunds_one_trustee_cannot_pick_the_address() {
	run(|| {
		let mut chain = start();
		let anonymous = deposit_tx(&set(0).script_pubkey, 500_000, None, 1);
		let proof = confirmed(&mut chain, &anonymous);
		assert_ok!(submit_deposit(&anonymous, proof));
		let out = OutPoint { txid: anonymous.txid(), vout: 0 };
		let thief = bounded(segwit_address("bcrt", 0, &[9; 20]).as_bytes());
		// Trustee 0 names its own address: one vote of the three needed.
		assert_ok!(XbtcBridge::refund_unclaimed(origin(trustee_account(0)), out, thief.clone()));
		assert_ok!(XbtcBridge::refund_unclaimed(
			origin(trustee_account(1)),
			out,
			withdraw_address()
		));
		assert_ok!(XbtcBridge::refund_unclaimed(
			origin(trustee_account(2)),
			out,
			withdraw_address()
		));
		assert!(Withdrawals::<Test>::iter().next().is_none(), "no address has three votes");
		// Trustee 0 changes its vote: the third vote for the depositor's address queues it.
		assert_ok!(XbtcBridge::refund_unclaimed(
			origin(trustee_account(0)),
			out,
			withdraw_address()
		));
		assert_eq!(Withdrawals::<Test>::get(0).unwrap().script.to_vec(), withdraw_script());
		assert!(RefundVotes::<Test>::get(out).is_empty());
		assert_noop!(
			XbtcBridge::refund_unclaimed(origin(trustee_account(3)), out, thief),
			Error::<Test>::UnknownUnclaimed
		);
	});
}

#[test]
fn bogus_payouts_with_future_lock_times_are_refused() {
	run(|| {
		let (chain, outs) = funded(&[1_000_000], 500_000);
		let _ = chain;
		let (tip, mtp) =
			<BtcLightClient as minix_primitives::btc::BtcChain>::tip_height_and_mtp().unwrap();
		let with = |lock_time: u32, sequence: u32, version: u32| {
			let mut tx = payout_of(&outs, &[1_000_000], 500_000, 10_000);
			tx.lock_time = lock_time;
			tx.version = version;
			tx.inputs[0].sequence = sequence;
			tx
		};
		// Height and time locks that the next block would not satisfy; a BIP68 relative lock.
		for tx in [
			with(tip + 1, 0xffff_fffd, 2),
			with(mtp, 0xffff_fffd, 2),
			with(mtp + 10_000, 0xffff_fffe, 1),
			with(0, 0x0000_ffff, 2),
		] {
			assert_noop!(propose(0, &tx, &[0]), Error::<Test>::TimeLocked);
		}
		// Core's anti-fee-sniping lock time (the tip's height) is final; so is a final sequence
		// with any lock time, and version 1 ignores BIP68.
		assert_ok!(propose(0, &with(tip, 0xffff_fffd, 2), &[0]));
		assert_ok!(XbtcBridge::cancel_payout(
			RuntimeOrigin::root(),
			with(tip, 0xffff_fffd, 2).txid()
		));
		assert_ok!(propose(0, &with(tip + 100, 0xffff_ffff, 2), &[0]));
		assert_ok!(XbtcBridge::cancel_payout(
			RuntimeOrigin::root(),
			with(tip + 100, 0xffff_ffff, 2).txid()
		));
		assert_ok!(propose(0, &with(0, 0x0000_ffff, 1), &[0]));
	});
}

#[test]
fn bogus_payouts_are_rejected_by_threshold_trustees() {
	run(|| {
		let (_, outs) = funded(&[1_000_000], 500_000);
		let bogus = payout_of(&outs, &[1_000_000], 500_000, 10_000);
		let txid = bogus.txid();
		assert_ok!(propose(0, &bogus, &[0]));
		let ws = set(0).witness_script.to_vec();
		assert_ok!(approve(0, txid, sign_all(0, &bogus, &ws, &[1_000_000])));
		let reject = |t: u8| XbtcBridge::reject_payout(origin(trustee_account(t)), txid);
		assert_noop!(reject(0), Error::<Test>::AlreadyApproved);
		assert_noop!(XbtcBridge::reject_payout(origin(alice()), txid), Error::<Test>::NotTrustee);
		assert_ok!(reject(1));
		assert_noop!(reject(1), Error::<Test>::AlreadyRejected);
		assert_noop!(
			approve(1, txid, sign_all(1, &bogus, &ws, &[1_000_000])),
			Error::<Test>::AlreadyRejected
		);
		assert_ok!(reject(2));
		assert!(Payouts::<Test>::contains_key(txid), "two of three rejections");
		assert_ok!(reject(3));
		assert_eq!(
			last_event(),
			RuntimeEvent::XbtcBridge(Event::PayoutCancelled { txid, signed: false })
		);
		assert!(Payouts::<Test>::get(txid).is_none());
		assert_eq!(Utxos::<Test>::get(outs[0]).unwrap().payout, None);
		assert_ok!(XbtcBridge::cancel_withdrawal(origin(alice()), 0));
		assert_noop!(reject(1), Error::<Test>::UnknownPayout);
	});
}

#[test]
fn bogus_payouts_rejected_after_signing_stay_reserved() {
	run(|| {
		let (_, outs) = funded(&[1_000_000], 500_000);
		let tx = payout_of(&outs, &[1_000_000], 500_000, 10_000);
		let txid = tx.txid();
		assert_ok!(propose(0, &tx, &[0]));
		// Three approve (the threshold), the fourth rejects: the payout stays open and signed.
		sign(&tx, 0, &[0, 1, 2], &[1_000_000]);
		assert_ok!(XbtcBridge::reject_payout(origin(trustee_account(3)), txid));
		assert_eq!(Payouts::<Test>::get(txid).unwrap().state, PayoutState::Open);
		// Governance cancelling it keeps the reservation.
		assert_ok!(XbtcBridge::cancel_payout(RuntimeOrigin::root(), txid));
		assert_eq!(Payouts::<Test>::get(txid).unwrap().state, PayoutState::Cancelled);
		assert_noop!(
			XbtcBridge::reject_payout(origin(trustee_account(3)), txid),
			Error::<Test>::PayoutNotOpen
		);
	});
}

/// A `gettxoutproof`-style tree of four leaves `[l0, l1, l2, l3]` where only the right half is
/// expanded: `hashes` are `[left half, l2, l3]`, `l3` matched.
fn pmt_matching_leaf_3(header: &[u8], left: H256, l2: H256, l3: H256) -> TxProof {
	let mut bytes = header.to_vec();
	bytes.extend_from_slice(&4u32.to_le_bytes());
	bytes.push(3);
	for hash in [left, l2, l3] {
		bytes.extend_from_slice(hash.as_bytes());
	}
	// Bits, LSB first: root 1, left 0 (a hash), right 1, leaf 2 (0), leaf 3 (1, a match).
	bytes.extend_from_slice(&[1, 0b10101]);
	TxProof::PartialMerkleTree(bounded(&bytes))
}

#[test]
fn depth_unbound_proofs_cannot_pass_a_forged_transaction_below_a_64_byte_one() {
	run(|| {
		let mut chain = start();
		// The forged deposit was never mined. A miner got a real 64-byte transaction mined
		// whose second half is the forgery's id (in reality ground out; here it is chosen), so
		// that transaction's id is also the inner node `node(half, forged id)`.
		let mallory = AccountId::new([66; 32]);
		let forged = deposit_tx(&set(0).script_pubkey, 50_000_000, Some(&compact(&mallory)), 9);
		let half = H256::repeat_byte(0x64);
		let mut both = half.as_bytes().to_vec();
		both.extend_from_slice(forged.txid().as_bytes());
		let sixty_four = sha256d(&both);
		let coinbase = H256::repeat_byte(0xcb);
		let (block, _) = chain.mine_leaves(&[coinbase, sixty_four]);
		let header = chain.tip_header();
		chain.confirm(CONFIRMATIONS - 1);

		// Both proofs below reach the block's real root, which is all the bridge checked before.
		let root = pallet_btc_light_client::Headers::<Test>::get(block).unwrap().header.merkle_root;
		assert_eq!(merkle::branch_root(forged.txid(), 3, &[half, coinbase]), Some(root));
		let tree = pmt_matching_leaf_3(&header, coinbase, half, forged.txid());
		let TxProof::PartialMerkleTree(bytes) = &tree else { unreachable!() };
		let parsed = merkle::PartialMerkleProof::parse(bytes).unwrap().extract_matches().unwrap();
		assert_eq!(parsed, (root, vec![(3, forged.txid())]));

		// As a branch one level below the 64-byte transaction: the coinbase's branch (one
		// level) is not as deep, and no deeper one exists.
		let branch = |coinbase_siblings: Vec<H256>| TxProof::Branch {
			block,
			index: 3,
			siblings: BoundedVec::truncate_from(vec![half, coinbase]),
			coinbase,
			coinbase_siblings: BoundedVec::truncate_from(coinbase_siblings),
		};
		assert_noop!(
			submit_deposit(&forged, branch(vec![sixty_four])),
			Error::<Test>::DepthNotBound
		);
		assert_noop!(
			submit_deposit(&forged, branch(vec![half, sixty_four])),
			Error::<Test>::DepthNotBound
		);
		// As a partial merkle tree claiming four transactions: it does not match the coinbase.
		assert_noop!(submit_deposit(&forged, tree), Error::<Test>::DepthNotBound);
		assert_eq!(xbtc(&mallory), (0, 0));
	});
}
