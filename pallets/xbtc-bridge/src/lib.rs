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
//!   unclaimed for the trustees to refund ([`Call::refund_unclaimed`], `threshold` trustees
//!   naming the same address); it is never lost. So is BTC sent to a trustee set that no longer
//!   takes deposits (retired, or retiring past its grace period).
//! - **Withdrawals** ([`Call::request_withdrawal`]): lock XBTC for a standard Bitcoin address of
//!   the relayed network; [`Call::cancel_withdrawal`] until a payout includes it.
//! - **Payouts**: a trustee proposes an unsigned transaction ([`Call::propose_payout`]) that
//!   spends known unspent trustee outputs and pays exactly the withdrawals (amount minus
//!   `WithdrawalFee`) plus change to the trustee script, with a miner fee of at most
//!   `MaxMinerFee` and never more than the withdrawal fees it collects plus [`FeeReserve`] (the
//!   fees earlier payouts collected and did not spend), so the BTC behind XBTC never pays miners.
//!   A payout must be final at the next Bitcoin block (no future lock time, no BIP68 relative
//!   lock). Trustees approve with one BIP143 ECDSA signature per input, each verified on
//!   chain ([`Call::approve_payout`]). At the threshold the runtime API returns the fully signed
//!   transaction for anyone to broadcast; [`Call::submit_payout_proof`] then burns the XBTC and
//!   settles the outputs. Several payouts may be open; an output or withdrawal is in at most
//!   one open payout. A proven spend of a trustee output that matches no payout pauses the bridge.
//! - **Cancelling** ([`Call::cancel_payout`] by governance, or [`Call::reject_payout`] by
//!   `threshold` trustees): an unsigned payout is dropped and frees what it held. A signed one is
//!   valid on Bitcoin forever, so it becomes [`PayoutState::Cancelled`] and keeps its inputs and
//!   withdrawals: a replacement may reuse them only if it spends one of its inputs (so at most
//!   one of the two can confirm). Whichever is proven settles; every payout that shares an input
//!   with it is displaced, and what only the displaced payout held is free again.
//! - **Trustees** ([`Call::set_trustees`], governance): accounts with compressed secp256k1
//!   keys, threshold t of n (default floor(2n/3)+1), P2WSH over the BIP67-sorted multisig. A new
//!   set starts a rotation that completes when the old set's outputs worth at least
//!   `MinDeposit` are swept (dust does not hold it open); governance may abort it
//!   ([`Call::abort_rotation`]). Retired sets are kept: their outputs stay tracked and spendable.
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
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// XBTC amounts (1 unit = 1 satoshi).
		type Balance: Parameter + MaxEncodedLen + Copy + From<u64> + Into<u128>;
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

	/// The id the next installed set gets.
	#[pallet::storage]
	pub type NextSetId<T> = StorageValue<_, SetId, ValueQuery>;

	/// Every set ever installed, by its output script (deposits to retired sets are recognised).
	#[pallet::storage]
	pub type SetByScript<T> = StorageMap<_, Blake2_128Concat, ScriptPubKey, SetId, OptionQuery>;

	/// The retiring set during a rotation, and the block until which deposits to it count.
	#[pallet::storage]
	pub type Retiring<T: Config> = StorageValue<_, (SetId, BlockNumberFor<T>), OptionQuery>;

	/// Unspent outputs the trustees control.
	#[pallet::storage]
	pub type Utxos<T> = StorageMap<_, Identity, tx::OutPoint, Utxo, OptionQuery>;

	/// How many outputs of at least `MinDeposit` each set controls (a rotation completes at
	/// zero; dust does not count).
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

	/// How many payouts are open or cancelled-but-signed (all of [`Payouts`]).
	#[pallet::storage]
	pub type OpenPayouts<T> = StorageValue<_, u32, ValueQuery>;

	/// Withdrawal fees collected by settled payouts and not spent on miner fees (satoshis):
	/// what may pay the miners of sweeps and of payouts whose own fees fall short.
	#[pallet::storage]
	pub type FeeReserve<T> = StorageValue<_, u64, ValueQuery>;

	/// Trustees' votes on where to refund an unclaimed deposit: `(trustee, address)`.
	#[pallet::storage]
	pub type RefundVotes<T: Config> = StorageMap<
		_,
		Identity,
		tx::OutPoint,
		BoundedVec<(T::AccountId, BtcAddress), T::MaxTrustees>,
		ValueQuery,
	>;

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
		/// A trustee voted to refund an unclaimed deposit to `address` (`approvals` so far).
		RefundApproved {
			outpoint: tx::OutPoint,
			trustee: T::AccountId,
			address: Vec<u8>,
			approvals: u32,
		},
		/// The trustees queued the refund of an unclaimed deposit as withdrawal `id`.
		RefundQueued { outpoint: tx::OutPoint, id: WithdrawalId },
		/// A trustee set was installed (`script_pubkey` is where deposits go now).
		TrusteesSet { set: SetId, threshold: u32, script_pubkey: Vec<u8> },
		/// The retiring set's outputs are all swept: the rotation is complete.
		RotationCompleted { retired: SetId },
		/// Governance aborted a rotation: `restored` is current again, `aborted` is retired.
		RotationAborted { aborted: SetId, restored: SetId },
		/// A payout was proposed.
		PayoutProposed { txid: H256, set: SetId, withdrawals: Vec<WithdrawalId>, fee: u64 },
		/// A trustee's signatures were verified and recorded.
		PayoutApproved { txid: H256, trustee: T::AccountId, approvals: u32 },
		/// A payout has its threshold of approvals: the runtime API returns it signed.
		PayoutReady { txid: H256 },
		/// A payout was proven on Bitcoin: `burned` XBTC burned, its outputs settled.
		PayoutSettled { txid: H256, burned: u64 },
		/// A payout was cancelled (by governance or `threshold` rejections). Unsigned, it is gone
		/// and its outputs and withdrawals are free; `signed`, it keeps them until it settles or a
		/// conflicting spend displaces it.
		PayoutCancelled { txid: H256, signed: bool },
		/// A trustee rejected a payout (`rejections` so far).
		PayoutRejected { txid: H256, trustee: T::AccountId, rejections: u32 },
		/// A proven transaction (`by`) spent an input of this payout, which can never confirm
		/// now; what only it held is free again.
		PayoutDisplaced { txid: H256, by: H256 },
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
		/// A transaction of 64 bytes without its witnesses (indistinguishable from an inner
		/// merkle node) is refused.
		SixtyFourByteTransaction,
		/// The transaction does not parse.
		BadTransaction,
		/// The proof does not parse or its tree is inconsistent.
		BadProof,
		/// The proof's root is not its block header's merkle root.
		MerkleRootMismatch,
		/// The proof does not include the transaction.
		TransactionNotInProof,
		/// The proof does not show the block's coinbase (index 0) at the transaction's depth.
		DepthNotBound,
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
		/// The miner fee exceeds the withdrawal fees the payout collects plus the fee reserve.
		FeeNotCovered,
		/// The transaction could not enter the next Bitcoin block: its lock time is in the future
		/// or an input has a BIP68 relative lock.
		TimeLocked,
		/// The payout reuses a withdrawal of a cancelled, signed payout without spending any of
		/// that payout's inputs (both could confirm).
		MustConflict,
		/// The payout is cancelled: it can only settle or be displaced.
		PayoutNotOpen,
		/// This trustee already rejected the payout.
		AlreadyRejected,
		/// No rotation is in progress.
		NoRotation,
		/// A set with this output script was installed before.
		TrusteeScriptUsed,
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
		///   `DepthNotBound`, `UnknownBlock`, `NotInBlock`, `NotOnBestChain`, `NotConfirmed`,
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
		///   `DuplicateTrustee`, `BadThreshold`, `TrusteeScriptUsed`.
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
		///   `NoBitcoinNetwork`, `TimeLocked`, `UnknownInput`, `InputInPayout`,
		///   `MixedTrusteeSets`, `NotTrustee`, `UnknownWithdrawal`, `WithdrawalNotPending`,
		///   `MustConflict`, `OutputsMismatch`, `OutputsExceedInputs`, `FeeTooHigh`,
		///   `FeeNotCovered`.
		/// - Events: `PayoutProposed`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::propose_payout(T::MaxPayoutInputs::get(), withdrawals.len() as u32)
			.saturating_add(Pallet::<T>::relink_weight()))]
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
		/// - Errors: `BridgePaused`, `UnknownPayout`, `PayoutNotOpen`, `NotTrustee`,
		///   `AlreadyApproved`, `AlreadyRejected`, `WrongSignatureCount`, `BadSignature`.
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

		/// Prove a transaction spending trustee outputs. A payout (open or cancelled) is settled
		/// (its XBTC burned, its change credited) and every payout sharing an input with it is
		/// displaced; any other spend pauses the bridge.
		///
		/// - Origin: signed (anyone).
		/// - Errors: `SixtyFourByteTransaction`, `BadTransaction`, the proof errors of
		///   `submit_deposit`, `NotAPayout`.
		/// - Events: `PayoutSettled`, `PayoutDisplaced`, `RotationCompleted`, or
		///   `UnexpectedSpend` and `BridgePaused`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::submit_payout_proof(
			T::MaxPayoutInputs::get(),
			T::MaxPayoutWithdrawals::get()
		).saturating_add(Pallet::<T>::relink_weight()))]
		pub fn submit_payout_proof(
			origin: OriginFor<T>,
			raw_tx: BoundedVec<u8, T::MaxTxLen>,
			proof: TxProof,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_payout_proof(&raw_tx, &proof)
		}

		/// Vote to refund an unclaimed deposit to `address` (the trustees learned off chain who
		/// sent it); a later vote of the same trustee replaces its earlier one. When `threshold`
		/// members of the current set name the same address, the refund is queued as a
		/// withdrawal with no XBTC behind it.
		///
		/// - Origin: signed; a trustee of the current set.
		/// - Errors: `NotTrustee`, `UnknownUnclaimed`, `NoBitcoinNetwork`, `BadAddress`,
		///   `WrongNetwork`, `TrusteeAddress`, `BelowMinimum`.
		/// - Events: `RefundApproved`, `RefundQueued` (at the threshold).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::refund_unclaimed()
			.saturating_add(T::DbWeight::get().reads_writes(1, 1)))]
		pub fn refund_unclaimed(
			origin: OriginFor<T>,
			outpoint: tx::OutPoint,
			address: BtcAddress,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_refund_unclaimed(who, outpoint, address)
		}

		/// Cancel an open payout (for example one whose fee is too low to confirm). A signed one
		/// stays reserved as [`PayoutState::Cancelled`] until it settles or is displaced.
		///
		/// - Origin: `GovernanceOrigin`.
		/// - Errors: `BadOrigin`, `UnknownPayout`, `PayoutNotOpen`.
		/// - Events: `PayoutCancelled`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::cancel_payout(
			T::MaxPayoutInputs::get(),
			T::MaxPayoutWithdrawals::get()
		).saturating_add(Pallet::<T>::relink_weight()))]
		pub fn cancel_payout(origin: OriginFor<T>, txid: H256) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_cancel_payout(txid)
		}

		/// Reject an open payout (a bogus or stale proposal); at `threshold` rejections it is
		/// cancelled as by [`Call::cancel_payout`]. A trustee approves or rejects, not both.
		///
		/// - Origin: signed; a trustee of the payout's set.
		/// - Errors: `UnknownPayout`, `PayoutNotOpen`, `NotTrustee`, `AlreadyApproved`,
		///   `AlreadyRejected`.
		/// - Events: `PayoutRejected`, `PayoutCancelled` (at the threshold).
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::cancel_payout(
			T::MaxPayoutInputs::get(),
			T::MaxPayoutWithdrawals::get()
		).saturating_add(Pallet::<T>::relink_weight()))]
		pub fn reject_payout(origin: OriginFor<T>, txid: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reject_payout(who, txid)
		}

		/// Abort the rotation in progress: the retiring set is current again and the new one is
		/// retired (its outputs stay tracked and spendable by its members; deposits to it from
		/// now on are recorded as unclaimed).
		///
		/// - Origin: `GovernanceOrigin`.
		/// - Errors: `BadOrigin`, `NoRotation`.
		/// - Events: `RotationAborted`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_trustees(1))]
		pub fn abort_rotation(origin: OriginFor<T>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_abort_rotation()
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
			assert!(T::MinDeposit::get() > 0, "MinDeposit must be positive");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
