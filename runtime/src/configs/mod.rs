//! `Config` implementations of the runtime's pallets, one module per concern.

mod consensus;
mod governance;
mod payment;
mod system;

pub use payment::{FeePoolAccount, FeesToPool, FEE_POOL_PALLET_ID};
pub use system::{RuntimeBlockLength, RuntimeBlockWeights, NORMAL_DISPATCH_RATIO};
