// @polkadot/api against a running `minix-node --dev`: the consortium council (Alice, Bob,
// Charlie) governs with motions, as Apps' Council page sends them. A motion of one member is a
// third and is refused; a motion carried by two changes the session period; a non-member cannot
// propose; and the council dispatches a Root-only call through `consortium.dispatchAsRoot`, but
// not one that would mint MINI (`balances.forceSetBalance`, also hidden in a batch).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devNodeForFile, send } from './harness.mjs';

const ctx = devNodeForFile();

/** The collective's `Executed` result of the motion in `events`, as `null` or an error name. */
function executed (api, events) {
  const found = events.find(({ event }) => api.events.council.Executed.is(event));
  assert.ok(found, 'the motion was executed');
  const result = found.event.data.result;
  if (result.isOk) return null;
  const err = result.asErr;
  if (err.isModule) {
    const { section, name } = api.registry.findMetaError(err.asModule);
    return `${section}.${name}`;
  }
  return err.type;
}

/** Alice proposes `call` (threshold 2), Alice and Bob vote aye, Charlie closes: the result. */
async function motion (api, keyring, call) {
  const [alice, bob, charlie] = ['//Alice', '//Bob', '//Charlie'].map((u) => keyring.addFromUri(u));
  const length = call.method.encodedLength;
  const proposed = await send(api, api.tx.council.propose(2, call, length), alice);
  assert.equal(proposed.error, null);
  const { proposalIndex, proposalHash } = proposed.events
    .find(({ event }) => api.events.council.Proposed.is(event)).event.data;
  const votes = await Promise.all([alice, bob].map((m) =>
    send(api, api.tx.council.vote(proposalHash, proposalIndex, true), m)));
  votes.forEach((v) => assert.equal(v.error, null));
  const weight = (await api.call.transactionPaymentCallApi.queryCallInfo(call.method, length)).weight;
  const closed = await send(api, api.tx.council.close(proposalHash, proposalIndex, weight, length), charlie);
  assert.equal(closed.error, null);
  return executed(api, closed.events);
}

test('two-thirds council motions govern; one member, outsiders and direct calls do not', async () => {
  const { api } = ctx.node;
  const { keyring } = ctx;
  const [alice, dave] = ['//Alice', '//Dave'].map((u) => keyring.addFromUri(u));
  const members = (await api.query.council.members()).map((m) => m.toString()).sort();
  assert.deepEqual(members, ['//Alice', '//Bob', '//Charlie'].map((u) => keyring.addFromUri(u).address).sort());
  const period = async () => (await api.query.validatorSet.sessionPeriod()).toNumber();
  assert.equal(await period(), 10);

  // Direct: a signed account is not governance.
  const direct = await send(api, api.tx.validatorSet.setSessionPeriod(20), alice);
  assert.equal(direct.error, 'BadOrigin');
  // Threshold 1: executes at once with one of three members, and is refused.
  const alone = await send(api, api.tx.council.propose(1, api.tx.validatorSet.setSessionPeriod(20), 100), alice);
  assert.equal(alone.error, null);
  assert.equal(executed(api, alone.events), 'BadOrigin');
  // Dave is not a member.
  const outsider = await send(api, api.tx.council.propose(2, api.tx.validatorSet.setSessionPeriod(20), 100), dave);
  assert.equal(outsider.error, 'council.NotMember');
  assert.equal(await period(), 10);

  // Two of three carry it.
  assert.equal(await motion(api, keyring, api.tx.validatorSet.setSessionPeriod(20)), null);
  assert.equal(await period(), 20);
  // A bad value in a carried motion is refused by the pallet, and changes nothing.
  assert.equal(await motion(api, keyring, api.tx.validatorSet.setSessionPeriod(0)), 'validatorSet.ZeroSessionPeriod');
  assert.equal(await period(), 20);

  // Root only through the council: dispatchAsRoot(system.setHeapPages).
  const asRoot = api.tx.consortium.dispatchAsRoot(api.tx.system.setHeapPages(100));
  const refused = await send(api, asRoot, alice);
  assert.equal(refused.error, 'BadOrigin');
  assert.equal(await motion(api, keyring, asRoot), null);
  const heapPages = await api.rpc.state.getStorage('0x3a686561707061676573'); // ":heappages"
  assert.equal(heapPages.toHex(), '0x6400000000000000');
});

test('a council motion cannot mint MINI through dispatchAsRoot', async () => {
  const { api } = ctx.node;
  const { keyring } = ctx;
  const dave = keyring.addFromUri('//Dave');
  const issuance = (await api.query.balances.totalIssuance()).toBigInt();
  const daveBefore = (await api.query.system.account(dave.address)).data.toHex();
  const mint = api.tx.balances.forceSetBalance(dave.address, 10n ** 14n);
  for (const call of [mint, api.tx.utility.batchAll([api.tx.system.remark('0x'), mint])]) {
    assert.equal(await motion(api, keyring, api.tx.consortium.dispatchAsRoot(call)), 'consortium.CallFiltered');
  }
  assert.equal((await api.query.balances.totalIssuance()).toBigInt(), issuance, 'total issuance unchanged');
  assert.equal((await api.query.system.account(dave.address)).data.toHex(), daveBefore, "Dave's balance unchanged");
  const supply = await api.call.miniPointApi.supplyInfo();
  assert.ok(supply.totalIssuance.toBigInt() <= supply.cap.toBigInt(), 'within the supply rule');
});
