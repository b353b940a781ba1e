//! Permissioned peering in the node: the network handle the offchain workers get.
//!
//! pallet-node-authorization's offchain worker runs on every imported block and calls
//! `set_authorized_nodes(nodes, true)`: the node keeps only those peers on its sync
//! (block-announce) protocol and refuses every other. The pallet does so also when the chain
//! lists no well-known node, which would leave every node of a chain that does not use
//! permissioned peering (the `dev` chain, a spec built from the `development` preset) with no
//! peers at all. [`PermissionedPeering`] therefore passes the worker's calls on only while the
//! chain's well-known set is not empty, and opens the node again (`set_authorized_only(false)`)
//! if the council empties it.
//!
//! It also sends reserved-only mode once, when enforcement starts and before the first
//! authorized set, instead of on every block. sc-network 0.60's litep2p peerset, on each
//! `SetReservedOnly(true)`, marks *every* connected peer `Closing`, reserved ones included,
//! while closing only the unreserved ones; a reserved peer left in that state is never closed
//! when a later authorized set drops it. Repeated every block, as the pallet does, a node the
//! council removed would keep syncing (`node/tests/e2e/permissioned.rs` caught it). Everything
//! else goes straight to the network.

use minix_runtime::opaque::Block;
use sc_client_api::StorageProvider;
use sc_network::{
	config::MultiaddrWithPeerId, Multiaddr, NetworkPeers, NetworkStateInfo, ObservedRole, PeerId,
	ProtocolName, ReputationChange,
};
use sp_blockchain::HeaderBackend;
use sp_core::storage::StorageKey;
use std::{
	collections::HashSet,
	sync::{
		atomic::{AtomicBool, Ordering},
		Arc,
	},
};

/// Whether the chain lists any well-known node (`NodeAuthorization::WellKnownNodes` at the best
/// block is present and not empty).
pub type Listed = Arc<dyn Fn() -> bool + Send + Sync>;

/// [`Listed`] for a client: reads the well-known set's length prefix at the best block.
pub fn listed_at_best<C, B>(client: Arc<C>) -> Listed
where
	C: HeaderBackend<Block> + StorageProvider<Block, B> + Send + Sync + 'static,
	B: sc_client_api::Backend<Block> + 'static,
{
	let key = StorageKey(
		pallet_node_authorization::WellKnownNodes::<minix_runtime::Runtime>::hashed_key().to_vec(),
	);
	Arc::new(move || {
		let best = client.info().best_hash;
		match client.storage(best, &key) {
			// A SCALE set starts with its compact length: a zero byte is the empty set.
			Ok(Some(value)) => value.0.first().is_some_and(|len| *len != 0),
			_ => false,
		}
	})
}

/// The network as the offchain workers see it (see the module docs).
pub struct PermissionedPeering<N> {
	network: N,
	listed: Listed,
	/// Whether the worker's authorized set is in force (so emptying the list must undo it).
	enforcing: AtomicBool,
}

impl<N> PermissionedPeering<N> {
	/// Wraps `network`; `listed` says whether the chain uses permissioned peering now.
	pub fn new(network: N, listed: Listed) -> Self {
		PermissionedPeering { network, listed, enforcing: AtomicBool::new(false) }
	}
}

impl<N: NetworkStateInfo> NetworkStateInfo for PermissionedPeering<N> {
	fn external_addresses(&self) -> Vec<Multiaddr> {
		self.network.external_addresses()
	}
	fn listen_addresses(&self) -> Vec<Multiaddr> {
		self.network.listen_addresses()
	}
	fn local_peer_id(&self) -> PeerId {
		self.network.local_peer_id()
	}
}

#[async_trait::async_trait]
impl<N: NetworkPeers + Send + Sync> NetworkPeers for PermissionedPeering<N> {
	fn set_authorized_peers(&self, peers: HashSet<PeerId>) {
		if !(self.listed)() {
			return;
		}
		// Reserved-only goes on once, before the first authorized set (see the module docs).
		if !self.enforcing.swap(true, Ordering::Relaxed) {
			log::info!(
				target: "minix::peering",
				"permissioned peering: only the chain's authorized nodes may sync with this node"
			);
			self.network.set_authorized_only(true);
		}
		self.network.set_authorized_peers(peers);
	}
	fn set_authorized_only(&self, reserved_only: bool) {
		let reserved_only = reserved_only && (self.listed)();
		// Only a change reaches the network (the pallet repeats `true` every block).
		if self.enforcing.swap(reserved_only, Ordering::Relaxed) != reserved_only {
			if !reserved_only {
				log::info!(target: "minix::peering", "permissioned peering: off; the node is open again");
			}
			self.network.set_authorized_only(reserved_only);
		}
	}
	fn add_known_address(&self, peer_id: PeerId, addr: Multiaddr) {
		self.network.add_known_address(peer_id, addr)
	}
	fn report_peer(&self, peer_id: PeerId, cost_benefit: ReputationChange) {
		self.network.report_peer(peer_id, cost_benefit)
	}
	fn peer_reputation(&self, peer_id: &PeerId) -> i32 {
		self.network.peer_reputation(peer_id)
	}
	fn disconnect_peer(&self, peer_id: PeerId, protocol: ProtocolName) {
		self.network.disconnect_peer(peer_id, protocol)
	}
	fn accept_unreserved_peers(&self) {
		self.network.accept_unreserved_peers()
	}
	fn deny_unreserved_peers(&self) {
		self.network.deny_unreserved_peers()
	}
	fn add_reserved_peer(&self, peer: MultiaddrWithPeerId) -> Result<(), String> {
		self.network.add_reserved_peer(peer)
	}
	fn remove_reserved_peer(&self, peer_id: PeerId) {
		self.network.remove_reserved_peer(peer_id)
	}
	fn set_reserved_peers(
		&self,
		protocol: ProtocolName,
		peers: HashSet<Multiaddr>,
	) -> Result<(), String> {
		self.network.set_reserved_peers(protocol, peers)
	}
	fn add_peers_to_reserved_set(
		&self,
		protocol: ProtocolName,
		peers: HashSet<Multiaddr>,
	) -> Result<(), String> {
		self.network.add_peers_to_reserved_set(protocol, peers)
	}
	fn remove_peers_from_reserved_set(
		&self,
		protocol: ProtocolName,
		peers: Vec<PeerId>,
	) -> Result<(), String> {
		self.network.remove_peers_from_reserved_set(protocol, peers)
	}
	fn sync_num_connected(&self) -> usize {
		self.network.sync_num_connected()
	}
	fn peer_role(&self, peer_id: PeerId, handshake: Vec<u8>) -> Option<ObservedRole> {
		self.network.peer_role(peer_id, handshake)
	}
	async fn reserved_peers(&self) -> Result<Vec<PeerId>, ()> {
		self.network.reserved_peers().await
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use std::sync::Mutex;

	/// Records the authorization calls it receives.
	#[derive(Default)]
	struct Recorder(Mutex<Vec<String>>);

	impl NetworkStateInfo for Recorder {
		fn external_addresses(&self) -> Vec<Multiaddr> {
			vec![]
		}
		fn listen_addresses(&self) -> Vec<Multiaddr> {
			vec![]
		}
		fn local_peer_id(&self) -> PeerId {
			PeerId::random()
		}
	}

	#[async_trait::async_trait]
	impl NetworkPeers for Recorder {
		fn set_authorized_peers(&self, peers: HashSet<PeerId>) {
			self.0.lock().unwrap().push(format!("peers {}", peers.len()));
		}
		fn set_authorized_only(&self, only: bool) {
			self.0.lock().unwrap().push(format!("only {only}"));
		}
		fn add_known_address(&self, _: PeerId, _: Multiaddr) {}
		fn report_peer(&self, _: PeerId, _: ReputationChange) {}
		fn peer_reputation(&self, _: &PeerId) -> i32 {
			0
		}
		fn disconnect_peer(&self, _: PeerId, _: ProtocolName) {}
		fn accept_unreserved_peers(&self) {}
		fn deny_unreserved_peers(&self) {}
		fn add_reserved_peer(&self, _: MultiaddrWithPeerId) -> Result<(), String> {
			Ok(())
		}
		fn remove_reserved_peer(&self, _: PeerId) {}
		fn set_reserved_peers(&self, _: ProtocolName, _: HashSet<Multiaddr>) -> Result<(), String> {
			Ok(())
		}
		fn add_peers_to_reserved_set(
			&self,
			_: ProtocolName,
			_: HashSet<Multiaddr>,
		) -> Result<(), String> {
			Ok(())
		}
		fn remove_peers_from_reserved_set(
			&self,
			_: ProtocolName,
			_: Vec<PeerId>,
		) -> Result<(), String> {
			Ok(())
		}
		fn sync_num_connected(&self) -> usize {
			0
		}
		fn peer_role(&self, _: PeerId, _: Vec<u8>) -> Option<ObservedRole> {
			None
		}
		async fn reserved_peers(&self) -> Result<Vec<PeerId>, ()> {
			Ok(vec![])
		}
	}

	/// What the offchain worker does each block.
	fn worker_block(peering: &PermissionedPeering<Recorder>, peers: usize) {
		peering.set_authorized_peers((0..peers).map(|_| PeerId::random()).collect());
		peering.set_authorized_only(true);
	}

	#[test]
	fn an_empty_list_leaves_the_node_open_and_emptying_it_reopens_the_node() {
		let listed = Arc::new(AtomicBool::new(false));
		let flag = listed.clone();
		let peering = PermissionedPeering::new(
			Recorder::default(),
			Arc::new(move || flag.load(Ordering::Relaxed)),
		);
		// The dev chain: nothing reaches the network, the node stays open.
		worker_block(&peering, 0);
		assert!(peering.network.0.lock().unwrap().is_empty());
		// The council lists nodes: the worker's set is in force.
		listed.store(true, Ordering::Relaxed);
		worker_block(&peering, 3);
		worker_block(&peering, 3);
		// Reserved-only once, before the first set; then only the sets.
		assert_eq!(*peering.network.0.lock().unwrap(), ["only true", "peers 3", "peers 3"]);
		// The council empties the list: the node is opened once, then left alone.
		listed.store(false, Ordering::Relaxed);
		worker_block(&peering, 0);
		worker_block(&peering, 0);
		assert_eq!(peering.network.0.lock().unwrap().last().unwrap(), "only false");
		assert_eq!(peering.network.0.lock().unwrap().len(), 4);
		// Listed again: enforcement starts again the same way.
		listed.store(true, Ordering::Relaxed);
		worker_block(&peering, 2);
		assert_eq!(peering.network.0.lock().unwrap()[4..], ["only true", "peers 2"]);
	}
}
