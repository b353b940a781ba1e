// The throughput tool (e2e/tools/throughput.mjs) against a running `minix-node --dev`, on a small
// load: it funds its senders, every transaction it submits is included, and its report is
// consistent (the rate is measured, never asserted: see docs/operators.md, "Throughput").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDevNode } from './harness.mjs';
import { measure, parseArgs } from '../tools/throughput.mjs';

test('the throughput tool floods, counts every inclusion and reports against the ceiling', async () => {
  const node = await startDevNode();
  try {
    const reports = await measure({ ...parseArgs(['--url', node.url]), accounts: 12, perAccount: 3 });
    assert.deepEqual(reports.map((r) => r.phase), ['balances', 'mst']);
    for (const r of reports) {
      assert.equal(r.submitted, 36);
      assert.equal(r.included, r.submitted - r.rejected, JSON.stringify(r));
      assert.ok(r.included > 0 && r.blocks > 0 && r.tps > 0, JSON.stringify(r));
      assert.ok(r.avgFullness > 0 && r.maxFullness <= 1, JSON.stringify(r));
      assert.ok(r.ceilingPerBlock > r.maxPerBlock, JSON.stringify(r));
      assert.ok(r.ratioToCeiling > 0 && r.ratioToCeiling < 1, JSON.stringify(r));
    }
  } finally {
    await node.api.disconnect();
    await node.stop();
  }
  assert.throws(() => parseArgs(['--phases', 'nfts']), /unknown phase/);
  assert.throws(() => parseArgs(['--accounts', '0']), /must be positive/);
});
