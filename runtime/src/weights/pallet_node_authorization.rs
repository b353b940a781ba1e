//! Weights for `pallet_node_authorization`, counted, not measured: the pallet ships no
//! benchmarks. Each call is its database reads and writes at the runtime's measured `DbWeight`
//! (ParityDB on the `minix-2vcpu` profile) plus [`COMPUTE`], a compute allowance above what
//! MiniX's measured governance calls of the same shape take (`validatorSet.addValidator`, one
//! bounded set read and written, measured 18 µs). The well-known set is read whole: its proof
//! size is its largest encoding (`MAX_WELL_KNOWN_NODES` peer ids of `MAX_PEER_ID_LENGTH` bytes).
//! `reset_well_known_nodes` is charged for the largest list the pallet accepts, and
//! `add_connections` for a node at `MAX_CONNECTIONS_PER_NODE`, the runtime's call filter's cap.

use crate::configs::{MAX_CONNECTIONS_PER_NODE, MAX_PEER_ID_LENGTH, MAX_WELL_KNOWN_NODES};
use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Compute allowance of one call: 40 µs.
pub const COMPUTE: u64 = 40_000_000;
/// Extra compute per peer id a call decodes, sorts or encodes: 1 µs.
const PER_PEER: u64 = 1_000_000;

/// The largest encoding of the well-known set (also the proof size of reading it).
const WELL_KNOWN_BYTES: u64 = (MAX_WELL_KNOWN_NODES as u64) * (MAX_PEER_ID_LENGTH as u64 + 2) + 4;
/// The largest encoding of one node's additional connections.
const CONNECTIONS_BYTES: u64 =
	(MAX_CONNECTIONS_PER_NODE as u64) * (MAX_PEER_ID_LENGTH as u64 + 2) + 4;

/// Weight functions for `pallet_node_authorization`.
pub struct WeightInfo<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo<T> {
	fn of(reads: u64, writes: u64, peers: u64, proof: u64) -> Weight {
		Weight::from_parts(COMPUTE + PER_PEER * peers, proof)
			.saturating_add(T::DbWeight::get().reads_writes(reads, writes))
	}
}

impl<T: frame_system::Config> pallet_node_authorization::WeightInfo for WeightInfo<T> {
	/// Reads and writes the well-known set, writes the owner.
	fn add_well_known_node() -> Weight {
		Self::of(1, 2, MAX_WELL_KNOWN_NODES as u64, WELL_KNOWN_BYTES)
	}
	/// Reads and writes the well-known set, removes the owner and the connections.
	fn remove_well_known_node() -> Weight {
		Self::of(1, 3, MAX_WELL_KNOWN_NODES as u64, WELL_KNOWN_BYTES)
	}
	/// Reads and writes the well-known set, swaps owners and connections (two reads, two writes
	/// each).
	fn swap_well_known_node() -> Weight {
		Self::of(
			5,
			5,
			(MAX_WELL_KNOWN_NODES + MAX_CONNECTIONS_PER_NODE) as u64,
			WELL_KNOWN_BYTES + CONNECTIONS_BYTES,
		)
	}
	/// Writes the set and one owner per node, for the largest list.
	fn reset_well_known_nodes() -> Weight {
		Self::of(0, 1 + MAX_WELL_KNOWN_NODES as u64, MAX_WELL_KNOWN_NODES as u64, 0)
	}
	/// Reads and writes the owner (closed by the runtime's call filter).
	fn claim_node() -> Weight {
		Self::of(1, 1, 0, 0)
	}
	/// Reads the owner and the well-known set, removes the owner and the connections.
	fn remove_claim() -> Weight {
		Self::of(2, 2, MAX_WELL_KNOWN_NODES as u64, WELL_KNOWN_BYTES)
	}
	/// Reads and writes the owner.
	fn transfer_node() -> Weight {
		Self::of(1, 1, 0, 0)
	}
	/// Reads the owner, reads and writes the connections.
	fn add_connections() -> Weight {
		Self::of(2, 1, MAX_CONNECTIONS_PER_NODE as u64, CONNECTIONS_BYTES)
	}
	/// Reads the owner, reads and writes the connections.
	fn remove_connections() -> Weight {
		Self::of(2, 1, MAX_CONNECTIONS_PER_NODE as u64, CONNECTIONS_BYTES)
	}
}
