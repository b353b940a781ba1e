//! End-to-end tests: real `minix-node` processes on loopback, driven by subxt and by the same
//! scripts users run. One test binary, so the heavy client crates are linked once.

mod bridge;
mod btc;
mod cid;
mod cli_errors;
mod common;
mod compose;
mod consortium;
mod dev_node;
mod equivocation;
mod local_testnet;
mod mst;
mod oracle;
mod permissioned;
mod threshold;
mod try_runtime;
