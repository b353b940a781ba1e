//! One file per feature of MST, each an `impl<T: Config> Pallet<T>` block with the `do_*`
//! functions behind the calls.

mod certs;
mod exchange;
mod issue;
mod locks;
mod offerings;
mod swaps;
