//! The Aura double-authoring watch. polkadot-sdk has no on-chain equivocation report for Aura
//! (BABE and GRANDPA have one), so the node watches every block it imports, its own and its
//! peers': Aura gives each slot to exactly one authority, so two different blocks of one slot are
//! that authority equivocating. Each is logged (`warn`, target `minix::equivocation`) and counted
//! in the Prometheus counter `minix_aura_equivocations_total`. (polkadot-sdk's Aura verifier
//! also logs `Slot author is equivocating …` at `info` when it verifies the second block.)

use crate::service::FullClient;
use futures::StreamExt;
use minix_runtime::opaque::Block;
use sc_client_api::BlockchainEvents;
use sp_api::ProvideRuntimeApi;
use sp_consensus_aura::{sr25519::AuthoritySignature, AuraApi};
use sp_core::{crypto::ByteArray, H256};
use sp_runtime::traits::Header as _;
use std::{collections::BTreeMap, sync::Arc};
use substrate_prometheus_endpoint::{register, Counter, PrometheusError, Registry, U64};

/// The log target of equivocation reports.
pub const LOG_TARGET: &str = "minix::equivocation";
/// How many slots back the watch remembers: both blocks must arrive within this window (about
/// 1.7 hours of 6 s slots), which bounds its memory.
const WINDOW: u64 = 1024;

/// The blocks seen per slot, for the last [`WINDOW`] slots.
#[derive(Default)]
pub struct SlotWatch {
	seen: BTreeMap<u64, Vec<H256>>,
}

impl SlotWatch {
	/// Records block `hash` of `slot`; returns an earlier, different block of the same slot (an
	/// equivocation), or `None`. The same block seen twice is not one.
	pub fn observe(&mut self, slot: u64, hash: H256) -> Option<H256> {
		let newest = self.seen.last_key_value().map_or(slot, |(s, _)| slot.max(*s));
		self.seen = self.seen.split_off(&newest.saturating_sub(WINDOW));
		if slot + WINDOW < newest {
			return None;
		}
		let blocks = self.seen.entry(slot).or_default();
		if blocks.contains(&hash) {
			return None;
		}
		let earlier = blocks.first().copied();
		blocks.push(hash);
		earlier
	}
}

fn counter(registry: Option<&Registry>) -> Result<Option<Counter<U64>>, PrometheusError> {
	let Some(registry) = registry else { return Ok(None) };
	let counter = Counter::new(
		"minix_aura_equivocations_total",
		"Aura equivocations seen: two different blocks imported for one slot",
	)?;
	Ok(Some(register(counter, registry)?))
}

/// Watches the client's imported blocks until the node stops.
pub async fn watch(client: Arc<FullClient>, registry: Option<Registry>) {
	let counter = counter(registry.as_ref()).unwrap_or_else(|e| {
		log::warn!(target: LOG_TARGET, "cannot register the equivocation metric: {e}");
		None
	});
	let mut imports = client.import_notification_stream();
	let mut slots = SlotWatch::default();
	while let Some(block) = imports.next().await {
		let Ok(slot) =
			sc_consensus_aura::find_pre_digest::<Block, AuthoritySignature>(&block.header)
		else {
			continue;
		};
		let Some(first) = slots.observe(*slot, block.hash) else { continue };
		let parent = *block.header.parent_hash();
		let author = client
			.runtime_api()
			.authorities(parent)
			.ok()
			.and_then(|set| set.get((*slot % set.len().max(1) as u64) as usize).cloned())
			.map_or_else(|| "unknown".into(), |id| format!("0x{}", hex(&id.to_raw_vec())));
		log::warn!(
			target: LOG_TARGET,
			"Aura equivocation: authority {author} authored two blocks in slot {}: {first:?} and \
			 {:?} (#{})",
			*slot,
			block.hash,
			block.header.number(),
		);
		if let Some(counter) = &counter {
			counter.inc();
		}
	}
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
	use super::*;

	fn h(n: u8) -> H256 {
		H256::repeat_byte(n)
	}

	#[test]
	fn two_blocks_of_one_slot_are_an_equivocation_the_same_block_twice_is_not() {
		let mut watch = SlotWatch::default();
		assert_eq!(watch.observe(10, h(1)), None);
		assert_eq!(watch.observe(10, h(1)), None, "a block imported twice");
		assert_eq!(watch.observe(11, h(2)), None, "the next slot's block");
		assert_eq!(watch.observe(10, h(3)), Some(h(1)), "a second block in slot 10");
		assert_eq!(watch.observe(10, h(4)), Some(h(1)), "and a third");
	}

	#[test]
	fn the_watch_forgets_slots_older_than_its_window() {
		let mut watch = SlotWatch::default();
		assert_eq!(watch.observe(5, h(1)), None);
		assert_eq!(watch.observe(5 + WINDOW + 1, h(2)), None);
		assert!(!watch.seen.contains_key(&5), "slot 5 is forgotten");
		assert_eq!(watch.observe(5, h(3)), None, "too old to compare");
		assert_eq!(watch.seen.len(), 1, "and not remembered");
	}
}
