// @polkadot/api against a running `minix-node --dev`: three dev accounts register as data-feed
// oracles with their CIDs, governance (sudo on the dev chain) registers `rain_mm` and approves
// them, they feed it through `oracle.feedValues`, and the median is read through the OracleApi
// runtime API; feeding outside that path is refused; an MST locked on `rain_mm >= 100` cannot be spent and
// cannot be unlocked until the feeds say so; a dispute is opened and decided by governance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devNodeForFile, send } from './harness.mjs';

const ctx = devNodeForFile();
const FEEDER = { dataFeed: true, authentication: false, custody: false, supervision: false };

const firstCid = async (api, who) => (await api.call.cidApi.cidsOf(who.address, 0, 1))[0];
const value = async (api) => {
  const v = await api.call.oracleApi.value('rain_mm');
  return v.isSome ? v.unwrap().toBigInt() : null;
};
const feedAll = (api, feeders, values) =>
  Promise.all(feeders.map((who, i) =>
    send(api, api.tx.oracle.feedValues([['rain_mm', values[i]]]), who)));

test('three oracles feed, the median unlocks an MST lock, a dispute is decided', async () => {
  const { api } = ctx.node;
  const [alice, bob, charlie, dave, eve, ferdie] =
    ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((n) => ctx.keyring.addFromUri(`//${n}`));
  const feeders = [alice, bob, charlie];

  // Registration: a CID the caller does not own is refused; the three register with their own.
  const wrong = await send(api, api.tx.oracle.registerOracle(await firstCid(api, alice), FEEDER), ferdie);
  assert.equal(wrong.error, 'oracle.NotCidOwner');
  for (const result of await Promise.all(feeders.map(async (who) =>
    send(api, api.tx.oracle.registerOracle(await firstCid(api, who), FEEDER), who)))) {
    assert.equal(result.error, null);
  }
  const record = (await api.call.oracleApi.oracle(alice.address)).unwrap();
  assert.equal(record[0].kinds.dataFeed.isTrue, true);
  assert.equal(record[0].bond.toBigInt(), 10n * 10_000_000_000n);

  // Before governance approves them, they cannot feed; a conditional lock cannot name a key
  // governance did not register.
  const early = await send(api, api.tx.oracle.feedValues([['rain_mm', 1]]), alice);
  assert.equal(early.error, 'oracle.NotApproved');
  // Dave accepts locked transfers from Alice (nobody can lock tokens at his account unasked).
  assert.equal((await send(api, api.tx.mst.allowLocksFrom(alice.address), dave)).error, null);
  const unregistered = {
    Conditional: { condition: { key: 'rain_mm', comparison: 'AtLeast', value: 100 }, deadline: 10 },
  };
  const tooEarly = await send(api, api.tx.mst.transferLocked('DEV', dave.address, 1, unregistered), alice);
  assert.equal(tooEarly.error, 'mst.UnknownFeedKey');
  const govern = api.tx.utility.batchAll([
    api.tx.oracle.registerFeedKey('rain_mm', 1_000_000_000), // quorum: all of its feeders
    ...feeders.map((who) => api.tx.oracle.approveFeeder('rain_mm', who.address)),
  ]);
  const governed = await send(api, api.tx.sudo.sudo(govern), alice);
  assert.equal(governed.error, null);
  assert.ok(governed.events.some(({ event }) => api.events.oracle.FeedKeyRegistered.is(event)));

  // A non-oracle cannot feed; a key nobody registered is refused; pallet-oracle's own call is
  // closed to signed origins.
  const intruder = await send(api, api.tx.oracle.feedValues([['rain_mm', 1000]]), dave);
  assert.equal(intruder.error, 'oracle.NotOracle');
  const spam = await send(api, api.tx.oracle.feedValues([['spam', 1]]), alice);
  assert.equal(spam.error, 'oracle.NotApproved');
  const direct = await send(api, api.tx.oracleFeeds.feedValues([['spam', 1]]), alice);
  assert.equal(direct.error, 'system.CallFiltered');
  assert.ok((await api.query.oracleFeeds.rawValues(alice.address, 'spam')).isNone);

  // Alice gives Dave 500 DEV locked until rain_mm >= 100 (fallback: 100 000 blocks).
  const model = {
    Conditional: { condition: { key: 'rain_mm', comparison: 'AtLeast', value: 100 }, deadline: 100_000 },
  };
  const locked = await send(api, api.tx.mst.transferLocked('DEV', dave.address, 500, model), alice);
  assert.equal(locked.error, null);
  const spend = () => send(api, api.tx.mst.transfer('DEV', eve.address, 1), dave);
  const tryUnlock = () => send(api, api.tx.mst.tryUnlock('DEV', dave.address, 0), eve);
  assert.equal((await spend()).error, 'mst.BalanceLocked');
  assert.equal((await tryUnlock()).error, 'mst.ConditionNotMet');

  // Dry weather: the median of 50, 70, 60 is 60, and the lock holds.
  for (const r of await feedAll(api, feeders, [50, 70, 60])) assert.equal(r.error, null);
  assert.equal(await value(api), 60n);
  assert.equal((await tryUnlock()).error, 'mst.ConditionNotMet');
  assert.equal((await spend()).error, 'mst.BalanceLocked');

  // Rain: the median of 120, 100, 130 is 120; anyone may now release the lock.
  for (const r of await feedAll(api, feeders, [120, 100, 130])) assert.equal(r.error, null);
  assert.equal(await value(api), 120n);
  const unlocked = await tryUnlock();
  assert.equal(unlocked.error, null);
  const event = unlocked.events.find(({ event }) => api.events.mst.Unlocked.is(event)).event.data;
  assert.equal(event.amount.toBigInt(), 500n);
  assert.equal((await spend()).error, null);
  // A feed counts for credibility only while its key has a quorum of fresh values: in the first
  // round only the feed that completed it, in the second all three.
  let corroborated = 0;
  for (const who of feeders) {
    corroborated += (await api.call.oracleApi.oracle(who.address)).unwrap()[0].record.feedsAccepted.toNumber();
  }
  assert.equal(corroborated, 4);

  // Eve disputes Alice's value; only governance decides; a rejected dispute costs Eve her bond.
  const target = { Feed: { oracle: alice.address, key: 'rain_mm' } };
  const disputed = await send(api, api.tx.oracle.dispute(target, '0x' + '11'.repeat(32)), eve);
  assert.equal(disputed.error, null);
  const open = await api.call.oracleApi.openDisputes();
  assert.equal(open.length, 1);
  assert.equal(open[0][1].disputedValue.unwrap().toBigInt(), 120n);
  const id = open[0][0];
  assert.equal((await send(api, api.tx.oracle.resolveDispute(id, 'Rejected'), eve)).error, 'BadOrigin');
  const decided = await send(api, api.tx.sudo.sudo(api.tx.oracle.resolveDispute(id, 'Rejected')), alice);
  const resolved = decided.events.find(({ event }) => api.events.oracle.DisputeResolved.is(event));
  assert.ok(resolved, 'DisputeResolved');
  assert.equal(resolved.event.data.loser.toString(), eve.address);
  assert.equal((await api.call.oracleApi.openDisputes()).length, 0);
});
