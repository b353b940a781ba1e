//! # MST pallet: Metaverse Smart Tokens
//!
//! Anyone can issue a token under a globally unique symbol. Balances live in pallet-assets (so
//! polkadot.js Apps' Assets page and the `fungibles` traits work); this pallet owns the rules:
//!
//! - **Symbols** are `[A-Z0-9.]`, 1–64 bytes, case-insensitive (stored upper case), first come
//!   first served, minus a reserved list and banned substrings. The *domain* of `SONY.GAME` is
//!   `SONY`.
//! - **Certs**: the *domain cert* (auto-issued to whoever first issues in a domain) allows issuing
//!   anything in the domain and granting *naming certs* for exact symbols; the *issue cert* is the
//!   right of secondary issue. All certs are transferable, separately from the tokens.
//! - **Issue / secondary issue** ([`Call::issue`], [`Call::secondary_issue`]) with the MVS
//!   secondary-issue threshold; an issue fee (to the fee pool) and a held storage deposit.
//! - **Locks** ([`Call::lock`], [`Call::transfer_locked`]): MVS attenuation models 1–3 and a
//!   conditional lock released by an oracle condition ([`Call::try_unlock`]) or a fallback
//!   deadline, enforced through pallet-assets' freezer hook (this pallet is the `Freezer`).
//! - **Swaps**: atomic two-party swaps of MST for MST or MINI, escrowed, with expiry.
//! - **Exchange**: an on-chain limit order book per pair (MST/MINI and MST/MST), price-time
//!   priority, partial fills, bounded matching, escrowed funds.
//! - **Offerings**: fixed-price sales by the issuer, gated by CID reputation.
//!
//! Escrowed MINI is held (`HoldReason::Escrow`); escrowed MST stays in its owner's account,
//! frozen through the freezer hook, so no pallet account ever holds user funds. pallet-assets
//! is closed to users: its `CreateOrigin` refuses everyone and every asset's owner, admin,
//! issuer and freezer is this pallet's account, which nobody can sign for.
//!
//! Other pallets read CID reputation through [`minix_primitives::CidInspect`]; the bridge
//! issues and burns the reserved `XBTC` through [`minix_primitives::ReservedTokens`];
//! conditional unlocks read oracle values through [`minix_primitives::OracleValues`].
//! Clients query tokens, certs, locks and book depth through [`runtime_api::MstApi`].

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
use frame_support::{
	pallet_prelude::*,
	traits::{fungible, fungibles},
	CloneNoBound, DebugNoBound, EqNoBound, PalletId, PartialEqNoBound,
};
use frame_system::pallet_prelude::*;
use minix_primitives::{Cid, CidInspect, Condition, OracleValues, Reputation, Symbol};
use scale_info::TypeInfo;
use sp_runtime::traits::{AtLeast32BitUnsigned, StaticLookup, Zero};

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why the pallet holds MINI.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The storage deposit of an issued token.
		#[codec(index = 0)]
		TokenDeposit,
		/// MINI escrowed for a swap or a buy order.
		#[codec(index = 1)]
		Escrow,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The native currency (MINI): fees, deposits, MINI legs of swaps, orders and offerings.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// Where token balances live (pallet-assets, with this pallet as its `Freezer`).
		type Assets: fungibles::Inspect<Self::AccountId, AssetId = AssetId, Balance = BalanceOf<Self>>
			+ fungibles::Mutate<Self::AccountId>
			+ fungibles::Create<Self::AccountId>
			+ fungibles::metadata::Mutate<Self::AccountId>;
		/// CIDs, for cert targets and offering reputation.
		type Cids: CidInspect<Self::AccountId, BlockNumberFor<Self>>;
		/// Combined oracle values, for conditional unlocks.
		type Oracle: OracleValues;
		/// Derives the account that owns every asset in pallet-assets.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// Receives issue fees (the fee pool).
		type FeeDestination: Get<Self::AccountId>;
		/// The MINI fee for `issue`, paid to `FeeDestination`.
		#[pallet::constant]
		type IssueFee: Get<BalanceOf<Self>>;
		/// The MINI deposit held for each issued token.
		#[pallet::constant]
		type TokenDeposit: Get<BalanceOf<Self>>;
		/// Symbols (and domains) users cannot issue (compared upper case).
		type ReservedSymbols: Get<&'static [&'static [u8]]>;
		/// Substrings no symbol may contain (compared upper case).
		type BannedSubstrings: Get<&'static [&'static [u8]]>;
		/// The longest token description, in bytes.
		#[pallet::constant]
		type MaxDescriptionLen: Get<u32>;
		/// The most unlocks in one lock schedule.
		#[pallet::constant]
		type MaxUnlockPeriods: Get<u32>;
		/// The most locks one account may have in one token.
		#[pallet::constant]
		type MaxLocksPerAccount: Get<u32>;
		/// The most senders an account accepts locked transfers from.
		#[pallet::constant]
		type MaxLockSenders: Get<u32>;
		/// The most open swaps one account may have.
		#[pallet::constant]
		type MaxSwapsPerAccount: Get<u32>;
		/// The longest a swap may stay open, in blocks.
		#[pallet::constant]
		type MaxSwapDuration: Get<BlockNumberFor<Self>>;
		/// The most resting orders one account may have.
		#[pallet::constant]
		type MaxOrdersPerAccount: Get<u32>;
		/// The most resting orders on one side of one book.
		#[pallet::constant]
		type MaxOrdersPerBook: Get<u32>;
		/// The most resting orders one `place_order` may trade against (or skip, when they
		/// expired or cannot settle).
		#[pallet::constant]
		type MaxMatchesPerOrder: Get<u32>;
		/// The least an order on a MINI-quoted book may be worth, in MINI (an MST-quoted order
		/// must be worth at least the quote token's minimum balance).
		#[pallet::constant]
		type MinOrderValue: Get<BalanceOf<Self>>;
		/// Blocks an order rests before it expires.
		#[pallet::constant]
		type OrderLifetime: Get<BlockNumberFor<Self>>;
		/// The most open offerings one account may have.
		#[pallet::constant]
		type MaxOfferingsPerAccount: Get<u32>;
		/// The longest offering window, in blocks.
		#[pallet::constant]
		type MaxOfferingWindow: Get<BlockNumberFor<Self>>;
		/// Weight information for the calls.
		type WeightInfo: WeightInfo;
		/// Sets up what the benchmarks need from other pallets (a registered oracle feed).
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper;
	}

	/// Every issued token, by symbol.
	#[pallet::storage]
	pub type Tokens<T: Config> = StorageMap<_, Blake2_128Concat, Symbol, TokenOf<T>>;

	/// The symbol of each pallet-assets id this pallet created.
	#[pallet::storage]
	pub type SymbolOf<T: Config> = StorageMap<_, Twox64Concat, AssetId, Symbol>;

	/// The pallet-assets id the next token gets.
	#[pallet::storage]
	pub type NextAssetId<T: Config> = StorageValue<_, AssetId, ValueQuery>;

	/// Certs: (kind, domain or symbol) -> holder. Domain certs are keyed by the domain,
	/// naming and issue certs by the full symbol.
	#[pallet::storage]
	pub type Certs<T: Config> =
		StorageDoubleMap<_, Twox64Concat, CertKind, Blake2_128Concat, Symbol, T::AccountId>;

	/// The accounts each account accepts locked transfers from (`allow_locks_from`): a lock
	/// takes one of the recipient's lock slots and may keep its asset account alive, so nobody
	/// can place one without the recipient's consent.
	#[pallet::storage]
	pub type LockSenders<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<T::AccountId, T::MaxLockSenders>,
		ValueQuery,
	>;

	/// Locks: (asset, account) -> the account's locks in that token.
	#[pallet::storage]
	pub type Locks<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		AssetId,
		Blake2_128Concat,
		T::AccountId,
		LocksOf<T>,
		ValueQuery,
	>;

	/// Token units escrowed (frozen in place) for swaps, sell orders and offerings.
	#[pallet::storage]
	pub type Escrowed<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		AssetId,
		Blake2_128Concat,
		T::AccountId,
		BalanceOf<T>,
		ValueQuery,
	>;

	/// Open swaps.
	#[pallet::storage]
	pub type Swaps<T: Config> = StorageMap<_, Twox64Concat, SwapId, SwapOf<T>>;

	/// The id the next swap gets.
	#[pallet::storage]
	pub type NextSwapId<T: Config> = StorageValue<_, SwapId, ValueQuery>;

	/// How many open swaps each account has made.
	#[pallet::storage]
	pub type OpenSwaps<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Order books: (pair, side) -> resting orders, best first (price, then time).
	#[pallet::storage]
	pub type Books<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, Pair, Twox64Concat, Side, BookSideOf<T>, ValueQuery>;

	/// Where each resting order rests.
	#[pallet::storage]
	pub type OrderBook<T: Config> = StorageMap<_, Twox64Concat, OrderId, (Pair, Side)>;

	/// The resting orders of each account.
	#[pallet::storage]
	pub type OrdersOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<OrderId, T::MaxOrdersPerAccount>,
		ValueQuery,
	>;

	/// The id the next order gets.
	#[pallet::storage]
	pub type NextOrderId<T: Config> = StorageValue<_, OrderId, ValueQuery>;

	/// Open offerings.
	#[pallet::storage]
	pub type Offerings<T: Config> = StorageMap<_, Twox64Concat, OfferingId, OfferingOf<T>>;

	/// The id the next offering gets.
	#[pallet::storage]
	pub type NextOfferingId<T: Config> = StorageValue<_, OfferingId, ValueQuery>;

	/// How many open offerings each account has.
	#[pallet::storage]
	pub type OpenOfferings<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Tokens issued at genesis: `(symbol, owner, decimals, supply)`. No fee, no deposit;
		/// the owner gets the domain and issue certs and secondary issue is `Freely`.
		pub tokens: Vec<(Vec<u8>, T::AccountId, u8, BalanceOf<T>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (symbol, owner, decimals, supply) in &self.tokens {
				let result = Pallet::<T>::issue_at_genesis(symbol, owner, *decimals, *supply);
				assert!(
					result.is_ok(),
					"genesis token {:?} cannot be issued: {:?}",
					core::str::from_utf8(symbol),
					result
				);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A token was issued.
		Issued { symbol: Symbol, asset_id: AssetId, issuer: T::AccountId, supply: BalanceOf<T> },
		/// More of a token was issued by its issue-cert holder.
		SecondaryIssued { symbol: Symbol, who: T::AccountId, amount: BalanceOf<T> },
		/// Tokens were transferred.
		Transferred { symbol: Symbol, from: T::AccountId, to: T::AccountId, amount: BalanceOf<T> },
		/// Tokens were burned.
		Burned { symbol: Symbol, who: T::AccountId, amount: BalanceOf<T> },
		/// Part of an account's balance was locked.
		Locked { symbol: Symbol, who: T::AccountId, amount: BalanceOf<T>, kind: LockKind },
		/// `who` now accepts locked transfers from `sender`.
		LockSenderAllowed { who: T::AccountId, sender: T::AccountId },
		/// `who` no longer accepts locked transfers from `sender`.
		LockSenderDisallowed { who: T::AccountId, sender: T::AccountId },
		/// A conditional lock was released because its oracle condition held.
		Unlocked { symbol: Symbol, who: T::AccountId, amount: BalanceOf<T> },
		/// A cert was issued (domain, naming or issue).
		CertIssued { kind: CertKind, key: Symbol, to: T::AccountId },
		/// A cert changed hands.
		CertTransferred { kind: CertKind, key: Symbol, from: T::AccountId, to: T::AccountId },
		/// A naming cert was used up by the issue of its symbol.
		CertUsed { kind: CertKind, key: Symbol, by: T::AccountId },
		/// A swap was opened and the maker's side escrowed.
		SwapCreated { id: SwapId, maker: T::AccountId },
		/// A swap was completed.
		SwapAccepted { id: SwapId, maker: T::AccountId, taker: T::AccountId },
		/// A swap was cancelled (or closed after expiry) and the maker refunded.
		SwapCancelled { id: SwapId, maker: T::AccountId },
		/// An order (or its unfilled part) was placed in a book.
		OrderPlaced {
			id: OrderId,
			pair: Pair,
			side: Side,
			owner: T::AccountId,
			price: BalanceOf<T>,
			amount: BalanceOf<T>,
		},
		/// Two orders traded `amount` base units at the resting order's `price`.
		Traded {
			pair: Pair,
			maker_order: OrderId,
			maker: T::AccountId,
			taker: T::AccountId,
			taker_side: Side,
			price: BalanceOf<T>,
			amount: BalanceOf<T>,
			quote_amount: BalanceOf<T>,
		},
		/// The unfilled part of an incoming order was returned (the matching bound was reached
		/// or the remainder was too small to rest).
		OrderRemainderReturned { owner: T::AccountId, pair: Pair, amount: BalanceOf<T> },
		/// A resting order was fully filled.
		OrderFilled { id: OrderId },
		/// A resting order was cancelled and its escrow returned.
		OrderCancelled { id: OrderId, owner: T::AccountId },
		/// A resting order expired and was removed (by matching, eviction or anyone's
		/// `cancel_order`); its escrow was returned.
		OrderExpired { id: OrderId, owner: T::AccountId },
		/// A resting order could not settle (its owner could not receive, or its escrow was
		/// gone): matching removed it and skipped it, returning what was left of its escrow.
		OrderUnsettleable { id: OrderId, owner: T::AccountId },
		/// A full book side made room for a better-priced order by returning its worst one.
		OrderEvicted { id: OrderId, owner: T::AccountId },
		/// An offering opened.
		OfferingCreated { id: OfferingId, symbol: Symbol, seller: T::AccountId, cap: BalanceOf<T> },
		/// Someone bought tokens in an offering.
		Participated { id: OfferingId, who: T::AccountId, amount: BalanceOf<T>, paid: BalanceOf<T> },
		/// An offering closed and the unsold tokens were released to the seller.
		OfferingClosed { id: OfferingId, unsold: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The symbol is empty.
		SymbolEmpty,
		/// The symbol is longer than 64 bytes.
		SymbolTooLong,
		/// The symbol has a character outside `[A-Za-z0-9.]`.
		SymbolBadCharacter,
		/// The symbol starts or ends with `.` or has `..`.
		SymbolBadDot,
		/// The symbol or its domain is reserved.
		SymbolReserved,
		/// The symbol contains a banned substring.
		SymbolBanned,
		/// A token with this symbol (in any case) exists already.
		SymbolTaken,
		/// No token has this symbol.
		UnknownToken,
		/// The domain belongs to someone else and the caller has no naming cert for the symbol.
		NoIssueRight,
		/// The caller does not hold the cert this needs.
		NotCertHolder,
		/// No such cert exists.
		UnknownCert,
		/// A naming cert for this symbol exists already.
		NamingCertExists,
		/// The symbol is not in the caller's domain.
		NotInDomain,
		/// The target CID is not issued.
		UnknownCid,
		/// More than 18 decimals.
		TooManyDecimals,
		/// The description is longer than `MaxDescriptionLen`.
		DescriptionTooLong,
		/// A secondary-issue threshold outside 1–100.
		BadThreshold,
		/// The token forbids secondary issue.
		SecondaryIssueForbidden,
		/// The issue-cert holder holds less than the token's threshold of the supply.
		BelowThreshold,
		/// The supply would overflow.
		SupplyOverflow,
		/// An amount of zero.
		ZeroAmount,
		/// The balance is too low.
		InsufficientBalance,
		/// The balance is there but locked or escrowed.
		BalanceLocked,
		/// The caller cannot pay the issue fee and deposit (or the MINI leg) in MINI.
		CannotPay,
		/// A lock model with zero period or unlocks, more than `MaxUnlockPeriods` unlocks, a rate
		/// outside 1–100, or custom quantities that do not add up to the amount.
		BadLockModel,
		/// A conditional lock names an oracle key governance did not register: there is no
		/// quorum of approved feeders behind its value to trust.
		UnknownFeedKey,
		/// The account has `MaxLocksPerAccount` locks in this token.
		TooManyLocks,
		/// The recipient does not accept locked transfers from the caller (it must call
		/// `allow_locks_from` first).
		LocksNotAccepted,
		/// The caller accepts locked transfers from `MaxLockSenders` senders already.
		TooManyLockSenders,
		/// The caller already accepts locked transfers from that sender.
		LockSenderAlreadyAllowed,
		/// The caller does not accept locked transfers from that sender.
		UnknownLockSender,
		/// No lock at that index, or it has already been released.
		UnknownLock,
		/// The lock is not conditional; it follows its schedule.
		NotConditional,
		/// The oracle value is unknown, stale or does not satisfy the lock's condition.
		ConditionNotMet,
		/// The destination is the caller.
		SelfTransfer,
		/// Both sides of a swap or a pair are the same token.
		SameToken,
		/// The swap or offering duration is zero or too long.
		BadDuration,
		/// No such swap.
		UnknownSwap,
		/// The swap has expired.
		SwapExpired,
		/// The swap is reserved for another taker.
		NotTaker,
		/// Only the maker may cancel a swap before it expires.
		NotMaker,
		/// The account has `MaxSwapsPerAccount` open swaps.
		TooManySwaps,
		/// The base of a pair must be an MST.
		BaseNotMst,
		/// A price of zero.
		ZeroPrice,
		/// The order is worth less than the book's minimum order value, or less than one lot at
		/// its price (the fewest base units whose quote value is a whole number of units).
		OrderTooSmall,
		/// The order would trade against the caller's own order.
		SelfTrade,
		/// The book side holds `MaxOrdersPerBook` orders.
		BookFull,
		/// The account has `MaxOrdersPerAccount` resting orders.
		TooManyOrders,
		/// No such resting order.
		UnknownOrder,
		/// The order belongs to someone else.
		NotOrderOwner,
		/// No such offering.
		UnknownOffering,
		/// The offering has not started or has ended.
		OfferingNotOpen,
		/// The amount exceeds what is left in the offering.
		OfferingSoldOut,
		/// The caller's CID reputation is below the offering's threshold (no CID counts as 0).
		ReputationTooLow,
		/// Only the seller may close an offering before it ends.
		NotSeller,
		/// The account has `MaxOfferingsPerAccount` open offerings.
		TooManyOfferings,
		/// An arithmetic overflow in a price computation.
		Overflow,
		/// pallet-assets refused to create the asset (its id is taken).
		AssetCreationFailed,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Issue a new token `symbol` with `supply` units to the caller, optionally locked.
		///
		/// - Origin: signed; must own the symbol's domain cert, hold a naming cert for the symbol,
		///   or be the first to issue in the domain (then it gets the domain cert).
		/// - Errors: the `Symbol*` errors, `NoIssueRight`, `TooManyDecimals`, `BadThreshold`,
		///   `DescriptionTooLong`, `CannotPay`, `BadLockModel`.
		/// - Events: `Issued`, `CertIssued` (issue cert, and domain cert if new), `CertUsed`,
		///   `Locked`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::issue())]
		pub fn issue(
			origin: OriginFor<T>,
			symbol: Vec<u8>,
			decimals: u8,
			supply: BalanceOf<T>,
			secondary: SecondaryIssue,
			description: Vec<u8>,
			lock: Option<LockModelOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_issue(who, symbol, decimals, supply, secondary, description, lock)
		}

		/// Transfer `amount` of `symbol` to `to` (the sender's account may be emptied).
		///
		/// - Origin: signed.
		/// - Errors: `UnknownToken`, `ZeroAmount`, `SelfTransfer`, `InsufficientBalance`,
		///   `BalanceLocked`.
		/// - Events: `Transferred`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::transfer())]
		pub fn transfer(
			origin: OriginFor<T>,
			symbol: Vec<u8>,
			to: AccountIdLookupOf<T>,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let to = T::Lookup::lookup(to)?;
			Self::do_transfer(who, symbol, to, amount)
		}

		/// Issue `amount` more of `symbol` to the caller, optionally locked.
		///
		/// - Origin: signed; the issue-cert holder, holding at least the token's threshold
		///   percentage of the supply.
		/// - Errors: `UnknownToken`, `NotCertHolder`, `SecondaryIssueForbidden`, `BelowThreshold`,
		///   `SupplyOverflow`, `ZeroAmount`, `BadLockModel`.
		/// - Events: `SecondaryIssued`, `Locked`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::secondary_issue())]
		pub fn secondary_issue(
			origin: OriginFor<T>,
			symbol: Vec<u8>,
			amount: BalanceOf<T>,
			lock: Option<LockModelOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_secondary_issue(who, symbol, amount, lock)
		}

		/// Lock `amount` of the caller's `symbol` under `model`.
		///
		/// - Origin: signed.
		/// - Errors: `UnknownToken`, `ZeroAmount`, `InsufficientBalance`, `BalanceLocked`,
		///   `BadLockModel`, `UnknownFeedKey`, `TooManyLocks`.
		/// - Events: `Locked`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::lock())]
		pub fn lock(
			origin: OriginFor<T>,
			symbol: Vec<u8>,
			amount: BalanceOf<T>,
			model: LockModelOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_lock_own(who, symbol, amount, model)
		}

		/// Transfer `amount` of `symbol` to `to`, locked there under `model`. The recipient
		/// must accept locked transfers from the caller (`allow_locks_from`).
		///
		/// - Origin: signed.
		/// - Errors: `LocksNotAccepted`, and as `transfer` and `lock`.
		/// - Events: `Transferred`, `Locked`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::transfer_locked().saturating_add(T::DbWeight::get().reads(1)))]
		pub fn transfer_locked(
			origin: OriginFor<T>,
			symbol: Vec<u8>,
			to: AccountIdLookupOf<T>,
			amount: BalanceOf<T>,
			model: LockModelOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let to = T::Lookup::lookup(to)?;
			Self::do_transfer_locked(who, symbol, to, amount, model)
		}

		/// Offer `give_amount` of `give` for `want_amount` of `want` (symbols; `MINI` is the
		/// native token) until `duration` blocks from now; `give` is escrowed.
		///
		/// - Origin: signed.
		/// - Errors: `UnknownToken`, `SameToken`, `ZeroAmount`, `BadDuration`, `TooManySwaps`,
		///   `InsufficientBalance`, `BalanceLocked`, `CannotPay`.
		/// - Events: `SwapCreated`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::create_swap())]
		pub fn create_swap(
			origin: OriginFor<T>,
			give: Vec<u8>,
			give_amount: BalanceOf<T>,
			want: Vec<u8>,
			want_amount: BalanceOf<T>,
			taker: Option<AccountIdLookupOf<T>>,
			duration: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let taker = taker.map(T::Lookup::lookup).transpose()?;
			Self::do_create_swap(who, (give, give_amount), (want, want_amount), taker, duration)
		}

		/// Accept swap `id`: pay its `want` to the maker and receive its escrowed `give`.
		///
		/// - Origin: signed; the named taker if the swap has one, never the maker.
		/// - Errors: `UnknownSwap`, `SwapExpired`, `NotTaker`, `SelfTransfer`,
		///   `InsufficientBalance`, `BalanceLocked`, `CannotPay`.
		/// - Events: `SwapAccepted`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::accept_swap())]
		pub fn accept_swap(origin: OriginFor<T>, id: SwapId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_swap(who, id)
		}

		/// Cancel swap `id` and return the escrow to the maker.
		///
		/// - Origin: signed; the maker, or anyone once the swap has expired.
		/// - Errors: `UnknownSwap`, `NotMaker`.
		/// - Events: `SwapCancelled`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cancel_swap())]
		pub fn cancel_swap(origin: OriginFor<T>, id: SwapId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_swap(who, id)
		}

		/// Burn `amount` of the caller's `symbol`, reducing the supply.
		///
		/// - Origin: signed.
		/// - Errors: `UnknownToken`, `ZeroAmount`, `InsufficientBalance`, `BalanceLocked`.
		/// - Events: `Burned`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::burn())]
		pub fn burn(origin: OriginFor<T>, symbol: Vec<u8>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_burn(who, symbol, amount)
		}

		/// Place a limit order to `side` `amount` base units of `base` at `price` `quote` units
		/// per whole base token. It trades against resting orders (best price first, then oldest)
		/// up to `MaxMatchesPerOrder`, always at the resting order's exact price (fills are whole
		/// lots, so no side pays more or receives less than its limit); the rest rests in the
		/// book for `OrderLifetime` blocks. Expired and unsettleable resting orders met on the
		/// way are removed and skipped; a full book side returns its worst order to make room
		/// for a better one.
		///
		/// - Origin: signed.
		/// - Errors: `UnknownToken`, `BaseNotMst`, `SameToken`, `ZeroPrice`, `ZeroAmount`,
		///   `OrderTooSmall`, `SelfTrade`, `BookFull`, `TooManyOrders`, `InsufficientBalance`,
		///   `BalanceLocked`, `CannotPay`, `Overflow`.
		/// - Events: `Traded`, `OrderFilled`, `OrderPlaced`, `OrderRemainderReturned`,
		///   `OrderExpired`, `OrderUnsettleable`, `OrderEvicted`.
		#[pallet::call_index(9)]
		#[pallet::weight(
			T::WeightInfo::place_order(T::MaxMatchesPerOrder::get())
				.saturating_add(T::WeightInfo::cancel_order())
		)]
		pub fn place_order(
			origin: OriginFor<T>,
			base: Vec<u8>,
			quote: Vec<u8>,
			side: Side,
			price: BalanceOf<T>,
			amount: BalanceOf<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let matches = Self::do_place_order(who, base, quote, side, price, amount)?;
			// A full book may have returned one order to make room (`cancel_order`'s weight).
			let weight =
				T::WeightInfo::place_order(matches).saturating_add(T::WeightInfo::cancel_order());
			Ok(Some(weight).into())
		}

		/// Cancel resting order `id` and return its escrow to its owner.
		///
		/// - Origin: signed; the order's owner, or anyone once the order expired.
		/// - Errors: `UnknownOrder`, `NotOrderOwner`.
		/// - Events: `OrderCancelled` (`OrderExpired` for an expired order).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::cancel_order())]
		pub fn cancel_order(origin: OriginFor<T>, id: OrderId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_order(who, id)
		}

		/// Grant `to` the naming cert for `symbol`, which lies in the caller's domain.
		///
		/// - Origin: signed; the holder of the symbol's domain cert.
		/// - Errors: the `Symbol*` errors, `NotCertHolder`, `SymbolTaken`, `NamingCertExists`,
		///   `UnknownCid`.
		/// - Events: `CertIssued`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::issue_naming_cert())]
		pub fn issue_naming_cert(
			origin: OriginFor<T>,
			symbol: Vec<u8>,
			to: CertTarget<AccountIdLookupOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let to = Self::resolve_target(to)?;
			Self::do_issue_naming_cert(who, symbol, to)
		}

		/// Transfer the caller's `kind` cert for `symbol` to `to` (for a domain cert, the domain of
		/// `symbol`).
		///
		/// - Origin: signed; the cert's holder.
		/// - Errors: the `Symbol*` errors, `UnknownCert`, `NotCertHolder`, `SelfTransfer`,
		///   `UnknownCid`.
		/// - Events: `CertTransferred`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::transfer_cert())]
		pub fn transfer_cert(
			origin: OriginFor<T>,
			symbol: Vec<u8>,
			kind: CertKind,
			to: CertTarget<AccountIdLookupOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let to = Self::resolve_target(to)?;
			Self::do_transfer_cert(who, symbol, kind, to)
		}

		/// Offer `cap` units of `symbol` at `price` MINI units per whole token for `window` blocks
		/// to accounts whose CID reputation is at least `min_reputation`; `cap` is escrowed.
		///
		/// - Origin: signed; the token's issue-cert holder.
		/// - Errors: `UnknownToken`, `NotCertHolder`, `ZeroAmount`, `ZeroPrice`, `BadDuration`,
		///   `TooManyOfferings`, `InsufficientBalance`, `BalanceLocked`.
		/// - Events: `OfferingCreated`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::create_offering())]
		pub fn create_offering(
			origin: OriginFor<T>,
			symbol: Vec<u8>,
			price: BalanceOf<T>,
			cap: BalanceOf<T>,
			window: BlockNumberFor<T>,
			min_reputation: Reputation,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_offering(who, symbol, price, cap, window, min_reputation)
		}

		/// Buy `amount` units in offering `id`, paying MINI to the seller.
		///
		/// - Origin: signed; reputation of its (lowest) CID at least the offering's threshold.
		/// - Errors: `UnknownOffering`, `OfferingNotOpen`, `OfferingSoldOut`, `ReputationTooLow`,
		///   `ZeroAmount`, `OrderTooSmall`, `SelfTransfer`, `CannotPay`, `Overflow`.
		/// - Events: `Participated`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::participate())]
		pub fn participate(
			origin: OriginFor<T>,
			id: OfferingId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_participate(who, id, amount)
		}

		/// Release `who`'s conditional lock number `index` (its position in `Locks(asset, who)`)
		/// in `symbol` if the combined oracle value now satisfies its condition.
		///
		/// - Origin: signed; anyone (the condition, not the caller, decides).
		/// - Errors: `UnknownToken`, `UnknownLock`, `NotConditional`, `ConditionNotMet`.
		/// - Events: `Unlocked`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::try_unlock())]
		pub fn try_unlock(
			origin: OriginFor<T>,
			symbol: Vec<u8>,
			who: AccountIdLookupOf<T>,
			index: u32,
		) -> DispatchResult {
			ensure_signed(origin)?;
			let who = T::Lookup::lookup(who)?;
			Self::do_try_unlock(symbol, who, index)
		}

		/// Close offering `id` and release the unsold tokens to the seller.
		///
		/// - Origin: signed; the seller, or anyone once the window has ended.
		/// - Errors: `UnknownOffering`, `NotSeller`.
		/// - Events: `OfferingClosed`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::close_offering())]
		pub fn close_offering(origin: OriginFor<T>, id: OfferingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_close_offering(who, id)
		}

		/// Accept locked transfers (`transfer_locked`) from `sender`.
		///
		/// - Origin: signed.
		/// - Errors: `LockSenderAlreadyAllowed`, `TooManyLockSenders`.
		/// - Events: `LockSenderAllowed`.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::allow_locks_from())]
		pub fn allow_locks_from(
			origin: OriginFor<T>,
			sender: AccountIdLookupOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let sender = T::Lookup::lookup(sender)?;
			Self::do_allow_locks_from(who, sender)
		}

		/// Stop accepting locked transfers from `sender` (locks already placed stay).
		///
		/// - Origin: signed.
		/// - Errors: `UnknownLockSender`.
		/// - Events: `LockSenderDisallowed`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::disallow_locks_from())]
		pub fn disallow_locks_from(
			origin: OriginFor<T>,
			sender: AccountIdLookupOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let sender = T::Lookup::lookup(sender)?;
			Self::do_disallow_locks_from(who, sender)
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxUnlockPeriods::get() >= 1, "MaxUnlockPeriods must be at least 1");
			assert!(T::MaxMatchesPerOrder::get() >= 1, "MaxMatchesPerOrder must be at least 1");
			assert!(T::MaxOrdersPerBook::get() >= 1, "MaxOrdersPerBook must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
