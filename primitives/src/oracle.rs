//! Oracle values: the key and value types of data feeds, the conditions other pallets wait on
//! (an MST conditional unlock), and the trait through which they read the combined value
//! (`OracleValues`, implemented by the `Oracle` pallet).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::ConstU32;
use sp_runtime::BoundedVec;

/// The key of a data feed, e.g. `b"rain_mm"` or `b"BTC/USD"` (at most 32 bytes).
pub type OracleKey = BoundedVec<u8, ConstU32<32>>;

/// A fed value. Signed so that feeds like temperatures fit; feeders agree on a key's unit and
/// scale (e.g. millimetres, or a price times 10^8).
pub type OracleValue = i128;

/// How a condition compares the combined oracle value with its threshold.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Comparison {
	/// `value >= threshold`.
	#[codec(index = 0)]
	AtLeast,
	/// `value <= threshold`.
	#[codec(index = 1)]
	AtMost,
	/// `value == threshold`.
	#[codec(index = 2)]
	Equal,
}

/// A condition on an oracle key: "the combined value of `key` `comparison` `value`".
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Condition {
	/// The feed key.
	pub key: OracleKey,
	/// How the combined value is compared with `value`.
	pub comparison: Comparison,
	/// The threshold.
	pub value: OracleValue,
}

impl Condition {
	/// Whether `current`, the combined value of `key`, satisfies the condition.
	pub fn holds_for(&self, current: OracleValue) -> bool {
		match self.comparison {
			Comparison::AtLeast => current >= self.value,
			Comparison::AtMost => current <= self.value,
			Comparison::Equal => current == self.value,
		}
	}
}

/// A combined oracle value, when it was combined, and whether it is still fresh.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TimedValue {
	/// The combined (median) value.
	pub value: OracleValue,
	/// When the feed that produced it was combined, in milliseconds since the Unix epoch.
	pub updated_at: u64,
	/// Whether it is younger than the oracle's expiry (only fresh values count as known).
	pub fresh: bool,
}

/// Read access to combined oracle values. The runtime wires it to the `Oracle` pallet.
pub trait OracleValues {
	/// The combined (median) value of `key`, if enough fresh feeds exist; `None` when the
	/// value is unknown or stale.
	fn value_of(key: &OracleKey) -> Option<OracleValue>;

	/// The last combined value of `key` with its time and freshness, stale or not; `None` if
	/// `key` never had one.
	fn timed_value_of(key: &OracleKey) -> Option<TimedValue>;

	/// Whether governance registered `key` as a data feed (with its feeders and quorum). A
	/// condition may only name such a key: it trusts that key's quorum.
	fn is_feed_key(key: &OracleKey) -> bool;

	/// Whether `condition` holds now. A condition on an unknown or stale key does not hold.
	fn holds(condition: &Condition) -> bool {
		Self::value_of(&condition.key).is_some_and(|v| condition.holds_for(v))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn comparisons() {
		let c = |comparison, value| Condition { key: Default::default(), comparison, value };
		assert!(c(Comparison::AtLeast, 100).holds_for(100));
		assert!(!c(Comparison::AtLeast, 100).holds_for(99));
		assert!(c(Comparison::AtMost, -5).holds_for(-6));
		assert!(!c(Comparison::AtMost, -5).holds_for(-4));
		assert!(c(Comparison::Equal, 7).holds_for(7));
		assert!(!c(Comparison::Equal, 7).holds_for(8));
	}
}
