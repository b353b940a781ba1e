//! Where fees, tips and dust go: never burned, always into an account.

use super::*;
use frame_support::traits::{
	fungible::{Balanced, Credit},
	Imbalance, OnUnbalanced,
};

type CreditOf<T> = Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

/// Pays `AuthorShare` of each fee and tip to the block author and the rest to the fee pool.
/// Use it as `pallet_transaction_payment`'s `OnChargeTransaction` handler.
pub struct DealWithFees<T>(core::marker::PhantomData<T>);

impl<T: Config> OnUnbalanced<CreditOf<T>> for DealWithFees<T> {
	fn on_nonzero_unbalanced(credit: CreditOf<T>) {
		let author_part = T::AuthorShare::get() * credit.peek();
		let (to_author, mut to_pool) = credit.split(author_part);
		let digest = frame_system::Pallet::<T>::digest();
		let author =
			T::FindAuthor::find_author(digest.logs.iter().filter_map(|d| d.as_pre_runtime()));
		match author {
			// An author account that cannot take the credit (e.g. below the existential
			// deposit) leaves it to the pool.
			Some(author) => {
				if let Err(back) = T::Currency::resolve(&author, to_author) {
					to_pool = to_pool.merge(back);
				}
			},
			None => to_pool = to_pool.merge(to_author),
		}
		ToFeePool::<T>::on_unbalanced(to_pool);
	}
}

/// Pays everything into the fee pool (falling back to the ecosystem pool). Use it for dust.
pub struct ToFeePool<T>(core::marker::PhantomData<T>);

impl<T: Config> OnUnbalanced<CreditOf<T>> for ToFeePool<T> {
	fn on_nonzero_unbalanced(credit: CreditOf<T>) {
		let Err(credit) = T::Currency::resolve(&Pallet::<T>::pool_account(Pool::Fee), credit)
		else {
			return;
		};
		if let Err(lost) = T::Currency::resolve(&Pallet::<T>::pool_account(Pool::Ecosystem), credit)
		{
			frame_support::defensive!("no pool could take a credit; it is burned", lost.peek());
		}
	}
}
