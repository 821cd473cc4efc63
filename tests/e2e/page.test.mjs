// The playground page against its contract (SPEC sections 5 and 6, issue 4): presets run
// with the oracle's output, the Gantt chart has the trace's lanes and segments, errors are
// shown and marked, Stop and the step limit end runs promptly, live runs match instant
// ones, the editor's keys work, and screenshots of the finished page are saved.
//
// Run by `cargo xtask test` against the release build (LOOPSCOPE_URL), or by hand:
//   LOOPSCOPE_URL=http://127.0.0.1:8080/ node --test tests/e2e/page.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, problems, screenshot, runAndWait, runSource, BASE_URL, DESKTOP, PHONE } from './helpers.mjs';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name) => readFileSync(join(FIXTURES, name), 'utf8');

/** The oracle's expectations: printed lines and the final record. */
function expected(name) {
  const records = fixture(`${name}.jsonl`)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  return {
    lines: records.filter((r) => 'text' in r).map((r) => ({ t: r.t, text: r.text })),
    end: records.find((r) => 'end' in r)?.end,
    error: records.find((r) => 'error' in r),
  };
}

const SEEDS = ['01_seed_simple_count', '02_seed_create_task', '03_seed_gather'];
/** The tasks of each seed (main first), as regular expressions on the lane labels. */
const SEED_LANES = {
  '01_seed_simple_count': [/^main\(\)$/],
  '02_seed_create_task': [/^main\(\)$/, /^countdown\(["']task A["'], 3\)$/, /^countdown\(["']task B["'], 2\)$/],
  '03_seed_gather': [/^main\(\)$/, /^countdown\(["']task A["'], 4\)$/, /^countdown\(["']task B["'], 3\)$/],
};

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function outputLines(page) {
  return page.$$eval('#output .line', (lines) =>
    lines.map((l) => ({ t: Number(l.dataset.t), task: l.dataset.task, text: l.querySelector('.text').textContent })),
  );
}

async function lanes(page) {
  return page.$$eval('svg#gantt g.lane', (gs) =>
    gs.map((g) => ({
      task: g.dataset.task,
      segs: [...g.querySelectorAll('rect.seg')].map((r) => ({
        state: r.dataset.state,
        start: Number(r.dataset.start),
        end: Number(r.dataset.end),
      })),
    })),
  );
}

for (const seed of SEEDS) {
  test(`preset ${seed}: the oracle's output, one lane per task, the summary`, { timeout: 60_000 }, async () => {
    const rec = await openPage(browser);
    try {
      const { page } = rec;
      const states = await runAndWait(page, () => page.click(`#presets [data-preset="${seed}"]`));
      assert.equal(states.at(-1)[0], 'done', `the run ends in done (states: ${JSON.stringify(states)})`);
      assert.equal(await page.inputValue('#editor'), fixture(`${seed}.py`), 'the editor holds the exact seed source');

      const want = expected(seed);
      const got = await outputLines(page);
      assert.deepEqual(
        got.map(({ t, text }) => ({ t, text })),
        want.lines,
        'output lines and their virtual times equal the oracle',
      );
      assert.equal(await page.$('#error'), null, 'no error');

      const gantt = await lanes(page);
      const patterns = SEED_LANES[seed];
      assert.equal(gantt.length, patterns.length, `one lane per task: ${gantt.map((l) => l.task).join(', ')}`);
      patterns.forEach((re, i) => assert.match(gantt[i].task, re, `lane ${i}`));
      // Every printing line's task is a lane.
      const labels = new Set(gantt.map((l) => l.task));
      for (const line of got) assert.ok(labels.has(line.task), `line task ${line.task} has a lane`);

      const summary = await page.$eval('#summary', (s) => ({ total: Number(s.dataset.total), tasks: Number(s.dataset.tasks) }));
      assert.equal(summary.total, want.end, 'summary data-total is the end time');
      assert.equal(summary.tasks, patterns.length, 'summary data-tasks counts main too');

      if (seed === '02_seed_create_task') {
        const sleeping = (re) =>
          gantt
            .find((l) => re.test(l.task))
            .segs.filter((s) => s.state === 'sleeping')
            .map((s) => [s.start, s.end]);
        assert.deepEqual(sleeping(/task A/), [[0, 1], [1, 2], [2, 3]], 'task A sleeps [0,1], [1,2], [2,3]');
        assert.deepEqual(sleeping(/task B/), [[0, 1], [1, 2]], 'task B sleeps [0,1], [1,2]');
        assert.deepEqual(sleeping(/^main/), [[0, 1]], 'main sleeps [0,1]');
        const sentence = await page.textContent('#summary');
        assert.match(sentence, /3\.0 s instead of 6\.0 s/, 'the summary sentence compares total and sleeps');
      }
      assert.deepEqual(problems(rec), []);
    } finally {
      await rec.close();
    }
  });
}

test('a new run shows running before done, and Ctrl+Enter runs', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    const first = await runAndWait(page, () => page.click('#run'));
    assert.equal(first[0][0], 'running');
    await page.focus('#editor');
    const second = await runAndWait(page, () => page.keyboard.press('Control+Enter'));
    assert.equal(second[0][0], 'running');
    assert.equal(second.at(-1)[0], 'done');
    assert.equal(await page.inputValue('#editor'), fixture('01_seed_simple_count.py'), 'Ctrl+Enter does not type a newline');
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('a runtime error shows #error with its line, keeps the output, marks the editor', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    const states = await runSource(page, fixture('22_name_error.py'));
    assert.equal(states.at(-1)[0], 'error');
    const want = expected('22_name_error');
    assert.equal((await page.textContent('#error')).trim(), want.error.error);
    assert.equal(await page.getAttribute('#error', 'data-line'), '8');
    assert.deepEqual(
      (await outputLines(page)).map(({ t, text }) => ({ t, text })),
      want.lines,
      'the output before the error is kept',
    );
    assert.equal(Number(await page.getAttribute('#summary', 'data-total')), want.error.t, 'data-total is the error time');
    assert.ok(await page.$('.gutter .ln.err[data-line="8"]'), 'the gutter marks line 8');
    assert.equal(await page.$$eval('.hl .row.err', (r) => r.length), 1, 'one row marked');
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('a syntax error is reported with its line and marked in the editor', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    const source = 'import asyncio\n\nasync def main(:\n    print("hi")\n\nasyncio.run(main())\n';
    const states = await runSource(page, source);
    assert.equal(states.at(-1)[0], 'error');
    assert.match((await page.textContent('#error')).trim(), /^SyntaxError: /);
    assert.equal(await page.getAttribute('#error', 'data-line'), '3');
    assert.ok(await page.$('.gutter .ln.err[data-line="3"]'), 'the gutter marks line 3');
    assert.equal(await page.getAttribute('#editor', 'aria-invalid'), 'true');
    assert.equal(await page.$$eval('#output .line', (l) => l.length), 0, 'nothing ran');
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('Stop ends a live run at once and keeps its partial output', { timeout: 60_000 }, async (t) => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    const source = [
      'import asyncio',
      '',
      'async def main():',
      '    for i in range(100):',
      '        print("tick", i)',
      '        await asyncio.sleep(1)',
      '',
      'asyncio.run(main())',
      '',
    ].join('\n');
    await page.selectOption('#pace', '10');
    await page.fill('#editor', source);
    await page.click('#run');
    await page.waitForFunction(() => document.querySelectorAll('#output .line').length >= 3, null, { timeout: 10_000 });
    assert.equal(await page.getAttribute('#status', 'data-state'), 'running');
    const t0 = Date.now();
    await page.click('#stop');
    await page.waitForFunction(() => document.querySelector('#status').dataset.state !== 'running', null, {
      timeout: 2_000,
      polling: 'raf',
    });
    const stopMs = Date.now() - t0;
    t.diagnostic(`stopped ${stopMs} ms after the click`);
    assert.ok(stopMs < 500, `stopped in ${stopMs} ms`);
    const kept = await outputLines(page);
    assert.ok(kept.length >= 3, 'partial output kept');
    await page.waitForTimeout(600);
    assert.equal((await outputLines(page)).length, kept.length, 'nothing more is printed after Stop');
    // Once stopped the playhead no longer follows a live clock: it rests at the end (issue 7: scrubbing).
    await page.waitForSelector('#playhead.scrub', { timeout: 2_000 });
    assert.equal(
      Number(await page.getAttribute('#playhead', 'data-t')),
      Number(await page.getAttribute('#summary', 'data-total')),
      'once stopped, the playhead rests at the end of what ran',
    );
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

/** The browser's step limit (SPEC section 3: 10 million). */
const LIMIT_STEPS = 10_000_000;
const ENDLESS = 'import asyncio\n\nasync def main():\n    print("before the loop")\n    while True:\n        pass\n\nasyncio.run(main())\n';

/**
 * The engine's pace in this page on this machine, now: milliseconds per step of the same
 * endless loop run to the step limit without any interaction, from `running` to `error`
 * (so the page's own work for a run, drawing `running` and the result, is in it too).
 */
async function msPerStep(page) {
  const seen = await runSource(page, ENDLESS);
  assert.equal(seen.at(-1)[0], 'error');
  const running = seen.find((s) => s[0] === 'running')[1];
  return (seen.at(-1)[1] - running) / LIMIT_STEPS;
}

// The promise (SPEC section 3) is one second of wall time. On a machine loaded by other work
// every run is slower, so the run is also judged against the engine's own pace, measured in
// the same page just before and after it on the same program left alone: clicking around
// while it runs may cost the page at most as much again, and wherever that pace predicts
// at most half a second (a machine at its usual speed), the run ends within one second.
test('while True: pass ends in the step limit within 1 s; the page stays responsive', { timeout: 90_000 }, async (t) => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    const paceBefore = await msPerStep(page);
    await page.fill('#editor', ENDLESS);
    await page.evaluate(() => {
      window.__latency = [];
      for (const type of ['pointerdown', 'keydown']) {
        document.addEventListener(type, (e) => window.__latency.push(performance.now() - e.timeStamp), { capture: true });
      }
    });
    const states = runAndWait(page, () => page.click('#run'));
    // Interact while it runs: focus and change another control.
    await page.waitForTimeout(100);
    await page.click('#output');
    await page.waitForTimeout(100);
    await page.click('#output');
    const seen = await states;
    assert.equal(seen.at(-1)[0], 'error');
    const start = await page.evaluate(() => window.__clickedAt);
    const ran = seen.at(-1)[1] - start;
    assert.equal((await page.textContent('#error')).trim(), 'LimitError: step limit reached');
    assert.deepEqual((await outputLines(page)).map((l) => l.text), ['before the loop'], 'partial output kept');
    const latency = await page.evaluate(() => window.__latency);
    const paceAfter = await msPerStep(page);
    // The slower of the two measures: the load may have changed during the run.
    const predicted = LIMIT_STEPS * Math.max(paceBefore, paceAfter);
    t.diagnostic(
      `step limit reached ${ran.toFixed(0)} ms after the click; left alone it takes ${predicted.toFixed(0)} ms here ` +
        `(${(1e-3 / paceBefore).toFixed(0)} and ${(1e-3 / paceAfter).toFixed(0)} million steps/s before and after); ` +
        `input latency ${latency.map((l) => l.toFixed(0)).join(', ')} ms`,
    );
    assert.ok(
      ran <= Math.max(1000, 2 * predicted),
      `stopped by the step limit ${ran.toFixed(0)} ms after the click (${predicted.toFixed(0)} ms when left alone)`,
    );
    assert.ok(latency.length >= 3, 'the clicks were handled');
    assert.ok(Math.max(...latency) < 200, `input handled within 200 ms (${latency.map((l) => l.toFixed(0)).join(', ')})`);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('a live run at 10x has the instant output and takes about total/10 of wall time', { timeout: 60_000 }, async (t) => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    await runAndWait(page, () => page.click('#presets [data-preset="03_seed_gather"]'));
    const instant = await outputLines(page);
    const total = Number(await page.getAttribute('#summary', 'data-total'));
    await page.selectOption('#pace', '10');
    const seen = await runAndWait(page, () => page.click('#run'));
    assert.equal(seen.at(-1)[0], 'done');
    assert.deepEqual(await outputLines(page), instant, 'live output equals the instant output');
    const running = seen.find((s) => s[0] === 'running')[1];
    const wall = seen.at(-1)[1] - running;
    const planned = (total / 10) * 1000;
    t.diagnostic(`live 10x: ${wall.toFixed(0)} ms of wall time for ${planned} ms planned`);
    assert.ok(wall >= planned - 20 && wall <= planned + 300, `took ${wall.toFixed(0)} ms for ${planned} ms planned`);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('a live run shows a playhead and its output grows progressively', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    await page.selectOption('#pace', '5');
    await page.click('#presets [data-preset="02_seed_create_task"]');
    await page.waitForSelector('#playhead', { timeout: 5_000 });
    const early = (await outputLines(page)).length;
    await page.waitForFunction(() => document.querySelector('#status').dataset.state === 'done', null, { timeout: 10_000 });
    const late = (await outputLines(page)).length;
    assert.ok(early < late, `output grew during the run (${early} then ${late})`);
    assert.equal(late, expected('02_seed_create_task').lines.length);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('clicking an output line highlights its tick, and the reverse', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    await runAndWait(page, () => page.click('#presets [data-preset="02_seed_create_task"]'));
    await page.click('#output .line >> nth=2');
    assert.equal(await page.$$eval('svg#gantt .tick.selected', (t) => t.map((x) => x.dataset.line)).then((l) => l.join()), '2');
    await page.click('svg#gantt .tick[data-line="4"]', { force: true });
    assert.equal(await page.getAttribute('#output .line.selected', 'data-i'), '4');
    // Hovering a segment shows its state and times.
    await page.hover('svg#gantt g.lane >> nth=1 >> rect.seg[data-state="sleeping"] >> nth=0');
    assert.match(await page.textContent('svg#gantt .tip'), /sleeping.*0\.0 s → 1\.0 s/);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('the editor indents with Tab, dedents with Shift+Tab and auto-indents after a colon', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    await page.fill('#editor', '');
    await page.focus('#editor');
    await page.keyboard.type('async def main():');
    await page.keyboard.press('Enter');
    await page.keyboard.type('for i in range(3):');
    await page.keyboard.press('Enter');
    await page.keyboard.type('print(i)');
    assert.equal(await page.inputValue('#editor'), 'async def main():\n    for i in range(3):\n        print(i)');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.inputValue('#editor'), 'async def main():\n    for i in range(3):\n    print(i)');
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    assert.equal(await page.inputValue('#editor'), 'async def main():\n    for i in range(3):\n        print(i)');
    // Backspace in the indentation goes back one level.
    await page.keyboard.press('Backspace');
    assert.equal(await page.inputValue('#editor'), 'async def main():\n    for i in range(3):\n    print(i)');
    // Escape, then Tab leaves the editor.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'editor');
    // The line numbers follow the text.
    assert.equal(await page.$$eval('.gutter .ln', (l) => l.length), 3);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('screenshots: light, dark, desktop and phone, after a run', { timeout: 90_000 }, async () => {
  for (const [name, viewport, colorScheme] of [
    ['page-desktop-light', DESKTOP, 'light'],
    ['page-desktop-dark', DESKTOP, 'dark'],
    ['page-phone-light', PHONE, 'light'],
    ['page-phone-dark', PHONE, 'dark'],
  ]) {
    const rec = await openPage(browser, '', { viewport, colorScheme });
    try {
      const { page } = rec;
      await runAndWait(page, () => page.click('#presets [data-preset="02_seed_create_task"]'));
      await page.click('#output .line >> nth=2');
      await screenshot(page, name);
      // Nothing is wider than the viewport except inside the Gantt's own scroller.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name}: the page does not scroll sideways (${overflow} px)`);
      assert.deepEqual(problems(rec), []);
    } finally {
      await rec.close();
    }
  }
});

// Budgets of issue 4, reported (t.diagnostic) rather than asserted: they depend on the
// machine. Only what must hold anywhere is asserted.
test('budgets: transfer size, first render, click to chart, 10,000 tasks', { timeout: 120_000 }, async (t) => {
  const { gzipSync } = await import('node:zlib');
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const sizes = new Map();
  page.on('response', async (res) => {
    try {
      sizes.set(new URL(res.url()).pathname, gzipSync(await res.body(), { level: 9 }).length);
    } catch {
      // a response without a body
    }
  });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver((_, obs) => {
      if (document.querySelector('#status')) {
        window.__firstRender = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  try {
    await page.goto(BASE_URL, { waitUntil: 'load' });
    await page.waitForSelector('#status');
    await page.waitForTimeout(300);
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    t.diagnostic(`transfer, gzipped: ${(total / 1024).toFixed(1)} KB (${[...sizes].map(([p, s]) => `${p} ${(s / 1024).toFixed(1)}`).join(', ')})`);
    t.diagnostic(`first render: ${(await page.evaluate(() => window.__firstRender)).toFixed(0)} ms after navigation start`);

    const clickToDone = [];
    for (const seed of SEEDS) {
      await runAndWait(page, () => page.click(`#presets [data-preset="${seed}"]`));
      const [clicked, states] = await page.evaluate(() => [window.__clickedAt, window.__states]);
      clickToDone.push(`${seed} ${(states.at(-1)[1] - clicked).toFixed(0)} ms`);
    }
    t.diagnostic(`click Run -> output and Gantt rendered: ${clickToDone.join(', ')}`);

    const many = [
      'import asyncio',
      '',
      'async def worker(i):',
      '    await asyncio.sleep(1 + (i % 10) * 0.1)',
      '',
      'async def main():',
      '    for i in range(9999):',
      '        asyncio.create_task(worker(i))',
      '    await asyncio.sleep(3)',
      '',
      'asyncio.run(main())',
      '',
    ].join('\n');
    await page.fill('#editor', many);
    await page.evaluate(() => (window.__long = []));
    const states = await runAndWait(page, () => page.click('#run'), 60_000);
    assert.equal(states.at(-1)[0], 'done');
    const clicked = await page.evaluate(() => window.__clickedAt);
    await page.waitForTimeout(300);
    const longest = await page.evaluate(() => Math.max(0, ...window.__long));
    assert.equal(await page.getAttribute('#summary', 'data-tasks'), '10000');
    assert.ok((await page.$$('svg#gantt g.lane')).length > 0, 'lanes drawn');
    t.diagnostic(`10,000 tasks: run and Gantt rendered ${(states.at(-1)[1] - clicked).toFixed(0)} ms after the click; longest main-thread task ${longest.toFixed(0)} ms`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
