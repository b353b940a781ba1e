//! Types stored by the MST pallet, taken by its calls and returned by its runtime API.

use super::*;
use alloc::vec::Vec;
use frame_support::traits::fungible::Inspect;

pub(crate) type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
pub(crate) type AccountIdLookupOf<T> =
	<<T as frame_system::Config>::Lookup as StaticLookup>::Source;
/// The pallet-assets id of an MST. Allocated by this pallet, in issue order.
pub type AssetId = u32;
/// The id of a swap (`Swaps`), in creation order.
pub type SwapId = u32;
/// The id of an order (`OrderBook`), in placement order: a lower id at the same price came first.
pub type OrderId = u32;
/// The id of an offering (`Offerings`), in creation order.
pub type OfferingId = u32;
/// A token description, at most `MaxDescriptionLen` bytes.
pub type DescriptionOf<T> = BoundedVec<u8, <T as Config>::MaxDescriptionLen>;
/// The stored record of a token.
pub type TokenOf<T> = TokenDetails<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	BlockNumberFor<T>,
	DescriptionOf<T>,
>;
/// A lock model as given to a call.
pub type LockModelOf<T> = LockModel<BalanceOf<T>, <T as Config>::MaxUnlockPeriods>;
/// A stored lock.
pub type LockOf<T> = Lock<BalanceOf<T>, BlockNumberFor<T>, <T as Config>::MaxUnlockPeriods>;
/// The locks of one account in one token.
pub type LocksOf<T> = BoundedVec<LockOf<T>, <T as Config>::MaxLocksPerAccount>;
/// A stored swap.
pub type SwapOf<T> = Swap<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
/// A resting order.
pub type OrderOf<T> =
	Order<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
/// One side of one order book, best order first.
pub type BookSideOf<T> = BoundedVec<OrderOf<T>, <T as Config>::MaxOrdersPerBook>;
/// A stored offering.
pub type OfferingOf<T> =
	Offering<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

macro_rules! api_type {
	($(#[$meta:meta])* $vis:vis $kind:ident $($rest:tt)*) => {
		$(#[$meta])*
		#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
		$vis $kind $($rest)*
	};
}

use minix_primitives::stored;

stored! {
	/// Who may issue more of a token later, following the MVS secondary-issue threshold.
	pub enum SecondaryIssue {
		/// Nobody, ever (MVS threshold 0).
		#[codec(index = 0)]
		Forbidden,
		/// The issue-cert holder, with no holding requirement (MVS threshold 127).
		#[codec(index = 1)]
		Freely,
		/// The issue-cert holder while it holds at least this percentage (1–100) of the supply.
		#[codec(index = 2)]
		Threshold(u8),
	}
}

impl SecondaryIssue {
	/// Whether the rule is well formed (a threshold is 1–100).
	pub fn is_valid(&self) -> bool {
		match self {
			SecondaryIssue::Threshold(p) => (1..=100).contains(p),
			_ => true,
		}
	}
}

stored! {
	/// The record of an issued token. Its supply and balances live in pallet-assets.
	pub struct TokenDetails<AccountId, Balance, BlockNumber, Description> {
		/// The pallet-assets id.
		pub asset_id: AssetId,
		/// Who issued it first (and paid the deposit).
		pub issuer: AccountId,
		/// Decimal places, as in the pallet-assets metadata.
		pub decimals: u8,
		/// The secondary-issue rule.
		pub secondary: SecondaryIssue,
		/// Free text (e.g. a URL or a content hash).
		pub description: Description,
		/// The storage deposit held from `issuer`.
		pub deposit: Balance,
		/// The block of the first issue.
		pub issued_at: BlockNumber,
	}
}

stored! {
	/// The three kinds of certificate over symbols.
	#[derive(Copy)]
	pub enum CertKind {
		/// Ownership of a domain (`SONY` for `SONY.GAME`): the right to issue anything in it and
		/// to grant naming certs.
		#[codec(index = 0)]
		Domain,
		/// The right to issue one exact symbol; used up by the issue.
		#[codec(index = 1)]
		Naming,
		/// The right of secondary issue of an issued token.
		#[codec(index = 2)]
		Issue,
	}
}

stored! {
	/// Who a cert goes to: an account, or the account that owns a CID when the call runs.
	pub enum CertTarget<Source> {
		/// This account.
		#[codec(index = 0)]
		Account(Source),
		/// The current owner of this CID.
		#[codec(index = 1)]
		Cid(Cid),
	}
}

/// How a lock releases, after the MVS attenuation models. Each variant keeps its codec index,
/// so a later variant (the oracle-conditional unlock of step 4) needs no storage migration.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxPeriods))]
#[codec(mel_bound(Balance: MaxEncodedLen))]
pub enum LockModel<Balance: Clone + PartialEq + Eq + core::fmt::Debug, MaxPeriods: Get<u32>> {
	/// MVS model 1, fixed quantity: `total / unlocks` every `period / unlocks` blocks; the
	/// last unlock also takes the remainders.
	#[codec(index = 1)]
	FixedQuantity {
		/// Blocks from the lock until everything is released (MVS `LP`).
		period: u32,
		/// Number of unlocks (MVS `UN`).
		unlocks: u32,
	},
	/// MVS model 2, custom: unlock `quantities[i]` after `cycles[i]` more blocks. The
	/// quantities must add up to the locked amount.
	#[codec(index = 2)]
	Custom {
		/// Blocks between unlocks (MVS `UC`).
		cycles: BoundedVec<u32, MaxPeriods>,
		/// Amount of each unlock (MVS `UQ`).
		quantities: BoundedVec<Balance, MaxPeriods>,
	},
	/// MVS model 3, fixed rate: every `period / unlocks` blocks; the first unlock is
	/// `total / (1 + rate%)^(unlocks-1)`, each later one `rate%` of what is already unlocked
	/// (rounded down) and the last one the rest.
	#[codec(index = 3)]
	FixedRate {
		/// Blocks from the lock until everything is released (MVS `LP`).
		period: u32,
		/// Number of unlocks (MVS `UN`).
		unlocks: u32,
		/// Growth per unlock, in percent (MVS `IR`), 1–100.
		rate: u8,
	},
	/// Conditional (MiniX): everything stays locked until the combined oracle value satisfies
	/// `condition` (anyone may then call `try_unlock`), or at the latest until `deadline`
	/// blocks from now.
	#[codec(index = 4)]
	Conditional {
		/// The oracle condition that releases the lock.
		condition: Condition,
		/// Blocks from the lock until it is released regardless of the oracle (fallback).
		deadline: u32,
	},
}

stored! {
	/// The model a stored lock was made with (its parameters are expanded into the schedule;
	/// a conditional lock keeps its condition).
	pub enum LockKind {
		/// MVS model 1.
		#[codec(index = 1)]
		FixedQuantity,
		/// MVS model 2.
		#[codec(index = 2)]
		Custom,
		/// MVS model 3.
		#[codec(index = 3)]
		FixedRate,
		/// Released by `try_unlock` once `condition` holds, or at the end of its schedule.
		#[codec(index = 4)]
		Conditional {
			/// The oracle condition that releases the lock.
			condition: Condition,
		},
	}
}

/// A lock on part of an account's token balance. The frozen amount at block `n` is the sum of
/// the schedule entries due after `n`; pallet-assets asks for it through its freezer hook.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxPeriods))]
#[codec(mel_bound(Balance: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct Lock<
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxPeriods: Get<u32>,
> {
	/// The model the schedule came from.
	pub kind: LockKind,
	/// The amount locked.
	pub amount: Balance,
	/// `(block, amount)`: `amount` becomes spendable at `block`. Ascending blocks.
	pub schedule: BoundedVec<(BlockNumber, Balance), MaxPeriods>,
}

impl<Balance, BlockNumber, MaxPeriods> Lock<Balance, BlockNumber, MaxPeriods>
where
	Balance: AtLeast32BitUnsigned + Copy + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + PartialOrd + core::fmt::Debug,
	MaxPeriods: Get<u32>,
{
	/// The amount still locked at block `now`.
	pub fn locked_at(&self, now: &BlockNumber) -> Balance {
		self.schedule
			.iter()
			.filter(|(at, _)| at > now)
			.fold(Balance::zero(), |acc, (_, q)| acc.saturating_add(*q))
	}
}

stored! {
	/// A token in swaps and the exchange: the native MINI or an MST.
	#[derive(Copy, PartialOrd, Ord)]
	pub enum Token {
		/// Mini Point, the native balance.
		#[codec(index = 0)]
		Mini,
		/// An MST, by pallet-assets id.
		#[codec(index = 1)]
		Mst(AssetId),
	}
}

stored! {
	/// An open two-party swap: `maker` escrowed `give` and wants `want` for it.
	pub struct Swap<AccountId, Balance, BlockNumber> {
		/// Who created it (and gets everything back on cancel or expiry).
		pub maker: AccountId,
		/// The token and amount escrowed from the maker.
		pub give: (Token, Balance),
		/// The token and amount the maker wants.
		pub want: (Token, Balance),
		/// The only account that may accept it, if set.
		pub taker: Option<AccountId>,
		/// The last block in which it can be accepted.
		pub expires_at: BlockNumber,
	}
}

stored! {
	/// A side of an order book.
	#[derive(Copy)]
	pub enum Side {
		/// Buy the base token with the quote token.
		#[codec(index = 0)]
		Buy,
		/// Sell the base token for the quote token.
		#[codec(index = 1)]
		Sell,
	}
}

impl Side {
	/// The other side.
	pub fn opposite(self) -> Side {
		match self {
			Side::Buy => Side::Sell,
			Side::Sell => Side::Buy,
		}
	}
}

stored! {
	/// A market: an MST (`base`) priced in MINI or another MST (`quote`).
	#[derive(Copy, PartialOrd, Ord)]
	pub struct Pair {
		/// The token traded, always an MST.
		pub base: AssetId,
		/// The token prices are given in.
		pub quote: Token,
	}
}

stored! {
	/// A resting limit order. Prices are quote units per whole base token
	/// (`10^decimals` base units).
	pub struct Order<AccountId, Balance, BlockNumber> {
		/// Its id (ids grow, so a lower id at the same price came first).
		pub id: OrderId,
		/// Who placed it.
		pub owner: AccountId,
		/// The limit price.
		pub price: Balance,
		/// Base units still to trade.
		pub remaining: Balance,
		/// What is still escrowed for it: base units for a sell, quote units for a buy.
		pub escrowed: Balance,
		/// The last block it may trade in; after it, anyone may cancel it and matching skips
		/// it.
		pub expires_at: BlockNumber,
	}
}

stored! {
	/// A fixed-price token offering (an initial sale) by a token's issue-cert holder.
	pub struct Offering<AccountId, Balance, BlockNumber> {
		/// The token sold.
		pub asset_id: AssetId,
		/// Who sells (tokens escrowed from this account, MINI paid to it).
		pub seller: AccountId,
		/// MINI units per whole token.
		pub price: Balance,
		/// Token units still for sale (escrowed).
		pub remaining: Balance,
		/// The first block of the window.
		pub starts_at: BlockNumber,
		/// The last block of the window.
		pub ends_at: BlockNumber,
		/// The CID reputation a participant needs.
		pub min_reputation: Reputation,
	}
}

api_type! {
	/// A token as the runtime API reports it.
	pub struct TokenInfo<AccountId, Balance, BlockNumber> {
		/// The symbol.
		pub symbol: Vec<u8>,
		/// The pallet-assets id.
		pub asset_id: AssetId,
		/// Who issued it first.
		pub issuer: AccountId,
		/// Who holds its issue cert now (if anybody).
		pub issue_cert: Option<AccountId>,
		/// Decimal places.
		pub decimals: u8,
		/// Current supply.
		pub supply: Balance,
		/// The secondary-issue rule.
		pub secondary: SecondaryIssue,
		/// The description.
		pub description: Vec<u8>,
		/// The block of the first issue.
		pub issued_at: BlockNumber,
	}
}

api_type! {
	/// The aggregated depth of one order book.
	pub struct BookDepth<Balance> {
		/// `(price, total base units)` of the buy side, best (highest) price first.
		pub bids: Vec<(Balance, Balance)>,
		/// `(price, total base units)` of the sell side, best (lowest) price first.
		pub asks: Vec<(Balance, Balance)>,
	}
}

api_type! {
	/// One account's holding of one MST (`MstApi::account`).
	pub struct MstAccount<Balance> {
		/// Everything it holds, locked and escrowed included: what MiniX calls its *balance*
		/// (pallet-assets' balance of the account).
		pub balance: Balance,
		/// The part a lock keeps from it now.
		pub locked: Balance,
		/// The part escrowed in place by its orders, swaps, offerings and deposit locks.
		pub escrowed: Balance,
	}
}
