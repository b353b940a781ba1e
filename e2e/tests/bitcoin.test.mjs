// @polkadot/api against running nodes. On `minix-node --dev` (anchored at Bitcoin mainnet 576576
// with Alice as relayer): governance installs trustees, Alice relays real mainnet headers, and the
// real 2019 deposit f1a9161a… is refused, since its proof does not show the block's coinbase
// (`DepthNotBound`). On a dev chain spec anchored at signet 63290: the real signet deposit
// 8e5d37c7… mints 0.001 XBTC to the ss58 account its OP_RETURN names, once. Each step's
// rejections are checked first: no trustees, unknown block, a non-relayer, a non-trustee output,
// a replay, and withdrawals without XBTC or to a bad address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keyring } from '@polkadot/keyring';
import { u8aConcat, u8aToHex, hexToU8a, stringToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { devNodeForFile, nodeBinary, send, startDevNode } from './harness.mjs';

const data = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'btc');
const json = (name) => JSON.parse(readFileSync(join(data, name), 'utf8'));
const ctx = devNodeForFile();

/** ChainX's 2021 signet hot key (P2TR) that the signet deposit paid. */
const CHAINX_TAPROOT_SCRIPT = '0x51209a9ea267884f5549c206b2aec2bd56d98730f90532ea7f7154d4d4f923b7e3bb';
const SIGNET_BENEFICIARY = '5Qjpo7rQnwQetysagGzc4Rj7oswXSLmMqAuC2AbU6LFFFGj8';

/** Governance (sudo) installs Alice, Bob and Charlie as trustees; returns the TrusteesSet event. */
async function installTrustees (api, alice, bob, charlie) {
  const ecdsa = new Keyring({ type: 'ecdsa' });
  const members = [alice, bob, charlie].map((who, i) =>
    [who.address, ecdsa.addFromUri(`//Trustee${i}`).publicKey]);
  const direct = await send(api, api.tx.xbtcBridge.setTrustees(members, null), bob);
  assert.equal(direct.error, 'BadOrigin');
  const installed = await send(api, api.tx.sudo.sudo(api.tx.xbtcBridge.setTrustees(members, null)), alice);
  return installed.events.find(({ event }) => api.events.xbtcBridge.TrusteesSet.is(event)).event.data;
}

/**
 * Points set 0's deposit script at `script` (the bridge derives only P2WSH scripts; the real
 * deposits predate it): `scriptPubkey` is TrusteeSet's last field, so its SCALE bytes are
 * replaced at the end, by sudo `system.setStorage`.
 */
async function pointDepositScriptAt (api, alice, script) {
  const stored = (await api.query.xbtcBridge.trusteeSets(0)).unwrap();
  const bytes = stored.toU8a();
  const patched = u8aConcat(
    bytes.subarray(0, bytes.length - stored.scriptPubkey.encodedLength),
    api.createType('Bytes', script).toU8a()
  );
  const key = api.query.xbtcBridge.trusteeSets.key(0);
  const override = await send(api, api.tx.sudo.sudo(api.tx.system.setStorage([[key, u8aToHex(patched)]])), alice);
  assert.equal(override.error, null);
  assert.equal((await api.call.xbtcBridgeApi.depositScript()).unwrap().scriptPubkey.toHex(), script);
}

/** The `dev` chain spec with the light client anchored at `[height, header]` on signet. */
function signetSpec ([height, header]) {
  const spec = JSON.parse(execFileSync(nodeBinary(), ['export-chain-spec', '--chain', 'dev'], { maxBuffer: 1 << 28 }));
  const find = (o) => o && typeof o === 'object' && (o.btcLightClient ?? Object.values(o).map(find).find(Boolean));
  const checkpoint = find(spec).checkpoint;
  for (const key of Object.keys(checkpoint)) {
    if (key === 'network') checkpoint[key] = 'Signet';
    else if (key === 'height') checkpoint[key] = height;
    else if (key === 'header') checkpoint[key] = typeof checkpoint[key] === 'string' ? '0x' + header : [...hexToU8a(header)];
    else if (key.includes('poch')) checkpoint[key] = 0;
    else if (Array.isArray(checkpoint[key])) checkpoint[key] = [];
  }
  const path = join(mkdtempSync(join(tmpdir(), 'minix-signet-')), 'signet-spec.json');
  writeFileSync(path, JSON.stringify(spec));
  return path;
}

test('trustees, relayed mainnet headers, and the 2019 proof refused for an unbound depth', async () => {
  const { api } = ctx.node;
  const alice = ctx.keyring.addFromUri('//Alice');
  const bob = ctx.keyring.addFromUri('//Bob');
  const charlie = ctx.keyring.addFromUri('//Charlie');
  const headers = json('mainnet-headers-576576-578692.json');
  const tx = json('transactions.json').transactions.find((t) => t.txid.startsWith('f1a9161a'));
  const blockHeader = headers.find(([height]) => height === 577667)[1];
  const deposit = api.tx.xbtcBridge.submitDeposit('0x' + tx.raw_hex, {
    PartialMerkleTree: '0x' + blockHeader + tx.inclusion.partial_merkle_tree_hex
  });

  // The light client starts at the preset's checkpoint.
  const anchor = (await api.call.btcLightClientApi.bestTip()).unwrap();
  assert.equal(anchor.height.toNumber(), 576576);
  assert.ok((await api.call.xbtcBridgeApi.depositScript()).isNone, 'no trustees yet');
  assert.equal((await send(api, deposit, bob)).error, 'xbtcBridge.NoTrustees');

  // Trustees: only governance (sudo here) installs them; their keys are real secp256k1 keys.
  const set = await installTrustees(api, alice, bob, charlie);
  assert.equal(set.threshold.toNumber(), 3, 'floor(2n/3)+1 of 3');
  const target = (await api.call.xbtcBridgeApi.depositScript()).unwrap();
  assert.equal(target.setId.toNumber(), 0);
  assert.equal(target.scriptPubkey.toHex(), set.scriptPubkey.toHex());
  assert.equal(target.scriptPubkey.length, 34, 'OP_0 <sha256(witness script)>');

  // Its `gettxoutproof` tree matches only the deposit (index 815 of 2682), not the coinbase, so
  // it does not bind the tree's depth: refused before its block is even looked up.
  assert.equal((await send(api, deposit, bob)).error, 'xbtcBridge.DepthNotBound');

  // Only relayers relay; Alice sends 6 batches of 200 (to 577776) with consecutive nonces.
  const batches = [];
  for (let i = 1; i <= 1200; i += 200) batches.push(headers.slice(i, i + 200).map(([, h]) => '0x' + h));
  const refused = await send(api, api.tx.btcLightClient.submitHeaders(batches[0]), bob);
  assert.equal(refused.error, 'btcLightClient.NotRelayer');
  const freeBefore = (await api.query.system.account(alice.address)).data.free.toBigInt();
  const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  const relayed = await Promise.all(batches.map((batch, i) =>
    send(api, api.tx.btcLightClient.submitHeaders(batch), alice, { nonce: nonce + i })));
  assert.deepEqual(relayed.map((r) => r.error), batches.map(() => null));
  const freeAfter = (await api.query.system.account(alice.address)).data.free.toBigInt();
  assert.equal(freeAfter, freeBefore, 'batches that advance the tip are free');
  const tip = (await api.call.btcLightClientApi.bestTip()).unwrap();
  assert.equal(tip.height.toNumber(), 577776);
  const record = (await api.call.btcLightClientApi.headerAt(577667)).unwrap();
  // Explorers show the hash reversed (the API uses internal byte order).
  const internal = u8aToHex(hexToU8a(tx.inclusion.block_hash).reverse());
  assert.equal((await api.call.btcLightClientApi.confirmations(internal)).unwrap().toNumber(), 110);
  assert.equal(record.height.toNumber(), 577667);

  // Relayed, it is still refused, and nothing is minted.
  assert.equal((await send(api, deposit, bob)).error, 'xbtcBridge.DepthNotBound');
  assert.equal((await api.query.xbtcBridge.utxos.entries()).length, 0);

  // Withdrawals: a bad address, then an account without XBTC.
  const badAddress = api.tx.xbtcBridge.requestWithdrawal(200_000, stringToHex('not-an-address'));
  assert.equal((await send(api, badAddress, charlie)).error, 'xbtcBridge.BadAddress');
  const noFunds = api.tx.xbtcBridge.requestWithdrawal(200_000, stringToHex('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'));
  assert.equal((await send(api, noFunds, charlie)).error, 'mst.InsufficientBalance');
  assert.equal((await api.query.xbtcBridge.nextWithdrawalId()).toNumber(), 0, 'nothing queued');
});

test('on a signet-anchored chain the real signet deposit mints XBTC once', async () => {
  await cryptoWaitReady();
  const headers = json('signet-headers-63290-63310.json');
  const node = await startDevNode({ chainSpec: signetSpec(headers[0]) });
  try {
    const { api } = node;
    const keyring = new Keyring({ type: 'sr25519' });
    const [alice, bob, charlie] = ['//Alice', '//Bob', '//Charlie'].map((uri) => keyring.addFromUri(uri));
    assert.equal((await api.call.btcLightClientApi.bestTip()).unwrap().height.toNumber(), 63290);
    await installTrustees(api, alice, bob, charlie);

    // `gettxoutproof '[coinbase, txid]'`: the stored tree (flags 2f 00) already holds leaf 0's
    // id; setting its flag bit (3f 00) makes the coinbase a match too.
    const tx = json('transactions.json').transactions.find((t) => t.txid.startsWith('8e5d37c7'));
    const header = headers.find(([height]) => height === tx.inclusion.block_height)[1];
    const tree = tx.inclusion.partial_merkle_tree_hex;
    assert.ok(tree.endsWith('2f00'));
    const submit = (t) => api.tx.xbtcBridge.submitDeposit('0x' + tx.raw_hex, { PartialMerkleTree: '0x' + header + t });
    const deposit = submit(tree.slice(0, -4) + '3f00');

    // The block is not relayed yet.
    assert.equal((await send(api, deposit, bob)).error, 'xbtcBridge.UnknownBlock');
    const relayed = await send(api, api.tx.btcLightClient.submitHeaders(headers.slice(1).map(([, h]) => '0x' + h)), alice);
    assert.equal(relayed.error, null);
    assert.equal((await api.call.btcLightClientApi.bestTip()).unwrap().height.toNumber(), 63310);
    // The deposit paid ChainX's taproot key, not this set's P2WSH.
    assert.equal((await send(api, deposit, bob)).error, 'xbtcBridge.NoTrusteeOutput');
    await pointDepositScriptAt(api, alice, CHAINX_TAPROOT_SCRIPT);
    // The tree as stored matches only the deposit: refused.
    assert.equal((await send(api, submit(tree), bob)).error, 'xbtcBridge.DepthNotBound');
    const credited = await send(api, deposit, bob);
    assert.equal(credited.error, null);
    const event = credited.events.find(({ event }) => api.events.xbtcBridge.Deposited.is(event)).event.data;
    const beneficiary = api.createType('AccountId', SIGNET_BENEFICIARY);
    assert.ok(event.who.eq(beneficiary), `minted to ${event.who}`);
    assert.equal(event.amount.toBigInt(), 100_000n);
    assert.ok(event.referral.isNone);
    const xbtc = (await api.query.mst.tokens(stringToHex('XBTC'))).unwrap();
    const account = (await api.query.assets.account(xbtc.assetId, beneficiary)).unwrap();
    assert.equal(account.balance.toBigInt(), 100_000n);
    assert.equal((await api.query.system.account(beneficiary)).data.free.toBigInt(), 0n, 'held without any MINI');
    assert.ok((await api.query.xbtcBridge.utxos(event.outpoint)).isSome, 'the trustees now hold it');
    assert.equal((await send(api, deposit, bob)).error, 'xbtcBridge.AlreadyCredited');
  } finally {
    await node.api.disconnect();
    await node.stop();
  }
});
