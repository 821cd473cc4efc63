// First load (issue 13, section 2): index.html's static frame is on screen before the wasm
// runs, carries none of SPEC section 6's test hooks, and the app takes its place without
// moving anything; over cold loads the layout never shifts (CLS <= 0.02) and the first paint
// comes before the wasm is ready.
//
// Wall-clock budgets (FCP <= 60 ms, first interactive render <= 120 ms) are measured on a
// quiet machine and reported in docs/benchmarks.md; on a loaded test machine they would make
// a flaky test, so this file asserts orderings and geometry, and prints the medians.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, DESKTOP, PHONE, launch } from './helpers.mjs';

const COLD_LOADS = 7;
// Hooks of SPEC section 6 that must not exist before the app is live.
const HOOKS = ['#editor', '#run', '#stop', '#pace', '#status', '#output', '#summary', '#presets', '#share',
  '#durations', '#notice', '#error', 'svg#gantt', '[data-preset]'];
// The frame's parts and the app's, matched in order. In one column (phone) the output panel
// comes under the editor, whose height follows the program: the frame leaves it out.
const PARTS = ['header.top', '.brand', '.share-btn', '.gallery .section-title', '.editor-panel',
  '.editor-panel .toolbar', '.toolbar .btn.primary', '.pace select', '.editor-scroll'];
const WIDE_PARTS = ['.output-panel', '.output-panel .panel-head'];

// Records paints, layout shifts and the moment the app's #status appears (then the next
// frame: the first interactive render), from the first byte of the document.
function observe() {
  window.__load = { cls: 0, shifts: [], live: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__load.cls += e.value;
      window.__load.shifts.push({ value: e.value, at: e.startTime });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const seen = () => {
    if (window.__load.live !== null || !document.querySelector('#status')) return false;
    requestAnimationFrame(() => setTimeout(() => (window.__load.live = performance.now())));
    return true;
  };
  new MutationObserver((_, obs) => seen() && obs.disconnect()).observe(document, { childList: true, subtree: true });
}

async function rects(page) {
  return page.evaluate((parts) => {
    const out = {};
    for (const sel of parts) {
      const el = document.querySelector(`#app ${sel}`);
      const r = el?.getBoundingClientRect();
      // Not laid out (display: none) counts as absent.
      out[sel] = r && r.width > 0 ? { x: r.x, y: r.y, w: r.width, h: r.height } : null;
    }
    out.presets = [...document.querySelectorAll('#app .gallery li')].map((li) => {
      const r = li.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height, text: li.innerText.replace(/\s+/g, ' ').trim() };
    });
    return out;
  }, [...PARTS, ...WIDE_PARTS]);
}

function near(a, b, what) {
  for (const k of ['x', 'y', 'w']) {
    assert.ok(Math.abs(a[k] - b[k]) <= 1, `${what}: ${k} ${a[k]} in the frame, ${b[k]} in the app`);
  }
}

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`the static frame (${name}) is painted before the wasm runs, has no test hooks, and the app replaces it in place`, async () => {
    const browser = await launch();
    try {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      // Hold the wasm back until the frame has been looked at.
      let release;
      const held = new Promise((r) => (release = r));
      await page.route(/\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.addInitScript(observe);
      await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      const hooks = await page.evaluate((sels) => sels.filter((s) => document.querySelector(s)), HOOKS);
      assert.deepEqual(hooks, [], 'test hooks present before the app is live: the e2e tests would start on the frame');
      const frame = await rects(page);
      release();
      await page.waitForSelector('#status', { state: 'attached', timeout: 60_000 });
      await page.waitForFunction(() => window.__load.live !== null);
      const app = await rects(page);
      const parts = viewport === DESKTOP ? [...PARTS, ...WIDE_PARTS] : PARTS;
      for (const sel of parts) {
        assert.ok(frame[sel], `the frame has no ${sel}`);
        assert.ok(app[sel], `the app has no ${sel}`);
        near(frame[sel], app[sel], sel);
      }
      assert.deepEqual(frame.presets.map((p) => p.text), app.presets.map((p) => p.text),
        "the frame's examples are not the app's (update index.html from crates/app/src/presets.rs)");
      frame.presets.forEach((p, i) => near(p, app.presets[i], `example ${i + 1}`));
      const { fcp, live } = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        live: performance.getEntriesByName('loopscope-live')[0]?.startTime,
      }));
      assert.ok(live !== undefined, 'boot.js set no loopscope-live mark');
      assert.ok(fcp < live, `first contentful paint at ${fcp} ms, not before the wasm was live (${live} ms)`);
      const cls = await page.evaluate(() => window.__load.cls);
      assert.ok(cls <= 0.02, `layout shift ${cls} while the app took over`);
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await browser.close();
    }
  });
}

test(`${COLD_LOADS} cold loads: no layout shift (CLS <= 0.02), first paint before the wasm is live`, async (t) => {
  const browser = await launch();
  const samples = [];
  try {
    for (let i = 0; i < COLD_LOADS; i++) {
      // A new context each time: its own empty cache, so every load fetches and compiles.
      const context = await browser.newContext({ viewport: DESKTOP });
      const page = await context.newPage();
      await page.addInitScript(observe);
      await page.goto(BASE_URL, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => window.__load.live !== null, null, { timeout: 60_000 });
      // Layout shifts are reported after the frame that shifted: give it two more frames.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      samples.push(
        await page.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          live: performance.getEntriesByName('loopscope-live')[0]?.startTime,
          interactive: window.__load.live,
          cls: window.__load.cls,
          shifts: window.__load.shifts,
        })),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ms = (x) => `${x.toFixed(1)} ms`;
  t.diagnostic(
    `median of ${COLD_LOADS} cold loads: first contentful paint ${ms(median(samples.map((s) => s.fcp)))}, ` +
      `wasm live ${ms(median(samples.map((s) => s.live)))}, first interactive render ` +
      `${ms(median(samples.map((s) => s.interactive)))}, CLS max ${Math.max(...samples.map((s) => s.cls))}`,
  );
  for (const [i, s] of samples.entries()) {
    assert.ok(s.fcp !== undefined, `load ${i + 1}: no first-contentful-paint entry`);
    assert.ok(s.fcp < s.live, `load ${i + 1}: first paint at ${s.fcp} ms, after the wasm was live at ${s.live} ms`);
    assert.ok(s.live <= s.interactive, `load ${i + 1}: interactive before the wasm was live`);
    assert.ok(s.cls <= 0.02, `load ${i + 1}: cumulative layout shift ${s.cls} (${JSON.stringify(s.shifts)})`);
  }
});
