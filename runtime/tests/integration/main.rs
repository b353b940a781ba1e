//! Integration tests of the real MiniX runtime, run natively: transactions are built and signed
//! as a wallet builds them and applied through `Executive`.

mod bitcoin;
mod collectibles;
mod common;
mod contracts;
mod creators;
mod deposits;
mod economics;
mod equivocation;
mod evm;
mod foundation;
mod governance;
mod market;
mod network;
mod oracles;
mod tokens;
