//! Deposits: credit each trustee output of a proven transaction once, minting XBTC to the
//! `OP_RETURN` beneficiary or recording the deposit as unclaimed.

use crate::*;
use minix_primitives::mst::XBTC_SYMBOL;
use script::{beneficiary, op_return_data};

impl<T: Config> Pallet<T> {
	/// Credit the trustee outputs of a confirmed Bitcoin transaction: mint XBTC to the
	/// beneficiary its `OP_RETURN` names, or record the output as unclaimed.
	///
	/// - `raw`: the transaction as serialized on Bitcoin (64-byte transactions are refused).
	/// - `proof`: its inclusion in a block 6 deep on the light client's best chain, with the
	///   coinbase at the same depth.
	pub(crate) fn do_deposit(raw: &[u8], proof: &TxProof) -> DispatchResult {
		Self::ensure_running()?;
		ensure!(CurrentSet::<T>::get().is_some(), Error::<T>::NoTrustees);
		let tx = Self::parse_tx(raw)?;
		let txid = tx.txid();
		Self::verify_inclusion(txid, proof)?;
		ensure!(
			!tx.inputs.iter().any(|i| Utxos::<T>::contains_key(i.prev)),
			Error::<T>::SpendsTrusteeOutputs
		);
		// The first OP_RETURN names the beneficiary (as in ChainX).
		let named = tx
			.outputs
			.iter()
			.find_map(|o| op_return_data(&o.script))
			.and_then(|data| beneficiary(&data));
		let (mut trustee_outputs, mut credited) = (0u32, 0u32);
		for (vout, output) in tx.outputs.iter().enumerate() {
			let Some(set) = Self::set_of_script(&output.script) else { continue };
			trustee_outputs += 1;
			let outpoint = tx::OutPoint { txid, vout: vout as u32 };
			if Credited::<T>::contains_key(outpoint) {
				continue;
			}
			credited += 1;
			Self::add_utxo(outpoint, output.value, set);
			match &named {
				Some((account, referral))
					if output.value >= T::MinDeposit::get() && Self::takes_deposits(set) =>
				{
					let who = T::AccountId::decode(&mut &account[..])
						.map_err(|_| Error::<T>::BadTransaction)?;
					T::Tokens::mint_reserved(XBTC_SYMBOL, &who, output.value.into())?;
					Self::deposit_event(Event::Deposited {
						outpoint,
						who,
						amount: output.value,
						referral: referral.clone(),
					});
				},
				_ => {
					let reason = if !Self::takes_deposits(set) {
						UnclaimedReason::RetiredScript
					} else if named.is_some() {
						UnclaimedReason::BelowMinimum
					} else {
						UnclaimedReason::NoBeneficiary
					};
					UnclaimedDeposits::<T>::insert(
						outpoint,
						Unclaimed { value: output.value, reason },
					);
					Self::deposit_event(Event::DepositUnclaimed {
						outpoint,
						value: output.value,
						reason,
					});
				},
			}
		}
		ensure!(trustee_outputs > 0, Error::<T>::NoTrusteeOutput);
		ensure!(credited > 0, Error::<T>::AlreadyCredited);
		Ok(())
	}
}
