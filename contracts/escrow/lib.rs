//! # MST escrow, gated on reputation (an ink! 5 example for MiniX)
//!
//! The owner funds the contract's account with an MST (an ordinary `mst.transfer` to the
//! contract's address) and promises amounts to beneficiaries, by account or by avatar name.
//! A beneficiary claims its promise itself; the contract pays it through MiniX's chain
//! extension only if the caller's CID has at least `min_reputation` and, when the escrow has an
//! oracle gate, the oracle's combined value of the gate's key is at least its threshold. The
//! owner may take back a promise not yet claimed.
//!
//! Every MST, CID and oracle read or transfer goes through the chain extension declared in
//! [`minix`]; its function ids and error codes are those of `pallets/builtins`
//! (docs/using-minix.md, "Smart contracts").
#![cfg_attr(not(feature = "std"), no_std, no_main)]

pub mod minix;

#[cfg(test)]
mod tests;

#[ink::contract(env = crate::minix::MinixEnvironment)]
pub mod mst_escrow {
	use crate::minix::MinixError;
	use ink::{prelude::vec::Vec, storage::Mapping};

	/// An oracle gate: claims are paid only while the combined value of `key` is at least
	/// `min_value`.
	#[derive(Debug, Clone, PartialEq, Eq, scale::Encode, scale::Decode)]
	#[cfg_attr(feature = "std", derive(scale_info::TypeInfo, ink::storage::traits::StorageLayout))]
	pub struct OracleGate {
		/// The oracle key, e.g. `b"BTC/USD"`.
		pub key: Vec<u8>,
		/// The lowest combined value at which claims are paid.
		pub min_value: i128,
	}

	/// The escrow's state.
	#[ink(storage)]
	pub struct MstEscrow {
		/// Who funds the escrow and makes promises.
		owner: AccountId,
		/// The MST held and paid (any case: MiniX symbols are case-insensitive).
		symbol: Vec<u8>,
		/// The lowest CID reputation a beneficiary needs to claim.
		min_reputation: u32,
		/// An optional oracle gate.
		oracle_gate: Option<OracleGate>,
		/// Open promises by beneficiary.
		promised: Mapping<AccountId, Balance>,
		/// The sum of open promises (never more than the contract's MST balance when made).
		total_promised: Balance,
	}

	/// `amount` was promised to `beneficiary`.
	#[ink(event)]
	pub struct Promised {
		/// Who may claim it.
		#[ink(topic)]
		beneficiary: AccountId,
		/// The beneficiary's open promise after this one.
		amount: Balance,
	}

	/// `beneficiary` (CID `cid` with `reputation`) claimed and received `amount`.
	#[ink(event)]
	pub struct Claimed {
		/// Who received it.
		#[ink(topic)]
		beneficiary: AccountId,
		/// How much.
		amount: Balance,
		/// The beneficiary's CID.
		cid: u64,
		/// Its reputation when it claimed.
		reputation: u32,
	}

	/// The owner took back the promise to `beneficiary`.
	#[ink(event)]
	pub struct Revoked {
		/// Whose promise it was.
		#[ink(topic)]
		beneficiary: AccountId,
		/// How much went back to the owner.
		amount: Balance,
	}

	/// Why a message failed; nothing changed.
	#[derive(Debug, Clone, PartialEq, Eq, scale::Encode, scale::Decode)]
	#[cfg_attr(feature = "std", derive(scale_info::TypeInfo))]
	pub enum Error {
		/// Only the owner may do this.
		NotOwner,
		/// The amount is zero.
		ZeroAmount,
		/// The contract's MST balance does not cover the open promises plus this one.
		Underfunded,
		/// The caller has no open promise.
		NothingPromised,
		/// The caller owns no CID.
		NoCid,
		/// The caller's CID reputation is below the escrow's minimum.
		ReputationTooLow {
			/// The caller's reputation.
			have: u32,
			/// The minimum.
			need: u32,
		},
		/// The oracle value is unknown, stale or below the gate's threshold.
		OracleGateClosed,
		/// The chain extension refused (its error code).
		Chain(MinixError),
	}

	impl From<MinixError> for Error {
		fn from(e: MinixError) -> Self {
			Error::Chain(e)
		}
	}

	/// Message results.
	pub type Result<T> = core::result::Result<T, Error>;

	impl MstEscrow {
		/// An escrow of `symbol` paid to beneficiaries with at least `min_reputation`, and
		/// while `oracle_gate` (if any) is open. Fails if `symbol` is not an issued MST.
		#[ink(constructor)]
		pub fn new(
			symbol: Vec<u8>,
			min_reputation: u32,
			oracle_gate: Option<OracleGate>,
		) -> Result<Self> {
			Self::env().extension().mst_details(symbol.clone())?;
			Ok(Self {
				owner: Self::env().caller(),
				symbol,
				min_reputation,
				oracle_gate,
				promised: Mapping::default(),
				total_promised: 0,
			})
		}

		/// Promise `amount` more to `beneficiary` (owner only). The contract must hold enough
		/// of the MST for every open promise.
		#[ink(message)]
		pub fn promise(&mut self, beneficiary: AccountId, amount: Balance) -> Result<()> {
			self.ensure_owner()?;
			if amount == 0 {
				return Err(Error::ZeroAmount);
			}
			let total = self.total_promised.checked_add(amount).ok_or(Error::Underfunded)?;
			if self.funds()? < total {
				return Err(Error::Underfunded);
			}
			let open = self.promised.get(beneficiary).unwrap_or(0) + amount;
			self.promised.insert(beneficiary, &open);
			self.total_promised = total;
			self.env().emit_event(Promised { beneficiary, amount: open });
			Ok(())
		}

		/// Promise `amount` to the owner of the avatar `name` (owner only).
		#[ink(message)]
		pub fn promise_to_name(&mut self, name: Vec<u8>, amount: Balance) -> Result<AccountId> {
			let (_cid, beneficiary) = self.env().extension().resolve_name(name)?;
			self.promise(beneficiary, amount)?;
			Ok(beneficiary)
		}

		/// Claim the caller's promise: paid if its CID's reputation and the oracle gate allow.
		#[ink(message)]
		pub fn claim(&mut self) -> Result<Balance> {
			let caller = self.env().caller();
			let amount = self.promised.get(caller).ok_or(Error::NothingPromised)?;
			let cid = match self.env().extension().cid_of(caller) {
				Ok(cid) => cid,
				Err(MinixError::NoSuchCid) => return Err(Error::NoCid),
				Err(e) => return Err(e.into()),
			};
			let reputation = self.env().extension().reputation(cid)?;
			if reputation < self.min_reputation {
				return Err(Error::ReputationTooLow {
					have: reputation,
					need: self.min_reputation,
				});
			}
			if let Some(gate) = &self.oracle_gate {
				match self.env().extension().oracle_value(gate.key.clone()) {
					Ok(value) if value >= gate.min_value => {},
					Ok(_) | Err(MinixError::NoValue) => return Err(Error::OracleGateClosed),
					Err(e) => return Err(e.into()),
				}
			}
			self.env().extension().mst_transfer(self.symbol.clone(), caller, amount)?;
			self.promised.remove(caller);
			self.total_promised -= amount;
			self.env().emit_event(Claimed { beneficiary: caller, amount, cid, reputation });
			Ok(amount)
		}

		/// Take back the open promise to `beneficiary` (owner only): it is paid to the owner.
		#[ink(message)]
		pub fn revoke(&mut self, beneficiary: AccountId) -> Result<Balance> {
			self.ensure_owner()?;
			let amount = self.promised.get(beneficiary).ok_or(Error::NothingPromised)?;
			self.env().extension().mst_transfer(self.symbol.clone(), self.owner, amount)?;
			self.promised.remove(beneficiary);
			self.total_promised -= amount;
			self.env().emit_event(Revoked { beneficiary, amount });
			Ok(amount)
		}

		/// The open promise to `who` (0 if none).
		#[ink(message)]
		pub fn promised(&self, who: AccountId) -> Balance {
			self.promised.get(who).unwrap_or(0)
		}

		/// The sum of open promises.
		#[ink(message)]
		pub fn total_promised(&self) -> Balance {
			self.total_promised
		}

		/// The contract's balance of its MST, read through the chain extension.
		#[ink(message)]
		pub fn funds(&self) -> Result<Balance> {
			Ok(self
				.env()
				.extension()
				.mst_balance(self.symbol.clone(), self.env().account_id())?)
		}

		/// The escrow's rules: symbol, minimum reputation and oracle gate.
		#[ink(message)]
		pub fn rules(&self) -> (Vec<u8>, u32, Option<OracleGate>) {
			(self.symbol.clone(), self.min_reputation, self.oracle_gate.clone())
		}

		/// The owner.
		#[ink(message)]
		pub fn owner(&self) -> AccountId {
			self.owner
		}

		fn ensure_owner(&self) -> Result<()> {
			if self.env().caller() == self.owner {
				Ok(())
			} else {
				Err(Error::NotOwner)
			}
		}
	}
}
