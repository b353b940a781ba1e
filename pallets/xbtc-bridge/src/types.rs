//! Types stored by the bridge and taken by its calls.

use super::*;

/// A compressed secp256k1 public key (a trustee's Bitcoin key).
pub type TrusteeKey = [u8; 33];
/// A trustee set's number; sets are numbered from 0 in the order governance installs them.
pub type SetId = u32;
/// A withdrawal's number.
pub type WithdrawalId = u64;
/// A Bitcoin address as the user typed it.
pub type BtcAddress = BoundedVec<u8, ConstU32<{ address::MAX_ADDRESS_LEN as u32 }>>;
/// An output script the bridge pays or watches (P2WSH, P2TR and P2SH scripts fit).
pub type ScriptPubKey = BoundedVec<u8, ConstU32<64>>;
/// The trustees' witness script (`OP_t` + up to 16 keys + `OP_n OP_CHECKMULTISIG`).
pub type WitnessScript = BoundedVec<u8, ConstU32<{ 3 + 34 * script::MAX_MULTISIG_KEYS as u32 }>>;
/// A DER signature with its sighash byte.
pub type DerSignature = BoundedVec<u8, ConstU32<73>>;

/// A trustee: the account that acts on this chain and the key that signs on Bitcoin.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Trustee<AccountId> {
	/// Proposes and approves payouts.
	pub account: AccountId,
	/// Signs the trustees' Bitcoin inputs.
	pub key: TrusteeKey,
}

/// A trustee set: `threshold` of its members sign a payout. Members are sorted by key, the
/// order of the keys in the witness script (and of the signatures in a witness).
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct TrusteeSet<T: Config> {
	/// The members, sorted by key.
	pub members: BoundedVec<Trustee<T::AccountId>, T::MaxTrustees>,
	/// Signatures a payout needs.
	pub threshold: u32,
	/// `OP_t <keys> OP_n OP_CHECKMULTISIG`.
	pub witness_script: WitnessScript,
	/// The P2WSH script deposits pay (`OP_0 <sha256(witness_script)>`).
	pub script_pubkey: ScriptPubKey,
}

/// A Bitcoin output the trustees control.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Utxo {
	/// Satoshis.
	pub value: u64,
	/// The set whose script it pays.
	pub set: SetId,
	/// The payout spending it, if one is open.
	pub payout: Option<H256>,
}

/// Why a deposit was recorded instead of minted.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum UnclaimedReason {
	/// No `OP_RETURN`, or one that names no account.
	NoBeneficiary,
	/// Less than the minimum deposit.
	BelowMinimum,
	/// Paid to a trustee set that no longer takes deposits (retired, or retiring past its grace
	/// period); that set's members can still sign its refund.
	RetiredScript,
}

/// A deposit that minted nothing; the trustees may refund it.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Unclaimed {
	/// Satoshis.
	pub value: u64,
	/// Why it was not minted.
	pub reason: UnclaimedReason,
}

/// A withdrawal (or a refund of an unclaimed deposit) waiting to be paid on Bitcoin.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Withdrawal<AccountId> {
	/// Whose XBTC is locked for it; `None` for a refund (nothing was minted).
	pub owner: Option<AccountId>,
	/// Satoshis of XBTC locked (the payout pays this minus the withdrawal fee).
	pub amount: u64,
	/// Where the payout pays.
	pub address: BtcAddress,
	/// The output script of `address`.
	pub script: ScriptPubKey,
	/// The payout including it, if any.
	pub payout: Option<H256>,
}

/// Where a payout stands.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum PayoutState {
	/// Collecting approvals, or signed and waiting for its Bitcoin proof.
	Open,
	/// Cancelled after it was signed: still valid on Bitcoin, so it keeps its inputs and
	/// withdrawals until it is proven (it settles) or a conflicting spend is (it is displaced).
	Cancelled,
}

/// A proposed payout: an unsigned transaction spending trustee outputs.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct Payout<T: Config> {
	/// The unsigned transaction.
	pub tx: BoundedVec<u8, T::MaxTxLen>,
	/// The set whose outputs it spends (and whose members sign).
	pub set: SetId,
	/// The outputs it spends, in input order.
	pub inputs: BoundedVec<tx::OutPoint, T::MaxPayoutInputs>,
	/// The values of its inputs, in input order (what BIP143 signs).
	pub input_values: BoundedVec<u64, T::MaxPayoutInputs>,
	/// The withdrawals it pays, in output order.
	pub withdrawals: BoundedVec<WithdrawalId, T::MaxPayoutWithdrawals>,
	/// The miner fee.
	pub fee: u64,
	/// The part of the miner fee drawn from [`FeeReserve`] (beyond the withdrawal fees it
	/// collects); returned to the reserve if the payout never confirms.
	pub reserve_used: u64,
	/// Approvals: a member's index in the set and one signature per input.
	pub approvals: BoundedVec<(u32, BoundedVec<DerSignature, T::MaxPayoutInputs>), T::MaxTrustees>,
	/// Members (by index) who rejected it.
	pub rejections: BoundedVec<u32, T::MaxTrustees>,
	/// Open or cancelled.
	pub state: PayoutState,
}

impl<T: Config> Payout<T> {
	/// Whether it has its threshold of approvals (so a valid signed transaction exists).
	pub fn is_signed(&self, set: &TrusteeSet<T>) -> bool {
		self.approvals.len() as u32 >= set.threshold
	}
}

/// How a transaction's inclusion in a Bitcoin block is shown.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum TxProof {
	/// What `bitcoind gettxoutproof '["<coinbase txid>","<txid>"]'` returns: the block header
	/// and a BIP37 partial merkle tree that matches the transaction and the coinbase (index 0).
	#[codec(index = 0)]
	PartialMerkleTree(BoundedVec<u8, ConstU32<{ 80 + 4 + 3 + 32 * 64 + 3 + 128 }>>),
	/// Plain branches: the block, the transaction's index and the siblings from the leaf up,
	/// and the coinbase's id and branch, which must be as deep (that binds the tree's depth).
	#[codec(index = 1)]
	Branch {
		/// The block id (internal byte order).
		block: H256,
		/// The transaction's position in the block.
		index: u32,
		/// The sibling hashes, leaf level first.
		siblings: BoundedVec<H256, ConstU32<{ merkle::MAX_BRANCH_DEPTH as u32 }>>,
		/// The id of the block's coinbase (index 0).
		coinbase: H256,
		/// The coinbase's sibling hashes, leaf level first; as many as `siblings`.
		coinbase_siblings: BoundedVec<H256, ConstU32<{ merkle::MAX_BRANCH_DEPTH as u32 }>>,
	},
}

/// Why the bridge paused.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum PauseReason {
	/// Governance paused it.
	Governance,
	/// The light client lost at least the confirmation depth of blocks.
	DeepReorg {
		/// Blocks the best chain lost.
		depth: u32,
	},
	/// A trustee output was spent by a transaction that is no payout.
	UnexpectedSpend {
		/// That transaction.
		txid: H256,
	},
}
