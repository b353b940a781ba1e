// A chain spec of realistic size for `benchmark storage`: the dev chain's spec (from
// `minix-node build-spec --chain dev`) plus N genesis CIDs, each owned by its own new account, so
// the state holds N accounts (MINI balances), N CIDs and their indexes.
//
//   node e2e/tools/big-state.mjs DEV_SPEC.json N OUT.json
//
// The accounts are derived deterministically (blake2 of a counter), so two runs build the same state.
import { readFileSync, writeFileSync } from 'node:fs';
import { blake2AsU8a, encodeAddress } from '@polkadot/util-crypto';

const [input, count, output] = process.argv.slice(2);
if (!input || !(Number(count) > 0) || !output) {
  console.error('usage: node e2e/tools/big-state.mjs DEV_SPEC.json N OUT.json');
  process.exit(2);
}
const spec = JSON.parse(readFileSync(input, 'utf8'));
const patch = spec.genesis.runtimeGenesis.patch;
// Nine-digit CIDs from 100 000 000 up: ordinary numbers, clear of the dev accounts' reserved ones.
const first = 100_000_000;
for (let i = 0; i < Number(count); i++) {
  patch.cid.cids.push([first + i, encodeAddress(blake2AsU8a(`minix-bench-state-${i}`, 256))]);
}
writeFileSync(output, JSON.stringify(spec));
console.log(`${output}: the dev chain with ${count} more CIDs and accounts`);
