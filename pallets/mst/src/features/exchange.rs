//! The exchange: one limit order book per pair (an MST against MINI or another MST).
//!
//! Prices are quote units per whole base token (`10^decimals` base units). An incoming order
//! trades against the opposite side best price first, oldest first at one price, at the resting
//! order's price, for at most `MaxMatchesPerOrder` resting orders; what is left rests in the book
//! unless the matching bound stopped it while it still crosses (then it is returned, so the book
//! never rests crossed). Everything an order could need is escrowed when it is placed: base
//! units for a sell, `ceil(amount * price)` quote units for a buy; a buy filled at better prices
//! gets the difference back. A fill whose quote value rounds to zero never happens: such a
//! remainder is returned instead.

use crate::*;
use alloc::vec::Vec;
use sp_runtime::{
	traits::{CheckedSub, Saturating},
	Rounding,
};

impl<T: Config> Pallet<T> {
	/// The token an order on `side` of `pair` escrows.
	fn escrow_token(pair: &Pair, side: Side) -> Token {
		match side {
			Side::Sell => Token::Mst(pair.base),
			Side::Buy => pair.quote,
		}
	}

	/// Place an order; returns how many resting orders it traded against.
	pub(crate) fn do_place_order(
		who: T::AccountId,
		base: Vec<u8>,
		quote: Vec<u8>,
		side: Side,
		price: BalanceOf<T>,
		amount: BalanceOf<T>,
	) -> Result<u32, DispatchError> {
		let Token::Mst(base_id) = Self::parse_token(&base)? else {
			return Err(Error::<T>::BaseNotMst.into());
		};
		let quote = Self::parse_token(&quote)?;
		ensure!(quote != Token::Mst(base_id), Error::<T>::SameToken);
		ensure!(!price.is_zero(), Error::<T>::ZeroPrice);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let decimals = Self::decimals_of(base_id)?;
		ensure!(
			!Self::quote_of(amount, price, decimals, Rounding::Down)?.is_zero(),
			Error::<T>::OrderTooSmall
		);
		let pair = Pair { base: base_id, quote };
		let own_token = Self::escrow_token(&pair, side);
		let mut escrowed = match side {
			Side::Sell => amount,
			Side::Buy => Self::quote_of(amount, price, decimals, Rounding::Up)?,
		};
		Self::escrow(own_token, &who, escrowed)?;

		let overflow = || DispatchError::from(Error::<T>::Overflow);
		let mut remaining = amount;
		let mut matches = 0u32;
		let mut rest = true;
		let mut book = Books::<T>::get(pair, side.opposite());
		while !remaining.is_zero() {
			let Some(mut maker) = book.first().cloned() else { break };
			let crosses = match side {
				Side::Buy => maker.price <= price,
				Side::Sell => maker.price >= price,
			};
			if !crosses {
				break;
			}
			ensure!(maker.owner != who, Error::<T>::SelfTrade);
			let fill = remaining.min(maker.remaining);
			let quote_amount = Self::quote_of(fill, maker.price, decimals, Rounding::Down)?;
			if matches == T::MaxMatchesPerOrder::get() || quote_amount.is_zero() {
				rest = false;
				break;
			}
			let (seller, buyer) = match side {
				Side::Buy => (&maker.owner, &who),
				Side::Sell => (&who, &maker.owner),
			};
			Self::pay_from_escrow(Token::Mst(base_id), seller, buyer, fill)?;
			Self::pay_from_escrow(quote, buyer, seller, quote_amount)?;
			let (taker_paid, maker_paid) = match side {
				Side::Buy => (quote_amount, fill),
				Side::Sell => (fill, quote_amount),
			};
			escrowed = escrowed.checked_sub(&taker_paid).ok_or_else(overflow)?;
			maker.escrowed = maker.escrowed.checked_sub(&maker_paid).ok_or_else(overflow)?;
			maker.remaining = maker.remaining.saturating_sub(fill);
			remaining = remaining.saturating_sub(fill);
			matches += 1;
			Self::deposit_event(Event::Traded {
				pair,
				maker_order: maker.id,
				maker: maker.owner.clone(),
				taker: who.clone(),
				taker_side: side,
				price: maker.price,
				amount: fill,
				quote_amount,
			});
			// A resting remainder worth less than one quote unit could never trade: close it.
			if Self::quote_of(maker.remaining, maker.price, decimals, Rounding::Down)?.is_zero() {
				book.remove(0);
				Self::retire_order(&pair, side.opposite(), &maker)?;
				Self::deposit_event(Event::OrderFilled { id: maker.id });
			} else {
				book[0] = maker;
			}
		}
		Books::<T>::insert(pair, side.opposite(), book);

		let worth_resting = !Self::quote_of(remaining, price, decimals, Rounding::Down)?.is_zero();
		if remaining.is_zero() || !rest || !worth_resting {
			// Done (or cannot rest): give back what is left of the escrow.
			Self::release(own_token, &who, escrowed)?;
			if !remaining.is_zero() {
				Self::deposit_event(Event::OrderRemainderReturned {
					owner: who,
					pair,
					amount: remaining,
				});
			}
			return Ok(matches);
		}

		let id = NextOrderId::<T>::get();
		NextOrderId::<T>::put(id.checked_add(1).ok_or_else(overflow)?);
		let mut own_book = Books::<T>::get(pair, side);
		let position = own_book
			.iter()
			.position(|o| match side {
				Side::Buy => o.price < price,
				Side::Sell => o.price > price,
			})
			.unwrap_or(own_book.len());
		own_book
			.try_insert(position, Order { id, owner: who.clone(), price, remaining, escrowed })
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
		Ok(matches)
	}

	pub(crate) fn do_cancel_order(who: T::AccountId, id: ItemId) -> DispatchResult {
		let (pair, side) = OrderBook::<T>::get(id).ok_or(Error::<T>::UnknownOrder)?;
		let mut book = Books::<T>::get(pair, side);
		let index = book.iter().position(|o| o.id == id).ok_or(Error::<T>::UnknownOrder)?;
		ensure!(book[index].owner == who, Error::<T>::NotOrderOwner);
		let order = book.remove(index);
		Books::<T>::insert(pair, side, book);
		Self::retire_order(&pair, side, &order)?;
		Self::deposit_event(Event::OrderCancelled { id, owner: who });
		Ok(())
	}

	/// Forget a resting order that left its book and return what is still escrowed for it.
	fn retire_order(pair: &Pair, side: Side, order: &OrderOf<T>) -> DispatchResult {
		Self::release(Self::escrow_token(pair, side), &order.owner, order.escrowed)?;
		OrderBook::<T>::remove(order.id);
		OrdersOf::<T>::mutate_exists(&order.owner, |ids| {
			if let Some(list) = ids {
				list.retain(|i| *i != order.id);
				if list.is_empty() {
					*ids = None;
				}
			}
		});
		Ok(())
	}

	/// The depth of the `pair` book: at most `levels` price levels per side, best first.
	pub fn book_depth(pair: Pair, levels: u32) -> BookDepth<BalanceOf<T>> {
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
