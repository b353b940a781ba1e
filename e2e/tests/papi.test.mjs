// polkadot-api (npm `polkadot-api`) against a running `minix-node --dev`: the test generates the
// typed descriptors from the node itself (`papi add minix -w <url>`, which fetches the metadata
// and compiles the descriptors), then transfers MINI, calls MiniX runtime APIs by name and
// submits a MiniX call, each through the typed API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createClient } from 'polkadot-api';
import { getWsProvider } from 'polkadot-api/ws';
import { getPolkadotSigner } from 'polkadot-api/signer';
import { WebSocket } from 'ws';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { startDevNode } from './harness.mjs';

const MINI = 10_000_000_000n;
const e2e = join(dirname(fileURLToPath(import.meta.url)), '..');
const ctx = {};

/** `papi add` in a scratch directory under e2e/ (so the descriptors resolve `polkadot-api` from
 * e2e/node_modules); no descriptors package is installed and package.json is left alone. */
async function generateDescriptors (url) {
  const dir = mkdtempSync(join(e2e, '.papi-test-'));
  mkdirSync(join(dir, '.papi'));
  writeFileSync(join(dir, '.papi', 'polkadot-api.json'), JSON.stringify({
    version: 0,
    descriptorPath: '.papi/descriptors',
    entries: {},
    options: { noDescriptorsPackage: true }
  }));
  const cli = join(e2e, 'node_modules', 'polkadot-api', 'bin', 'cli.js');
  // The CLI needs a global WebSocket (Node.js 22 has one; the preload supplies it before).
  const preload = pathToFileURL(join(e2e, 'tools', 'websocket-global.mjs')).href;
  await promisify(execFile)(process.execPath, ['--import', preload, cli, 'add', 'minix', '-w', url], {
    cwd: dir, timeout: 300000, maxBuffer: 16 << 20
  });
  // The generated package's own entry point (its package.json `exports`).
  const pkgDir = join(dir, '.papi', 'descriptors');
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(pkg.name, '@polkadot-api/descriptors');
  const entry = join(pkgDir, pkg.exports['.'].import);
  assert.ok(existsSync(entry), `papi generated ${entry}`);
  return { dir, descriptors: await import(pathToFileURL(entry).href) };
}

function signer (pair) {
  return getPolkadotSigner(pair.publicKey, 'Sr25519', (payload) => pair.sign(payload));
}

before(async () => {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519' });
  ctx.alice = keyring.addFromUri('//Alice');
  ctx.bob = keyring.addFromUri('//Bob');
  ctx.dave = keyring.addFromUri('//Dave');
  ctx.node = await startDevNode();
  const { dir, descriptors } = await generateDescriptors(ctx.node.url);
  ctx.dir = dir;
  ctx.descriptors = descriptors;
  ctx.client = createClient(getWsProvider(ctx.node.url, { websocketClass: WebSocket }));
  ctx.api = ctx.client.getTypedApi(descriptors.minix);
});

after(async () => {
  ctx.client?.destroy();
  await ctx.node?.api.disconnect();
  await ctx.node?.stop();
  if (ctx.dir) rmSync(ctx.dir, { recursive: true, force: true });
});

test('the generated descriptors match the node\'s runtime', async () => {
  const { api, descriptors } = ctx;
  const statics = await api.getStaticApis();
  assert.equal(statics.constants.System.Version.spec_name, 'minix');
  assert.equal(await api.constants.System.SS58Prefix(), statics.constants.System.SS58Prefix);
  // Descriptors generated from this node are fully compatible with it.
  assert.ok(statics.compat.tx.Cid.claim.isCompatible(), 'Cid.claim is compatible');
  assert.ok(statics.compat.apis.CidApi.owner_of.isCompatible(), 'CidApi.owner_of is compatible');
  assert.equal(typeof descriptors.MultiAddress.Id, 'function');
});

test('a MINI transfer through polkadot-api is finalized and moves exactly the value', async () => {
  const { api, descriptors, alice, bob } = ctx;
  const bobAddress = bob.address;
  const before = await api.query.System.Account.getValue(bobAddress, { at: 'best' });
  const value = 3n * MINI;
  const tx = api.tx.Balances.transfer_keep_alive({ dest: descriptors.MultiAddress.Id(bobAddress), value });
  const result = await tx.signAndSubmit(signer(alice));
  assert.equal(result.ok, true, `dispatch error: ${JSON.stringify(result.dispatchError)}`);
  const transfer = api.event.Balances.Transfer.filter(result.events).map((e) => e.payload);
  assert.equal(transfer.length, 1);
  assert.equal(transfer[0].to, bobAddress);
  assert.equal(transfer[0].amount, value);
  // signAndSubmit resolves once the block is finalized: read Bob's balance there.
  const after = await api.query.System.Account.getValue(bobAddress, { at: result.block.hash });
  assert.equal(after.data.free - before.data.free, value);
});

test('MiniX runtime APIs by name: MiniPointApi.supply_info, CidApi.owner_of and details', async () => {
  const { api, bob } = ctx;
  const supply = await api.apis.MiniPointApi.supply_info();
  assert.ok(supply.total_issuance > 0n && supply.total_issuance <= supply.cap);
  // Bob holds genesis CIDs from 101 on (chain spec `dev`).
  assert.equal(await api.apis.CidApi.owner_of(101n), bob.address);
  assert.equal(await api.apis.CidApi.owner_of(999_999_999_999n), undefined);
  const details = await api.apis.CidApi.details(101n);
  assert.equal(details.owner, bob.address);
});

test('a MiniX call through polkadot-api: Cid.claim issues a CID and mints 1.25 MINI', async () => {
  const { api, dave } = ctx;
  const before = await api.apis.MiniPointApi.supply_info();
  const result = await api.tx.Cid.claim({ cid: undefined }).signAndSubmit(signer(dave));
  assert.equal(result.ok, true, `dispatch error: ${JSON.stringify(result.dispatchError)}`);
  const [issued] = api.event.Cid.Issued.filter(result.events).map((e) => e.payload);
  assert.equal(issued.owner, dave.address);
  assert.ok(issued.cid >= 1_000_000n && issued.cid < 1_000_000_000_000n, `public CID ${issued.cid}`);
  assert.equal(await api.apis.CidApi.owner_of(issued.cid, { at: result.block.hash }), dave.address);
  const after = await api.apis.MiniPointApi.supply_info({ at: result.block.hash });
  assert.equal(after.total_issuance - before.total_issuance, MINI + MINI / 4n);

  // A rejected MiniX call reports its module error by name through the typed result.
  const again = await api.tx.Cid.claim({ cid: issued.cid }).signAndSubmit(signer(dave));
  assert.equal(again.ok, false);
  assert.equal(again.dispatchError.type, 'Module');
  assert.equal(again.dispatchError.value.type, 'Cid');
  assert.ok(typeof again.dispatchError.value.value.type === 'string');
});
