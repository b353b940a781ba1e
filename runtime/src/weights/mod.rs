//! Measured weights of the polkadot-sdk pallets whose `WeightInfo` this runtime implements
//! itself (`scripts/bench.sh oracle-feeds`); MiniX pallets keep theirs in their own crates.

pub mod pallet_oracle;
