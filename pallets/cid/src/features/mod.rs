//! Features of the CID pallet beyond issuing and describing a CID, each an
//! `impl<T: Config> Pallet<T>` block with the `do_*` functions behind its calls.

pub mod card;
mod escrow;
mod pay;
mod transfers;
