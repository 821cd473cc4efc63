// Every preset of the gallery in the page, against CPython (issues 11 and 12): its output
// and virtual times equal the oracle's (crates/app/presets/ID.jsonl); every waiting segment
// of the Gantt says what it waits on (`data-on`), and the presets that teach a primitive
// show it there; and, for the presets whose loop CPython's own loop was recorded for
// (crates/engine/tests/loop_oracle/preset.ID.loop.jsonl, made by tests/loop_oracle/
// instrument.py), the event-loop panel lists each primitive's waiters in CPython's order
// at the start of every loop iteration.
//
// Run by `cargo xtask test` against the release build (LOOPSCOPE_URL), or by hand:
//   LOOPSCOPE_URL=http://127.0.0.1:8080/ node --test tests/e2e/presets.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, printedLines, problems, readJsonLines, runAndWait } from './helpers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PRESETS = join(ROOT, 'crates', 'app', 'presets');
const LOOP_FIXTURES = join(ROOT, 'crates', 'engine', 'tests', 'loop_oracle');

const IDS = readdirSync(PRESETS)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .sort();

/** CPython's primitive kinds as the page's families (`data-on`, `data-kind`). */
const FAMILY = {
  Queue: 'queue',
  LifoQueue: 'queue',
  PriorityQueue: 'queue',
  Event: 'event',
  Lock: 'lock',
  Semaphore: 'semaphore',
  BoundedSemaphore: 'semaphore',
  Condition: 'condition',
  TaskGroup: 'taskgroup',
};

/**
 * What the panel must show of one iteration's primitives, from CPython's record: per
 * primitive (in creation order, parts folded into their owner as the panel folds them: a
 * queue's join event, a condition's lock), its non-empty waiter groups as
 * `family role: task ids`.
 */
function expectedWaiters(prims = []) {
  const out = new Map();
  const add = (owner, family, role, ids) => {
    if (!out.has(owner)) out.set(owner, []);
    if (ids.length) out.get(owner).push(`${family} ${role}: ${ids.join(',')}`);
  };
  const family = (id) => FAMILY[prims.find((p) => p.id === id)?.kind];
  for (const p of prims) {
    const [part, owner] = p.of ?? [];
    if (part === 'join') add(owner, family(owner), 'join', p.waiters);
    else if (part === 'lock') add(owner, family(owner), 'acquire', p.waiters);
    else if (part) continue; // as_completed's queue: not a primitive of the program's
    else if (p.kind.endsWith('Queue')) {
      add(p.id, 'queue', 'get', p.getters);
      add(p.id, 'queue', 'put', p.putters);
    } else if (p.kind === 'TaskGroup') add(p.id, 'taskgroup', 'exit', p.waiters);
    else if (p.kind === 'Event' || p.kind === 'Condition') add(p.id, FAMILY[p.kind], 'wait', p.waiters);
    else add(p.id, FAMILY[p.kind], 'acquire', p.waiters);
  }
  return [...out.values()].flat();
}

/** The panel's waiter groups now, as `family role: task ids` (ids through the Gantt's lanes). */
async function panelWaiters(page) {
  return page.evaluate(() => {
    const ids = new Map([...document.querySelectorAll('svg#gantt g.lane')].map((g) => [g.dataset.task, g.dataset.id]));
    const out = [];
    for (const item of document.querySelectorAll('#loop-panel .prim-item')) {
      for (const group of item.querySelectorAll('.waiters')) {
        const chips = [...group.querySelectorAll('.waiter')].map((c) => ids.get(c.dataset.task) ?? `?${c.dataset.task}`);
        if (chips.length) out.push(`${item.dataset.kind} ${group.dataset.role}: ${chips.join(',')}`);
      }
    }
    return { iteration: document.querySelector('#loop-panel')?.dataset.iteration, waiters: out };
  });
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the gallery lists every preset', async () => {
  const rec = await openPage(browser);
  try {
    const shown = await rec.page.$$eval('#presets [data-preset]', (els) => els.map((e) => e.dataset.preset));
    assert.deepEqual([...shown].sort(), IDS);
  } finally {
    await rec.close();
  }
});

for (const id of IDS) {
  test(`preset ${id}: CPython's output; waiting segments say what they wait on`, { timeout: 90_000 }, async () => {
    const rec = await openPage(browser);
    try {
      const { page } = rec;
      const states = await runAndWait(page, () => page.click(`#presets [data-preset="${id}"]`), 30_000);
      const records = readJsonLines(join(PRESETS, `${id}.jsonl`));
      const error = records.find((r) => 'error' in r);
      assert.equal(states.at(-1)[0], error ? 'error' : 'done', `the run's end (states: ${JSON.stringify(states)})`);
      const got = await printedLines(page);
      const want = records.filter((r) => 'text' in r).map(({ t, text }) => ({ t, text }));
      assert.deepEqual(got, want, 'output lines and their virtual times equal the oracle');
      if (!error) {
        const total = Number(await page.getAttribute('#summary', 'data-total'));
        assert.equal(total, records.find((r) => 'end' in r).end, 'the run ends when CPython\'s does');
      }

      const waiting = await page.$$eval('svg#gantt rect.seg[data-state="waiting"]', (rs) => rs.map((r) => r.dataset.on ?? ''));
      assert.deepEqual(waiting.filter((on) => !on), [], 'every waiting segment has data-on');

      const loopFixture = join(LOOP_FIXTURES, `preset.${id}.loop.jsonl`);
      if (existsSync(loopFixture)) {
        const iterations = readJsonLines(loopFixture);
        // The primitives this lesson teaches: some task waits on each of them in CPython.
        const taught = new Set(
          iterations.flatMap((it) => expectedWaiters(it.prims).map((w) => w.split(' ')[0])),
        );
        for (const family of taught) assert.ok(waiting.includes(family), `a waiting segment is on a ${family}`);

        // Step the playhead from the first event through every loop iteration.
        await page.focus('#playhead');
        await page.keyboard.press('Home');
        let checked = 0;
        for (let step = 0; step <= iterations.length + 1; step++) {
          const { iteration, waiters } = await panelWaiters(page);
          const n = Number(iteration);
          if (iteration !== undefined && iteration !== '' && n < iterations.length) {
            const want = expectedWaiters(iterations[n].prims);
            // The first event may precede iteration 0's own marker: compare at the markers.
            if (step > 0) {
              assert.deepEqual(waiters, want, `the panel's waiters at the start of iteration ${n}`);
              checked++;
            }
          }
          await page.keyboard.press('Shift+ArrowRight');
        }
        assert.ok(checked >= Math.min(iterations.length - 1, 5), `checked ${checked} of ${iterations.length} iterations`);
      }
      assert.deepEqual(problems(rec), []);
    } finally {
      await rec.close();
    }
  });
}
