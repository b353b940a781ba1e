//! # CID pallet
//!
//! Avatar / CID identities of MiniX. A CID is an integer in `[1, 10^12)`:
//!
//! | digits | range | assigned by | transferable | deposit |
//! |---|---|---|---|---|
//! | 1–5 | reserved | governance ([`Call::register`]) | no | none |
//! | 6 | community | registrars ([`Call::register`]), within their allowance per period | yes | none |
//! | 7–12 | public | anyone ([`Call::claim`]), or a registrar for someone (sponsored) | yes | [`Config::CidDeposit`], held from the payer |
//!
//! A CID carries an optional avatar name (unique, case-insensitive, `[a-z0-9._@-]`), a C-Card
//! (an item of a `pallet-nfts` collection bound to the CID, with bounded content such as an IPFS
//! CID, which the owner may remint with a tax on later sales; see `features/card.rs`), bonded external identities (BTC, ETH, …), a
//! reputation score and claims `(key -> issuer, value hash, valid_until)`. Reputation is the
//! score governance sets (`adjust_reputation`) plus the reputation the CID's live attestations
//! give ([`Config::Attested`], the `Oracle` pallet), summed when read so that it cannot drift.
//!
//! Other pallets read CIDs through [`minix_primitives::CidInspect`] and write claims through
//! [`minix_primitives::CidAttest`]; both are implemented by this pallet and wired by the
//! runtime. Every issuance is reported through [`Config::OnIssued`] (Mini Point mints on it).
//!
//! Clients query CIDs through the [`runtime_api::CidApi`] runtime API.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::BenchmarkHelper;
mod features;
mod functions;
mod impl_traits;
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

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible};
use frame_system::pallet_prelude::*;
use minix_primitives::{
	AttestedReputation, BoundItems, CardRemints, Cid, CidRange, Claim, ClaimKey, MstTokens,
	OnCidChangedHands, OnCidIssued, Reputation,
};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::{
	traits::{One, StaticLookup},
	Percent,
};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The refundable deposit of a public CID.
		#[codec(index = 0)]
		CidDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency deposits are held in (MINI).
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// Who assigns reserved CIDs and manages registrars.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Who may write claims and reputation through calls; its success value is the issuer.
		type AttestOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;
		/// Told about every issued CID (Mini Point mints on it).
		type OnIssued: OnCidIssued<Self::AccountId>;
		/// Told when a CID is transferred or released (oracles forget what they attested).
		type OnChangedHands: OnCidChangedHands<Self::AccountId>;
		/// The reputation live attestations give a CID (the `Oracle` pallet), added to the
		/// score governance sets.
		type Attested: AttestedReputation;
		/// The deposit held for a public CID.
		#[pallet::constant]
		type CidDeposit: Get<BalanceOf<Self>>;
		/// The most CIDs one account may own.
		#[pallet::constant]
		type MaxCidsPerAccount: Get<u32>;
		/// The longest avatar name, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;
		/// The longest C-Card content, in bytes.
		#[pallet::constant]
		type MaxCardLen: Get<u32>;
		/// The pallet-nfts collection that holds the C-Cards (item id = CID number).
		type Cards: BoundItems<Self::AccountId, ItemId = Cid>;
		/// What the first remint of a card costs; the n-th (n from 0) costs `2^n` times this.
		#[pallet::constant]
		type RemintBase: Get<BalanceOf<Self>>;
		/// How many times a card may be reminted.
		#[pallet::constant]
		type MaxRemints: Get<u8>;
		/// The highest tax a reminter may name.
		#[pallet::constant]
		type MaxRemintTax: Get<Percent>;
		/// Who receives remint fees (the ecosystem pool).
		type RemintFeeTo: Get<Self::AccountId>;
		/// The longest bonded address, in bytes.
		#[pallet::constant]
		type MaxBondLen: Get<u32>;
		/// The most bonds per CID.
		#[pallet::constant]
		type MaxBonds: Get<u32>;
		/// The most claims per CID.
		#[pallet::constant]
		type MaxClaims: Get<u32>;
		/// The most registrars.
		#[pallet::constant]
		type MaxRegistrars: Get<u32>;
		/// The period over which a registrar's allowance of community registrations counts.
		#[pallet::constant]
		type RegistrationPeriod: Get<BlockNumberFor<Self>>;
		/// The allowance a new registrar starts with (governance changes it per registrar).
		#[pallet::constant]
		type DefaultAllowance: Get<u32>;
		/// How many taken numbers `claim` without a number skips at most before giving up.
		#[pallet::constant]
		type MaxClaimScan: Get<u32>;
		/// Names nobody may take (compared after lower-casing).
		type ReservedNames: Get<&'static [&'static [u8]]>;
		/// The MSTs [`Call::pay`] can pay in (the `Mst` pallet).
		type Tokens: MstTokens<Self::AccountId, BalanceOf<Self>>;
		/// Sets up what the benchmarks need from other pallets (an MST to pay in).
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<Self>;
		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
	}

	/// The record of every issued CID.
	#[pallet::storage]
	pub type Cids<T: Config> = StorageMap<_, Blake2_128Concat, Cid, DetailsOf<T>>;

	/// The CIDs of each account, in ascending order.
	#[pallet::storage]
	pub type CidsOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<Cid, T::MaxCidsPerAccount>,
		ValueQuery,
	>;

	/// Avatar name -> CID.
	#[pallet::storage]
	pub type CidByName<T: Config> = StorageMap<_, Blake2_128Concat, NameOf<T>, Cid>;

	/// The bonded external identities of each CID.
	#[pallet::storage]
	pub type Bonds<T: Config> = StorageMap<_, Blake2_128Concat, Cid, BondsOf<T>, ValueQuery>;

	/// Claims about CIDs: (CID, key) -> claim.
	#[pallet::storage]
	pub type Claims<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, Cid, Blake2_128Concat, ClaimKey, ClaimOf<T>>;

	/// The registrars, who assign community CIDs (within their allowance) and may sponsor
	/// public ones.
	#[pallet::storage]
	pub type Registrars<T: Config> =
		CountedStorageMap<_, Blake2_128Concat, T::AccountId, RegistrarInfo>;

	#[pallet::type_value]
	pub fn FirstPublicCid() -> Cid {
		minix_primitives::cid::MIN_PUBLIC_CID
	}

	/// Where `claim` without a number starts looking for a free public CID.
	#[pallet::storage]
	pub type NextPublicCid<T> = StorageValue<_, Cid, ValueQuery, FirstPublicCid>;

	/// How many CIDs are issued now (released ones are not counted).
	#[pallet::storage]
	pub type CidCount<T> = StorageValue<_, u64, ValueQuery>;

	/// CID -> the account its owner offered it to ([`Call::offer_transfer`]); at most one offer
	/// per CID, dropped whenever the CID changes hands or is released.
	#[pallet::storage]
	pub type TransferOffers<T: Config> = StorageMap<_, Blake2_128Concat, Cid, T::AccountId>;

	/// CIDs escrowed in place by the market (through [`minix_primitives::MarketGoods`]): their
	/// owner keeps them, but nothing the buyer would get may change (no transfer, release, name,
	/// card or bond change) until the market ends the escrow.
	#[pallet::storage]
	pub type InEscrow<T: Config> = StorageMap<_, Blake2_128Concat, Cid, ()>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A CID was issued to `owner`; `deposit` was held from `depositor` (public CIDs only).
		Issued {
			cid: Cid,
			owner: T::AccountId,
			depositor: Option<T::AccountId>,
			deposit: BalanceOf<T>,
		},
		/// A CID moved from `from` to `to` with its name, card and bonds.
		Transferred { cid: Cid, from: T::AccountId, to: T::AccountId },
		/// The owner of a CID offered it to `to`, who may accept it.
		TransferOffered { cid: Cid, from: T::AccountId, to: T::AccountId },
		/// An offer of a CID to `to` was withdrawn, declined or replaced.
		TransferOfferCancelled { cid: Cid, to: T::AccountId },
		/// `from` paid `amount` of `token` to `to`, the owner of `cid` (MVS `to_did`).
		Paid {
			cid: Cid,
			from: T::AccountId,
			to: T::AccountId,
			token: PaidToken,
			amount: BalanceOf<T>,
		},
		/// A public CID was given up; its deposit went back to `depositor`.
		Released {
			cid: Cid,
			owner: T::AccountId,
			depositor: Option<T::AccountId>,
			deposit: BalanceOf<T>,
		},
		/// The avatar name of a CID was set.
		NameSet { cid: Cid, name: NameOf<T> },
		/// The avatar name of a CID was cleared.
		NameCleared { cid: Cid, name: NameOf<T> },
		/// An external identity was bonded to a CID.
		Bonded { cid: Cid, kind: BondKind, address: BoundedVec<u8, T::MaxBondLen> },
		/// An external identity was unbonded from a CID.
		Unbonded { cid: Cid, kind: BondKind, address: BoundedVec<u8, T::MaxBondLen> },
		/// The owner of a CID minted its C-Card with `content`.
		CardMinted { cid: Cid, owner: T::AccountId, content: CardOf<T> },
		/// `reminter` reminted the C-Card of a CID for the `remints`-th time, paying `fee`;
		/// every later market sale of the CID pays it `tax` of the price.
		CardReminted {
			cid: Cid,
			reminter: T::AccountId,
			content: CardOf<T>,
			remints: u8,
			tax: Percent,
			fee: BalanceOf<T>,
		},
		/// An account became a registrar.
		RegistrarAdded { who: T::AccountId },
		/// An account stopped being a registrar.
		RegistrarRemoved { who: T::AccountId },
		/// Governance set a registrar's allowance of community CIDs per period.
		AllowanceSet { who: T::AccountId, allowance: u32 },
		/// A registrar assigned a community CID; `remaining` more fit in this period.
		AllowanceUsed { registrar: T::AccountId, remaining: u32 },
		/// A claim about a CID was set or replaced.
		ClaimSet {
			cid: Cid,
			key: ClaimKey,
			issuer: T::AccountId,
			value_hash: H256,
			valid_until: BlockNumberFor<T>,
		},
		/// A claim about a CID was removed.
		ClaimRemoved { cid: Cid, key: ClaimKey },
		/// The reputation of a CID changed to `reputation`.
		ReputationChanged { cid: Cid, reputation: Reputation },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The CID is 0 or has more than 12 digits.
		InvalidCid,
		/// The CID is already issued.
		CidTaken,
		/// The CID is not issued.
		UnknownCid,
		/// The caller does not own the CID.
		NotOwner,
		/// The caller is neither governance nor a registrar.
		NotRegistrar,
		/// Registrars may not assign reserved (1–5 digit) CIDs: only governance may.
		RegistrarOutOfRange,
		/// Only public (7–12 digit) CIDs may be claimed or released.
		NotPublic,
		/// Reserved (1–5 digit) CIDs cannot be transferred by their owner.
		NotTransferable,
		/// The CID would go to the account that already owns it.
		SameOwner,
		/// The account already owns `MaxCidsPerAccount` CIDs.
		TooManyCids,
		/// No free public CID was found within `MaxClaimScan` numbers: name one, or retry in the
		/// next block (the cursor moves on by itself).
		NoFreeCid,
		/// The payer cannot cover the CID deposit.
		CannotPayDeposit,
		/// The name is empty.
		NameEmpty,
		/// The name is longer than `MaxNameLen`.
		NameTooLong,
		/// The name has a character outside `[a-z0-9._@-]` (after lower-casing).
		BadNameChar,
		/// The name is all digits, which would read as a CID.
		NameAllDigits,
		/// The name is reserved.
		NameReserved,
		/// Another CID has this name (names are case-insensitive).
		NameTaken,
		/// The CID has no name.
		NoName,
		/// The C-Card content is longer than `MaxCardLen`.
		CardTooLong,
		/// The C-Card content is empty.
		CardEmpty,
		/// The CID's C-Card is already minted (remint it instead).
		CardExists,
		/// The CID has no C-Card yet (mint it first).
		NoCard,
		/// The card was reminted `MaxRemints` times already.
		TooManyRemints,
		/// The tax is above `MaxRemintTax`.
		TaxTooHigh,
		/// The bonded address is longer than `MaxBondLen`.
		BondTooLong,
		/// The address does not have the shape its kind requires.
		BadBondAddress,
		/// The CID already has `MaxBonds` bonds.
		TooManyBonds,
		/// The CID already has this bond.
		BondExists,
		/// The CID has no such bond.
		UnknownBond,
		/// The account is already a registrar.
		AlreadyRegistrar,
		/// The account is not a registrar.
		UnknownRegistrar,
		/// There are already `MaxRegistrars` registrars.
		TooManyRegistrars,
		/// The registrar has assigned its allowance of community CIDs for this period.
		AllowanceExhausted,
		/// The claim key is empty or longer than 32 bytes.
		BadClaimKey,
		/// The claim would already be expired (`valid_until` is in the past).
		ClaimExpired,
		/// The CID already has `MaxClaims` claims.
		TooManyClaims,
		/// The CID has no claim with this key.
		UnknownClaim,
		/// The CID is escrowed in place by the market: it cannot change until the listing ends.
		InEscrow,
		/// The CID is not escrowed, so the market cannot deliver it.
		NotInEscrow,
		/// Nobody was offered this CID.
		NoTransferOffer,
		/// The caller is not the account the CID was offered to (nor, to cancel, its owner).
		NotOfferedTo,
		/// No CID has this avatar name.
		UnknownName,
		/// The token is neither `MINI` nor an issued MST.
		UnknownToken,
		/// A payment of nothing.
		ZeroAmount,
		/// The payer owns the CID it would pay.
		PayingSelf,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// CIDs issued at genesis to their owners (any range, no deposit).
		pub cids: Vec<(Cid, T::AccountId)>,
		/// The initial registrars.
		pub registrars: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			T::Cards::create_collection().expect("the C-Card collection can be created");
			for who in &self.registrars {
				Pallet::<T>::do_add_registrar(who.clone()).expect("genesis registrar is valid");
			}
			for (cid, owner) in &self.cids {
				Pallet::<T>::do_issue(*cid, owner.clone(), None)
					.unwrap_or_else(|e| panic!("genesis CID {cid} cannot be issued: {e:?}"));
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Move the `claim(None)` cursor past up to `MaxClaimScan` taken numbers. Holding the
		/// numbers after the cursor therefore blocks `claim(None)` for one block at most, unless
		/// the blocker takes `MaxClaimScan` more numbers (each with its deposit) every block.
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			let skipped = Self::skip_taken_public();
			T::DbWeight::get().reads_writes(2 + skipped as u64, (skipped > 0) as u64)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Issue `cid` to `owner`.
		///
		/// - Origin: governance (any range, no deposit) or a registrar (community range; or
		///   public range, sponsored: the registrar pays the deposit).
		/// - Errors: `NotRegistrar`, `RegistrarOutOfRange`, `AllowanceExhausted`, `InvalidCid`,
		///   `CidTaken`, `TooManyCids`, `CannotPayDeposit`.
		/// - Events: `Issued` (and `AllowanceUsed` for a registrar's community CID).
		#[pallet::call_index(0)]
		// Plus the registrar's allowance record, written for a community CID.
		#[pallet::weight(T::WeightInfo::register().saturating_add(T::DbWeight::get().writes(1)))]
		pub fn register(
			origin: OriginFor<T>,
			cid: Cid,
			owner: AccountIdLookupOf<T>,
		) -> DispatchResult {
			let owner = T::Lookup::lookup(owner)?;
			let range = CidRange::of(cid).ok_or(Error::<T>::InvalidCid)?;
			let payer = match T::GovernanceOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => {
					let who = ensure_signed(origin)?;
					ensure!(Registrars::<T>::contains_key(&who), Error::<T>::NotRegistrar);
					ensure!(range != CidRange::Reserved, Error::<T>::RegistrarOutOfRange);
					if range == CidRange::Community {
						Self::use_allowance(&who)?;
					}
					(range == CidRange::Public).then_some(who)
				},
			};
			Self::do_issue(cid, owner, payer)
		}

		/// Claim a public CID: `cid`, or the next free one if `None`. Holds `CidDeposit`.
		///
		/// - Origin: signed; the caller becomes the owner and pays the deposit.
		/// - Errors: `InvalidCid`, `NotPublic`, `CidTaken`, `NoFreeCid`, `TooManyCids`,
		///   `CannotPayDeposit`.
		/// - Events: `Issued`.
		#[pallet::call_index(1)]
		#[pallet::weight(match cid {
			Some(_) => T::WeightInfo::claim(0),
			None => T::WeightInfo::claim(T::MaxClaimScan::get()),
		})]
		pub fn claim(origin: OriginFor<T>, cid: Option<Cid>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (cid, skipped) = match cid {
				Some(cid) => {
					let range = CidRange::of(cid).ok_or(Error::<T>::InvalidCid)?;
					ensure!(range == CidRange::Public, Error::<T>::NotPublic);
					(cid, 0)
				},
				None => Self::next_free_public()?,
			};
			Self::do_issue(cid, who.clone(), Some(who))?;
			if skipped > 0 || cid == NextPublicCid::<T>::get() {
				NextPublicCid::<T>::put(cid.saturating_add(1));
			}
			Ok(Some(T::WeightInfo::claim(skipped)).into())
		}

		/// Offer `cid` to `dest`, who takes it with [`Call::accept_transfer`]: nothing lands in
		/// an account that did not accept it. Replaces an earlier offer of the same CID.
		///
		/// - Origin: signed, the owner.
		/// - Errors: `UnknownCid`, `NotOwner`, `NotTransferable`, `SameOwner`, `InEscrow`.
		/// - Events: `TransferOffered` (and `TransferOfferCancelled` for a replaced offer).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::offer_transfer())]
		pub fn offer_transfer(
			origin: OriginFor<T>,
			cid: Cid,
			dest: AccountIdLookupOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let dest = T::Lookup::lookup(dest)?;
			Self::do_offer_transfer(cid, &who, dest)
		}

		/// Accept the CID offered to the caller: it moves with its name, card and bonds.
		/// Reputation is reset to 0 and claims are cleared: they belong to the previous holder
		/// (`OnChangedHands` is told). The new owner may `unbond` what it does not vouch for.
		///
		/// - Origin: signed, the account the CID was offered to.
		/// - Errors: `NoTransferOffer`, `NotOfferedTo`, `InEscrow`, `TooManyCids`.
		/// - Events: `Transferred` (and `ReputationChanged` if it had reputation).
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::accept_transfer().saturating_add(Pallet::<T>::changed_hands_weight()))]
		pub fn accept_transfer(origin: OriginFor<T>, cid: Cid) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_transfer(cid, who)
		}

		/// Withdraw (the owner) or decline (the recipient) the offer of `cid`.
		///
		/// - Origin: signed, the CID's owner or the account it was offered to.
		/// - Errors: `NoTransferOffer`, `NotOfferedTo`.
		/// - Events: `TransferOfferCancelled`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::cancel_transfer())]
		pub fn cancel_transfer(origin: OriginFor<T>, cid: Cid) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_transfer(cid, &who)
		}

		/// Pay `amount` of `token` (`MINI` or an MST symbol, any case) to the current owner of
		/// the CID `target` names, by number or avatar name (MVS `to_did`). MINI is paid keeping
		/// the payer alive; an MST under its locks.
		///
		/// - Origin: signed, the payer.
		/// - Errors: `UnknownCid`, `UnknownName`, `UnknownToken`, `ZeroAmount`, `PayingSelf`,
		///   or the currency's or the token's transfer error.
		/// - Events: `Paid` (with the token's own transfer event).
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::pay())]
		pub fn pay(
			origin: OriginFor<T>,
			target: PayTarget,
			token: Vec<u8>,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_pay(who, target, &token, amount)
		}

		/// Set the avatar name of `cid` (lower-cased; replaces an existing name).
		///
		/// - Origin: signed, the owner.
		/// - Errors: `UnknownCid`, `NotOwner`, `InEscrow`, `NameEmpty`, `NameTooLong`, `BadNameChar`,
		///   `NameAllDigits`, `NameReserved`, `NameTaken`.
		/// - Events: `NameSet` (and `NameCleared` for a replaced name).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_name())]
		pub fn set_name(origin: OriginFor<T>, cid: Cid, name: Vec<u8>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_name(cid, &who, name)
		}

		/// Clear the avatar name of `cid`; the name becomes free.
		///
		/// - Origin: signed, the owner.
		/// - Errors: `UnknownCid`, `NotOwner`, `InEscrow`, `NoName`.
		/// - Events: `NameCleared`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::clear_name())]
		pub fn clear_name(origin: OriginFor<T>, cid: Cid) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_clear_name(cid, &who)
		}

		/// Bond an external identity (`kind`, `address`) to `cid`.
		///
		/// - Origin: signed, the owner.
		/// - Errors: `UnknownCid`, `NotOwner`, `InEscrow`, `BondTooLong`, `BadBondAddress`, `BondExists`,
		///   `TooManyBonds`.
		/// - Events: `Bonded`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::bond())]
		pub fn bond(
			origin: OriginFor<T>,
			cid: Cid,
			kind: BondKind,
			address: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond(cid, &who, kind, address)
		}

		/// Remove the bond (`kind`, `address`) from `cid`.
		///
		/// - Origin: signed, the owner.
		/// - Errors: `UnknownCid`, `NotOwner`, `InEscrow`, `UnknownBond`.
		/// - Events: `Unbonded`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(
			origin: OriginFor<T>,
			cid: Cid,
			kind: BondKind,
			address: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(cid, &who, kind, address)
		}

		/// Mint the C-Card of `cid` with `content` (once: later changes are remints). The card
		/// is an item of the C-Card collection of pallet-nfts, bound to the CID: it moves only
		/// with the CID and is burned when the CID is released.
		///
		/// - Origin: signed, the owner.
		/// - Errors: `UnknownCid`, `NotOwner`, `InEscrow`, `CardExists`, `CardEmpty`,
		///   `CardTooLong`.
		/// - Events: `CardMinted` (and pallet-nfts' `Issued`).
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::mint_card())]
		pub fn mint_card(origin: OriginFor<T>, cid: Cid, content: Vec<u8>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_mint_card(cid, who, content)
		}

		/// Remint the C-Card of `cid` with new `content`, paying `2^n × RemintBase` (n: remints
		/// so far) to the ecosystem pool, and naming `tax`: from now on every market sale of the
		/// CID pays `tax` of its price to the caller, until the next remint.
		///
		/// - Origin: signed, the owner (paying the fee keeping its account alive).
		/// - Errors: `UnknownCid`, `NotOwner`, `InEscrow`, `NoCard`, `TooManyRemints`,
		///   `TaxTooHigh`, `CardEmpty`, `CardTooLong`, or the currency's transfer error.
		/// - Events: `CardReminted`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::remint_card())]
		pub fn remint_card(
			origin: OriginFor<T>,
			cid: Cid,
			content: Vec<u8>,
			tax: Percent,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remint_card(cid, who, content, tax)
		}

		/// Make `who` a registrar.
		///
		/// - Origin: governance.
		/// - Errors: `AlreadyRegistrar`, `TooManyRegistrars`.
		/// - Events: `RegistrarAdded`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::add_registrar())]
		pub fn add_registrar(origin: OriginFor<T>, who: AccountIdLookupOf<T>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_add_registrar(T::Lookup::lookup(who)?)
		}

		/// Stop `who` being a registrar. CIDs it assigned stay with their owners.
		///
		/// - Origin: governance.
		/// - Errors: `UnknownRegistrar`.
		/// - Events: `RegistrarRemoved`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::remove_registrar())]
		pub fn remove_registrar(origin: OriginFor<T>, who: AccountIdLookupOf<T>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let who = T::Lookup::lookup(who)?;
			ensure!(Registrars::<T>::take(&who).is_some(), Error::<T>::UnknownRegistrar);
			Self::deposit_event(Event::RegistrarRemoved { who });
			Ok(())
		}

		/// Set how many community CIDs registrar `who` may assign per `RegistrationPeriod`.
		///
		/// - Origin: governance.
		/// - Errors: `UnknownRegistrar`.
		/// - Events: `AllowanceSet`.
		#[pallet::call_index(14)]
		// One read and write of the registrar's record, like `remove_registrar`.
		#[pallet::weight(T::WeightInfo::remove_registrar())]
		pub fn set_allowance(
			origin: OriginFor<T>,
			who: AccountIdLookupOf<T>,
			allowance: u32,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let who = T::Lookup::lookup(who)?;
			Registrars::<T>::try_mutate(&who, |info| {
				info.as_mut().ok_or(Error::<T>::UnknownRegistrar)?.allowance = allowance;
				Ok::<_, DispatchError>(())
			})?;
			Self::deposit_event(Event::AllowanceSet { who, allowance });
			Ok(())
		}

		/// Give up the public CID `cid`: name, card, bonds, claims and reputation are cleared and
		/// the deposit goes back to whoever paid it. `OnIssued` is told (Mini Point takes back the
		/// owner's reward, so a claim/release loop gains nothing); the number may be claimed again.
		///
		/// - Origin: signed, the owner.
		/// - Errors: `UnknownCid`, `NotOwner`, `InEscrow`, `NotPublic`, or the `OnIssued` handler's error.
		/// - Events: `Released` (and `NameCleared` if it had a name).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::release().saturating_add(Pallet::<T>::changed_hands_weight()))]
		pub fn release(origin: OriginFor<T>, cid: Cid) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_release(cid, &who)
		}

		/// Set (or replace) the claim `key` about `cid`, issued by the origin's account.
		///
		/// - Origin: `AttestOrigin` (governance now; oracles use the `CidAttest` trait).
		/// - Errors: `UnknownCid`, `BadClaimKey`, `ClaimExpired`, `TooManyClaims`.
		/// - Events: `ClaimSet`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_claim())]
		pub fn set_claim(
			origin: OriginFor<T>,
			cid: Cid,
			key: Vec<u8>,
			value_hash: H256,
			valid_until: BlockNumberFor<T>,
		) -> DispatchResult {
			let issuer = T::AttestOrigin::ensure_origin(origin)?;
			let key = Self::claim_key(key)?;
			Self::do_set_claim(cid, key, Claim { issuer, value_hash, valid_until })
		}

		/// Remove the claim `key` about `cid`.
		///
		/// - Origin: `AttestOrigin`.
		/// - Errors: `BadClaimKey`, `UnknownClaim`.
		/// - Events: `ClaimRemoved`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::remove_claim())]
		pub fn remove_claim(origin: OriginFor<T>, cid: Cid, key: Vec<u8>) -> DispatchResult {
			T::AttestOrigin::ensure_origin(origin)?;
			let key = Self::claim_key(key)?;
			Self::do_remove_claim(cid, &key)
		}

		/// Change the reputation of `cid` by `delta` (saturating at 0).
		///
		/// - Origin: `AttestOrigin`.
		/// - Errors: `UnknownCid`.
		/// - Events: `ReputationChanged`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::adjust_reputation())]
		pub fn adjust_reputation(origin: OriginFor<T>, cid: Cid, delta: i64) -> DispatchResult {
			T::AttestOrigin::ensure_origin(origin)?;
			Self::do_adjust_reputation(cid, delta).map(|_| ())
		}
	}
}
