//! # XBTC bridge
//!
//! BTC sent to the trustees' multisig on Bitcoin becomes XBTC here (the reserved MST symbol, 8
//! decimals, 1 satoshi = 1 unit), and XBTC withdrawn is paid out on Bitcoin by the trustees.
//! Everything the bridge believes about Bitcoin comes from the light client
//! ([`minix_primitives::btc::BtcChain`]): a transaction counts once its block is on the best
//! chain with `Confirmations` confirmations.
//!
//! - **Deposits** ([`Call::submit_deposit`], anyone): a transaction and its inclusion proof
//!   (`gettxoutproof` or a plain branch). Each output paying the current trustee script (or the
//!   previous one during a rotation's grace period) is credited once, ever. The beneficiary
//!   comes from an `OP_RETURN`: the compact form `MINIX | 1 | account` or an ss58 address,
//!   optionally `@referral`. Without one, or below `MinDeposit`, the deposit is recorded as
//!   unclaimed for the trustees to refund ([`Call::refund_unclaimed`]); it is never lost.
//! - **Withdrawals** ([`Call::request_withdrawal`]): lock XBTC for a standard Bitcoin address of
//!   the relayed network; [`Call::cancel_withdrawal`] until a payout includes it.
//! - **Payouts**: a trustee proposes an unsigned transaction ([`Call::propose_payout`]) that
//!   spends known unspent trustee outputs and pays exactly the withdrawals (amount minus
//!   `WithdrawalFee`) plus change to the trustee script, with a miner fee of at most
//!   `MaxMinerFee`. Trustees approve with one BIP143 ECDSA signature per input, each verified on
//!   chain ([`Call::approve_payout`]). At the threshold the runtime API returns the fully signed
//!   transaction for anyone to broadcast; [`Call::submit_payout_proof`] then burns the XBTC and
//!   settles the outputs. Several payouts may be open; an output or withdrawal is in at most
//!   one. A proven spend of a trustee output that matches no payout pauses the bridge.
//! - **Trustees** ([`Call::set_trustees`], governance): accounts with compressed secp256k1
//!   keys, threshold t of n (default floor(2n/3)+1), P2WSH over the BIP67-sorted multisig. A new
//!   set starts a rotation that completes when the old set's outputs are swept.
//! - [`Call::pause`] / [`Call::unpause`] by governance; a deep Bitcoin reorganisation pauses too.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod bitcoin;
mod features;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use bitcoin::{address, merkle, script, sighash, tx};
pub use pallet::*;
pub use runtime_api::{DepositScript, SignedPayout};
pub use types::*;
pub use weights::WeightInfo;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::*;
use minix_primitives::{btc::BtcChain, ReservedTokens, TokenEscrow};
use scale_info::TypeInfo;
use sp_core::H256;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;
		/// XBTC amounts (1 unit = 1 satoshi).
		type Balance: Parameter + MaxEncodedLen + Copy + From<u64>;
		/// Mints and burns XBTC (`Mst`).
		type Tokens: ReservedTokens<Self::AccountId, Self::Balance>
			+ TokenEscrow<Self::AccountId, Self::Balance>;
		/// The Bitcoin light client.
		type Chain: BtcChain;
		/// Installs trustees, pauses, cancels payouts.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Confirmations a Bitcoin block needs before its transactions count.
		#[pallet::constant]
		type Confirmations: Get<u32>;
		/// The smallest deposit minted (satoshis); smaller ones are recorded as unclaimed.
		#[pallet::constant]
		type MinDeposit: Get<u64>;
		/// The smallest withdrawal (satoshis); must exceed `WithdrawalFee`.
		#[pallet::constant]
		type MinWithdrawal: Get<u64>;
		/// Deducted from each withdrawal's payout output; covers the miner fee.
		#[pallet::constant]
		type WithdrawalFee: Get<u64>;
		/// The largest miner fee a payout may leave (satoshis).
		#[pallet::constant]
		type MaxMinerFee: Get<u64>;
		/// Blocks after a rotation during which deposits to the previous set still count.
		#[pallet::constant]
		type GracePeriod: Get<BlockNumberFor<Self>>;
		/// The most trustees in a set (at most 16).
		#[pallet::constant]
		type MaxTrustees: Get<u32>;
		/// The most inputs of a payout.
		#[pallet::constant]
		type MaxPayoutInputs: Get<u32>;
		/// The most withdrawals paid by one payout.
		#[pallet::constant]
		type MaxPayoutWithdrawals: Get<u32>;
		/// The most payouts open at once.
		#[pallet::constant]
		type MaxOpenPayouts: Get<u32>;
		/// The longest transaction accepted (bytes).
		#[pallet::constant]
		type MaxTxLen: Get<u32>;
		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
	}

	/// Why the bridge is paused, if it is.
	#[pallet::storage]
	pub type Paused<T> = StorageValue<_, PauseReason, OptionQuery>;

	/// Trustee sets: the current one and, during a rotation, the retiring one.
	#[pallet::storage]
	pub type TrusteeSets<T: Config> =
		StorageMap<_, Twox64Concat, SetId, TrusteeSet<T>, OptionQuery>;

	/// The current trustee set.
	#[pallet::storage]
	pub type CurrentSet<T> = StorageValue<_, SetId, OptionQuery>;

	/// The retiring set during a rotation, and the block until which deposits to it count.
	#[pallet::storage]
	pub type Retiring<T: Config> = StorageValue<_, (SetId, BlockNumberFor<T>), OptionQuery>;

	/// Unspent outputs the trustees control.
	#[pallet::storage]
	pub type Utxos<T> = StorageMap<_, Identity, tx::OutPoint, Utxo, OptionQuery>;

	/// How many outputs each set controls (a rotation completes at zero).
	#[pallet::storage]
	pub type UtxoCount<T> = StorageMap<_, Twox64Concat, SetId, u32, ValueQuery>;

	/// Every output ever credited (deposits and payout change): replay protection, forever.
	#[pallet::storage]
	pub type Credited<T> = StorageMap<_, Identity, tx::OutPoint, (), OptionQuery>;

	/// Deposits that minted nothing, until refunded.
	#[pallet::storage]
	pub type UnclaimedDeposits<T> = StorageMap<_, Identity, tx::OutPoint, Unclaimed, OptionQuery>;

	/// Withdrawals (and refunds) not yet paid.
	#[pallet::storage]
	pub type Withdrawals<T: Config> =
		StorageMap<_, Twox64Concat, WithdrawalId, Withdrawal<T::AccountId>, OptionQuery>;

	/// The next withdrawal's number.
	#[pallet::storage]
	pub type NextWithdrawalId<T> = StorageValue<_, WithdrawalId, ValueQuery>;

	/// Open payouts by transaction id.
	#[pallet::storage]
	pub type Payouts<T: Config> = StorageMap<_, Identity, H256, Payout<T>, OptionQuery>;

	/// How many payouts are open.
	#[pallet::storage]
	pub type OpenPayouts<T> = StorageValue<_, u32, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A deposit minted `amount` XBTC to `who`.
		Deposited {
			outpoint: tx::OutPoint,
			who: T::AccountId,
			amount: u64,
			referral: Option<Vec<u8>>,
		},
		/// A deposit was recorded as unclaimed (refundable by the trustees).
		DepositUnclaimed { outpoint: tx::OutPoint, value: u64, reason: UnclaimedReason },
		/// `who` locked `amount` XBTC to be paid to `address`.
		WithdrawalRequested { id: WithdrawalId, who: T::AccountId, amount: u64, address: Vec<u8> },
		/// A withdrawal was cancelled and its XBTC unlocked.
		WithdrawalCancelled { id: WithdrawalId },
		/// The trustees queued the refund of an unclaimed deposit as withdrawal `id`.
		RefundQueued { outpoint: tx::OutPoint, id: WithdrawalId },
		/// A trustee set was installed (`script_pubkey` is where deposits go now).
		TrusteesSet { set: SetId, threshold: u32, script_pubkey: Vec<u8> },
		/// The retiring set's outputs are all swept: the rotation is complete.
		RotationCompleted { retired: SetId },
		/// A payout was proposed.
		PayoutProposed { txid: H256, set: SetId, withdrawals: Vec<WithdrawalId>, fee: u64 },
		/// A trustee's signatures were verified and recorded.
		PayoutApproved { txid: H256, trustee: T::AccountId, approvals: u32 },
		/// A payout has its threshold of approvals: the runtime API returns it signed.
		PayoutReady { txid: H256 },
		/// A payout was proven on Bitcoin: `burned` XBTC burned, its outputs settled.
		PayoutSettled { txid: H256, burned: u64 },
		/// Governance cancelled a payout; its outputs and withdrawals are free again.
		PayoutCancelled { txid: H256 },
		/// A trustee output was spent by `txid`, which is no payout.
		UnexpectedSpend { txid: H256, outpoints: Vec<tx::OutPoint> },
		/// The bridge paused.
		BridgePaused { reason: PauseReason },
		/// Governance resumed the bridge.
		BridgeResumed,
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The bridge is paused.
		BridgePaused,
		/// The bridge is not paused.
		NotPaused,
		/// No trustee set is installed.
		NoTrustees,
		/// The light client is not anchored (no network yet).
		NoBitcoinNetwork,
		/// A 64-byte transaction (indistinguishable from an inner merkle node) is refused.
		SixtyFourByteTransaction,
		/// The transaction does not parse.
		BadTransaction,
		/// The proof does not parse or its tree is inconsistent.
		BadProof,
		/// The proof's root is not its block header's merkle root.
		MerkleRootMismatch,
		/// The proof does not include the transaction.
		TransactionNotInProof,
		/// The proof's block is not known to the light client.
		UnknownBlock,
		/// The named block does not contain the transaction at that position.
		NotInBlock,
		/// The block is not on the best Bitcoin chain.
		NotOnBestChain,
		/// The block has fewer than `Confirmations` confirmations.
		NotConfirmed,
		/// No output pays the trustees.
		NoTrusteeOutput,
		/// Every trustee output of the transaction was credited before.
		AlreadyCredited,
		/// The transaction spends trustee outputs: submit it with `submit_payout_proof`.
		SpendsTrusteeOutputs,
		/// Not a standard Bitcoin address.
		BadAddress,
		/// The address is for another Bitcoin network.
		WrongNetwork,
		/// The address is the trustees' own.
		TrusteeAddress,
		/// Less than `MinWithdrawal`.
		BelowMinimum,
		/// XBTC has not been created yet (no trustees were ever set).
		NoXbtc,
		/// No such withdrawal.
		UnknownWithdrawal,
		/// The withdrawal is someone else's.
		NotOwner,
		/// The withdrawal is in a payout.
		WithdrawalInPayout,
		/// No trustees, more than `MaxTrustees`, or more than 16.
		BadTrusteeCount,
		/// A key is not a compressed secp256k1 key, or appears twice.
		BadTrusteeKey,
		/// An account appears twice.
		DuplicateTrustee,
		/// The threshold is zero or above the number of trustees.
		BadThreshold,
		/// A rotation is still in progress.
		RotationInProgress,
		/// The caller is not a trustee of the set concerned.
		NotTrustee,
		/// A payout input is not a known unspent trustee output.
		UnknownInput,
		/// A payout input is already in another payout (or given twice).
		InputInPayout,
		/// A payout's inputs belong to different trustee sets.
		MixedTrusteeSets,
		/// A payout input has a `scriptSig` or witness (payouts are proposed unsigned).
		SignedInput,
		/// A withdrawal is given twice or is already in a payout.
		WithdrawalNotPending,
		/// The outputs are not exactly the withdrawals (less the fee) plus change to the trustees.
		OutputsMismatch,
		/// The outputs spend more than the inputs.
		OutputsExceedInputs,
		/// The miner fee is above `MaxMinerFee`.
		FeeTooHigh,
		/// Too many inputs, withdrawals or open payouts.
		TooMany,
		/// A payout with this transaction is already open.
		PayoutExists,
		/// No such payout.
		UnknownPayout,
		/// This trustee already approved the payout.
		AlreadyApproved,
		/// One signature per input is needed.
		WrongSignatureCount,
		/// A signature is not strict DER with low S and `SIGHASH_ALL`, or does not verify.
		BadSignature,
		/// The payout has fewer approvals than the threshold.
		TooFewApprovals,
		/// The transaction is no payout and spends no trustee output.
		NotAPayout,
		/// No such unclaimed deposit.
		UnknownUnclaimed,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Credit the trustee outputs of a confirmed Bitcoin transaction: mint XBTC to the
		/// `OP_RETURN` beneficiary, or record an unclaimed deposit.
		///
		/// - Origin: signed (anyone; usually the depositor or a relayer).
		/// - Errors: `BridgePaused`, `NoTrustees`, `SixtyFourByteTransaction`,
		///   `BadTransaction`, `BadProof`, `MerkleRootMismatch`, `TransactionNotInProof`,
		///   `UnknownBlock`, `NotInBlock`, `NotOnBestChain`, `NotConfirmed`,
		///   `SpendsTrusteeOutputs`, `NoTrusteeOutput`, `AlreadyCredited`.
		/// - Events: `Deposited`, `DepositUnclaimed`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::submit_deposit(Pallet::<T>::max_outputs(raw_tx.len())))]
		pub fn submit_deposit(
			origin: OriginFor<T>,
			raw_tx: BoundedVec<u8, T::MaxTxLen>,
			proof: TxProof,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_deposit(&raw_tx, &proof)
		}

		/// Lock `amount` XBTC (satoshis) to be paid to `address` on Bitcoin.
		///
		/// - Origin: signed.
		/// - Errors: `BridgePaused`, `NoBitcoinNetwork`, `BadAddress`, `WrongNetwork`,
		///   `TrusteeAddress`, `BelowMinimum`, `NoXbtc`, and `Mst`'s balance errors.
		/// - Events: `WithdrawalRequested`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::request_withdrawal())]
		pub fn request_withdrawal(
			origin: OriginFor<T>,
			amount: u64,
			address: BtcAddress,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_withdrawal(who, amount, address)
		}

		/// Cancel a withdrawal not yet in a payout and unlock its XBTC.
		///
		/// - Origin: signed; the withdrawal's owner.
		/// - Errors: `UnknownWithdrawal`, `NotOwner`, `WithdrawalInPayout`.
		/// - Events: `WithdrawalCancelled`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::cancel_withdrawal())]
		pub fn cancel_withdrawal(origin: OriginFor<T>, id: WithdrawalId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_withdrawal(who, id)
		}

		/// Install a trustee set: `(account, compressed key)` pairs and an optional threshold
		/// (default floor(2n/3)+1). With a set already installed this starts a rotation.
		///
		/// - Origin: `GovernanceOrigin`.
		/// - Errors: `BadOrigin`, `RotationInProgress`, `BadTrusteeCount`, `BadTrusteeKey`,
		///   `DuplicateTrustee`, `BadThreshold`.
		/// - Events: `TrusteesSet`, `RotationCompleted` (when the old set holds nothing).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_trustees(members.len() as u32))]
		pub fn set_trustees(
			origin: OriginFor<T>,
			members: Vec<(T::AccountId, TrusteeKey)>,
			threshold: Option<u32>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_set_trustees(members, threshold)
		}

		/// Propose an unsigned payout transaction paying `withdrawals` in output order, plus at
		/// most one change output to the current trustee script.
		///
		/// - Origin: signed; a trustee of the set owning the inputs.
		/// - Errors: `BridgePaused`, `BadTransaction`, `SignedInput`, `PayoutExists`, `TooMany`,
		///   `UnknownInput`, `InputInPayout`, `MixedTrusteeSets`, `NotTrustee`,
		///   `UnknownWithdrawal`, `WithdrawalNotPending`, `OutputsMismatch`,
		///   `OutputsExceedInputs`, `FeeTooHigh`.
		/// - Events: `PayoutProposed`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::propose_payout(T::MaxPayoutInputs::get(), withdrawals.len() as u32))]
		pub fn propose_payout(
			origin: OriginFor<T>,
			tx: BoundedVec<u8, T::MaxTxLen>,
			withdrawals: BoundedVec<WithdrawalId, T::MaxPayoutWithdrawals>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_propose_payout(who, tx, withdrawals)
		}

		/// Approve a payout with one DER signature (`SIGHASH_ALL`) per input, in input order;
		/// each is verified against the BIP143 hash and the caller's key.
		///
		/// - Origin: signed; a trustee of the payout's set.
		/// - Errors: `BridgePaused`, `UnknownPayout`, `NotTrustee`, `AlreadyApproved`,
		///   `WrongSignatureCount`, `BadSignature`.
		/// - Events: `PayoutApproved`, `PayoutReady` (at the threshold).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::approve_payout(signatures.len() as u32))]
		pub fn approve_payout(
			origin: OriginFor<T>,
			txid: H256,
			signatures: BoundedVec<DerSignature, T::MaxPayoutInputs>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_approve_payout(who, txid, signatures)
		}

		/// Prove a transaction spending trustee outputs. A payout is settled (its XBTC burned,
		/// its change credited); any other spend pauses the bridge.
		///
		/// - Origin: signed (anyone).
		/// - Errors: `SixtyFourByteTransaction`, `BadTransaction`, the proof errors of
		///   `submit_deposit`, `NotAPayout`.
		/// - Events: `PayoutSettled`, `RotationCompleted`, or `UnexpectedSpend` and
		///   `BridgePaused`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::submit_payout_proof(
			T::MaxPayoutInputs::get(),
			T::MaxPayoutWithdrawals::get()
		))]
		pub fn submit_payout_proof(
			origin: OriginFor<T>,
			raw_tx: BoundedVec<u8, T::MaxTxLen>,
			proof: TxProof,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_payout_proof(&raw_tx, &proof)
		}

		/// Queue the refund of an unclaimed deposit to `address`, as a withdrawal with no XBTC
		/// behind it (the trustees learned off chain who sent it).
		///
		/// - Origin: signed; a trustee of the current set.
		/// - Errors: `NotTrustee`, `UnknownUnclaimed`, `NoBitcoinNetwork`, `BadAddress`,
		///   `WrongNetwork`, `TrusteeAddress`, `BelowMinimum`.
		/// - Events: `RefundQueued`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::refund_unclaimed())]
		pub fn refund_unclaimed(
			origin: OriginFor<T>,
			outpoint: tx::OutPoint,
			address: BtcAddress,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_refund_unclaimed(who, outpoint, address)
		}

		/// Cancel an open payout (for example one whose fee is too low to confirm).
		///
		/// - Origin: `GovernanceOrigin`.
		/// - Errors: `BadOrigin`, `UnknownPayout`.
		/// - Events: `PayoutCancelled`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::cancel_payout(
			T::MaxPayoutInputs::get(),
			T::MaxPayoutWithdrawals::get()
		))]
		pub fn cancel_payout(origin: OriginFor<T>, txid: H256) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_cancel_payout(txid)
		}

		/// Pause deposits, withdrawals and payouts.
		///
		/// - Origin: `GovernanceOrigin`.
		/// - Errors: `BadOrigin`, `BridgePaused`.
		/// - Events: `BridgePaused`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::pause())]
		pub fn pause(origin: OriginFor<T>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(Paused::<T>::get().is_none(), Error::<T>::BridgePaused);
			Self::do_pause(PauseReason::Governance);
			Ok(())
		}

		/// Resume the bridge.
		///
		/// - Origin: `GovernanceOrigin`.
		/// - Errors: `BadOrigin`, `NotPaused`.
		/// - Events: `BridgeResumed`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::unpause())]
		pub fn unpause(origin: OriginFor<T>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(Paused::<T>::take().is_some(), Error::<T>::NotPaused);
			Self::deposit_event(Event::BridgeResumed);
			Ok(())
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::MaxTrustees::get() as usize <= script::MAX_MULTISIG_KEYS,
				"MaxTrustees must be at most 16"
			);
			assert!(
				T::MinWithdrawal::get() > T::WithdrawalFee::get(),
				"MinWithdrawal must exceed WithdrawalFee"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
