//! v2 benchmarks; weights grow with the transaction: outputs credited by a deposit, inputs and
//! withdrawals of a payout, signatures verified by an approval. The light client is restarted
//! on regtest through `BtcChain::confirmed_block_for_benchmarks`; trustee keys live in the
//! benchmark keystore (`ecdsa_generate`), so approvals carry real signatures.

use super::*;
use crate::Pallet as XbtcBridge;
use alloc::{format, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::assert_ok;
use frame_system::RawOrigin;
use minix_primitives::mst::XBTC_SYMBOL;
use tx::{OutPoint, Transaction};

const KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"xbtc");
/// A regtest P2WSH address (program 0x42 × 32) and its script.
const PAYEE: &[u8] = b"bcrt1qgfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpqrgmtn9";
const COIN: u64 = 100_000_000;

fn payee_script() -> Vec<u8> {
	let mut s = vec![0x00, 0x20];
	s.extend_from_slice(&[0x42; 32]);
	s
}

/// Install `n` trustees with keystore keys; returns the set.
fn install<T: Config>(n: u32) -> TrusteeSet<T> {
	let members: Vec<(T::AccountId, TrusteeKey)> = (0..n)
		.map(|i| {
			let seed = format!("//trustee{i}").into_bytes();
			(account("trustee", i, 0), sp_io::crypto::ecdsa_generate(KEY_TYPE, Some(seed)).0)
		})
		.collect();
	assert_ok!(XbtcBridge::<T>::do_set_trustees(members, None));
	CurrentSet::<T>::get().and_then(TrusteeSets::<T>::get).expect("installed")
}

/// A regtest chain with a confirmed block committing to `root`; returns its id.
fn block_with_root<T: Config>(root: H256) -> H256 {
	T::Chain::confirmed_block_for_benchmarks(root, T::Confirmations::get())
}

fn tx_of(inputs: &[OutPoint], outputs: Vec<(u64, Vec<u8>)>) -> Transaction {
	Transaction::unsigned(inputs, &outputs)
}

/// `i` trustee outputs of `w + 1` BTC each (so any `i >= 1` covers the withdrawals) and `w`
/// withdrawals of 1 BTC by `owner` (XBTC minted and locked), with the unsigned payout paying
/// them plus change.
fn payout_setup<T: Config>(
	set: &TrusteeSet<T>,
	i: u32,
	w: u32,
	owner: &T::AccountId,
) -> (Transaction, Vec<WithdrawalId>, Vec<u64>) {
	let set_id = CurrentSet::<T>::get().expect("installed");
	let input_value = (w as u64 + 1) * COIN;
	let inputs: Vec<OutPoint> =
		(0..i).map(|k| OutPoint { txid: H256::repeat_byte(0xd0), vout: k }).collect();
	for outpoint in &inputs {
		XbtcBridge::<T>::add_utxo(*outpoint, input_value, set_id);
	}
	let asset = T::Tokens::asset_of(XBTC_SYMBOL).expect("created with the trustees");
	assert_ok!(T::Tokens::mint_reserved(XBTC_SYMBOL, owner, (w as u64 * COIN).into()));
	let mut ids = Vec::new();
	let mut outputs = Vec::new();
	for _ in 0..w {
		assert_ok!(T::Tokens::escrow(asset, owner, COIN.into()));
		let id = NextWithdrawalId::<T>::mutate(|n| {
			*n += 1;
			*n - 1
		});
		Withdrawals::<T>::insert(
			id,
			Withdrawal {
				owner: Some(owner.clone()),
				amount: COIN,
				address: BtcAddress::truncate_from(PAYEE.to_vec()),
				script: ScriptPubKey::truncate_from(payee_script()),
				payout: None,
			},
		);
		ids.push(id);
		outputs.push((COIN - T::WithdrawalFee::get(), payee_script()));
	}
	let total_in = input_value * i as u64;
	let change = total_in - outputs.iter().map(|o| o.0).sum::<u64>() - 1_000;
	// A sweep (w = 0) pays its miner from the fee reserve.
	FeeReserve::<T>::put(COIN);
	outputs.push((change, set.script_pubkey.to_vec()));
	(tx_of(&inputs, outputs), ids, vec![input_value; i as usize])
}

fn propose<T: Config>(set: &TrusteeSet<T>, tx: &Transaction, ids: &[WithdrawalId]) {
	assert_ok!(XbtcBridge::<T>::do_propose_payout(
		set.members[0].account.clone(),
		BoundedVec::truncate_from(tx.serialize(false)),
		BoundedVec::truncate_from(ids.to_vec()),
	));
}

/// Trustee `member`'s signatures over every input.
fn signatures<T: Config>(
	set: &TrusteeSet<T>,
	member: usize,
	tx: &Transaction,
	values: &[u64],
) -> BoundedVec<DerSignature, T::MaxPayoutInputs> {
	let public = sp_core::ecdsa::Public::from_raw(set.members[member].key);
	let sigs: Vec<DerSignature> = values
		.iter()
		.enumerate()
		.map(|(k, value)| {
			let msg = sighash::bip143_sighash(tx, k, &set.witness_script, *value).expect("input");
			let sig = sp_io::crypto::ecdsa_sign_prehashed(KEY_TYPE, &public, &msg.0).expect("key");
			let r: [u8; 32] = sig.0[..32].try_into().expect("32 bytes");
			let s: [u8; 32] = sig.0[32..64].try_into().expect("32 bytes");
			DerSignature::truncate_from(sighash::encode_der(&r, &s))
		})
		.collect();
	BoundedVec::truncate_from(sigs)
}

/// A proof of `tx` in a confirmed block, under a 12-level branch whose leftmost leaf is a
/// stand-in coinbase (so the coinbase's branch, equally deep, is checked too).
fn proven<T: Config>(tx: &Transaction) -> TxProof {
	let coinbase = H256::repeat_byte(0xcb);
	let mut siblings: Vec<H256> = vec![coinbase];
	siblings.extend((1..12u8).map(H256::repeat_byte));
	let mut coinbase_siblings = siblings.clone();
	coinbase_siblings[0] = tx.txid();
	let root = merkle::branch_root(tx.txid(), 1, &siblings).expect("short branch");
	let block = block_with_root::<T>(root);
	TxProof::Branch {
		block,
		index: 1,
		siblings: BoundedVec::truncate_from(siblings),
		coinbase,
		coinbase_siblings: BoundedVec::truncate_from(coinbase_siblings),
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// `o` outputs to the trustees, each minting to the `OP_RETURN` beneficiary.
	#[benchmark]
	fn submit_deposit(o: Linear<1, 64>) {
		let set = install::<T>(T::MaxTrustees::get());
		let caller: T::AccountId = whitelisted_caller();
		let mut beneficiary = script::COMPACT_MAGIC.to_vec();
		beneficiary.push(script::COMPACT_VERSION);
		beneficiary.extend_from_slice(&caller.encode()[..32]);
		let mut op_return = vec![script::OP_RETURN, beneficiary.len() as u8];
		op_return.extend(beneficiary);
		let mut outputs = vec![(0, op_return)];
		outputs.extend((0..o).map(|_| (T::MinDeposit::get(), set.script_pubkey.to_vec())));
		let mut tx = tx_of(&[OutPoint { txid: H256::repeat_byte(0xee), vout: 0 }], outputs);
		tx.inputs[0].script_sig = vec![0x51];
		let proof = proven::<T>(&tx);
		let raw = BoundedVec::truncate_from(tx.serialize(true));

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), raw, proof);

		assert_eq!(UtxoCount::<T>::get(0), o);
	}

	#[benchmark]
	fn request_withdrawal() {
		block_with_root::<T>(H256::zero());
		install::<T>(3);
		let caller: T::AccountId = whitelisted_caller();
		assert_ok!(T::Tokens::mint_reserved(XBTC_SYMBOL, &caller, COIN.into()));

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), COIN, BtcAddress::truncate_from(PAYEE.to_vec()));

		assert!(Withdrawals::<T>::contains_key(0));
	}

	#[benchmark]
	fn cancel_withdrawal() {
		block_with_root::<T>(H256::zero());
		install::<T>(3);
		let caller: T::AccountId = whitelisted_caller();
		assert_ok!(T::Tokens::mint_reserved(XBTC_SYMBOL, &caller, COIN.into()));
		assert_ok!(XbtcBridge::<T>::do_request_withdrawal(
			caller.clone(),
			COIN,
			BtcAddress::truncate_from(PAYEE.to_vec())
		));

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), 0);

		assert!(!Withdrawals::<T>::contains_key(0));
	}

	/// A rotation from a set holding nothing (it completes at once).
	#[benchmark]
	fn set_trustees(n: Linear<1, { T::MaxTrustees::get() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		install::<T>(3);
		let members: Vec<(T::AccountId, TrusteeKey)> = (0..n)
			.map(|i| {
				let mut key = [2u8; 33];
				key[1..5].copy_from_slice(&i.to_le_bytes());
				(account("new", i, 0), key)
			})
			.collect();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, members, None);

		assert_eq!(CurrentSet::<T>::get(), Some(1));
		Ok(())
	}

	#[benchmark]
	fn propose_payout(
		i: Linear<1, { T::MaxPayoutInputs::get() }>,
		w: Linear<0, { T::MaxPayoutWithdrawals::get() }>,
	) {
		block_with_root::<T>(H256::zero());
		let set = install::<T>(T::MaxTrustees::get());
		let owner: T::AccountId = account("owner", 0, 0);
		let (tx, ids, _) = payout_setup::<T>(&set, i, w, &owner);
		let raw = BoundedVec::truncate_from(tx.serialize(false));

		#[extrinsic_call]
		_(RawOrigin::Signed(set.members[0].account.clone()), raw, BoundedVec::truncate_from(ids));

		assert!(Payouts::<T>::contains_key(tx.txid()));
	}

	/// The approval that reaches the threshold, `i` signatures verified.
	#[benchmark]
	fn approve_payout(i: Linear<1, { T::MaxPayoutInputs::get() }>) {
		block_with_root::<T>(H256::zero());
		let set = install::<T>(T::MaxTrustees::get());
		let owner: T::AccountId = account("owner", 0, 0);
		let (tx, ids, values) = payout_setup::<T>(&set, i, 1, &owner);
		propose::<T>(&set, &tx, &ids);
		for member in 1..set.threshold as usize {
			let sigs = signatures::<T>(&set, member, &tx, &values);
			assert_ok!(XbtcBridge::<T>::do_approve_payout(
				set.members[member].account.clone(),
				tx.txid(),
				sigs
			));
		}
		let sigs = signatures::<T>(&set, 0, &tx, &values);

		#[extrinsic_call]
		_(RawOrigin::Signed(set.members[0].account.clone()), tx.txid(), sigs);

		assert!(XbtcBridge::<T>::signed_payout(tx.txid()).is_ok());
	}

	#[benchmark]
	fn submit_payout_proof(
		i: Linear<1, { T::MaxPayoutInputs::get() }>,
		w: Linear<0, { T::MaxPayoutWithdrawals::get() }>,
	) {
		let set = install::<T>(T::MaxTrustees::get());
		let owner: T::AccountId = account("owner", 0, 0);
		let (tx, ids, _) = payout_setup::<T>(&set, i, w, &owner);
		block_with_root::<T>(H256::zero());
		propose::<T>(&set, &tx, &ids);
		let proof = proven::<T>(&tx);
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), BoundedVec::truncate_from(tx.serialize(false)), proof);

		assert_eq!(OpenPayouts::<T>::get(), 0);
	}

	#[benchmark]
	fn refund_unclaimed() {
		block_with_root::<T>(H256::zero());
		let set = install::<T>(3);
		let outpoint = OutPoint { txid: H256::repeat_byte(1), vout: 0 };
		UnclaimedDeposits::<T>::insert(
			outpoint,
			Unclaimed { value: COIN, reason: UnclaimedReason::NoBeneficiary },
		);
		// The vote that reaches the threshold (3 of 3) and queues the refund.
		let address = BtcAddress::truncate_from(PAYEE.to_vec());
		for m in 1..3 {
			assert_ok!(XbtcBridge::<T>::do_refund_unclaimed(
				set.members[m].account.clone(),
				outpoint,
				address.clone()
			));
		}

		#[extrinsic_call]
		_(
			RawOrigin::Signed(set.members[0].account.clone()),
			outpoint,
			BtcAddress::truncate_from(PAYEE.to_vec()),
		);

		assert!(Withdrawals::<T>::contains_key(0));
	}

	#[benchmark]
	fn cancel_payout(
		i: Linear<1, { T::MaxPayoutInputs::get() }>,
		w: Linear<0, { T::MaxPayoutWithdrawals::get() }>,
	) -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		block_with_root::<T>(H256::zero());
		let set = install::<T>(3);
		let owner: T::AccountId = account("owner", 0, 0);
		let (tx, ids, _) = payout_setup::<T>(&set, i, w, &owner);
		propose::<T>(&set, &tx, &ids);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, tx.txid());

		assert_eq!(OpenPayouts::<T>::get(), 0);
		Ok(())
	}

	#[benchmark]
	fn pause() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin);

		assert!(Paused::<T>::get().is_some());
		Ok(())
	}

	#[benchmark]
	fn unpause() -> Result<(), BenchmarkError> {
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		Paused::<T>::put(PauseReason::Governance);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin);

		assert!(Paused::<T>::get().is_none());
		Ok(())
	}

	impl_benchmark_test_suite!(XbtcBridge, crate::mock::new_test_ext(), crate::mock::Test);
}
