//! One file per kind of sale, each an `impl<T: Config> Pallet<T>` block with the `do_*`
//! functions behind its calls.

mod dutch;
mod english;
mod fixed_price;
