//! Weights this runtime charges for polkadot-sdk's code, measured on MiniX's hardware profile
//! rather than on polkadot-sdk's reference machine. MiniX's pallets keep theirs in their own
//! crates, measured on this same profile (every MiniX pallet re-run on its AMD vCPUs on
//! 2026-12-03, `docs/measurements.md`).
//!
//! **Profile `minix-2vcpu`**: 2 vCPUs (AMD EPYC), 24 GiB, ParityDB, Wasm compiled by wasmtime;
//! the machine a small consortium validator runs on, and the one CI runs on. The command lines
//! and dates are in each file's header and in `docs/measurements.md`; regenerate with
//! `scripts/bench.sh sdk overhead` on the validators' own hardware before launching a chain.
//!
//! Measured here: frame-system, pallet-balances, pallet-timestamp, pallet-transaction-payment,
//! pallet-utility, pallet-multisig, pallet-oracle, the base weights of a block and of an
//! extrinsic (`benchmark overhead`), and the database (`benchmark storage`). Left at polkadot-sdk's shipped weights, and why:
//! - pallet-assets: its benchmarks create assets through `CreateOrigin`, which MiniX closes
//!   (only `Mst` creates assets, as `Mst.issue`, whose own benchmark measures that path and
//!   whose `Mst.transfer` benchmark includes the assets transfer);
//! - pallet-nfts: 32 of its benchmarks assume anyone may create a collection and that its own
//!   events come last; MiniX creates collections only through `Cid` (C-Cards) and `Creators`
//!   (`CreateOrigin` closed), so they fail with `NoPermission` (`scripts/bench.sh sdk` run of
//!   2026-12-03); C-Card, MIT and collection calls are measured by MiniX's own benchmarks;
//! - pallet-session: its benchmarks (`pallet-session-benchmarking`) require pallet-staking;
//! - pallet-revive: its benchmarks run contract fixtures that need a PolkaVM toolchain and take
//!   hours; its gas is metered with the shipped `pallet_revive::weights::SubstrateWeight`;
//! - pallet-node-authorization: it ships no benchmarks; `pallet_node_authorization` here counts
//!   its database reads and writes at the measured database weights plus a fixed compute
//!   allowance (its calls are governance and owner calls, a few per month);
//! - pallet-collective, pallet-membership, pallet-sudo, pallet-contracts, pallet-grandpa:
//!   governance and legacy paths, off the hot path.
//!
//! The database weights (`paritydb_weights`) are `benchmark storage` on a ParityDB state of
//! 402 921 keys: the dev chain plus 100 000 CIDs, each with its own account
//! (`scripts/bench.sh storage`): a read 9.7 µs, a write 13.9 µs, where polkadot-sdk's
//! `ParityDbWeight` says 8 µs and 50 µs.

pub mod block_weights;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod pallet_balances;
pub mod pallet_multisig;
pub mod pallet_node_authorization;
pub mod pallet_oracle;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;
pub mod pallet_utility;
pub mod paritydb_weights;
