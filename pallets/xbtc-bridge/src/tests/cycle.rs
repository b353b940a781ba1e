//! A full synthetic regtest cycle: blocks mined at regtest difficulty and relayed, a deposit, a
//! withdrawal, a 3-of-4 payout signed with test keys and proven back, a trustee rotation swept
//! to the new set; plus unclaimed deposits, refunds, pauses and every payout rejection.

use super::*;
use minix_primitives::btc::mine_regtest;
use sp_runtime::DispatchResult;

pub(super) fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

pub(super) fn set(id: SetId) -> TrusteeSet<Test> {
	TrusteeSets::<Test>::get(id).unwrap()
}

/// A regtest chain with trustees 0..4 (threshold 3 of 4) installed.
pub(super) fn start() -> Regtest {
	let chain = Regtest::start();
	assert_ok!(XbtcBridge::set_trustees(RuntimeOrigin::root(), trustees(0, 4), None));
	chain
}

/// A deposit of `value` to `script` from a made-up outpoint, with an optional `OP_RETURN`.
pub(super) fn deposit_tx(script: &[u8], value: u64, data: Option<&[u8]>, salt: u8) -> Transaction {
	let mut outputs = vec![(value, script.to_vec())];
	if let Some(data) = data {
		outputs.push((0, op_return(data)));
	}
	let mut tx = transaction(&[OutPoint { txid: H256::repeat_byte(salt), vout: 0 }], &outputs);
	tx.inputs[0].script_sig = vec![0x51];
	tx
}

/// Mine `tx` into a block, confirm it, and return its proof.
pub(super) fn confirmed(chain: &mut Regtest, tx: &Transaction) -> TxProof {
	let (_, proofs) = chain.mine(&[tx]);
	chain.confirm(CONFIRMATIONS - 1);
	proofs[0].clone()
}

pub(super) fn submit_deposit(tx: &Transaction, proof: TxProof) -> DispatchResult {
	XbtcBridge::submit_deposit(origin(alice()), bounded(&tx.serialize(true)), proof)
}

pub(super) fn submit_proof(raw: &[u8], proof: TxProof) -> DispatchResult {
	XbtcBridge::submit_payout_proof(origin(alice()), bounded(raw), proof)
}

pub(super) fn propose(by: u8, tx: &Transaction, withdrawals: &[WithdrawalId]) -> DispatchResult {
	XbtcBridge::propose_payout(
		origin(trustee_account(by)),
		bounded(&tx.serialize(false)),
		withdrawals.to_vec().try_into().unwrap(),
	)
}

pub(super) fn approve(by: u8, txid: H256, sigs: Vec<Vec<u8>>) -> DispatchResult {
	let sigs: Vec<DerSignature> = sigs.into_iter().map(|s| s.try_into().unwrap()).collect();
	XbtcBridge::approve_payout(origin(trustee_account(by)), txid, sigs.try_into().unwrap())
}

/// Approve `tx` by `signers` of set `set_id`, then return the assembled signed transaction.
pub(super) fn sign(tx: &Transaction, set_id: SetId, signers: &[u8], values: &[u64]) -> Vec<u8> {
	let ws = set(set_id).witness_script.to_vec();
	for i in signers {
		assert_ok!(approve(*i, tx.txid(), sign_all(*i, tx, &ws, values)));
	}
	XbtcBridge::signed_payout(tx.txid()).unwrap()
}

pub(super) const WITHDRAW_PROGRAM: [u8; 20] = [7; 20];

pub(super) fn withdraw_script() -> Vec<u8> {
	let mut s = vec![0x00, 0x14];
	s.extend_from_slice(&WITHDRAW_PROGRAM);
	s
}

pub(super) fn withdraw_address() -> BtcAddress {
	bounded(segwit_address("bcrt", 0, &WITHDRAW_PROGRAM).as_bytes())
}

#[test]
fn full_regtest_cycle_deposit_withdraw_payout_rotate() {
	// Not `run`: the theft at the end leaves the reserves short, which `try_state` must report.
	new_test_ext().execute_with(|| {
		let mut chain = start();
		let s0 = set(0);
		assert_eq!((s0.threshold, s0.members.len()), (3, 4));
		assert_eq!(s0.script_pubkey.to_vec(), script::p2wsh(&s0.witness_script));

		// Deposit 1 BTC to the trustees with the compact beneficiary form.
		let dep = deposit_tx(&s0.script_pubkey, 100_000_000, Some(&compact(&alice())), 1);
		let (_, proofs) = chain.mine(&[&dep]);
		assert_noop!(submit_deposit(&dep, proofs[0].clone()), Error::<Test>::NotConfirmed);
		chain.confirm(CONFIRMATIONS - 1);
		assert_ok!(submit_deposit(&dep, proofs[0].clone()));
		assert_eq!(xbtc(&alice()), (100_000_000, 0));
		let dep_out = OutPoint { txid: dep.txid(), vout: 0 };

		// Withdraw 0.4 BTC: locked.
		assert_ok!(XbtcBridge::request_withdrawal(origin(alice()), 40_000_000, withdraw_address()));
		assert_eq!(xbtc(&alice()), (100_000_000, 40_000_000));

		// The payout: 0.4 BTC less the fee to the user, change to the trustees, a 6 000 sat miner
		// fee (the other 4 000 of the withdrawal fee go to the fee reserve).
		let change = 100_000_000 - (40_000_000 - WITHDRAWAL_FEE) - 6_000;
		let payout = transaction(
			&[dep_out],
			&[
				(40_000_000 - WITHDRAWAL_FEE, withdraw_script()),
				(change, s0.script_pubkey.to_vec()),
			],
		);
		let txid = payout.txid();
		assert_ok!(propose(0, &payout, &[0]));
		assert_eq!(Utxos::<Test>::get(dep_out).unwrap().payout, Some(txid));
		assert_noop!(XbtcBridge::signed_payout(txid), Error::<Test>::TooFewApprovals);
		let signed = sign(&payout, 0, &[3, 0, 2], &[100_000_000]);
		assert!(bridge_events().contains(&Event::PayoutReady { txid }));
		let signed_tx = Transaction::parse(&signed).unwrap();
		assert_eq!(signed_tx.txid(), txid);
		// [empty, 3 signatures in key order, witness script].
		assert_eq!(signed_tx.inputs[0].witness.len(), 5);
		assert_eq!(signed_tx.inputs[0].witness[4], s0.witness_script.to_vec());

		// Broadcast, mined, proven: the XBTC is burned and the change is a trustee output.
		let proof = confirmed(&mut chain, &signed_tx);
		assert_ok!(submit_proof(&signed, proof.clone()));
		assert_eq!(xbtc(&alice()), (60_000_000, 0));
		assert!(Utxos::<Test>::get(dep_out).is_none());
		let change_out = OutPoint { txid, vout: 1 };
		assert_eq!(Utxos::<Test>::get(change_out).unwrap().value, change);
		assert_eq!((OpenPayouts::<Test>::get(), Withdrawals::<Test>::iter().count()), (0, 0));
		assert_eq!(FeeReserve::<Test>::get(), 4_000);
		assert_noop!(submit_proof(&signed, proof), Error::<Test>::NotAPayout);

		// Rotation to trustees 10..13 (3 of 3): deposits to the old script still count in the
		// grace period; the old set sweeps everything to the new script.
		assert_ok!(XbtcBridge::set_trustees(RuntimeOrigin::root(), trustees(10, 3), None));
		let s1 = set(1);
		assert_eq!(CurrentSet::<Test>::get(), Some(1));
		assert_noop!(
			XbtcBridge::set_trustees(RuntimeOrigin::root(), trustees(20, 3), None),
			Error::<Test>::RotationInProgress
		);
		let late = deposit_tx(&s0.script_pubkey, 200_000, Some(&compact(&alice())), 2);
		let late_proof = confirmed(&mut chain, &late);
		assert_ok!(submit_deposit(&late, late_proof));
		let late_out = OutPoint { txid: late.txid(), vout: 0 };
		assert_eq!(Utxos::<Test>::get(late_out).unwrap().set, 0);
		let sweep = transaction(
			&[change_out, late_out],
			&[(change + 200_000 - 4_000, s1.script_pubkey.to_vec())],
		);
		// The new trustees cannot spend the old set's outputs.
		assert_noop!(propose(10, &sweep, &[]), Error::<Test>::NotTrustee);
		assert_ok!(propose(1, &sweep, &[]));
		let signed = sign(&sweep, 0, &[0, 1, 2], &[change, 200_000]);
		let proof = confirmed(&mut chain, &Transaction::parse(&signed).unwrap());
		assert_ok!(submit_proof(&signed, proof));
		assert!(bridge_events().contains(&Event::RotationCompleted { retired: 0 }));
		// The retired set is kept (deposits to it are still recognised), the rotation is over.
		assert!(TrusteeSets::<Test>::get(0).is_some() && Retiring::<Test>::get().is_none());
		assert_eq!(FeeReserve::<Test>::get(), 0);
		XbtcBridge::do_try_state().unwrap();
		let swept = OutPoint { txid: sweep.txid(), vout: 0 };
		assert_eq!(Utxos::<Test>::get(swept).unwrap().set, 1);

		// A spend of a trustee output that is no payout pauses the bridge.
		let theft = transaction(&[swept], &[(1_000, withdraw_script())]);
		let proof = confirmed(&mut chain, &theft);
		assert_ok!(submit_proof(&theft.serialize(true), proof));
		assert_eq!(
			Paused::<Test>::get(),
			Some(PauseReason::UnexpectedSpend { txid: theft.txid() })
		);
		let next = deposit_tx(&s1.script_pubkey, 300_000, Some(&compact(&alice())), 3);
		let next_proof = confirmed(&mut chain, &next);
		assert_noop!(submit_deposit(&next, next_proof.clone()), Error::<Test>::BridgePaused);
		assert_ok!(XbtcBridge::unpause(RuntimeOrigin::root()));
		assert_ok!(submit_deposit(&next, next_proof));
		// The stolen BTC no longer backs the XBTC it was deposited for.
		assert_eq!(
			XbtcBridge::do_try_state(),
			Err("trustee outputs do not back the XBTC supply".into())
		);
	});
}

#[test]
fn payout_rejections_each_have_their_own_error() {
	run(|| {
		let mut chain = start();
		let s0 = set(0);
		let dep = deposit_tx(&s0.script_pubkey, 100_000_000, Some(&compact(&alice())), 1);
		let proof = confirmed(&mut chain, &dep);
		assert_ok!(submit_deposit(&dep, proof));
		assert_ok!(XbtcBridge::request_withdrawal(origin(alice()), 40_000_000, withdraw_address()));
		let dep_out = OutPoint { txid: dep.txid(), vout: 0 };
		let pay = 40_000_000 - WITHDRAWAL_FEE;
		let good_change = 100_000_000 - pay - 10_000;
		let with = |inputs: &[OutPoint], user: u64, change: u64| {
			transaction(inputs, &[(user, withdraw_script()), (change, s0.script_pubkey.to_vec())])
		};

		let unknown = OutPoint { txid: H256::repeat_byte(0x77), vout: 0 };
		assert_noop!(
			propose(0, &with(&[unknown], pay, good_change), &[0]),
			Error::<Test>::UnknownInput
		);
		assert_noop!(
			propose(0, &with(&[dep_out, dep_out], pay, good_change), &[0]),
			Error::<Test>::InputInPayout
		);
		assert_noop!(
			propose(0, &with(&[dep_out], pay + 1, good_change), &[0]),
			Error::<Test>::OutputsMismatch
		);
		let to_stranger =
			transaction(&[dep_out], &[(pay, withdraw_script()), (good_change, vec![0x51])]);
		assert_noop!(propose(0, &to_stranger, &[0]), Error::<Test>::OutputsMismatch);
		assert_noop!(
			propose(0, &with(&[dep_out], pay, good_change - MAX_MINER_FEE), &[0]),
			Error::<Test>::FeeTooHigh
		);
		assert_noop!(
			propose(0, &with(&[dep_out], pay, 100_000_000), &[0]),
			Error::<Test>::OutputsExceedInputs
		);
		assert_noop!(
			propose(0, &with(&[dep_out], pay, good_change), &[7]),
			Error::<Test>::UnknownWithdrawal
		);
		assert_noop!(
			XbtcBridge::propose_payout(
				origin(alice()),
				bounded(&with(&[dep_out], pay, good_change).serialize(false)),
				vec![0].try_into().unwrap()
			),
			Error::<Test>::NotTrustee
		);
		let payout = with(&[dep_out], pay, good_change);
		assert_ok!(propose(0, &payout, &[0]));
		assert_noop!(propose(1, &payout, &[0]), Error::<Test>::PayoutExists);
		let other = with(&[dep_out], pay, good_change - 1);
		assert_noop!(propose(1, &other, &[0]), Error::<Test>::InputInPayout);
		// The withdrawal is in the payout: its owner cannot cancel it.
		assert_noop!(
			XbtcBridge::cancel_withdrawal(origin(alice()), 0),
			Error::<Test>::WithdrawalInPayout
		);

		let txid = payout.txid();
		let ws = s0.witness_script.to_vec();
		let values = [100_000_000];
		// Trustee 1's signatures sent by trustee 0; a signature over another transaction; none.
		assert_noop!(
			approve(0, txid, sign_all(1, &payout, &ws, &values)),
			Error::<Test>::BadSignature
		);
		assert_noop!(
			approve(0, txid, sign_all(0, &other, &ws, &values)),
			Error::<Test>::BadSignature
		);
		assert_noop!(approve(0, txid, vec![]), Error::<Test>::WrongSignatureCount);
		assert_noop!(approve(0, H256::zero(), vec![]), Error::<Test>::UnknownPayout);
		assert_ok!(approve(0, txid, sign_all(0, &payout, &ws, &values)));
		assert_noop!(
			approve(0, txid, sign_all(0, &payout, &ws, &values)),
			Error::<Test>::AlreadyApproved
		);
		assert_ok!(approve(1, txid, sign_all(1, &payout, &ws, &values)));
		assert_noop!(XbtcBridge::signed_payout(txid), Error::<Test>::TooFewApprovals);
		let outsider = AccountId::new([99; 32]);
		assert_noop!(
			XbtcBridge::approve_payout(origin(outsider), txid, Default::default()),
			Error::<Test>::NotTrustee
		);

		// Governance cancels the unsigned payout: the output and the withdrawal are free again.
		assert_ok!(XbtcBridge::cancel_payout(RuntimeOrigin::root(), txid));
		assert_eq!(
			last_event(),
			RuntimeEvent::XbtcBridge(Event::PayoutCancelled { txid, signed: false })
		);
		assert!(Payouts::<Test>::get(txid).is_none());
		assert_eq!(Utxos::<Test>::get(dep_out).unwrap().payout, None);
		assert_ok!(XbtcBridge::cancel_withdrawal(origin(alice()), 0));
		assert_eq!(xbtc(&alice()), (100_000_000, 0));
	});
}

#[test]
fn deposits_without_a_beneficiary_or_too_small_are_kept_and_refundable() {
	run(|| {
		let mut chain = start();
		let s0 = set(0);
		let anonymous = deposit_tx(&s0.script_pubkey, 500_000, None, 1);
		let proof = confirmed(&mut chain, &anonymous);
		assert_ok!(submit_deposit(&anonymous, proof.clone()));
		let out = OutPoint { txid: anonymous.txid(), vout: 0 };
		assert_eq!(
			last_event(),
			RuntimeEvent::XbtcBridge(Event::DepositUnclaimed {
				outpoint: out,
				value: 500_000,
				reason: UnclaimedReason::NoBeneficiary
			})
		);
		assert_noop!(submit_deposit(&anonymous, proof), Error::<Test>::AlreadyCredited);
		let small = deposit_tx(&s0.script_pubkey, MIN_DEPOSIT - 1, Some(&compact(&alice())), 2);
		let proof = confirmed(&mut chain, &small);
		assert_ok!(submit_deposit(&small, proof));
		let small_out = OutPoint { txid: small.txid(), vout: 0 };
		assert_eq!(
			UnclaimedDeposits::<Test>::get(small_out).unwrap().reason,
			UnclaimedReason::BelowMinimum
		);
		assert_eq!(xbtc(&alice()), (0, 0));
		// A bad OP_RETURN is the same as none.
		let garbled = deposit_tx(&s0.script_pubkey, 500_000, Some(b"5Ghost"), 3);
		let proof = confirmed(&mut chain, &garbled);
		assert_ok!(submit_deposit(&garbled, proof));
		assert_eq!(UnclaimedDeposits::<Test>::iter().count(), 3);

		// Refund the anonymous one: only a trustee may; it is paid like a withdrawal, burning
		// nothing.
		assert_noop!(
			XbtcBridge::refund_unclaimed(origin(alice()), out, withdraw_address()),
			Error::<Test>::NotTrustee
		);
		assert_noop!(
			XbtcBridge::refund_unclaimed(
				origin(trustee_account(0)),
				OutPoint { txid: H256::zero(), vout: 0 },
				withdraw_address()
			),
			Error::<Test>::UnknownUnclaimed
		);
		for t in 0..3 {
			assert_ok!(XbtcBridge::refund_unclaimed(
				origin(trustee_account(t)),
				out,
				withdraw_address()
			));
		}
		assert_eq!(Withdrawals::<Test>::get(0).unwrap().owner, None);
		let refund = transaction(&[out], &[(500_000 - WITHDRAWAL_FEE, withdraw_script())]);
		assert_ok!(propose(2, &refund, &[0]));
		let signed = sign(&refund, 0, &[0, 1, 2], &[500_000]);
		let proof = confirmed(&mut chain, &Transaction::parse(&signed).unwrap());
		assert_ok!(submit_proof(&signed, proof));
		assert!(bridge_events().contains(&Event::PayoutSettled { txid: refund.txid(), burned: 0 }));
	});
}

#[test]
fn withdrawal_and_inclusion_rejections() {
	run(|| {
		let mut chain = start();
		let s0 = set(0);
		let dep = deposit_tx(&s0.script_pubkey, 1_000_000, Some(&compact(&alice())), 1);
		let (_, proofs) = chain.mine(&[&dep]);
		chain.confirm(CONFIRMATIONS - 1);
		// The right branch under the wrong (but known, confirmed) block.
		let mut wrong = proofs[0].clone();
		let TxProof::Branch { block, .. } = &mut wrong else { unreachable!() };
		*block = pallet_btc_light_client::BestChain::<Test>::get(2).unwrap();
		assert_noop!(submit_deposit(&dep, wrong), Error::<Test>::NotInBlock);
		assert_ok!(submit_deposit(&dep, proofs[0].clone()));
		let w = |amount: u64, addr: &str| {
			XbtcBridge::request_withdrawal(origin(alice()), amount, bounded(addr.as_bytes()))
		};
		let mainnet = segwit_address("bc", 0, &WITHDRAW_PROGRAM);
		assert_noop!(w(200_000, &mainnet), Error::<Test>::WrongNetwork);
		assert_noop!(w(200_000, "bcrt1qgarbage"), Error::<Test>::BadAddress);
		let own = segwit_address("bcrt", 0, &s0.script_pubkey[2..]);
		assert_noop!(w(200_000, &own), Error::<Test>::TrusteeAddress);
		let addr = segwit_address("bcrt", 0, &WITHDRAW_PROGRAM);
		assert_noop!(w(99_999, &addr), Error::<Test>::BelowMinimum);
		assert!(w(2_000_000, &addr).is_err());
		assert_ok!(w(1_000_000, &addr));
		// Locked: a second withdrawal of the same XBTC fails.
		assert!(w(100_000, &addr).is_err());
		assert_noop!(XbtcBridge::cancel_withdrawal(origin(relayer()), 0), Error::<Test>::NotOwner);
		assert_noop!(
			XbtcBridge::cancel_withdrawal(origin(alice()), 9),
			Error::<Test>::UnknownWithdrawal
		);
		assert_ok!(XbtcBridge::cancel_withdrawal(origin(alice()), 0));
		assert_eq!(xbtc(&alice()), (1_000_000, 0));
	});
}

#[test]
fn a_block_on_a_losing_branch_does_not_count_and_a_deep_reorg_pauses() {
	run(|| {
		let mut chain = start();
		let s0 = set(0);
		let fork_point = chain.tip;
		let dep = deposit_tx(&s0.script_pubkey, 1_000_000, Some(&compact(&alice())), 1);
		let proof = confirmed(&mut chain, &dep);
		chain.confirm(1);
		// A longer branch from before the deposit's block: it loses its best-chain place.
		let mut prev = fork_point;
		for i in 0..(CONFIRMATIONS + 3) {
			let header = mine_regtest(prev, H256::repeat_byte(0xaa), chain.time + 1 + i, 900 + i);
			assert_ok!(pallet_btc_light_client::Pallet::<Test>::submit_headers(
				origin(relayer()),
				vec![bounded(&header.to_bytes())].try_into().unwrap()
			));
			prev = header.hash();
		}
		assert_eq!(
			Paused::<Test>::get(),
			Some(PauseReason::DeepReorg { depth: CONFIRMATIONS + 1 })
		);
		assert_ok!(XbtcBridge::unpause(RuntimeOrigin::root()));
		assert_noop!(submit_deposit(&dep, proof), Error::<Test>::NotOnBestChain);
	});
}

#[test]
fn governance_rejections() {
	run(|| {
		Regtest::start();
		let set_trustees = |members: Vec<(AccountId, [u8; 33])>, t: Option<u32>| {
			XbtcBridge::set_trustees(RuntimeOrigin::root(), members, t)
		};
		assert_noop!(
			XbtcBridge::set_trustees(origin(alice()), trustees(0, 3), None),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(set_trustees(vec![], None), Error::<Test>::BadTrusteeCount);
		assert_noop!(set_trustees(trustees(0, 17), None), Error::<Test>::BadTrusteeCount);
		let mut uncompressed = trustees(0, 3);
		uncompressed[1].1[0] = 4;
		assert_noop!(set_trustees(uncompressed, None), Error::<Test>::BadTrusteeKey);
		let mut same_key = trustees(0, 3);
		same_key[2].1 = same_key[0].1;
		assert_noop!(set_trustees(same_key, None), Error::<Test>::BadTrusteeKey);
		let mut same_account = trustees(0, 3);
		same_account[2].0 = same_account[0].0.clone();
		assert_noop!(set_trustees(same_account, None), Error::<Test>::DuplicateTrustee);
		assert_noop!(set_trustees(trustees(0, 3), Some(0)), Error::<Test>::BadThreshold);
		assert_noop!(set_trustees(trustees(0, 3), Some(4)), Error::<Test>::BadThreshold);
		assert_eq!(XbtcBridge::default_threshold(3), 3);
		assert_eq!(XbtcBridge::default_threshold(4), 3);
		assert_eq!(XbtcBridge::default_threshold(7), 5);
		assert_noop!(XbtcBridge::unpause(RuntimeOrigin::root()), Error::<Test>::NotPaused);
		assert_ok!(XbtcBridge::pause(RuntimeOrigin::root()));
		assert_noop!(XbtcBridge::pause(RuntimeOrigin::root()), Error::<Test>::BridgePaused);
		assert_eq!(Paused::<Test>::get(), Some(PauseReason::Governance));
	});
}
