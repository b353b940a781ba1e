//! # MIT pallet
//!
//! MITs, the Metaverse paper's unique named tokens (`registermit`, `transfermit`,
//! `burn --mit`): a symbol, a content (e.g. an IPFS CID) and an owner.
//!
//! - **Symbols** are `[A-Za-z0-9.@_-]`, 1–64 bytes, unique regardless of case: the registered
//!   case is kept for display, and a symbol that differs from a registered one only in case is
//!   refused (`SymbolTaken`), so `Art` and `ART` cannot both exist.
//! - **Register** ([`Call::register`]) one or several MITs in a call (MVS batches them), each
//!   with content of at most [`Config::MaxContentLen`] bytes. A storage deposit
//!   ([`Config::DepositBase`] plus [`Config::DepositPerByte`] per byte of symbol and content) is
//!   held from the registrant and returned to it when the MIT is burned.
//! - **Transfer** ([`Call::transfer`]) to an account, a CID or an avatar name (resolved to its
//!   owner at the time of the call, through [`minix_primitives::CidInspect`]).
//! - **Burn** ([`Call::burn`]) by the owner.
//! - Each MIT is an item of a pallet-nfts collection owned by this pallet (through
//!   [`minix_primitives::BoundItems`]), so wallets list it; its holder cannot move the item
//!   directly, only through this pallet. **History**: the creator and the last
//!   [`Config::MaxHistory`] holders with the block of each change stay on chain; every change is
//!   an event.
//! - **Market**: MITs are goods of the `Market` pallet ([`minix_primitives::MarketGoods`]),
//!   escrowed in place while listed (no transfer or burn).
//!
//! Clients query MITs through [`runtime_api::MitApi`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod escrow;
mod functions;
#[cfg(test)]
mod mock;
pub mod runtime_api;
#[cfg(test)]
mod tests;
mod types;
pub mod weights;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use frame_support::{pallet_prelude::*, traits::fungible};
use frame_system::pallet_prelude::*;
use minix_primitives::{BoundItems, CidInspect};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why the pallet holds MINI.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The storage deposit of an MIT.
		#[codec(index = 0)]
		MitDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// MINI, in which deposits are held.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// The pallet-nfts collection that holds the MITs (item id = MIT id).
		type Items: BoundItems<Self::AccountId, ItemId = MitId>;
		/// CIDs and avatar names, to which MITs may be transferred.
		type Cids: CidInspect<Self::AccountId, BlockNumberFor<Self>>;
		/// The deposit of every MIT.
		#[pallet::constant]
		type DepositBase: Get<BalanceOf<Self>>;
		/// The deposit per byte of symbol and content.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;
		/// The longest content, in bytes.
		#[pallet::constant]
		type MaxContentLen: Get<u32>;
		/// The most MITs one `register` call registers.
		#[pallet::constant]
		type MaxPerCall: Get<u32>;
		/// How many past holders each MIT keeps on chain.
		#[pallet::constant]
		type MaxHistory: Get<u32>;
		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
	}

	/// Every MIT by id.
	#[pallet::storage]
	pub type Mits<T: Config> = StorageMap<_, Blake2_128Concat, MitId, MitOf<T>>;

	/// The lower-cased symbol -> MIT id.
	#[pallet::storage]
	pub type MitBySymbol<T: Config> = StorageMap<_, Blake2_128Concat, SymbolKey, MitId>;

	/// (owner, MIT id) -> (): the MITs of each account.
	#[pallet::storage]
	pub type MitsOf<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, MitId, ()>;

	/// The id the next MIT gets (ids are never reused).
	#[pallet::storage]
	pub type NextMitId<T> = StorageValue<_, MitId, ValueQuery>;

	/// MITs escrowed in place by the market: their owner keeps them, but they cannot be
	/// transferred or burned until the listing ends.
	#[pallet::storage]
	pub type InEscrow<T: Config> = StorageMap<_, Blake2_128Concat, MitId, ()>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `owner` registered the MIT `id` named `symbol`, holding `deposit`.
		Registered { id: MitId, symbol: SymbolOf, owner: T::AccountId, deposit: BalanceOf<T> },
		/// The MIT `id` moved from `from` to `to` (`cid`: the CID it was sent to, if any).
		Transferred { id: MitId, from: T::AccountId, to: T::AccountId, cid: Option<Cid> },
		/// The MIT `id` was burned; its deposit went back to `depositor`.
		Burned { id: MitId, owner: T::AccountId, depositor: T::AccountId, deposit: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A `register` call with no MIT.
		EmptyBatch,
		/// More MITs in one call than `MaxPerCall`.
		TooManyInBatch,
		/// The symbol is empty or longer than 64 bytes.
		BadSymbolLength,
		/// The symbol has a character outside `[A-Za-z0-9.@_-]`.
		BadSymbolChar,
		/// An MIT has this symbol, in this or another case (or the batch names it twice).
		SymbolTaken,
		/// The content is longer than `MaxContentLen`.
		ContentTooLong,
		/// The registrant cannot cover the deposit.
		CannotPayDeposit,
		/// No MIT has this symbol.
		UnknownMit,
		/// The caller does not own the MIT.
		NotOwner,
		/// The MIT would go to the account that owns it.
		SameOwner,
		/// No CID has this number, or no avatar this name.
		UnknownRecipient,
		/// The MIT is listed on the market: it cannot move until the listing ends.
		InEscrow,
		/// The MIT is not escrowed, so the market cannot deliver it.
		NotInEscrow,
		/// The MIT id space is exhausted.
		Overflow,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			T::Items::create_collection().expect("the MIT collection can be created");
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register one or several MITs, each `(symbol, content)`, owned by the caller.
		///
		/// - Origin: signed; pays each MIT's deposit.
		/// - Errors: `EmptyBatch`, `TooManyInBatch`, `BadSymbolLength`, `BadSymbolChar`,
		///   `SymbolTaken`, `ContentTooLong`, `CannotPayDeposit`; one bad MIT registers none.
		/// - Events: `Registered` for each.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register(mits.len().min(T::MaxPerCall::get() as usize) as u32))]
		pub fn register(origin: OriginFor<T>, mits: Vec<(Vec<u8>, Vec<u8>)>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register(who, mits)
		}

		/// Transfer the MIT `symbol` (any case) to `to`: an account, a CID's owner or an
		/// avatar's owner.
		///
		/// - Origin: signed, the owner.
		/// - Errors: `UnknownMit`, `NotOwner`, `InEscrow`, `UnknownRecipient`, `SameOwner`.
		/// - Events: `Transferred`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::transfer())]
		pub fn transfer(
			origin: OriginFor<T>,
			symbol: Vec<u8>,
			to: Recipient<T::AccountId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_transfer(who, &symbol, to)
		}

		/// Burn the MIT `symbol` (any case); its deposit returns to its registrant and the
		/// symbol becomes free.
		///
		/// - Origin: signed, the owner.
		/// - Errors: `UnknownMit`, `NotOwner`, `InEscrow`.
		/// - Events: `Burned`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::burn())]
		pub fn burn(origin: OriginFor<T>, symbol: Vec<u8>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_burn(who, &symbol)
		}
	}
}

use minix_primitives::Cid;
