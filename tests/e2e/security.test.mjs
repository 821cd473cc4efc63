// Security and accessibility of the page (issue 6): scenario text and output are only ever
// rendered as text; nothing leaves the page's origin; axe-core finds no serious or critical
// violation in the light and dark themes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, openPage, problems, isSameOrigin, runSource } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PAYLOADS = [
  '<script>window.__pwned = 1; alert(1)</script>',
  '<img src=x onerror="window.__pwned = 2; alert(2)">',
  'javascript:alert(3)',
  '<svg onload="window.__pwned = 4; alert(4)"><a href="javascript:alert(5)">x</a></svg>',
  '"><iframe src="javascript:alert(6)"></iframe>',
  '{{constructor.constructor("alert(7)")()}}',
];

/** A scenario whose source (comments, strings, a task name) and output carry the payloads
 *  (or, with `benign`, the same scenario with plain text in their place). */
function hostileScenario(benign = false) {
  const lines = ['import asyncio', ''];
  const texts = benign ? PAYLOADS.map((_, i) => `plain text ${i}`) : PAYLOADS;
  texts.forEach((p, i) => lines.push(`# ${p}`, `P${i} = ${JSON.stringify(p)}`));
  lines.push('', 'async def show(text):', '    print(text)', '    await asyncio.sleep(0.1)', '', 'async def main():');
  PAYLOADS.forEach((_, i) => lines.push(`    await asyncio.create_task(show(P${i}), name=P${i})`));
  lines.push('    raise ValueError(P0)', '', 'asyncio.run(main())', '');
  return lines.join('\n');
}

test('scenario source and output are rendered as text only', async () => {
  const rec = await openPage(browser);
  const { page } = rec;
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  // The page's structure outside the panes that show the scenario, after a benign run of
  // the same shape, must equal the structure after the hostile run.
  const outside = () => page.evaluate(() => {
    const panes = ['#editor', '#output', '#error', '#gantt', '#loop-panel', '#durations', '.hl', '.gutter'];
    const all = [...document.body.querySelectorAll('*')];
    const inside = (el) => panes.some((sel) => [...document.querySelectorAll(sel)].some((p) => p.contains(el)));
    return all.filter((el) => !inside(el)).map((el) => el.tagName).join(',');
  });
  await runSource(page, hostileScenario(true));
  const before = await outside();
  await runSource(page, hostileScenario());
  const texts = await page.$$eval('#output .line .text', (els) => els.map((e) => e.textContent));
  assert.deepEqual(texts, PAYLOADS);
  const error = (await page.textContent('#error'))?.trim();
  assert.equal(error, `ValueError: ${PAYLOADS[0]}`);
  const injected = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    scripts: document.querySelectorAll('body script').length,
    imgs: document.querySelectorAll('#output img, #editor img, .hl img, #gantt img, #error img').length,
    iframes: document.querySelectorAll('iframe').length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => a.href.startsWith('javascript:')).length,
    handlers: [...document.body.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
  }));
  assert.deepEqual(injected, { pwned: null, scripts: 0, imgs: 0, iframes: 0, jsLinks: 0, handlers: 0 });
  assert.deepEqual(dialogs, []);
  assert.equal(await outside(), before, 'the DOM outside the panes did not change');
  assert.deepEqual(problems(rec), []);
  await rec.close();
});

test('a whole session makes no request to another origin', async () => {
  const rec = await openPage(browser);
  const { page } = rec;
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const presets = await page.$$eval('#presets [data-preset]', (els) => els.map((e) => e.dataset.preset));
  assert.ok(presets.length >= 10);
  for (const id of presets) {
    await page.click(`#presets [data-preset="${id}"]`);
    await page.click('#run');
    await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('#status')?.dataset.state));
  }
  if (await page.$('#share')) {
    await rec.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('#share');
  }
  for (const button of await page.$$('[data-export]')) {
    const download = page.waitForEvent('download', { timeout: 5000 }).catch(() => null);
    await button.click();
    await download;
  }
  const foreign = requests.filter((u) => !isSameOrigin(u));
  assert.deepEqual(foreign, []);
  assert.deepEqual(problems(rec), []);
  await rec.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core: no serious or critical violation (${colorScheme})`, async () => {
    const rec = await openPage(browser, '', { colorScheme });
    const { page } = rec;
    await page.waitForFunction(() => ['done', 'error', 'idle'].includes(document.querySelector('#status')?.dataset.state));
    await page.click('#presets [data-preset="02_seed_create_task"]');
    await page.click('#run');
    await page.waitForFunction(() => document.querySelector('#status')?.dataset.state === 'done');
    await page.evaluate(AXE);
    const result = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, target: v.nodes[0]?.target }));
    });
    const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad, [], JSON.stringify(bad, null, 2));
    await rec.close();
  });
}

test('hostile programs end in a clean error and the page stays alive', { timeout: 120_000 }, async () => {
  const rec = await openPage(browser);
  const { page } = rec;
  const cases = [
    ['def f(n):\n    return f(n + 1)\nf(0)\n', 'RecursionError: maximum recursion depth exceeded'],
    ['import asyncio\nasync def f(n):\n    return await f(n + 1)\nasyncio.run(f(0))\n', 'RecursionError: maximum recursion depth exceeded'],
    ['print(len("x" * 10**9))\n', 'LimitError: memory limit of 256 MiB reached'],
    ['x = [1]\nx[0] = x\nprint(x == x, len(str(x)) > 0)\n', null],
    ['import asyncio\nasync def main():\n    await asyncio.sleep(1e308)\nasyncio.run(main())\n', 'LimitError: virtual time limit of 86400 s reached'],
    ['for i in range(200000):\n    print(i)\n', 'LimitError: printed line limit of 100000 reached'],
  ];
  for (const [src, expected] of cases) {
    await runSource(page, src);
    const state = await page.getAttribute('#status', 'data-state');
    if (expected === null) {
      assert.equal(state, 'done', src);
    } else {
      assert.equal(state, 'error', src);
      assert.equal((await page.textContent('#error'))?.trim(), expected, src);
    }
  }
  // Still responsive: a normal run works afterwards.
  await page.click('#presets [data-preset="01_seed_simple_count"]');
  await page.click('#run');
  await page.waitForFunction(() => document.querySelector('#status')?.dataset.state === 'done');
  assert.equal(await page.$$eval('#output .line', (l) => l.length), 5);
  assert.deepEqual(problems(rec), []);
  await rec.close();
});
