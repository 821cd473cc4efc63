// Scrubbing through a finished run and the event-loop panel (issue 7).
//
// "The first event at 1.0 s" of the second seed is the first event of the run's trace whose
// virtual time is 1.0: the start of loop iteration 2. Its previous iteration ended with
// nothing ready, so the loop's clock jumped from 0.0 to the earliest timer (1.0 s); the
// three `asyncio.sleep(1)` timers have not been moved to the ready queue yet. The panel
// then shows what CPython's own loop holds at the start of that iteration: the iteration's
// line of crates/engine/tests/loop_oracle/02_seed_create_task.loop.jsonl (CPython's
// `_ready` and `_scheduled`, recorded by instrumenting the oracle's loop; the engine test
// crates/engine/tests/loop_oracle.rs checks the same states): an empty ready queue and the
// timers of main(), countdown("task A", 3) and countdown("task B", 2), all due at 1.0 s.
// The same is checked at the start of every other iteration, reached with Shift+→.
//
// Run by `cargo xtask test` against the release build (LOOPSCOPE_URL), or by hand:
//   LOOPSCOPE_URL=http://127.0.0.1:8080/ node --test tests/e2e/scrub.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, problems, screenshot, DESKTOP, PHONE, SCREENSHOT_DIR, runAndWait as runAndWaitFor } from './helpers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED2 = '02_seed_create_task';

/** CPython's loop at the start of each iteration of a scenario, by iteration number. */
function oracleLoop(name) {
  const text = readFileSync(join(ROOT, 'crates', 'engine', 'tests', 'loop_oracle', `${name}.loop.jsonl`), 'utf8');
  const byN = new Map();
  for (const line of text.split('\n').filter((l) => l.trim())) {
    const rec = JSON.parse(line);
    byN.set(rec.n, rec);
  }
  return byN;
}

/** The task a handle of the oracle's ready queue concerns (as in tests/loop_oracle.rs). */
function handleTask(h) {
  switch (h[0]) {
    case 'start':
    case 'step':
    case 'throw':
    case 'wakeup':
    case 'gather_child':
      return h[1] ?? null;
    default:
      return null;
  }
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Runs `trigger` and waits until that run has ended and its playhead can scrub. */
async function runAndWait(page, trigger, timeout = 20_000) {
  await runAndWaitFor(page, trigger, timeout);
  await page.waitForSelector('#playhead.scrub', { timeout });
}

async function panel(page) {
  return page.evaluate(() => {
    const p = document.querySelector('#loop-panel');
    const item = (el) => ({ task: el.dataset.task ?? null, text: el.querySelector('.text').textContent });
    return {
      t: p.dataset.t === undefined ? null : Number(p.dataset.t),
      iteration: p.dataset.iteration === undefined ? null : Number(p.dataset.iteration),
      event: p.dataset.event ?? null,
      ready: [...p.querySelectorAll('.ready-item')].map(item),
      timers: [...p.querySelectorAll('.timer-item')].map((el) => ({ ...item(el), deadline: Number(el.dataset.deadline) })),
    };
  });
}

/**
 * The chart's time axis on the screen: `x(t)` is the page x of virtual time t, `y` the
 * middle of the axis row (scrolled into view first).
 */
async function axis(page) {
  await page.locator('.gantt-scroll .scrub-rail').scrollIntoViewIfNeeded();
  // Off-screen output chunks (content-visibility: auto) may resize once scrolled away.
  await page.waitForTimeout(250);
  const svg = await page.locator('svg#gantt').boundingBox();
  const ticks = await page.$$eval('svg#gantt .axis-tick', (gs) =>
    gs.map((g) => [parseFloat(g.querySelector('text').textContent), Number(g.querySelector('line').getAttribute('x1'))]),
  );
  const [[t0, x0], [t1, x1]] = ticks;
  return { y: svg.y + 15, x: (t) => svg.x + x0 + ((t - t0) * (x1 - x0)) / (t1 - t0) };
}

/** The tooltip's lines, joined with spaces. */
async function tipText(page) {
  return page.$$eval('svg#gantt .tip text', (ts) => ts.map((t) => t.textContent).join(' '));
}

async function playheadT(page) {
  return page.evaluate(() => Number(document.querySelector('#playhead').dataset.t));
}

async function outputState(page) {
  return page.$$eval('#output .line', (ls) => ({ count: ls.length, later: ls.filter((l) => l.classList.contains('later')).length }));
}

/** Lane labels by task id. */
async function labels(page) {
  return page.$$eval('svg#gantt g.lane', (gs) => Object.fromEntries(gs.map((g) => [Number(g.dataset.id), g.dataset.task])));
}

/** What the panel must show at the start of iteration `n`, from CPython's loop. */
function expectedAt(oracle, n, label) {
  const rec = oracle.get(n);
  assert.ok(rec, `the oracle has iteration ${n}`);
  return {
    ready: rec.ready.map((h) => {
      const id = handleTask(h);
      return id === null ? null : label[id];
    }),
    timers: rec.timers.map(([deadline, , id]) => ({ task: id === null ? null : label[id], deadline })),
  };
}

test('seed 2: the keyboard moves the playhead; the panel shows CPython\'s loop; End restores the full view', { timeout: 90_000 }, async () => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    await runAndWait(page, () => page.click(`#presets [data-preset="${SEED2}"]`));
    const total = Number(await page.getAttribute('#summary', 'data-total'));
    const full = await outputState(page);
    assert.equal(full.count, 8);
    assert.equal(full.later, 0, 'nothing dimmed after a run');
    assert.equal(await playheadT(page), total, 'a new playhead rests at the end');
    assert.equal((await panel(page)).event, 'end');

    const label = await labels(page);
    assert.deepEqual(label, { 0: 'main()', 1: 'countdown("task A", 3)', 2: 'countdown("task B", 2)' });

    // Home, then one event at a time to the first event at 1.0 s.
    await page.focus('#playhead');
    await page.keyboard.press('Home');
    assert.equal(await playheadT(page), 0);
    assert.equal((await panel(page)).event, '0');
    let presses = 0;
    while ((await playheadT(page)) < 1) {
      await page.keyboard.press('ArrowRight');
      presses += 1;
      assert.ok(presses < 200, 'reaches 1.0 s');
      assert.equal((await outputState(page)).count, full.count, 'scrubbing never changes the number of lines');
    }
    const oracle = oracleLoop(SEED2);
    let p = await panel(page);
    assert.equal(p.t, 1);
    assert.equal(p.iteration, 2, 'the first event at 1.0 s starts loop iteration 2');
    const want = expectedAt(oracle, 2, label);
    assert.deepEqual(p.ready.map((r) => r.task), want.ready);
    assert.deepEqual(p.timers.map(({ task, deadline }) => ({ task, deadline })), want.timers);
    // Spelled out: nothing ready, the three sleeps' timers due at 1.0 s.
    assert.deepEqual(p.ready, []);
    assert.deepEqual(
      p.timers.map(({ task, deadline }) => [task, deadline]),
      [['main()', 1], ['countdown("task A", 3)', 1], ['countdown("task B", 2)', 1]],
    );
    assert.match(p.timers[0].text, /end the sleep of main\(\)/);
    // Two lines were printed by then; the other six are dimmed.
    assert.deepEqual(await outputState(page), { count: 8, later: 6 });
    // The editor marks where the tasks stand: main() at line 17, the countdowns at line 7.
    assert.deepEqual(await page.$$eval('.gutter .ln.at', (ls) => ls.map((l) => l.dataset.line)), ['7', '17']);
    assert.ok(await page.$('svg#gantt .veil'), 'the chart is veiled after the playhead');

    // Every other loop iteration, with Shift+→: the panel equals CPython's loop.
    await page.keyboard.press('Shift+ArrowRight');
    p = await panel(page);
    assert.equal(p.iteration, 3);
    assert.deepEqual(p.ready.map((r) => r.text), [
      'wake main(): its sleep ended',
      'wake countdown("task A", 3): its sleep ended',
      'wake countdown("task B", 2): its sleep ended',
    ]);
    let checked = 1;
    for (;;) {
      p = await panel(page);
      if (p.event === 'end') break;
      const w = expectedAt(oracle, p.iteration, label);
      assert.deepEqual(p.ready.map((r) => r.task), w.ready, `ready queue at iteration ${p.iteration}`);
      assert.deepEqual(p.timers.map(({ task, deadline }) => ({ task, deadline })), w.timers, `timers at iteration ${p.iteration}`);
      assert.equal((await outputState(page)).count, full.count);
      checked += 1;
      await page.keyboard.press('Shift+ArrowRight');
    }
    assert.equal(checked, oracle.size - 2, 'every iteration from 2 on was checked');

    // Back one event from the end, then End: the full view again.
    await page.keyboard.press('ArrowLeft');
    assert.notEqual((await panel(page)).event, 'end');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Home');
    assert.equal((await outputState(page)).later, 8, 'at the first event nothing is printed yet');
    await page.keyboard.press('End');
    assert.equal((await panel(page)).event, 'end');
    assert.equal(await playheadT(page), total);
    assert.deepEqual(await outputState(page), full, 'End: no line dimmed');
    assert.equal(await page.$('svg#gantt .veil'), null, 'End: no veil');
    assert.equal(await page.$('.gutter .ln.at'), null, 'End: no task marks in the editor');
    assert.equal(await page.$('#loop-panel .ready-item'), null);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('after a live run the playhead scrubs the same way, without re-running', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    await page.selectOption('#pace', '10');
    await runAndWait(page, () => page.click(`#presets [data-preset="${SEED2}"]`));
    const lines = (await outputState(page)).count;
    await page.focus('#playhead');
    await page.keyboard.press('Home');
    while ((await playheadT(page)) < 1) await page.keyboard.press('ArrowRight');
    const p = await panel(page);
    assert.equal(p.iteration, 2);
    assert.deepEqual(p.ready, []);
    assert.equal(p.timers.length, 3);
    assert.equal(await page.getAttribute('#status', 'data-state'), 'done', 'nothing re-ran');
    assert.deepEqual(await outputState(page), { count: lines, later: lines - 2 });
    await page.keyboard.press('End');
    assert.equal((await outputState(page)).later, 0);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('the playhead drags along the time axis with a mouse and with a finger', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser, '', { viewport: DESKTOP });
  try {
    const { page } = rec;
    await runAndWait(page, () => page.click(`#presets [data-preset="${SEED2}"]`));
    const ax = await axis(page);
    await page.mouse.move(ax.x(0), ax.y);
    await page.mouse.down();
    assert.equal(await playheadT(page), 0, 'pressing at 0 s moves the playhead there');
    await page.mouse.move(ax.x(1.2), ax.y, { steps: 8 });
    assert.equal(await playheadT(page), 1, 'dragging snaps to the nearest instant with events');
    await page.mouse.up();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'playhead', 'the playhead has the focus');
    assert.equal((await panel(page)).t, 1);
    // Dragging shows the last event of the instant: one event back is still at 1.0 s,
    // one event on is the next instant's first.
    const at = Number((await panel(page)).event);
    await page.keyboard.press('ArrowLeft');
    assert.deepEqual([await playheadT(page), Number((await panel(page)).event)], [1, at - 1], 'the keys go on from there');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await playheadT(page), 2);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
  // A finger, on a phone.
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(new URL('', process.env.LOOPSCOPE_URL ?? 'http://127.0.0.1:8080/').href);
    await page.waitForSelector('#status');
    await runAndWait(page, () => page.tap(`#presets [data-preset="${SEED2}"]`));
    await page.waitForTimeout(300);
    const ax = await axis(page);
    const cdp = await context.newCDPSession(page);
    const touch = (type, x) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y: ax.y, radiusX: 6, radiusY: 6 }],
      });
    await touch('touchStart', ax.x(0));
    assert.equal(await playheadT(page), 0, 'a touch on the axis moves the playhead');
    await touch('touchMove', ax.x(1.1));
    assert.equal(await playheadT(page), 1, 'and drags it');
    for (let k = 1; k <= 10; k++) await touch('touchMove', ax.x(1.1 + (k * 2.5) / 10));
    await touch('touchEnd');
    assert.equal(await playheadT(page), 3, 'dragged to the end');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('hovering or focusing a Gantt segment explains it in a sentence', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    await runAndWait(page, () => page.click(`#presets [data-preset="${SEED2}"]`));
    await page.hover('svg#gantt g.lane[data-id="1"] rect.seg[data-state="sleeping"] >> nth=0');
    const tip = await tipText(page);
    assert.match(tip, /sleeping.*0\.0 s → 1\.0 s/);
    assert.match(tip, /countdown\("task A", 3\) sleeps from 0\.0 s to 1\.0 s at the await on line 7/);
    await page.focus('svg#gantt g.lane[data-id="0"] rect.seg[data-state="waiting"]');
    assert.match(
      await tipText(page),
      /main\(\) waits from 1\.0 s to 3\.0 s at the await on line 22 until countdown\("task A", 3\) has finished/,
    );
    // The blocking preset: a ready task explains who holds the loop.
    await runAndWait(page, () => page.click('#presets [data-preset="06_blocking_sleep"]'));
    await page.hover('svg#gantt g.lane rect.seg[data-state="ready"] >> nth=0');
    assert.match(
      await tipText(page),
      /ticker\("T"\) is ready: its sleep ended at 1\.0 s, but blocker\(\) holds the loop in time\.sleep until 2\.0 s\./,
    );
    // At the time.sleep, the panel marks the blocker as holding the loop.
    await page.focus('#playhead');
    await page.keyboard.press('Home');
    for (let i = 0; i < 300 && !(await page.$('#loop-panel .holding')); i++) await page.keyboard.press('ArrowRight');
    assert.match(await page.textContent('#loop-panel .holding'), /holds the loop: in time\.sleep until 2\.0 s/);
    assert.match(await page.textContent('#loop-panel .facts'), /blocker\(\)/);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('10,000 tasks: scrubbing never blocks the main thread for 100 ms', { timeout: 180_000 }, async (t) => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
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
    await runAndWait(page, () => page.click('#run'), 90_000);
    assert.equal(await page.getAttribute('#summary', 'data-tasks'), '10000');
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      window.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__long.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await page.focus('#playhead');
    await page.keyboard.press('Home');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    // Iteration 1: main() has just queued 9,999 first steps.
    const p = await panel(page);
    assert.equal(p.iteration, 1);
    assert.equal(p.ready.length, 50, 'the panel draws the front of a long queue');
    assert.match(await page.textContent('#loop-panel .more'), /and 9,?949 more/);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('End');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    // Drag across the whole axis and back.
    const ax = await axis(page);
    await page.mouse.move(ax.x(0), ax.y);
    await page.mouse.down();
    await page.mouse.move(ax.x(3), ax.y, { steps: 25 });
    await page.mouse.move(ax.x(1.05), ax.y, { steps: 25 });
    await page.mouse.up();
    const t1 = await playheadT(page);
    assert.ok(t1 > 0 && t1 < 3, `dragged to ${t1}`);
    await page.waitForTimeout(400);
    const long = await page.evaluate(() => window.__long);
    const longest = Math.max(0, ...long);
    // The observer does see a long task (a 150 ms busy loop), so nothing was missed.
    await page.evaluate(() =>
      setTimeout(() => {
        const t0 = performance.now();
        while (performance.now() - t0 < 150);
      }, 0),
    );
    await page.waitForTimeout(200);
    assert.ok((await page.evaluate(() => window.__long.length)) > long.length, 'the longtask observer works');
    t.diagnostic(`10,000 tasks: ${long.length} long tasks while scrubbing (longest ${longest.toFixed(0)} ms), ${Date.now() - started} ms in all`);
    assert.ok(longest < 100, `no main-thread task over 100 ms (longest ${longest.toFixed(0)} ms)`);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('screenshots of the event-loop panel: light, dark, desktop, phone', { timeout: 120_000 }, async () => {
  for (const [name, viewport, colorScheme] of [
    ['scrub-desktop-light', DESKTOP, 'light'],
    ['scrub-desktop-dark', DESKTOP, 'dark'],
    ['scrub-phone-light', PHONE, 'light'],
    ['scrub-phone-dark', PHONE, 'dark'],
  ]) {
    const rec = await openPage(browser, '', { viewport, colorScheme });
    try {
      const { page } = rec;
      await runAndWait(page, () => page.click(`#presets [data-preset="${SEED2}"]`));
      await page.focus('#playhead');
      await page.keyboard.press('Home');
      while ((await playheadT(page)) < 1) await page.keyboard.press('ArrowRight');
      // Iteration 3, after main() and task A ran: B's wake-up is queued, A's timer set.
      await page.keyboard.press('Shift+ArrowRight');
      for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
      const p = await panel(page);
      assert.ok(p.ready.length > 0 && p.timers.length > 0, 'both lists show');
      // Off-screen output chunks (content-visibility: auto) are not painted: show the output.
      await page.locator('#output').scrollIntoViewIfNeeded();
      await page.waitForTimeout(100);
      await screenshot(page, name);
      await page.locator('.gantt-panel').screenshot({ path: join(SCREENSHOT_DIR, `${name}-panel.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name}: the page does not scroll sideways (${overflow} px)`);
      assert.deepEqual(problems(rec), []);
    } finally {
      await rec.close();
    }
  }
});
