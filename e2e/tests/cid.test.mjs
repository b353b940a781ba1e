// @polkadot/api against a running `minix-node --dev`: claim a public CID, name it, resolve
// name -> CID -> account through the CidApi runtime API, read Mini Point's supply, see
// rejected calls' error names, a CID with reputation arrive at its buyer with none, a transfer
// that lands only once accepted, and a payment to an avatar name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devNodeForFile, send } from './harness.mjs';

const MINI = 10_000_000_000n;
const ctx = devNodeForFile();

test('claim a public CID, name it, resolve it, and read the supply', async () => {
  const { api } = ctx.node;
  const bob = ctx.keyring.addFromUri('//Bob');

  const claimed = await send(api, api.tx.cid.claim(null), bob);
  assert.equal(claimed.error, null);
  const issued = claimed.events.find(({ event }) => api.events.cid.Issued.is(event)).event.data;
  const cid = issued.cid.toBigInt();
  assert.ok(cid >= 1_000_000n && cid < 1_000_000_000_000n, `public CID ${cid}`);
  assert.equal(issued.owner.toString(), bob.address);
  const minted = claimed.events.find(({ event }) => api.events.miniPoint.Minted.is(event)).event.data;
  assert.equal(minted.toOwner.toBigInt(), MINI);
  assert.equal(minted.toPool.toBigInt(), MINI / 4n);

  // The claim minted exactly 1.25 MINI (fees move MINI, they never create or burn it).
  const header = await api.rpc.chain.getHeader(claimed.blockHash);
  const [atParent, atBlock] = [await api.at(header.parentHash), await api.at(claimed.blockHash)];
  const [supplyBefore, supplyAfter] = [
    await atParent.call.miniPointApi.supplyInfo(), await atBlock.call.miniPointApi.supplyInfo()
  ];
  assert.equal(supplyAfter.totalIssuance.toBigInt() - supplyBefore.totalIssuance.toBigInt(), MINI + MINI / 4n);
  assert.equal(supplyAfter.cidsIssued.toBigInt(), supplyBefore.cidsIssued.toBigInt() + 1n);
  assert.ok(supplyAfter.totalIssuance.toBigInt() <= supplyAfter.cap.toBigInt(), 'issuance within the cap');
  assert.ok(supplyAfter.feePool.toBigInt() > 0n);

  const named = await send(api, api.tx.cid.setName(cid, 'Bob.JS'), bob);
  assert.equal(named.error, null);

  // name -> CID -> account, in any case.
  const byName = await api.call.cidApi.cidByName('BOB.js');
  assert.equal(byName.unwrap().toBigInt(), cid);
  const owner = await api.call.cidApi.ownerOf(cid);
  assert.equal(owner.unwrap().toString(), bob.address);
  const details = (await api.call.cidApi.details(cid)).unwrap();
  assert.equal(details.range.toString(), 'Public');
  assert.equal(Buffer.from(details.name.toU8a(true)).toString(), 'bob.js');
  assert.equal(details.deposit.toBigInt(), 2n * MINI);
  const page = await api.call.cidApi.cidsOf(bob.address, 0, 200);
  assert.ok(page.map((c) => c.toBigInt()).includes(cid));
  // Bob's 100 genesis CIDs come first (ascending), paged.
  const second = await api.call.cidApi.cidsOf(bob.address, 1, 2);
  assert.deepEqual(second.map((c) => c.toBigInt()), [102n, 103n]);
});

test('rejected calls report their error names and change nothing', async () => {
  const { api } = ctx.node;
  const charlie = ctx.keyring.addFromUri('//Charlie');
  const dave = ctx.keyring.addFromUri('//Dave');

  // Dave names his first CID (a reserved one from genesis)…
  const davesCid = (await api.call.cidApi.cidsOf(dave.address, 0, 1))[0].toBigInt();
  assert.equal((await send(api, api.tx.cid.setName(davesCid, 'dave.js'), dave)).error, null);
  // …and Charlie cannot take the same name in another case.
  const charliesCid = (await api.call.cidApi.cidsOf(charlie.address, 0, 1))[0].toBigInt();
  const taken = await send(api, api.tx.cid.setName(charliesCid, 'DAVE.js'), charlie);
  assert.equal(taken.error, 'cid.NameTaken');
  assert.equal((await api.call.cidApi.cidByName('dave.js')).unwrap().toBigInt(), davesCid);

  const reserved = await send(api, api.tx.cid.claim(5), charlie);
  assert.equal(reserved.error, 'cid.NotPublic');
  const tooLong = await send(api, api.tx.cid.claim(1_000_000_000_000n), charlie);
  assert.equal(tooLong.error, 'cid.InvalidCid');
  const reservedMove = await send(api, api.tx.cid.offerTransfer(charliesCid, dave.address), charlie);
  assert.equal(reservedMove.error, 'cid.NotTransferable');
  assert.equal((await api.call.cidApi.ownerOf(charliesCid)).unwrap().toString(), charlie.address);
  const badName = await send(api, api.tx.cid.setName(charliesCid, 'no spaces'), charlie);
  assert.equal(badName.error, 'cid.BadNameChar');
});

test('reputation follows the holder: a CID that changes hands arrives with none', async () => {
  const { api } = ctx.node;
  const [alice, ferdie, eve] = ['//Alice', '//Ferdie', '//Eve'].map((u) => ctx.keyring.addFromUri(u));
  const claimed = await send(api, api.tx.cid.claim(null), ferdie);
  assert.equal(claimed.error, null);
  const cid = claimed.events.find(({ event }) => api.events.cid.Issued.is(event)).event.data.cid.toBigInt();
  // Governance (sudo on the dev chain) grants it reputation and a claim.
  const granted = await send(api, api.tx.sudo.sudo(api.tx.utility.batchAll([
    api.tx.cid.adjustReputation(cid, 50),
    api.tx.cid.setClaim(cid, 'kyc', '0x' + '11'.repeat(32), 1_000_000)
  ])), alice);
  assert.equal(granted.error, null);
  const details = async () => (await api.call.cidApi.details(cid)).unwrap();
  assert.equal((await details()).reputation.toNumber(), 50);
  assert.equal((await details()).claims.length, 1);
  // Ferdie sells it to Eve: Eve gets the number, not Ferdie's reputation or claims.
  assert.equal((await send(api, api.tx.cid.offerTransfer(cid, eve.address), ferdie)).error, null);
  const moved = await send(api, api.tx.cid.acceptTransfer(cid), eve);
  assert.equal(moved.error, null);
  assert.ok(moved.events.some(({ event }) => api.events.cid.ReputationChanged.is(event) && event.data.reputation.toNumber() === 0));
  assert.equal((await api.call.cidApi.ownerOf(cid)).unwrap().toString(), eve.address);
  assert.equal((await details()).reputation.toNumber(), 0);
  assert.equal((await details()).claims.length, 0);
});

test('a CID moves only when the recipient accepts it; paying a name pays its owner', async () => {
  const { api } = ctx.node;
  const [charlie, dave, eve] = ['//Charlie', '//Dave', '//Eve'].map((u) => ctx.keyring.addFromUri(u));
  const claimed = await send(api, api.tx.cid.claim(null), charlie);
  assert.equal(claimed.error, null);
  const cid = claimed.events.find(({ event }) => api.events.cid.Issued.is(event)).event.data.cid.toBigInt();
  assert.equal((await send(api, api.tx.cid.setName(cid, 'charlie.pay'), charlie)).error, null);

  // Offered to Dave: still Charlie's; Eve cannot take it; Dave accepts.
  assert.equal((await send(api, api.tx.cid.offerTransfer(cid, dave.address), charlie)).error, null);
  const offered = (await api.call.cidApi.details(cid)).unwrap();
  assert.equal(offered.owner.toString(), charlie.address);
  assert.equal(offered.offeredTo.unwrap().toString(), dave.address);
  assert.equal((await send(api, api.tx.cid.acceptTransfer(cid), eve)).error, 'cid.NotOfferedTo');
  assert.equal((await send(api, api.tx.cid.acceptTransfer(cid), dave)).error, null);
  assert.equal((await api.call.cidApi.ownerOf(cid)).unwrap().toString(), dave.address);

  // Eve pays 3 MINI to the name in another case: Dave, the owner now, receives exactly that.
  const [cidOf, owner] = (await api.call.cidApi.resolve({ Name: 'Charlie.Pay' })).unwrap();
  assert.deepEqual([cidOf.toBigInt(), owner.toString()], [cid, dave.address]);
  const before = (await api.query.system.account(dave.address)).data.free.toBigInt();
  const paid = await send(api, api.tx.cid.pay({ Name: 'Charlie.Pay' }, 'MINI', 3n * MINI), eve);
  assert.equal(paid.error, null);
  const event = paid.events.find(({ event }) => api.events.cid.Paid.is(event)).event.data;
  assert.deepEqual([event.cid.toBigInt(), event.to.toString(), event.token.isMini, event.amount.toBigInt()],
    [cid, dave.address, true, 3n * MINI]);
  assert.equal((await api.query.system.account(dave.address)).data.free.toBigInt(), before + 3n * MINI);
  const unknown = await send(api, api.tx.cid.pay({ Name: 'nobody.here' }, 'MINI', 1n), eve);
  assert.equal(unknown.error, 'cid.UnknownName');
});
