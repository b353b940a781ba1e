//! `Config` implementations of the runtime's pallets, one module per concern.

mod consensus;
mod deposits;
mod governance;
mod identity;
mod payment;
mod system;
mod tokens;

pub use deposits::{mini_deposit_tiers, DepositLockPalletId};
pub use identity::{CidDeposit, GovernanceAccount, GOVERNANCE_PALLET_ID};
pub use payment::{
	AuraAuthorAccount, EcosystemPoolAccount, EcosystemPoolId, FeePoolAccount, FeePoolId,
};
pub use system::{RuntimeBlockLength, RuntimeBlockWeights, NORMAL_DISPATCH_RATIO};
pub use tokens::{MstFreezer, MstPalletId};
