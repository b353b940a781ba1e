//! Chain specifications: the built-in `dev` and `local` chains, or a JSON file.

use minix_runtime::{
	currency::{TOKEN_DECIMALS, TOKEN_SYMBOL},
	SS58_PREFIX, WASM_BINARY,
};
use sc_service::ChainType;

/// A MiniX chain spec (no node-side extensions).
pub type ChainSpec = sc_service::GenericChainSpec;

/// `tokenSymbol`, `tokenDecimals` and `ss58Format`, as wallets and polkadot.js Apps read them.
pub fn properties() -> sc_chain_spec::Properties {
	let mut properties = sc_chain_spec::Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

fn wasm_binary() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"this minix-node was built without the Wasm runtime (SKIP_WASM_BUILD was set); rebuild \
		 it without SKIP_WASM_BUILD"
			.to_string()
	})
}

/// A single-validator development chain (Alice).
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("MiniX Development")
		.with_id("minix_dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// A four-validator local network (Alice, Bob, Charlie, Dave).
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm_binary()?, None)
		.with_name("MiniX Local Testnet")
		.with_id("minix_local")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// Resolves `--chain`: `dev`, `local`, or the path of a JSON chain spec.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"dev" | "" => Box::new(development_chain_spec()?),
		"local" => Box::new(local_chain_spec()?),
		path => {
			Box::new(ChainSpec::from_json_file(std::path::PathBuf::from(path)).map_err(|e| {
				format!(
					"cannot load the chain spec `{path}`: {e}. Pass `--chain dev`, `--chain local` \
					 or a JSON file made by `minix-node build-spec`"
				)
			})?)
		},
	})
}
