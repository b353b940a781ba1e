// @polkadot/api against a running `minix-node --dev`: Bob sells a CID in a Dutch auction and
// Charlie buys it at the price of the block his purchase lands in; Charlie sells it on in an
// English auction where Eve is outbid and refunded at once and Dave wins; the market fee goes to
// the ecosystem pool and every balance moves exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devNodeForFile, send } from './harness.mjs';

const MINI = 100_000_000n;
const ctx = devNodeForFile();

const find = (api, result, name) =>
  result.events.find(({ event }) => api.events.market[name].is(event))?.event.data;
const free = async (api, who, at) =>
  (await (at ? await api.at(at) : api).query.system.account(who)).data.free.toBigInt();
const heldForBids = async (api, who) =>
  (await api.query.balances.holds(who))
    .filter((h) => h.id.isMarket && h.id.asMarket.isBid)
    .reduce((sum, h) => sum + h.amount.toBigInt(), 0n);
const blockNumber = async (api, hash) => (await api.rpc.chain.getHeader(hash)).number.toBigInt();
const feeOf = (api, result) => result.events
  .find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event)).event.data.actualFee.toBigInt();

test('a CID sold in a Dutch auction, then in an English auction', async () => {
  const { api } = ctx.node;
  const [bob, charlie, dave, eve] = ['//Bob', '//Charlie', '//Dave', '//Eve'].map((u) => ctx.keyring.addFromUri(u));
  assert.equal((await api.query.market.marketFee()).toNumber(), 2, 'a 2 % market fee at genesis');
  const pool = async (at) => (await (await api.at(at)).call.miniPointApi.supplyInfo()).ecosystemPool.toBigInt();
  const parentOf = async (hash) => (await api.rpc.chain.getHeader(hash)).parentHash;

  // Bob claims a public CID and names it.
  const claimed = await send(api, api.tx.cid.claim(null), bob);
  const cid = claimed.events.find(({ event }) => api.events.cid.Issued.is(event)).event.data.cid.toBigInt();
  assert.equal((await send(api, api.tx.cid.setName(cid, 'market.bob'), bob)).error, null);
  const good = { Cid: cid };

  // Dutch: 10 MINI falling to 1 MINI over 100 blocks.
  const listed = await send(api, api.tx.market.listDutch(good, 10n * MINI, MINI, 100), bob);
  assert.equal(listed.error, null);
  const dutchId = find(api, listed, 'Listed').id.toBigInt();
  const start = (await api.call.marketApi.listing(dutchId)).unwrap().listing.sale.asDutch.start.toBigInt();
  // Escrowed in place: still Bob's, but he cannot rename it or offer it away.
  assert.equal((await api.call.cidApi.details(cid)).unwrap().inEscrow.isTrue, true);
  assert.equal((await send(api, api.tx.cid.setName(cid, 'other.bob'), bob)).error, 'cid.InEscrow');

  const [bobBefore, charlieBefore] = [await free(api, bob.address), await free(api, charlie.address)];
  const bought = await send(api, api.tx.market.buy(dutchId, 10n * MINI), charlie);
  assert.equal(bought.error, null);
  const elapsed = (await blockNumber(api, bought.blockHash)) - start;
  const price = 10n * MINI - (9n * MINI * elapsed) / 100n;
  const sold = find(api, bought, 'Sold');
  assert.equal(sold.settlement.price.toBigInt(), price, `the price of block start + ${elapsed}`);
  const fee = price * 2n / 100n;
  assert.equal(sold.settlement.fee.toBigInt(), fee);
  assert.equal(sold.settlement.toSeller.toBigInt(), price - fee);
  assert.equal(await free(api, bob.address, bought.blockHash), bobBefore + price - fee);
  assert.equal(await pool(bought.blockHash), (await pool(await parentOf(bought.blockHash))) + fee);
  assert.equal(await free(api, charlie.address, bought.blockHash), charlieBefore - price - feeOf(api, bought));
  const details = (await api.call.cidApi.details(cid)).unwrap();
  assert.equal(details.owner.toString(), charlie.address);
  assert.equal(details.name.toUtf8(), 'market.bob', 'the name goes with the CID');
  assert.equal(details.inEscrow.isFalse, true);

  // English: reserve 2 MINI, increment 0.5 MINI, 20 blocks.
  const english = await send(api, api.tx.market.listEnglish(good, 2n * MINI, MINI / 2n, 20), charlie);
  assert.equal(english.error, null);
  const id = find(api, english, 'Listed').id.toBigInt();
  const eveBefore = await free(api, eve.address);
  const eveBid = await send(api, api.tx.market.bid(id, 2n * MINI), eve);
  assert.equal(eveBid.error, null);
  assert.equal(await heldForBids(api, eve.address), 2n * MINI);
  const low = await send(api, api.tx.market.bid(id, 2n * MINI + MINI / 4n), dave);
  assert.equal(low.error, 'market.BidTooLow');
  const daveBefore = await free(api, dave.address);
  const daveBid = await send(api, api.tx.market.bid(id, 3n * MINI), dave);
  assert.equal(daveBid.error, null);
  const outbid = find(api, daveBid, 'Outbid');
  assert.equal(outbid.bidder.toString(), eve.address);
  // Eve has her 2 MINI back in the block Dave's bid landed in, less only her fee.
  assert.equal(await free(api, eve.address, daveBid.blockHash), eveBefore - feeOf(api, eveBid));
  assert.equal(await heldForBids(api, eve.address), 0n);

  // Wait for the end (extended if a bid came in its last minute), then anyone settles.
  const end = (await api.call.marketApi.listing(id)).unwrap().listing.sale.asEnglish.end.toBigInt();
  while ((await api.rpc.chain.getHeader()).number.toBigInt() <= end) {
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
  const charlieBeforeSale = await free(api, charlie.address);
  const settled = await send(api, api.tx.market.settle(id), eve);
  assert.equal(settled.error, null);
  const won = find(api, settled, 'Sold');
  assert.equal(won.buyer.toString(), dave.address);
  assert.equal(won.settlement.price.toBigInt(), 3n * MINI);
  const englishFee = 3n * MINI * 2n / 100n;
  assert.equal(await free(api, charlie.address, settled.blockHash), charlieBeforeSale + 3n * MINI - englishFee);
  assert.equal(await free(api, dave.address, settled.blockHash), daveBefore - 3n * MINI - feeOf(api, daveBid));
  assert.equal((await api.call.cidApi.ownerOf(cid)).unwrap().toString(), dave.address);
  assert.ok((await api.call.marketApi.listing(id)).isNone, 'the listing is closed');
});
