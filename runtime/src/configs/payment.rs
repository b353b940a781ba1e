//! Mini Point balances and transaction fees. Fees are not burned: fees, tips and dust are paid
//! into the fee pool account, so fees never change the total issuance of MINI.

use crate::{
	AccountId, Balance, Balances, Runtime, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason,
};
use frame_support::{
	defensive, parameter_types,
	traits::{
		fungible::{Balanced, Credit},
		ConstU128, ConstU32, ConstU8, Imbalance, OnUnbalanced,
	},
	weights::{
		ConstantMultiplier, WeightToFeeCoefficient, WeightToFeeCoefficients, WeightToFeePolynomial,
	},
	PalletId,
};
use minix_primitives::currency::{EXISTENTIAL_DEPOSIT, MICRO_MINI};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use smallvec::smallvec;
use sp_runtime::{traits::AccountIdConversion, Perbill};

/// The pallet id from which the fee pool account is derived.
pub const FEE_POOL_PALLET_ID: PalletId = PalletId(*b"mx/feepl");

parameter_types! {
	/// The account that receives transaction fees, tips and dust.
	pub FeePoolAccount: AccountId = FEE_POOL_PALLET_ID.into_account_truncating();
}

/// Pays every credit it is given (fees, tips, dust) into the fee pool account.
///
/// The pool account is endowed at genesis, so `resolve` cannot fail on the existential deposit;
/// a failure would burn MINI and is reported as a defensive failure.
pub struct FeesToPool;
impl OnUnbalanced<Credit<AccountId, Balances>> for FeesToPool {
	fn on_nonzero_unbalanced(amount: Credit<AccountId, Balances>) {
		if let Err(lost) = Balances::resolve(&FeePoolAccount::get(), amount) {
			defensive!("fee pool could not take a credit of {:?}", lost.peek());
		}
	}
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = FeesToPool;
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = frame_system::Pallet<Runtime>;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = ConstU32<8>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

/// Converts weight to a fee: 1 MICRO_MINI (100 base units) per 10 microseconds of execution.
///
/// A `transfer_keep_alive` (about 150 µs with the base extrinsic weight) costs roughly 0.0015
/// MINI plus its length fee: a user who received 1 MINI for a CID can send hundreds of transfers.
pub struct WeightToFee;
impl WeightToFeePolynomial for WeightToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
		// ref_time is in picoseconds: 10 µs = 10_000_000 ps -> MICRO_MINI.
		smallvec![WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: Perbill::from_rational(MICRO_MINI, 10_000_000u128),
			coeff_integer: MICRO_MINI / 10_000_000,
		}]
	}
}

parameter_types! {
	/// Consortium chains run below capacity: no congestion pricing, the multiplier stays 1.
	pub FeeMultiplier: Multiplier = Multiplier::from_u32(1);
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, FeesToPool>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = WeightToFee;
	/// 10 base units (0.0000001 MINI) per byte of transaction.
	type LengthToFee = ConstantMultiplier<Balance, ConstU128<10>>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}
