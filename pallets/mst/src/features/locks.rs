//! Locks after the MVS attenuation models, and conditional locks. A lock is expanded into a
//! schedule of `(block, amount)` unlocks when it is made (a conditional lock into one entry at
//! its fallback deadline); pallet-assets asks [`Pallet::frozen_of`] through its freezer hook and
//! refuses to let the locked part leave the account. `try_unlock` drops a conditional lock
//! early once the combined oracle value satisfies its condition.

use crate::*;
use alloc::vec::Vec;
use sp_runtime::biguint::BigUint;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, traits::Saturating, Rounding,
};

/// The unlock schedule of `amount` locked at `now` under `model`.
pub(crate) fn schedule<Balance, BlockNumber, MaxPeriods>(
	amount: Balance,
	model: &LockModel<Balance, MaxPeriods>,
	now: BlockNumber,
) -> Option<(LockKind, BoundedVec<(BlockNumber, Balance), MaxPeriods>)>
where
	Balance: AtLeast32BitUnsigned + Copy + core::fmt::Debug,
	BlockNumber: AtLeast32BitUnsigned + Copy,
	MaxPeriods: Get<u32>,
{
	if amount.is_zero() {
		return None;
	}
	// `unlocks` equal steps of `period / unlocks` blocks; the last ends exactly at `period`.
	let even_steps = |period: u32, unlocks: u32| -> Option<Vec<BlockNumber>> {
		if unlocks == 0 || unlocks > MaxPeriods::get() || period < unlocks {
			return None;
		}
		let step = period / unlocks;
		let mut at: Vec<BlockNumber> =
			(1..unlocks).map(|i| now.saturating_add((step * i).into())).collect();
		at.push(now.checked_add(&period.into())?);
		Some(at)
	};
	let (kind, entries): (LockKind, Vec<(BlockNumber, Balance)>) = match model {
		LockModel::FixedQuantity { period, unlocks } => {
			let at = even_steps(*period, *unlocks)?;
			let each = amount / (*unlocks).into();
			let last = amount.checked_sub(&each.saturating_mul((*unlocks - 1).into()))?;
			let quantities = (1..*unlocks).map(|_| each).chain(core::iter::once(last));
			(LockKind::FixedQuantity, at.into_iter().zip(quantities).collect())
		},
		LockModel::Custom { cycles, quantities } => {
			if cycles.is_empty() || cycles.len() != quantities.len() {
				return None;
			}
			let mut at = now;
			let mut total = Balance::zero();
			let mut entries = Vec::with_capacity(cycles.len());
			for (cycle, quantity) in cycles.iter().zip(quantities.iter()) {
				if *cycle == 0 || quantity.is_zero() {
					return None;
				}
				at = at.checked_add(&(*cycle).into())?;
				total = total.checked_add(quantity)?;
				entries.push((at, *quantity));
			}
			if total != amount {
				return None;
			}
			(LockKind::Custom, entries)
		},
		LockModel::FixedRate { period, unlocks, rate } => {
			if !(1..=100).contains(rate) {
				return None;
			}
			let at = even_steps(*period, *unlocks)?;
			let quantities = fixed_rate_quantities(amount, *unlocks, *rate)?;
			(LockKind::FixedRate, at.into_iter().zip(quantities).collect())
		},
		LockModel::Conditional { condition, deadline } => {
			if *deadline == 0 {
				return None;
			}
			let at = now.checked_add(&(*deadline).into())?;
			(LockKind::Conditional { condition: condition.clone() }, alloc::vec![(at, amount)])
		},
	};
	Some((kind, entries.try_into().ok()?))
}

/// MVS model 3: the first unlock is `floor(total * 100^(n-1) / (100 + rate)^(n-1))`, each later
/// one but the last `floor(unlocked so far * rate / 100)`, and the last the rest.
fn fixed_rate_quantities<Balance>(total: Balance, unlocks: u32, rate: u8) -> Option<Vec<Balance>>
where
	Balance: AtLeast32BitUnsigned + Copy,
{
	let total_u128: u128 = total.try_into().ok()?;
	// Exact: multiply up first, then divide by (100 + rate) once per step; nested floor
	// divisions equal one floor division by the product.
	let mut first = BigUint::from(total_u128);
	for _ in 1..unlocks {
		first = first.mul(&BigUint::from(100u32));
	}
	for _ in 1..unlocks {
		first = first.div_unit(100 + u32::from(rate));
	}
	first.lstrip();
	let first: u128 = first.try_into().ok()?;
	let mut unlocked = first;
	let mut out = Vec::with_capacity(unlocks as usize);
	out.push(first);
	for _ in 2..unlocks {
		let next = multiply_by_rational_with_rounding(unlocked, rate.into(), 100, Rounding::Down)?;
		unlocked = unlocked.checked_add(next)?;
		out.push(next);
	}
	if unlocks > 1 {
		out.push(total_u128.checked_sub(unlocked)?);
	}
	out.into_iter().map(|q| Balance::try_from(q).ok()).collect()
}

impl<T: Config> Pallet<T> {
	/// Lock `amount` of `who`'s `asset` (already in the account) under `model`.
	pub(crate) fn add_lock(
		symbol: &Symbol,
		asset: AssetId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
		model: LockModelOf<T>,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let (kind, schedule) = schedule(amount, &model, now).ok_or(Error::<T>::BadLockModel)?;
		if let LockModel::Conditional { condition, .. } = &model {
			ensure!(T::Oracle::is_feed_key(&condition.key), Error::<T>::UnknownFeedKey);
		}
		Locks::<T>::try_mutate(asset, who, |locks| -> DispatchResult {
			// Fully released locks only take space: drop them first.
			locks.retain(|lock| !lock.locked_at(&now).is_zero());
			locks
				.try_push(Lock { kind: kind.clone(), amount, schedule })
				.map_err(|_| Error::<T>::TooManyLocks)?;
			Ok(())
		})?;
		Self::deposit_event(Event::Locked {
			symbol: symbol.clone(),
			who: who.clone(),
			amount,
			kind,
		});
		Ok(())
	}

	/// Release a conditional lock once its oracle condition holds.
	///
	/// - `symbol`: the token.
	/// - `who`: the lock's owner (anyone may call for it).
	/// - `index`: the lock's position in `Locks(asset, who)`.
	pub(crate) fn do_try_unlock(symbol: Vec<u8>, who: T::AccountId, index: u32) -> DispatchResult {
		let (symbol, token) = Self::lookup_token(&symbol)?;
		let now = frame_system::Pallet::<T>::block_number();
		let amount = Locks::<T>::try_mutate(token.asset_id, &who, |locks| {
			let lock = locks.get(index as usize).ok_or(Error::<T>::UnknownLock)?;
			let amount = lock.locked_at(&now);
			ensure!(!amount.is_zero(), Error::<T>::UnknownLock);
			let LockKind::Conditional { condition } = &lock.kind else {
				return Err(Error::<T>::NotConditional);
			};
			ensure!(T::Oracle::holds(condition), Error::<T>::ConditionNotMet);
			locks.remove(index as usize);
			Ok(amount)
		})?;
		Self::deposit_event(Event::Unlocked { symbol, who, amount });
		Ok(())
	}

	/// Lock some of the caller's own units under a model.
	///
	/// - `who`: the holder; at most `MaxLocksPerAccount` locks per token.
	/// - `symbol`: the token.
	/// - `amount`: base units, from the spendable balance.
	/// - `model`: the release schedule (attenuation model 1–3 or a conditional lock).
	pub(crate) fn do_lock_own(
		who: T::AccountId,
		symbol: Vec<u8>,
		amount: BalanceOf<T>,
		model: LockModelOf<T>,
	) -> DispatchResult {
		let (symbol, token) = Self::lookup_token(&symbol)?;
		Self::ensure_spendable(token.asset_id, &who, amount)?;
		Self::add_lock(&symbol, token.asset_id, &who, amount, model)
	}

	/// Transfer units that arrive locked.
	///
	/// - `who`: the sender; the recipient must have allowed locks from it.
	/// - `symbol`: the token.
	/// - `to`: the recipient.
	/// - `amount`: base units, from the sender's spendable balance.
	/// - `model`: the release schedule the recipient's units follow.
	pub(crate) fn do_transfer_locked(
		who: T::AccountId,
		symbol: Vec<u8>,
		to: T::AccountId,
		amount: BalanceOf<T>,
		model: LockModelOf<T>,
	) -> DispatchResult {
		ensure!(LockSenders::<T>::get(&to).contains(&who), Error::<T>::LocksNotAccepted);
		let (symbol, token) = Self::lookup_token(&symbol)?;
		Self::transfer_token(&symbol, token.asset_id, who, to.clone(), amount)?;
		Self::add_lock(&symbol, token.asset_id, &to, amount, model)
	}

	/// Accept locked transfers from a sender.
	///
	/// - `who`: the recipient; at most `MaxLockSenders` senders.
	/// - `sender`: the account it accepts locks from.
	pub(crate) fn do_allow_locks_from(who: T::AccountId, sender: T::AccountId) -> DispatchResult {
		LockSenders::<T>::try_mutate(&who, |senders| {
			ensure!(!senders.contains(&sender), Error::<T>::LockSenderAlreadyAllowed);
			senders.try_push(sender.clone()).map_err(|_| Error::<T>::TooManyLockSenders)?;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::LockSenderAllowed { who, sender });
		Ok(())
	}

	/// Stop accepting locked transfers from a sender (locks already placed stay).
	///
	/// - `who`: the recipient.
	/// - `sender`: the account it accepted locks from.
	pub(crate) fn do_disallow_locks_from(
		who: T::AccountId,
		sender: T::AccountId,
	) -> DispatchResult {
		LockSenders::<T>::try_mutate_exists(&who, |senders| {
			let list = senders.as_mut().ok_or(Error::<T>::UnknownLockSender)?;
			let at = list.iter().position(|s| *s == sender).ok_or(Error::<T>::UnknownLockSender)?;
			list.swap_remove(at);
			if list.is_empty() {
				*senders = None;
			}
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::LockSenderDisallowed { who, sender });
		Ok(())
	}

	/// The amount of `who`'s `asset` its locks hold at the current block.
	pub fn locked_of(asset: AssetId, who: &T::AccountId) -> BalanceOf<T> {
		let now = frame_system::Pallet::<T>::block_number();
		Locks::<T>::get(asset, who)
			.iter()
			.fold(Zero::zero(), |acc: BalanceOf<T>, lock| acc.saturating_add(lock.locked_at(&now)))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use frame_support::traits::ConstU32;

	type Model = LockModel<u128, ConstU32<48>>;

	fn amounts(model: Model, amount: u128) -> Vec<(u32, u128)> {
		schedule::<u128, u32, ConstU32<48>>(amount, &model, 100).unwrap().1.into_inner()
	}

	#[test]
	fn model_3_reproduces_the_mvs_vector() {
		let got = amounts(Model::FixedRate { period: 12_000, unlocks: 12, rate: 8 }, 20_000_000);
		let expected = [
			8577657, 686212, 741109, 800398, 864430, 933584, 1008271, 1088932, 1176047, 1270131,
			1371741, 1481488,
		];
		assert_eq!(got.iter().map(|(_, q)| *q).collect::<Vec<_>>(), expected);
		assert_eq!(
			got.iter().map(|(at, _)| *at).collect::<Vec<_>>(),
			(1..=12).map(|i| 100 + 1000 * i).collect::<Vec<_>>()
		);
	}

	#[test]
	fn model_3_handles_large_amounts_and_one_unlock() {
		let big = u128::MAX / 2;
		let got = amounts(Model::FixedRate { period: 48, unlocks: 48, rate: 100 }, big);
		assert_eq!(got.iter().map(|(_, q)| *q).sum::<u128>(), big);
		assert_eq!(amounts(Model::FixedRate { period: 5, unlocks: 1, rate: 8 }, 7), vec![(105, 7)]);
	}

	#[test]
	fn model_1_spreads_evenly_and_the_last_takes_the_rest() {
		let got = amounts(Model::FixedQuantity { period: 10, unlocks: 3 }, 100);
		assert_eq!(got, vec![(103, 33), (106, 33), (110, 34)]);
	}

	#[test]
	fn model_2_follows_the_cycles() {
		let model = Model::Custom {
			cycles: vec![5, 10].try_into().unwrap(),
			quantities: vec![30, 70].try_into().unwrap(),
		};
		assert_eq!(amounts(model, 100), vec![(105, 30), (115, 70)]);
	}

	#[test]
	fn malformed_models_are_refused() {
		let none = |m: Model, a: u128| schedule::<u128, u32, ConstU32<48>>(a, &m, 1).is_none();
		assert!(none(Model::FixedQuantity { period: 10, unlocks: 0 }, 100));
		assert!(none(Model::FixedQuantity { period: 2, unlocks: 3 }, 100));
		assert!(none(Model::FixedQuantity { period: 100, unlocks: 49 }, 100));
		assert!(none(Model::FixedRate { period: 10, unlocks: 2, rate: 0 }, 100));
		assert!(none(Model::FixedRate { period: 10, unlocks: 2, rate: 101 }, 100));
		let custom = |c: Vec<u32>, q: Vec<u128>| Model::Custom {
			cycles: c.try_into().unwrap(),
			quantities: q.try_into().unwrap(),
		};
		assert!(none(custom(vec![1, 2], vec![50, 49]), 100));
		assert!(none(custom(vec![1], vec![50, 50]), 100));
		assert!(none(custom(vec![0, 2], vec![50, 50]), 100));
		assert!(none(custom(vec![], vec![]), 100));
		assert!(none(Model::FixedQuantity { period: 10, unlocks: 1 }, 0));
	}
}
