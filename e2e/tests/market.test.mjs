// @polkadot/api against a running `minix-node --dev`: Bob mints his CID's C-Card (a pallet-nfts
// item that only moves with the CID), remints it naming a 20 % tax, and sells the CID in a Dutch
// auction; Charlie buys it at the price of the block his purchase lands in; Charlie sells it on
// in an English auction where Eve is outbid and refunded at once and Dave wins, and Bob receives
// 20 % of that price; the market fee goes to the ecosystem pool and every balance moves exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { devNodeForFile, send } from './harness.mjs';

const MINI = 10_000_000_000n;
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

  // The C-Card: minted, then reminted with a 20 % tax for 0.1 MINI to the ecosystem pool.
  assert.equal((await send(api, api.tx.cid.mintCard(cid, 'ipfs://bob'), bob)).error, null);
  const card = async () => (await api.query.nfts.item(0, cid)).unwrap();
  assert.equal((await card()).owner.toString(), bob.address, 'the card is item `cid` of collection 0');
  const locked = await send(api, api.tx.nfts.transfer(0, cid, eve.address), bob);
  assert.equal(locked.error, 'nfts.ItemLocked', 'a card moves only with its CID');
  assert.equal((await api.call.cidApi.details(cid)).unwrap().remintFee.unwrap().toBigInt(), MINI / 10n);
  const reminted = await send(api, api.tx.cid.remintCard(cid, 'ipfs://bob2', 20), bob);
  assert.equal(reminted.error, null);
  assert.equal(await pool(reminted.blockHash), (await pool(await parentOf(reminted.blockHash))) + MINI / 10n);
  // The remint record as wallets read pallet-nfts attributes: namespace `Pallet`.
  const attribute = async (key) => (await api.query.nfts.attribute(0, cid, 'Pallet', key)).unwrap()[0].toUtf8();
  assert.equal(await attribute('tax'), '20');
  assert.equal(await attribute('remints'), '1');
  const remints = (await api.call.cidApi.details(cid)).unwrap().card.unwrap().remints;
  assert.equal(remints.lastReminter.unwrap().toString(), bob.address);
  assert.equal(remints.tax.toNumber(), 20);

  // Dutch: 10 MINI falling to 1 MINI over 100 blocks.
  const listed = await send(api, api.tx.market.listDutch(good, 10n * MINI, MINI, 100), bob);
  assert.equal(listed.error, null);
  const dutchId = find(api, listed, 'Listed').id.toBigInt();
  const start = (await api.call.marketApi.listing(dutchId)).unwrap().listing.sale.asDutch.start.toBigInt();
  // Escrowed in place: still Bob's, but he cannot rename it or offer it away.
  assert.equal((await api.call.cidApi.details(cid)).unwrap().inEscrow.isTrue, true);
  assert.equal((await send(api, api.tx.cid.setName(cid, 'other.bob'), bob)).error, 'cid.InEscrow');
  const duringSale = await send(api, api.tx.cid.remintCard(cid, 'ipfs://bob3', 30), bob);
  assert.equal(duringSale.error, 'cid.InEscrow', 'the tax cannot change during a sale');

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
  assert.ok(sold.settlement.royalty.isNone, 'the seller reminted last: no royalty to itself');
  assert.equal(await free(api, bob.address, bought.blockHash), bobBefore + price - fee);
  assert.equal(await pool(bought.blockHash), (await pool(await parentOf(bought.blockHash))) + fee);
  assert.equal(await free(api, charlie.address, bought.blockHash), charlieBefore - price - feeOf(api, bought));
  const details = (await api.call.cidApi.details(cid)).unwrap();
  assert.equal(details.owner.toString(), charlie.address);
  assert.equal(details.name.toUtf8(), 'market.bob', 'the name goes with the CID');
  assert.equal(details.inEscrow.isFalse, true);
  assert.equal((await card()).owner.toString(), charlie.address, 'the card goes with the CID');

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
  const [charlieBeforeSale, bobBeforeSale] = [await free(api, charlie.address), await free(api, bob.address)];
  const settled = await send(api, api.tx.market.settle(id), eve);
  assert.equal(settled.error, null);
  const won = find(api, settled, 'Sold');
  assert.equal(won.buyer.toString(), dave.address);
  assert.equal(won.settlement.price.toBigInt(), 3n * MINI);
  const englishFee = 3n * MINI * 2n / 100n;
  const tax = 3n * MINI * 20n / 100n;
  const [to, royalty] = won.settlement.royalty.unwrap();
  assert.equal(to.toString(), bob.address);
  assert.equal(royalty.toBigInt(), tax);
  assert.equal(await free(api, bob.address, settled.blockHash), bobBeforeSale + tax, 'Bob receives 20 %');
  assert.equal(await free(api, charlie.address, settled.blockHash), charlieBeforeSale + 3n * MINI - englishFee - tax);
  assert.equal((await card()).owner.toString(), dave.address);
  assert.equal(await free(api, dave.address, settled.blockHash), daveBefore - 3n * MINI - feeOf(api, daveBid));
  assert.equal((await api.call.cidApi.ownerOf(cid)).unwrap().toString(), dave.address);
  assert.ok((await api.call.marketApi.listing(id)).isNone, 'the listing is closed');
});
