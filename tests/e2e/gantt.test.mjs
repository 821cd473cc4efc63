// The Gantt chart never teaches something false (issue 13): for every public scenario,
// every preset and every scenario of the engine's Gantt fixtures, each lane's sleeping,
// blocked and waiting segments (the page's `rect.seg` hooks) add up to the time CPython's
// own run of the program spent so, and no segment extends past the end of the waits it
// draws (a cancelled sleep ends when the cancellation queued the task, not at its
// deadline; a sleep of a few milliseconds is still in the chart).
//
// Expectations: crates/engine/tests/gantt_oracle/NAME.intervals.json, made by
// tests/gantt_oracle/intervals.py, which instruments the oracle's loop (each
// `asyncio.sleep` from its call to its wake-up or cancellation, each `time.sleep`, each
// other wait until its future was done); regenerate with tests/gantt_oracle/regenerate.sh.
// The engine test crates/engine/tests/gantt_oracle.rs checks the same on the timeline.
//
// Run by `cargo xtask test` against the release build (LOOPSCOPE_URL), or by hand:
//   LOOPSCOPE_URL=http://127.0.0.1:8080/ node --test tests/e2e/gantt.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, problems, runSource } from './helpers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TESTS = join(ROOT, 'crates', 'engine', 'tests');
const FIXTURES = join(TESTS, 'gantt_oracle');
/** Sums are made in another order than CPython's: allow for rounding, nothing more. */
const EPS = 1e-9;

/** Every fixture with its scenario's source (as crates/engine/tests/gantt_oracle.rs finds it). */
function fixtures() {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.intervals.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.intervals.json'.length);
      let source;
      if (name.startsWith('preset.')) source = join(ROOT, 'crates', 'app', 'presets', `${name.slice(7)}.py`);
      else if (name.startsWith('loop.')) source = join(TESTS, 'loop_oracle', `${name.slice(5)}.py`);
      else if (existsSync(join(FIXTURES, `${name}.py`))) source = join(FIXTURES, `${name}.py`);
      else source = join(TESTS, 'scenarios', `${name}.py`);
      return { name, source: readFileSync(source, 'utf8'), expected: JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) };
    });
}

/** The intervals joined where they touch or overlap (two sleeps in a row may be one segment). */
function union(intervals) {
  const out = [];
  for (const [a, b] of [...intervals].sort((x, y) => x[0] - y[0])) {
    const last = out.at(-1);
    if (last && a <= last[1] + EPS) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** What is wrong with one state of one lane: its total, and segments outside the waits. */
function compare(what, segs, expected) {
  const wrong = [];
  const drawn = segs.reduce((s, g) => s + (g.end - g.start), 0);
  const real = expected.reduce((s, [a, b]) => s + (b - a), 0);
  if (Math.abs(drawn - real) > EPS) wrong.push(`${what}: ${drawn} s drawn, CPython's run spent ${real} s`);
  const waits = union(expected);
  for (const g of segs) {
    if (!waits.some(([a, b]) => g.start >= a - EPS && g.end <= b + EPS)) {
      wrong.push(`${what}: the segment [${g.start}, ${g.end}] is not inside one of ${JSON.stringify(waits)}`);
    }
  }
  return wrong;
}

/** The chart as the hooks show it: lanes by task id, and the module row's segments. */
async function chart(page) {
  return page.evaluate(() => {
    const seg = (r) => ({ state: r.dataset.state, start: Number(r.dataset.start), end: Number(r.dataset.end) });
    return {
      lanes: [...document.querySelectorAll('svg#gantt g.lane')].map((g) => ({
        id: Number(g.dataset.id),
        task: g.dataset.task,
        segs: [...g.querySelectorAll('rect.seg')].map(seg),
      })),
      module: [...document.querySelectorAll('svg#gantt g.module-row rect.mseg')].map(seg),
      total: Number(document.querySelector('#summary')?.dataset.total),
    };
  });
}

let browser;
let rec;
before(async () => {
  browser = await launch();
  rec = await openPage(browser);
});
after(async () => {
  await rec?.close();
  await browser?.close();
});

const ALL = fixtures();

test('there is a Gantt fixture for every public scenario', () => {
  const publics = readdirSync(join(TESTS, 'scenarios')).filter((f) => f.endsWith('.py'));
  assert.ok(publics.length >= 27, 'the public scenarios are there');
  for (const f of publics) assert.ok(ALL.some((x) => x.name === f.slice(0, -3)), `${f} has a fixture`);
});

for (const { name, source, expected } of ALL) {
  test(`${name}: each lane sleeps, blocks and waits as long as in CPython's run`, { timeout: 60_000 }, async () => {
    const { page } = rec;
    const states = await runSource(page, source);
    assert.ok(['done', 'error'].includes(states.at(-1)[0]), `the run ends (states: ${JSON.stringify(states)})`);
    await page.waitForFunction(
      (n) => document.querySelectorAll('svg#gantt g.lane').length === n,
      expected.tasks.length,
      { timeout: 10_000 },
    );
    const got = await chart(page);
    assert.equal(got.total, expected.end, 'the run ends when CPython\'s does');
    const wrong = [];
    for (const task of expected.tasks) {
      const lane = got.lanes.find((l) => l.id === task.id);
      if (!lane) {
        wrong.push(`no lane for task ${task.id}`);
        continue;
      }
      for (const state of ['sleeping', 'blocked', 'waiting']) {
        const segs = lane.segs.filter((s) => s.state === state);
        wrong.push(...compare(`task ${task.id} ${lane.task}, ${state}`, segs, task[state]));
      }
      for (const s of lane.segs) {
        if (s.end > got.total + EPS || s.start > s.end) wrong.push(`task ${task.id}: segment [${s.start}, ${s.end}] past the end`);
      }
    }
    wrong.push(...compare('module code, blocked', got.module, expected.module));
    assert.deepEqual(wrong, []);

    if (name === 'cancelled_sleep_then_blocked') {
      // The example: the second worker's sleep ended at 1.0 (cancelled); the
      // first one's finally blocks the loop until 1.5: the second is ready meanwhile.
      const second = got.lanes.find((l) => /second/.test(l.task));
      assert.deepEqual(
        second.segs.filter((s) => s.state === 'ready').map((s) => [s.start, s.end]),
        [[1, 1.5]],
        'the second worker is ready from 1.0 to 1.5',
      );
      assert.equal(Math.max(...second.segs.filter((s) => s.state === 'sleeping').map((s) => s.end)), 1);
    }
    if (name === 'short_sleeps') {
      // A 2.5 ms sleep at 1.4 s is in the chart, drawn at least a few pixels wide.
      const main = await page.$$eval('svg#gantt g.lane[data-id="0"] rect.seg[data-state="sleeping"]', (rs) =>
        rs.map((r) => ({ start: Number(r.dataset.start), end: Number(r.dataset.end), width: Number(r.getAttribute('width')) })),
      );
      const short = main.find((s) => s.start <= 1.4 && s.end >= 1.4025 - EPS && s.end < 2);
      assert.ok(short, `a sleeping segment covers [1.4, 1.4025]: ${JSON.stringify(main)}`);
      assert.ok(short.width >= 2.9, `drawn ${short.width} px wide`);
    }
    assert.deepEqual(problems(rec), []);
  });
}
