//! Runtime APIs: what the node (authoring, import, RPC) and clients call into the runtime for.

use crate::{
	configs::{RuntimeBlockWeights, CONTRACTS_DEBUG_OUTPUT},
	AccountId, Aura, Balance, Block, BlockNumber, Contracts, Executive, Grandpa, InherentDataExt,
	Nonce, Runtime, RuntimeCall, RuntimeGenesisConfig, SessionKeys, System, TransactionPayment,
	VERSION,
};
use alloc::{vec, vec::Vec};
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	traits::tokens::nonfungibles_v2::Inspect as NftInspect,
	weights::Weight,
};
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult, ExtrinsicInclusionMode,
};
use sp_version::RuntimeVersion;

/// The event records contract dry runs return.
type ContractsEventRecord = frame_system::EventRecord<
	<Runtime as frame_system::Config>::RuntimeEvent,
	<Runtime as frame_system::Config>::Hash,
>;

// polkadot-sdk's `impl_runtime_apis!` plus pallet-revive's `ReviveApi` (what the Ethereum
// JSON-RPC server calls: balances in wei, dry runs, gas estimates, Ethereum blocks and receipts).
pallet_revive::impl_runtime_apis_plus_revive_traits!(
	Runtime,
	Revive,
	Executive,
	crate::configs::EthExtraImpl,

	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Grandpa::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			use codec::Encode;
			use frame_support::traits::KeyOwnerProofSystem;
			crate::Historical::prove((sp_consensus_grandpa::KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_consensus_grandpa::OpaqueKeyOwnershipProof::new)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_cid::runtime_api::CidApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn owner_of(cid: minix_primitives::Cid) -> Option<AccountId> {
			<crate::Cid as minix_primitives::CidInspect<_, _>>::owner_of(cid)
		}

		fn cid_by_name(name: Vec<u8>) -> Option<minix_primitives::Cid> {
			<crate::Cid as minix_primitives::CidInspect<_, _>>::cid_by_name(&name)
		}

		fn cids_of(who: AccountId, start: u32, limit: u32) -> Vec<minix_primitives::Cid> {
			crate::Cid::cids_of(&who, start, limit)
		}

		fn details(cid: minix_primitives::Cid) -> Option<pallet_cid::CidInfo<AccountId, Balance, BlockNumber>> {
			crate::Cid::details(cid)
		}

		fn resolve(target: pallet_cid::PayTarget) -> Option<(minix_primitives::Cid, AccountId)> {
			crate::Cid::resolve(&target).ok()
		}
	}

	impl pallet_mst::runtime_api::MstApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn token(symbol: Vec<u8>) -> Option<pallet_mst::TokenInfo<AccountId, Balance, BlockNumber>> {
			crate::Mst::token(symbol)
		}
		fn cert_holder(kind: pallet_mst::CertKind, symbol: Vec<u8>) -> Option<AccountId> {
			crate::Mst::cert_holder(kind, symbol)
		}
		fn account(symbol: Vec<u8>, who: AccountId) -> Option<pallet_mst::MstAccount<Balance>> {
			crate::Mst::account(symbol, who)
		}
		fn book_depth(
			base: Vec<u8>,
			quote: Vec<u8>,
			levels: u32,
		) -> Option<pallet_mst::BookDepth<Balance>> {
			crate::Mst::book_depth(base, quote, levels)
		}
	}

	impl pallet_market::runtime_api::MarketApi<Block, AccountId, crate::configs::MarketGood, Balance, BlockNumber>
		for Runtime
	{
		fn listing(
			id: pallet_market::ListingId,
		) -> Option<pallet_market::ListingInfoOf<Runtime>> {
			crate::Market::listing(id)
		}
		fn listing_of(
			good: crate::configs::MarketGood,
		) -> Option<pallet_market::ListingInfoOf<Runtime>> {
			crate::Market::listing_of(good)
		}
		fn listings(
			from: pallet_market::ListingId,
			limit: u32,
		) -> Vec<pallet_market::ListingInfoOf<Runtime>> {
			crate::Market::listings(from, limit)
		}
		fn listings_by_seller(
			seller: AccountId,
			start: u32,
			limit: u32,
		) -> Vec<pallet_market::ListingInfoOf<Runtime>> {
			crate::Market::listings_by_seller(&seller, start, limit)
		}
	}

	impl pallet_mit::runtime_api::MitApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn mit(symbol: Vec<u8>) -> Option<pallet_mit::MitInfoOf<Runtime>> {
			crate::Mit::mit(&symbol)
		}
		fn mits_of(who: AccountId, start: u32, limit: u32) -> Vec<pallet_mit::MitInfoOf<Runtime>> {
			crate::Mit::mits_of(&who, start, limit)
		}
	}

	impl pallet_creators::runtime_api::CreatorsApi<Block, AccountId> for Runtime {
		fn collections_of(
			creator: AccountId,
			start: u32,
			limit: u32,
		) -> Vec<(u32, pallet_creators::CreatorCollection<AccountId>)> {
			crate::Creators::collections_of(&creator, start, limit)
		}
		fn items(collection: u32, start: u32, limit: u32) -> Vec<pallet_creators::CreatorItem<AccountId>> {
			crate::Creators::items(collection, start, limit)
		}
		fn royalty(collection: u32, item: u64) -> Option<pallet_creators::ItemRoyalty<AccountId>> {
			crate::Creators::item_royalty(collection, item)
		}
	}

	impl pallet_nfts_runtime_api::NftsApi<Block, AccountId, u32, minix_primitives::Cid>
		for Runtime
	{
		fn owner(collection: u32, item: minix_primitives::Cid) -> Option<AccountId> {
			<crate::Nfts as NftInspect<AccountId>>::owner(&collection, &item)
		}
		fn collection_owner(collection: u32) -> Option<AccountId> {
			<crate::Nfts as NftInspect<AccountId>>::collection_owner(&collection)
		}
		fn attribute(
			collection: u32,
			item: minix_primitives::Cid,
			key: Vec<u8>,
		) -> Option<Vec<u8>> {
			<crate::Nfts as NftInspect<AccountId>>::attribute(&collection, &item, &key)
		}
		fn custom_attribute(
			account: AccountId,
			collection: u32,
			item: minix_primitives::Cid,
			key: Vec<u8>,
		) -> Option<Vec<u8>> {
			<crate::Nfts as NftInspect<AccountId>>::custom_attribute(
				&account,
				&collection,
				&item,
				&key,
			)
		}
		fn system_attribute(
			collection: u32,
			item: Option<minix_primitives::Cid>,
			key: Vec<u8>,
		) -> Option<Vec<u8>> {
			<crate::Nfts as NftInspect<AccountId>>::system_attribute(&collection, item.as_ref(), &key)
		}
		fn collection_attribute(collection: u32, key: Vec<u8>) -> Option<Vec<u8>> {
			<crate::Nfts as NftInspect<AccountId>>::collection_attribute(&collection, &key)
		}
	}

	impl pallet_minix_oracle::runtime_api::OracleApi<Block, AccountId, Balance, BlockNumber>
		for Runtime
	{
		fn value(key: Vec<u8>) -> Option<minix_primitives::OracleValue> {
			crate::Oracle::value(key)
		}
		fn oracle(
			who: AccountId,
		) -> Option<(
			pallet_minix_oracle::OracleInfo<Balance, BlockNumber>,
			pallet_minix_oracle::Credibility,
		)> {
			crate::Oracle::oracle(&who)
		}
		fn open_disputes() -> Vec<(
			pallet_minix_oracle::DisputeId,
			pallet_minix_oracle::Dispute<AccountId, Balance, BlockNumber>,
		)> {
			crate::Oracle::open_disputes()
		}
	}

	impl pallet_btc_light_client::runtime_api::BtcLightClientApi<Block> for Runtime {
		fn best_tip() -> Option<pallet_btc_light_client::Tip> {
			pallet_btc_light_client::BestTip::<Runtime>::get()
		}

		fn header(hash: sp_core::H256) -> Option<pallet_btc_light_client::HeaderRecord> {
			pallet_btc_light_client::Headers::<Runtime>::get(hash)
		}

		fn header_at(height: u32) -> Option<pallet_btc_light_client::HeaderRecord> {
			pallet_btc_light_client::BestChain::<Runtime>::get(height)
				.and_then(pallet_btc_light_client::Headers::<Runtime>::get)
		}

		fn confirmations(hash: sp_core::H256) -> Option<u32> {
			crate::BtcLightClient::confirmations(&hash)
		}
	}

	impl pallet_xbtc_bridge::runtime_api::XbtcBridgeApi<Block> for Runtime {
		fn deposit_script() -> Option<pallet_xbtc_bridge::DepositScript> {
			crate::XbtcBridge::deposit_script()
		}

		fn signed_payout(txid: sp_core::H256) -> Option<pallet_xbtc_bridge::SignedPayout> {
			crate::XbtcBridge::signed_payout(txid).ok().map(|tx| pallet_xbtc_bridge::SignedPayout { tx })
		}
	}

	// What polkadot.js Apps' Contracts page and @polkadot/api-contract call to dry-run, estimate
	// gas and storage deposits, and read contract storage.
	impl pallet_contracts::ContractsApi<Block, AccountId, Balance, BlockNumber, crate::Hash, ContractsEventRecord>
		for Runtime
	{
		fn call(
			origin: AccountId,
			dest: AccountId,
			value: Balance,
			gas_limit: Option<Weight>,
			storage_deposit_limit: Option<Balance>,
			input_data: Vec<u8>,
		) -> pallet_contracts::ContractExecResult<Balance, ContractsEventRecord> {
			let gas_limit = gas_limit.unwrap_or(RuntimeBlockWeights::get().max_block);
			Contracts::bare_call(
				origin,
				dest,
				value,
				gas_limit,
				storage_deposit_limit,
				input_data,
				CONTRACTS_DEBUG_OUTPUT,
				pallet_contracts::CollectEvents::UnsafeCollect,
				pallet_contracts::Determinism::Enforced,
			)
		}

		fn instantiate(
			origin: AccountId,
			value: Balance,
			gas_limit: Option<Weight>,
			storage_deposit_limit: Option<Balance>,
			code: pallet_contracts::Code<crate::Hash>,
			data: Vec<u8>,
			salt: Vec<u8>,
		) -> pallet_contracts::ContractInstantiateResult<AccountId, Balance, ContractsEventRecord> {
			let gas_limit = gas_limit.unwrap_or(RuntimeBlockWeights::get().max_block);
			Contracts::bare_instantiate(
				origin,
				value,
				gas_limit,
				storage_deposit_limit,
				code,
				data,
				salt,
				CONTRACTS_DEBUG_OUTPUT,
				pallet_contracts::CollectEvents::UnsafeCollect,
			)
		}

		fn upload_code(
			origin: AccountId,
			code: Vec<u8>,
			storage_deposit_limit: Option<Balance>,
			determinism: pallet_contracts::Determinism,
		) -> pallet_contracts::CodeUploadResult<crate::Hash, Balance> {
			Contracts::bare_upload_code(origin, code, storage_deposit_limit, determinism)
		}

		fn get_storage(address: AccountId, key: Vec<u8>) -> pallet_contracts::GetStorageResult {
			Contracts::get_storage(address, key)
		}
	}

	impl pallet_deposit_lock::runtime_api::DepositLockApi<Block, AccountId, Balance, BlockNumber>
		for Runtime
	{
		fn deposits_of(
			who: AccountId,
		) -> Vec<(
			pallet_deposit_lock::DepositId,
			pallet_deposit_lock::Deposit<AccountId, Balance, BlockNumber>,
		)> {
			crate::DepositLock::deposits_of(&who)
		}
		fn coinage(who: AccountId, token: pallet_deposit_lock::DepositToken) -> u128 {
			crate::DepositLock::coinage(&who, token)
		}
	}

	impl pallet_mini_point::runtime_api::MiniPointApi<Block, Balance> for Runtime {
		fn supply_info() -> pallet_mini_point::SupplyInfo<Balance> {
			crate::MiniPoint::supply_info()
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::Pallet as SystemBench;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);

			let storage_info = crate::AllPalletsWithSystem::storage_info();
			(list, storage_info)
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::BenchmarkBatch;
			use frame_support::traits::TrackedStorageKey;
			use frame_system_benchmarking::Pallet as SystemBench;

			impl frame_system_benchmarking::Config for Runtime {}

			let whitelist: Vec<TrackedStorageKey> =
				<crate::AllPalletsWithSystem as frame_support::traits::WhitelistedStorageKeys>::whitelisted_storage_keys();

			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);

			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			let weight = Executive::try_runtime_upgrade(checks)
				.expect("try-runtime: the runtime upgrade must not fail");
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("try-runtime: executing the block must not fail")
		}
	}
);
