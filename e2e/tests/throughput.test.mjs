// The throughput tool (e2e/tools/throughput.mjs) against a running `minix-node --dev`, on a small
// load: it funds its senders, every transaction it submits is included, and its report is
// consistent (the rate is measured, never asserted: see docs/operators.md, "Throughput").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDevNode } from './harness.mjs';
import { measure, metric, parseArgs, parseMetrics, quantile, sideBySide } from '../tools/throughput.mjs';

test('the throughput tool floods, counts every inclusion and reports against the ceiling', async () => {
  const node = await startDevNode();
  try {
    const reports = await measure({ ...parseArgs(['--url', node.url, '--latency', '2', '--pids', String(node.pid)]), accounts: 12, perAccount: 3 });
    assert.deepEqual(reports.map((r) => r.phase), ['balances', 'mst']);
    for (const r of reports) {
      // Two probes a phase, each in a block before it is final.
      assert.equal(r.latency.probes, 2, JSON.stringify(r.latency));
      assert.equal(r.latency.lost, 0, JSON.stringify(r.latency));
      assert.ok(r.latency.inBlockP95 > 0 && r.latency.finalizedP50 >= r.latency.inBlockP50, JSON.stringify(r.latency));
      assert.ok(r.memory[0].rssMiB > 0 && r.memory[0].peakMiB >= r.memory[0].rssMiB, JSON.stringify(r.memory));
      assert.equal(r.dropped, 0, JSON.stringify(r));
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
  assert.throws(() => parseArgs(['--phases', 'idle']), /needs --latency/);
  assert.throws(() => parseArgs(['--pids', 'x']), /must be numbers/);
  assert.throws(() => parseArgs(['--rate', '-1']), /must be numbers/);
  assert.equal(quantile([5, 1, 4, 2, 3], 0.5), 3);
  assert.equal(quantile([5, 1, 4, 2, 3], 0.95), 5);
  assert.equal(quantile([], 0.5), null);
  const m = parseMetrics('# HELP x\nsubstrate_block_height{status="best",chain="dev"} 12\nfoo_sum 1.5\n');
  assert.deepEqual(m, { 'substrate_block_height{status="best",chain="dev"}': 12, foo_sum: 1.5 });
  assert.equal(metric({ ...m, 'foo_sum{chain="x"}': 2 }, 'foo_sum'), 3.5);
  assert.equal(metric(m, 'foo'), 0);
  assert.throws(() => parseArgs(['--accounts', '0']), /must be positive/);
});

test('the side-by-side report: ratios where both runs have a figure, "-" where one lacks it', () => {
  const run = (tps, latency, memory) => [{
    phase: 'balances', tps, ceilingPerBlock: 100, maxPerBlock: 90, avgFullness: 0.9, rejected: 0,
    dropped: 5, maxFinalityLagBlocks: 2, latency, memory, blockTimes: { fullest: { buildMs: 800, importMs: 400 } }
  }];
  const rows = sideBySide(
    run(100, { inBlockP50: null, finalizedP50: null, lost: 2 }, [{ maxRssMiB: 500 }, { maxRssMiB: 520 }]),
    run(150, { inBlockP50: 6, finalizedP50: 12, lost: 0 }, [])
  );
  const row = (figure) => rows.find((r) => r[1] === figure);
  assert.deepEqual(rows[0], ['phase', 'figure', 'before', 'after', 'after/before']);
  assert.deepEqual(row('included tx/s'), ['balances', 'included tx/s', 100, 150, '1.50']);
  assert.deepEqual(row('latency finalized p50 s'), ['balances', 'latency finalized p50 s', '-', 12, '-']);
  assert.deepEqual(row('max RSS of a node MiB'), ['balances', 'max RSS of a node MiB', 520, '-', '-']);
  assert.deepEqual(row('refused by the pool'), ['balances', 'refused by the pool', 0, 0, '-']);
});
