//! The pallet as pallet-offences' `OnOffenceHandler`: a validator reported for an offence (on
//! MiniX, a GRANDPA equivocation proven on chain) is removed from the set, so it leaves Aura and
//! GRANDPA when the next session's set takes effect. No MINI is slashed: MiniX's supply rule
//! allows MINI only to be minted per CID and burned by its holder, and a consortium validator's
//! stake is its membership, which this takes away. The council can add it back
//! (`add_validator`) once its operator has fixed the cause (usually a second node with the
//! same keys).

use crate::{Config, Event, Pallet, PendingChange, Validators};
use frame_support::{traits::Get, weights::Weight};
use sp_runtime::Perbill;
use sp_staking::{
	offence::{OffenceDetails, OnOffenceHandler},
	SessionIndex,
};

impl<T: Config, FullIdentification>
	OnOffenceHandler<T::AccountId, (T::AccountId, FullIdentification), Weight> for Pallet<T>
{
	/// Removes every reported offender that is still a validator, while `MinValidators` remain;
	/// an offender kept to hold the minimum is named in `OffenderKept` for the council. Offenders
	/// already removed (pallet-offences passes earlier offenders of the same time slot again) are
	/// skipped.
	fn on_offence(
		offenders: &[OffenceDetails<T::AccountId, (T::AccountId, FullIdentification)>],
		_slash_fraction: &[Perbill],
		session: SessionIndex,
	) -> Weight {
		let mut removed = 0u64;
		Validators::<T>::mutate(|set| {
			for OffenceDetails { offender: (who, _), .. } in offenders {
				let Some(at) = set.iter().position(|v| v == who) else { continue };
				if set.len() > T::MinValidators::get() as usize {
					set.remove(at);
					removed += 1;
					Self::deposit_event(Event::OffenderRemoved { who: who.clone(), session });
				} else {
					Self::deposit_event(Event::OffenderKept { who: who.clone(), session });
				}
			}
		});
		if removed > 0 {
			PendingChange::<T>::put(true);
		}
		T::DbWeight::get().reads_writes(1, 1 + removed.min(1))
	}
}
