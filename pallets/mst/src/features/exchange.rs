//! The exchange: one limit order book per pair (an MST against MINI or another MST).
//!
//! Prices are quote units per whole base token (`10^decimals` base units). An incoming order
//! trades against the opposite side best price first, oldest first at one price, at the resting
//! order's price, for at most `MaxMatchesPerOrder` resting orders; what is left rests in the book
//! unless the matching bound stopped it while it still crosses (then it is returned, so the book
//! never rests crossed). Everything an order could need is escrowed when it is placed: base
//! units for a sell, `ceil(amount * price)` quote units for a buy; a buy filled at better prices
//! gets the difference back.
//!
//! **Limit prices hold exactly.** A fill at price `p` is a whole number of *lots*, the fewest
//! base units whose value at `p` is a whole number of quote units
//! (`10^decimals / gcd(p, 10^decimals)`), so the quote paid is exactly `fill * p / 10^decimals`:
//! the buyer pays no more, and the seller receives no less, than `p`, which lies within both
//! limits. What cannot make a lot at the resting price is returned instead of traded.
//!
//! **Nobody can block a book.** Orders are worth at least a minimum (`MinOrderValue` in MINI,
//! or the quote token's minimum balance) and expire after `OrderLifetime` blocks. A resting
//! order that expired, or cannot settle (its owner can no longer receive what it bought, or its
//! escrow is gone), is removed and skipped during matching instead of reverting the taker; a
//! full book side returns its worst (or an expired) order to make room for a better one.

use crate::*;
use alloc::vec::Vec;
use frame_support::traits::{
	fungible::{Inspect as _, InspectHold as _},
	fungibles::Inspect as _,
	tokens::{DepositConsequence, Provenance},
};
use sp_runtime::{
	traits::{CheckedSub, Saturating},
	Rounding,
};

/// What matching does with the best resting order.
enum Meet {
	/// Trade this many base units.
	Fill(u128),
	/// The order expired: remove it and go on.
	Expired,
	/// The order cannot settle: remove it and go on.
	Unsettleable,
	/// Stop matching; the incoming order's remainder is returned.
	Stop,
}

/// An incoming order while it matches.
struct Taker<T: Config> {
	/// Its owner.
	who: T::AccountId,
	/// Its pair.
	pair: Pair,
	/// What it does with the base token.
	side: Side,
	/// Its limit price.
	price: BalanceOf<T>,
	/// The base token's decimals.
	decimals: u8,
	/// Base units still to trade.
	remaining: BalanceOf<T>,
	/// What is still escrowed for it: base units for a sell, quote units for a buy.
	escrowed: BalanceOf<T>,
	/// Resting orders met so far (traded, expired or dropped).
	matches: u32,
}

impl<T: Config> Pallet<T> {
	/// The token an order on `side` of `pair` escrows.
	fn escrow_token(pair: &Pair, side: Side) -> Token {
		match side {
			Side::Sell => Token::Mst(pair.base),
			Side::Buy => pair.quote,
		}
	}

	/// Place a limit order and match it against the opposite side of its book; returns how many
	/// resting orders it traded against.
	///
	/// - `who`: the order's owner; its side of the trade is escrowed in place.
	/// - `base`, `quote`: the pair's symbols (`quote` may be `MINI`; `base` is an MST).
	/// - `side`: `Buy` or `Sell` of `base`.
	/// - `price`: quote units per whole base token (`10^decimals` base units).
	/// - `amount`: base units; fills come in whole lots, and what still crosses after
	///   `MaxMatchesPerOrder` matches is returned rather than rested.
	pub(crate) fn do_place_order(
		who: T::AccountId,
		base: Vec<u8>,
		quote: Vec<u8>,
		side: Side,
		price: BalanceOf<T>,
		amount: BalanceOf<T>,
	) -> Result<u32, DispatchError> {
		let mut taker = Self::open_order(who, &base, &quote, side, price, amount)?;
		let now = frame_system::Pallet::<T>::block_number();
		let may_rest = Self::match_order(&mut taker, now)?;
		let matches = taker.matches;
		let worth_resting =
			Self::worth_resting(&taker.pair, taker.decimals, price, taker.remaining)?;
		if taker.remaining.is_zero() || !may_rest || !worth_resting {
			Self::return_remainder(taker)?;
		} else {
			Self::rest_order(taker, now)?;
		}
		Ok(matches)
	}

	/// Check an incoming order and escrow everything it could need.
	fn open_order(
		who: T::AccountId,
		base: &[u8],
		quote: &[u8],
		side: Side,
		price: BalanceOf<T>,
		amount: BalanceOf<T>,
	) -> Result<Taker<T>, DispatchError> {
		let Token::Mst(base_id) = Self::parse_token(base)? else {
			return Err(Error::<T>::BaseNotMst.into());
		};
		let quote = Self::parse_token(quote)?;
		ensure!(quote != Token::Mst(base_id), Error::<T>::SameToken);
		ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let decimals = Self::decimals_of(base_id)?;
		let pair = Pair { base: base_id, quote };
		ensure!(Self::worth_resting(&pair, decimals, price, amount)?, Error::<T>::OrderTooSmall);
		let escrowed = match side {
			Side::Sell => amount,
			Side::Buy => Self::quote_of(amount, price, decimals, Rounding::Up)?,
		};
		Self::escrow_in_place(Self::escrow_token(&pair, side), &who, escrowed)?;
		Ok(Taker { who, pair, side, price, decimals, remaining: amount, escrowed, matches: 0 })
	}

	/// Trade `taker` against the opposite side of its book, best price first, until it is
	/// filled, no longer crosses, or meets the matching bound; returns whether its remainder may
	/// rest (false when the bound stopped it while it still crosses).
	fn match_order(taker: &mut Taker<T>, now: BlockNumberFor<T>) -> Result<bool, DispatchError> {
		let (pair, side) = (taker.pair, taker.side);
		let mut rest = true;
		let mut book = Books::<T>::get(pair, side.opposite());
		while !taker.remaining.is_zero() {
			let Some(mut maker) = book.first().cloned() else { break };
			let crosses = match side {
				Side::Buy => maker.price <= taker.price,
				Side::Sell => maker.price >= taker.price,
			};
			if !crosses {
				break;
			}
			if taker.matches == T::MaxMatchesPerOrder::get() {
				rest = false;
				break;
			}
			let fill = match Self::meet(&pair, side, &maker, taker.remaining, taker.decimals, now)?
			{
				Meet::Fill(fill) => {
					BalanceOf::<T>::try_from(fill).map_err(|_| Error::<T>::Overflow)?
				},
				Meet::Expired => {
					taker.matches += 1;
					book.remove(0);
					Self::retire_order(&pair, side.opposite(), &maker)?;
					Self::deposit_event(Event::OrderExpired { id: maker.id, owner: maker.owner });
					continue;
				},
				Meet::Unsettleable => {
					taker.matches += 1;
					book.remove(0);
					Self::drop_unsettleable(&pair, side.opposite(), &maker);
					continue;
				},
				Meet::Stop => {
					rest = false;
					break;
				},
			};
			Self::settle_fill(taker, &mut maker, fill)?;
			// A resting remainder too small to trade again (less than a lot, or worth less than
			// the minimum) would only take space: close it.
			if !Self::worth_resting(&pair, taker.decimals, maker.price, maker.remaining)? {
				book.remove(0);
				Self::retire_order(&pair, side.opposite(), &maker)?;
				Self::deposit_event(Event::OrderFilled { id: maker.id });
			} else {
				book[0] = maker;
			}
		}
		Books::<T>::insert(pair, side.opposite(), book);
		Ok(rest)
	}

	/// Trade `fill` base units between `taker` and the resting `maker` at the maker's price,
	/// from both escrows.
	fn settle_fill(
		taker: &mut Taker<T>,
		maker: &mut OrderOf<T>,
		fill: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(maker.owner != taker.who, Error::<T>::SelfTrade);
		let overflow = || DispatchError::from(Error::<T>::Overflow);
		let (pair, side) = (taker.pair, taker.side);
		let quote_amount = Self::quote_of(fill, maker.price, taker.decimals, Rounding::Down)?;
		let (seller, buyer) = match side {
			Side::Buy => (&maker.owner, &taker.who),
			Side::Sell => (&taker.who, &maker.owner),
		};
		Self::pay_from_escrow(Token::Mst(pair.base), seller, buyer, fill)?;
		Self::pay_from_escrow(pair.quote, buyer, seller, quote_amount)?;
		let (taker_paid, maker_paid) = match side {
			Side::Buy => (quote_amount, fill),
			Side::Sell => (fill, quote_amount),
		};
		taker.escrowed = taker.escrowed.checked_sub(&taker_paid).ok_or_else(overflow)?;
		maker.escrowed = maker.escrowed.checked_sub(&maker_paid).ok_or_else(overflow)?;
		maker.remaining = maker.remaining.saturating_sub(fill);
		taker.remaining = taker.remaining.saturating_sub(fill);
		taker.matches += 1;
		Self::deposit_event(Event::Traded {
			pair,
			maker_order: maker.id,
			maker: maker.owner.clone(),
			taker: taker.who.clone(),
			taker_side: side,
			price: maker.price,
			amount: fill,
			quote_amount,
		});
		Ok(())
	}

	/// Give back what is left of an incoming order's escrow (it is done, or cannot rest).
	fn return_remainder(taker: Taker<T>) -> DispatchResult {
		Self::release_escrow(
			Self::escrow_token(&taker.pair, taker.side),
			&taker.who,
			taker.escrowed,
		)?;
		if !taker.remaining.is_zero() {
			Self::deposit_event(Event::OrderRemainderReturned {
				owner: taker.who,
				pair: taker.pair,
				amount: taker.remaining,
			});
		}
		Ok(())
	}

	/// Rest what is left of an incoming order in its book side, at its price after the orders
	/// already there at that price; a full side first makes room.
	fn rest_order(taker: Taker<T>, now: BlockNumberFor<T>) -> DispatchResult {
		let Taker { who, pair, side, price, remaining, escrowed, .. } = taker;
		let id = NextOrderId::<T>::get();
		NextOrderId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let mut own_book = Books::<T>::get(pair, side);
		if own_book.is_full() {
			Self::make_room(&pair, side, &mut own_book, price, now)?;
		}
		let position = own_book
			.iter()
			.position(|o| match side {
				Side::Buy => o.price < price,
				Side::Sell => o.price > price,
			})
			.unwrap_or(own_book.len());
		own_book
			.try_insert(
				position,
				Order {
					id,
					owner: who.clone(),
					price,
					remaining,
					escrowed,
					expires_at: now.saturating_add(T::OrderLifetime::get()),
				},
			)
			.map_err(|_| Error::<T>::BookFull)?;
		Books::<T>::insert(pair, side, own_book);
		OrderBook::<T>::insert(id, (pair, side));
		OrdersOf::<T>::try_mutate(&who, |ids| ids.try_push(id))
			.map_err(|_| Error::<T>::TooManyOrders)?;
		Self::deposit_event(Event::OrderPlaced {
			id,
			pair,
			side,
			owner: who,
			price,
			amount: remaining,
		});
		Ok(())
	}

	/// Remove a resting order and release its escrow to its owner.
	///
	/// - `who`: the order's owner, or anyone once the order has expired.
	/// - `id`: the order.
	pub(crate) fn do_cancel_order(who: T::AccountId, id: OrderId) -> DispatchResult {
		let (pair, side) = OrderBook::<T>::get(id).ok_or(Error::<T>::UnknownOrder)?;
		let mut book = Books::<T>::get(pair, side);
		let index = book.iter().position(|o| o.id == id).ok_or(Error::<T>::UnknownOrder)?;
		let expired = book[index].expires_at < frame_system::Pallet::<T>::block_number();
		ensure!(book[index].owner == who || expired, Error::<T>::NotOrderOwner);
		let order = book.remove(index);
		Books::<T>::insert(pair, side, book);
		Self::retire_order(&pair, side, &order)?;
		if expired {
			Self::deposit_event(Event::OrderExpired { id, owner: order.owner });
		} else {
			Self::deposit_event(Event::OrderCancelled { id, owner: who });
		}
		Ok(())
	}

	/// What matching does with `maker`, the best resting order, for an incoming order on `side`
	/// with `remaining` base units left.
	fn meet(
		pair: &Pair,
		side: Side,
		maker: &OrderOf<T>,
		remaining: BalanceOf<T>,
		decimals: u8,
		now: BlockNumberFor<T>,
	) -> Result<Meet, DispatchError> {
		if maker.expires_at < now {
			return Ok(Meet::Expired);
		}
		let lot = Self::lot(maker.price, decimals)?;
		let most: u128 =
			remaining.min(maker.remaining).try_into().map_err(|_| Error::<T>::Overflow)?;
		let fill = most - most % lot;
		if fill == 0 {
			return Ok(Meet::Stop);
		}
		let fill_balance = BalanceOf::<T>::try_from(fill).map_err(|_| Error::<T>::Overflow)?;
		let quote_amount = Self::quote_of(fill_balance, maker.price, decimals, Rounding::Down)?;
		if quote_amount.is_zero() {
			return Ok(Meet::Stop);
		}
		// The maker's side of the trade: it pays from its escrow and receives the other token.
		let (pays, paid, gets, got) = match side.opposite() {
			Side::Sell => (Token::Mst(pair.base), fill_balance, pair.quote, quote_amount),
			Side::Buy => (pair.quote, quote_amount, Token::Mst(pair.base), fill_balance),
		};
		if !Self::escrow_intact(pays, &maker.owner, paid)
			|| !Self::can_receive(gets, &maker.owner, got)
		{
			return Ok(Meet::Unsettleable);
		}
		Ok(Meet::Fill(fill))
	}

	/// The fewest base units whose value at `price` is a whole number of quote units.
	pub(crate) fn lot(price: BalanceOf<T>, decimals: u8) -> Result<u128, DispatchError> {
		let overflow = || DispatchError::from(Error::<T>::Overflow);
		let price: u128 = price.try_into().map_err(|_| overflow())?;
		let unit = 10u128.checked_pow(decimals.into()).ok_or_else(overflow)?;
		let gcd = |mut a: u128, mut b: u128| {
			while b != 0 {
				(a, b) = (b, a % b);
			}
			a
		};
		Ok(unit / gcd(price, unit).max(1))
	}

	/// Whether `amount` base units at `price` may rest: at least one lot, and worth at least the
	/// book's minimum order value.
	fn worth_resting(
		pair: &Pair,
		decimals: u8,
		price: BalanceOf<T>,
		amount: BalanceOf<T>,
	) -> Result<bool, DispatchError> {
		let amount_u128: u128 = amount.try_into().map_err(|_| Error::<T>::Overflow)?;
		if amount_u128 < Self::lot(price, decimals)? {
			return Ok(false);
		}
		let minimum = match pair.quote {
			Token::Mini => T::MinOrderValue::get(),
			Token::Mst(asset) => T::Assets::minimum_balance(asset),
		};
		let value = Self::quote_of(amount, price, decimals, Rounding::Down)?;
		Ok(!value.is_zero() && value >= minimum)
	}

	/// Whether `who`'s escrow of `token` still covers `amount`.
	fn escrow_intact(token: Token, who: &T::AccountId, amount: BalanceOf<T>) -> bool {
		match token {
			Token::Mini => T::Currency::balance_on_hold(&HoldReason::Escrow.into(), who) >= amount,
			Token::Mst(asset) => {
				Escrowed::<T>::get(asset, who) >= amount && T::Assets::balance(asset, who) >= amount
			},
		}
	}

	/// Whether `who` can receive `amount` of `token` (its account can be credited or created).
	fn can_receive(token: Token, who: &T::AccountId, amount: BalanceOf<T>) -> bool {
		let consequence = match token {
			Token::Mini => T::Currency::can_deposit(who, amount, Provenance::Extant),
			Token::Mst(asset) => T::Assets::can_deposit(asset, who, amount, Provenance::Extant),
		};
		consequence == DepositConsequence::Success
	}

	/// Take an unsettleable order out of matching: return what is left of its escrow if it can
	/// be, and forget it either way.
	fn drop_unsettleable(pair: &Pair, side: Side, order: &OrderOf<T>) {
		let returned =
			frame_support::storage::with_storage_layer(|| Self::retire_order(pair, side, order));
		if returned.is_err() {
			Self::forget_order(order);
		}
		Self::deposit_event(Event::OrderUnsettleable { id: order.id, owner: order.owner.clone() });
	}

	/// A full `book` side gets one free slot for an order at `price`: an expired order goes
	/// first, else the worst-priced order if `price` is better than it; else `BookFull`.
	fn make_room(
		pair: &Pair,
		side: Side,
		book: &mut BookSideOf<T>,
		price: BalanceOf<T>,
		now: BlockNumberFor<T>,
	) -> DispatchResult {
		if let Some(index) = book.iter().position(|o| o.expires_at < now) {
			let order = book.remove(index);
			Self::retire_order(pair, side, &order)?;
			Self::deposit_event(Event::OrderExpired { id: order.id, owner: order.owner });
			return Ok(());
		}
		let worst = book.last().ok_or(Error::<T>::BookFull)?;
		let better = match side {
			Side::Buy => price > worst.price,
			Side::Sell => price < worst.price,
		};
		ensure!(better, Error::<T>::BookFull);
		let order = book.pop().ok_or(Error::<T>::BookFull)?;
		Self::retire_order(pair, side, &order)?;
		Self::deposit_event(Event::OrderEvicted { id: order.id, owner: order.owner });
		Ok(())
	}

	/// Forget a resting order that left its book and return what is still escrowed for it.
	fn retire_order(pair: &Pair, side: Side, order: &OrderOf<T>) -> DispatchResult {
		Self::release_escrow(Self::escrow_token(pair, side), &order.owner, order.escrowed)?;
		Self::forget_order(order);
		Ok(())
	}

	/// Drop a resting order's indexes (it already left its book).
	fn forget_order(order: &OrderOf<T>) {
		OrderBook::<T>::remove(order.id);
		OrdersOf::<T>::mutate_exists(&order.owner, |ids| {
			if let Some(list) = ids {
				list.retain(|i| *i != order.id);
				if list.is_empty() {
					*ids = None;
				}
			}
		});
	}

	/// The depth of the `pair` book: at most `levels` price levels per side, best first.
	pub fn pair_depth(pair: Pair, levels: u32) -> BookDepth<BalanceOf<T>> {
		let aggregate = |side: Side| {
			let mut out: Vec<(BalanceOf<T>, BalanceOf<T>)> = Vec::new();
			for order in Books::<T>::get(pair, side).iter() {
				if let Some((price, total)) = out.last_mut() {
					if *price == order.price {
						*total = total.saturating_add(order.remaining);
						continue;
					}
				}
				if out.len() as u32 >= levels {
					break;
				}
				out.push((order.price, order.remaining));
			}
			out
		};
		BookDepth { bids: aggregate(Side::Buy), asks: aggregate(Side::Sell) }
	}
}
