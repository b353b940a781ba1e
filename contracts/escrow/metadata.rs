//! The two steps of cargo-contract that `scripts/build-contracts.sh` does itself:
//!
//! 1. Post-process the linked Wasm for pallet-contracts, which refuses any export but the
//!    `call` and `deploy` functions (rustc always exports the `__heap_base` and `__data_end`
//!    globals): drop the other exports and the custom sections (names, producers).
//! 2. Write the bundle that `@polkadot/api-contract` and polkadot.js Apps read: ink!'s metadata
//!    (version 5) with the `source` (Wasm, its blake2-256 hash, language, compiler) and
//!    `contract` sections, as `.contract` (with the Wasm) and `.json` (without).
//!
//!   metadata <linked.wasm> <out.wasm> <out.contract> <out.json> <rustc version>

use std::{env, fs};

extern "Rust" {
	// Emitted by `#[ink::contract]` in the library (feature `std`).
	fn __ink_generate_metadata() -> ink::metadata::InkProject;
}

fn main() {
	let args: Vec<String> = env::args().collect();
	let [_, linked_path, wasm_path, bundle_path, json_path, compiler] = &args[..] else {
		eprintln!(
			"usage: metadata <linked.wasm> <out.wasm> <out.contract> <out.json> <rustc version>"
		);
		std::process::exit(2);
	};
	let linked = fs::read(linked_path).expect("read the linked Wasm");
	let wasm = strip(&linked).unwrap_or_else(|e| panic!("{linked_path}: {e}"));
	fs::write(wasm_path, &wasm).expect("write the Wasm");
	// Keep the library (and its `#[no_mangle]` metadata function) linked.
	let _ = mst_escrow::minix::MinixError::BadInput;
	let project = unsafe { __ink_generate_metadata() };
	let mut hash = [0u8; 32];
	ink::env::hash_bytes::<ink::env::hash::Blake2x256>(&wasm, &mut hash);
	let hex = |bytes: &[u8]| {
		format!("0x{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
	};
	let mut source = serde_json::json!({
		"hash": hex(&hash),
		"language": "ink! 5.1.1",
		"compiler": compiler,
		"build_info": { "build_mode": "Release", "builder": "scripts/build-contracts.sh" },
	});
	let contract = serde_json::json!({
		"name": env!("CARGO_PKG_NAME"),
		"version": env!("CARGO_PKG_VERSION"),
		"authors": env!("CARGO_PKG_AUTHORS").split(':').collect::<Vec<_>>(),
		"description": env!("CARGO_PKG_DESCRIPTION"),
		"license": env!("CARGO_PKG_LICENSE"),
	});
	let mut metadata = serde_json::to_value(&project).expect("serialisable");
	let object = metadata.as_object_mut().expect("an object");
	object.insert("contract".into(), contract);
	object.insert("source".into(), source.clone());
	fs::write(json_path, serde_json::to_string_pretty(&metadata).unwrap()).expect("write");
	source["wasm"] = hex(&wasm).into();
	metadata["source"] = source;
	fs::write(bundle_path, serde_json::to_string(&metadata).unwrap()).expect("write");
}

/// Read an unsigned LEB128 at `*at`.
fn leb(bytes: &[u8], at: &mut usize) -> Result<u32, String> {
	let (mut value, mut shift) = (0u32, 0);
	loop {
		let byte = *bytes.get(*at).ok_or("truncated LEB128")?;
		*at += 1;
		value |= u32::from(byte & 0x7f) << shift;
		if byte & 0x80 == 0 {
			return Ok(value);
		}
		shift += 7;
		if shift > 28 {
			return Err("LEB128 too long".into());
		}
	}
}

fn put_leb(out: &mut Vec<u8>, mut value: u32) {
	loop {
		let byte = (value & 0x7f) as u8;
		value >>= 7;
		if value == 0 {
			out.push(byte);
			return;
		}
		out.push(byte | 0x80);
	}
}

/// The module without custom sections and with only the `call` and `deploy` function exports.
fn strip(module: &[u8]) -> Result<Vec<u8>, String> {
	const HEADER: &[u8] = b"\0asm\x01\0\0\0";
	if !module.starts_with(HEADER) {
		return Err("not a Wasm 1 module".into());
	}
	let mut out = HEADER.to_vec();
	let mut at = HEADER.len();
	let mut exports_kept = 0;
	while at < module.len() {
		let id = module[at];
		at += 1;
		let len = leb(module, &mut at)? as usize;
		let body = module.get(at..at + len).ok_or("truncated section")?;
		at += len;
		match id {
			0 => continue,
			7 => {
				let mut p = 0;
				let count = leb(body, &mut p)?;
				let mut kept = Vec::new();
				let mut entries = Vec::new();
				for _ in 0..count {
					let start = p;
					let name_len = leb(body, &mut p)? as usize;
					let name = body.get(p..p + name_len).ok_or("truncated export")?;
					p += name_len;
					let kind = *body.get(p).ok_or("truncated export")?;
					p += 1;
					leb(body, &mut p)?;
					if kind == 0 && (name == b"call" || name == b"deploy") {
						entries.extend_from_slice(&body[start..p]);
						kept.push(name);
					}
				}
				exports_kept = kept.len();
				let mut section = Vec::new();
				put_leb(&mut section, kept.len() as u32);
				section.extend(entries);
				out.push(7);
				put_leb(&mut out, section.len() as u32);
				out.extend(section);
			},
			_ => {
				out.push(id);
				put_leb(&mut out, len as u32);
				out.extend_from_slice(body);
			},
		}
	}
	if exports_kept != 2 {
		return Err("the module must export the functions `call` and `deploy`".into());
	}
	Ok(out)
}
