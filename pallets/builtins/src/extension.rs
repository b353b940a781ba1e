//! [`MinixExtension`]: the adapter between pallet-contracts and [`Pallet::run`].

use crate::{Config, ExtensionError, Func, Pallet, EXTENSION_ID, MAX_INPUT_LEN};
use core::marker::PhantomData;
use frame_support::weights::Weight;
use pallet_contracts::chain_extension::{ChainExtension, Environment, Ext, InitState, RetVal};
use sp_runtime::DispatchError;

/// MiniX's chain extension (`Contracts::ChainExtension`). For each call it charges the
/// function's benchmarked worst case, refuses inputs over [`MAX_INPUT_LEN`] unread, runs the
/// function for the calling contract and returns its status code (0: output written).
pub struct MinixExtension<T>(PhantomData<T>);

impl<T> Default for MinixExtension<T> {
	fn default() -> Self {
		Self(PhantomData)
	}
}

impl<T> ChainExtension<T> for MinixExtension<T>
where
	T: Config + pallet_contracts::Config,
{
	fn call<E: Ext<T = T>>(
		&mut self,
		env: Environment<E, InitState>,
	) -> Result<RetVal, DispatchError> {
		let mut env = env.buf_in_buf_out();
		let func = (env.ext_id() == EXTENSION_ID).then(|| Func::from_id(env.func_id())).flatten();
		let Some(func) = func else {
			// A one-read function's weight more than covers the id check.
			env.charge_weight(Pallet::<T>::weight_of(Func::CidOwner))?;
			return Ok(RetVal::Converging(ExtensionError::UnknownFunction.code()));
		};
		env.charge_weight(Pallet::<T>::weight_of(func))?;
		if env.in_len() > MAX_INPUT_LEN {
			return Ok(RetVal::Converging(ExtensionError::BadInput.code()));
		}
		let input = env.read(MAX_INPUT_LEN)?;
		let contract = env.ext().address().clone();
		let read_only = env.ext().is_read_only();
		match Pallet::<T>::run(func, &contract, read_only, &input) {
			Ok(output) => {
				env.write(&output, false, None::<Weight>)?;
				Ok(RetVal::Converging(0))
			},
			Err(e) => Ok(RetVal::Converging(e.code())),
		}
	}
}
