//! Mini Point: balances, economics (`MiniPoint`) and transaction fees. Fees are not burned:
//! `AuthorShare` of each fee and tip goes to the block author, the rest and all dust to the fee
//! pool, so fees never change the total issuance of MINI.

use crate::{
	AccountId, Aura, Balance, Balances, MiniPoint, Runtime, RuntimeEvent, RuntimeFreezeReason,
	RuntimeHoldReason,
};
use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32, ConstU8},
	weights::ConstantMultiplier,
	PalletId,
};
use minix_primitives::currency::{EXISTENTIAL_DEPOSIT, MICRO_MINI, MINI};
use pallet_mini_point::{DealWithFees, Pool, ToFeePool};
use pallet_transaction_payment::{
	ConstFeeMultiplier, FungibleAdapter, Multiplier, OnChargeTransaction, TxCreditHold,
};
use sp_runtime::Percent;
use sp_runtime::{
	traits::{DispatchInfoOf, PostDispatchInfoOf},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};

parameter_types! {
	/// The id the fee pool account is derived from.
	pub const FeePoolId: PalletId = PalletId(*b"mx/feepl");
	/// The id the ecosystem pool account is derived from.
	pub const EcosystemPoolId: PalletId = PalletId(*b"mx/ecopl");
	/// The account that receives transaction fees (less the author's share) and dust.
	pub FeePoolAccount: AccountId = MiniPoint::pool_account(Pool::Fee);
	/// The account that receives 0.25 MINI of every CID's mint.
	pub EcosystemPoolAccount: AccountId = MiniPoint::pool_account(Pool::Ecosystem);
	/// The block author's share of each fee and tip.
	pub const AuthorShare: Percent = Percent::from_percent(20);
}

/// The block author's account: the validator (pallet-session's validator id is its account)
/// whose turn the block's Aura slot was. A validator is paid at its own account whatever session
/// keys it uses (`author_rotateKeysWithOwner` makes keys unrelated to the account).
pub type AuthorAccount = pallet_session::FindAccountFromAuthorIndex<Runtime, Aura>;

/// pallet-revive's pallet account (it holds code-upload deposits).
pub struct ReviveAccount;
impl frame_support::traits::Get<alloc::vec::Vec<AccountId>> for ReviveAccount {
	fn get() -> alloc::vec::Vec<AccountId> {
		alloc::vec![pallet_revive::Pallet::<Runtime>::account_id()]
	}
}

impl pallet_mini_point::Config for Runtime {
	type Currency = Balances;
	type GovernanceOrigin = super::GovernanceOrigin;
	/// 1.00 MINI to the owner of each new CID.
	type OwnerReward = ConstU128<MINI>;
	/// 0.25 MINI to the ecosystem pool for each new CID.
	type PoolReward = ConstU128<{ MINI / 4 }>;
	type EcosystemPoolId = EcosystemPoolId;
	type FeePoolId = FeePoolId;
	type AuthorShare = AuthorShare;
	type FindAuthor = AuthorAccount;
	/// pallet-revive's account, which its genesis would otherwise mint the existential deposit
	/// into.
	type SeededAccounts = ReviveAccount;
	type WeightInfo = pallet_mini_point::weights::SubstrateWeight<Runtime>;
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ToFeePool<Runtime>;
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = frame_system::Pallet<Runtime>;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = ConstU32<8>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

/// Converts weight to a fee: 1 MICRO_MINI (10 000 base units) per 10 microseconds of execution,
/// that is one base unit per 1 000 ps of `ref_time` (or the same share of the block's proof
/// size, whichever is larger). pallet-revive accepts only this fee type: it maps Ethereum gas
/// to weight through it.
///
/// A `transfer_keep_alive` (about 150 µs with the base extrinsic weight) costs roughly 0.0015
/// MINI plus its length fee: a user who received 1 MINI for a CID can send hundreds of transfers.
pub type WeightToFee = pallet_revive::evm::fees::BlockRatioFee<1, 1_000, Runtime, Balance>;

parameter_types! {
	/// Consortium chains run below capacity: no congestion pricing, the multiplier stays 1.
	pub FeeMultiplier: Multiplier = Multiplier::from_u32(1);
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = SupplyGuard<FungibleAdapter<Balances, DealWithFees<Runtime>>>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = WeightToFee;
	/// 0.0000001 MINI (1 000 base units) per byte of transaction.
	type LengthToFee = ConstantMultiplier<Balance, ConstU128<{ MICRO_MINI / 10 }>>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = crate::weights::pallet_transaction_payment::WeightInfo<Runtime>;
}

/// The `InvalidTransaction::Custom` code of a signed extrinsic after which MINI's total issuance
/// would exceed the supply cap.
pub const SUPPLY_BROKEN: u8 = 218;

/// Transaction payment (`Inner`), and after every signed extrinsic the supply rule: an
/// extrinsic after which MINI's total issuance exceeds `1.25 MINI × CIDs issued` is an invalid
/// transaction (`InvalidTransaction::Custom(SUPPLY_BROKEN)`). The block builder then drops it
/// with all its effects, and a block that contains it fails to import, so no block can mint
/// MINI outside the CID rule, whatever the call (a sudo key on a development chain included).
pub struct SupplyGuard<Inner>(core::marker::PhantomData<Inner>);

impl<Inner: TxCreditHold<Runtime>> TxCreditHold<Runtime> for SupplyGuard<Inner> {
	type Credit = Inner::Credit;
}

impl<Inner: OnChargeTransaction<Runtime>> OnChargeTransaction<Runtime> for SupplyGuard<Inner> {
	type Balance = Inner::Balance;
	type LiquidityInfo = Inner::LiquidityInfo;

	fn withdraw_fee(
		who: &AccountId,
		call: &crate::RuntimeCall,
		info: &DispatchInfoOf<crate::RuntimeCall>,
		fee_with_tip: Self::Balance,
		tip: Self::Balance,
	) -> Result<Self::LiquidityInfo, TransactionValidityError> {
		Inner::withdraw_fee(who, call, info, fee_with_tip, tip)
	}

	fn can_withdraw_fee(
		who: &AccountId,
		call: &crate::RuntimeCall,
		info: &DispatchInfoOf<crate::RuntimeCall>,
		fee_with_tip: Self::Balance,
		tip: Self::Balance,
	) -> Result<(), TransactionValidityError> {
		Inner::can_withdraw_fee(who, call, info, fee_with_tip, tip)
	}

	fn correct_and_deposit_fee(
		who: &AccountId,
		info: &DispatchInfoOf<crate::RuntimeCall>,
		post_info: &PostDispatchInfoOf<crate::RuntimeCall>,
		corrected_fee_with_tip: Self::Balance,
		tip: Self::Balance,
		liquidity_info: Self::LiquidityInfo,
	) -> Result<(), TransactionValidityError> {
		Inner::correct_and_deposit_fee(
			who,
			info,
			post_info,
			corrected_fee_with_tip,
			tip,
			liquidity_info,
		)?;
		MiniPoint::check_supply().map_err(|_| InvalidTransaction::Custom(SUPPLY_BROKEN).into())
	}

	/// Funds a benchmark's caller from the ecosystem pool: minting (the inner adapter's way)
	/// would break the supply rule this guard checks.
	#[cfg(feature = "runtime-benchmarks")]
	fn endow_account(who: &AccountId, amount: Self::Balance) {
		use frame_support::traits::{fungible::Mutate, tokens::Preservation};
		use sp_runtime::SaturatedConversion;
		<crate::Balances as Mutate<AccountId>>::transfer(
			&EcosystemPoolAccount::get(),
			who,
			amount.saturated_into(),
			Preservation::Preserve,
		)
		.expect("the dev genesis funds the ecosystem pool");
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn minimum_balance() -> Self::Balance {
		Inner::minimum_balance()
	}
}
