// Compiles MiniX's Solidity contracts (contracts/solidity/*.sol) with the npm `solc` pinned in
// package-lock.json, and keeps their artifacts (contracts/solidity/artifacts/<Contract>.json:
// ABI, EVM bytecode, the compiler and the SHA-256 of the source) in the repository, so the
// runtime's Rust tests deploy exactly what solc builds from the committed source.
//   node solidity.mjs --write   # (re)write the artifacts
//   node solidity.mjs --check   # fail if an artifact differs from a fresh compile
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import solc from 'solc';

export const SOLIDITY_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'contracts', 'solidity');
const ARTIFACTS = join(SOLIDITY_DIR, 'artifacts');
// pallet-revive runs EVM bytecode up to Osaka; Cancun is what most tooling targets today.
const EVM_VERSION = 'cancun';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** Every `.sol` source, by file name. */
function sources() {
  const out = {};
  for (const file of readdirSync(SOLIDITY_DIR).filter((f) => f.endsWith('.sol')).sort()) {
    out[file] = readFileSync(join(SOLIDITY_DIR, file), 'utf8');
  }
  return out;
}

/** Compiles every source; returns the artifacts of the contracts that have bytecode. */
export function compileAll() {
  const files = sources();
  const input = {
    language: 'Solidity',
    sources: Object.fromEntries(Object.entries(files).map(([f, content]) => [f, { content }])),
    settings: {
      evmVersion: EVM_VERSION,
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length) throw new Error(errors.map((e) => e.formattedMessage).join('\n'));
  const artifacts = {};
  for (const [file, contracts] of Object.entries(output.contracts)) {
    for (const [contract, out] of Object.entries(contracts)) {
      if (!out.evm.bytecode.object) continue; // interfaces
      artifacts[contract] = {
        contract,
        source: `contracts/solidity/${file}`,
        sourceSha256: sha256(files[file]),
        compiler: `solc ${solc.version()}`,
        evmVersion: EVM_VERSION,
        abi: out.abi,
        bytecode: `0x${out.evm.bytecode.object}`,
      };
    }
  }
  return artifacts;
}

/** The committed artifact of `contract`. */
export function artifact(contract) {
  return JSON.parse(readFileSync(join(ARTIFACTS, `${contract}.json`), 'utf8'));
}

const render = (a) => `${JSON.stringify(a, null, 1)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mode = process.argv[2];
  const fresh = compileAll();
  let stale = 0;
  for (const [name, a] of Object.entries(fresh)) {
    const path = join(ARTIFACTS, `${name}.json`);
    if (mode === '--write') {
      writeFileSync(path, render(a));
      console.log(`wrote ${path} (${(a.bytecode.length - 2) / 2} bytes of EVM bytecode)`);
    } else {
      let committed = '';
      try { committed = readFileSync(path, 'utf8'); } catch {}
      if (committed !== render(a)) { console.error(`stale artifact: ${path}`); stale += 1; }
    }
  }
  if (stale) process.exit(1);
}
