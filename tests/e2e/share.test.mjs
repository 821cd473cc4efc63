// Durations, share links and downloads against their contract (SPEC sections 6 and 7,
// issue 5): links made by Python open the same source with the oracle's output, without a
// click; the durations panel rewrites exactly one number and re-runs; Share copies a link
// that opens the same scenario (or shows it in a field when the clipboard is refused); a bad
// link shows #notice and the default scenario and leaves the address bar alone; Unicode
// round-trips; the four downloads parse; no CSP violation anywhere.
//
// The fixtures' `NAME.code` files are `#code=` values made by Python at test-writing time:
//   python3 -c 'import base64,zlib,sys; print(base64.urlsafe_b64encode(zlib.compress(
//     open(sys.argv[1],"rb").read(),9,wbits=-15)).rstrip(b"=").decode())' NAME.py
// and `NAME.jsonl` the oracle's output (../shared/oracle/oracle.py NAME.py).
//
//   LOOPSCOPE_URL=http://127.0.0.1:8080/ node --test tests/e2e/share.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { launch, openPage, printedLines, problems, readJsonLines, screenshot, BASE_URL, DESKTOP, PHONE } from './helpers.mjs';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name) => readFileSync(join(FIXTURES, name), 'utf8');
const SEEDS = ['01_seed_simple_count', '02_seed_create_task', '03_seed_gather'];
const DEFAULT = '01_seed_simple_count';

/** The oracle's printed lines ({t, text}) for a fixture. */
function expectedLines(name) {
  return readJsonLines(join(FIXTURES, `${name}.jsonl`))
    .filter((r) => 'text' in r)
    .map((r) => ({ t: r.t, text: r.text }));
}

const codeOf = (name) => fixture(`${name}.code`).trim();
/** The source a `#code=` value holds (decoded the way Python's zlib would). */
const decodeCode = (value) => inflateRawSync(Buffer.from(value, 'base64url')).toString('utf8');
const hashValue = (hash, key) =>
  hash
    .replace(/^#/, '')
    .split('&')
    .map((p) => p.split('='))
    .find(([k]) => k === key)?.[1];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Waits until the run is over (done) and the output is exactly `want`. */
async function waitForOutput(page, want, timeout = 15_000) {
  try {
    await page.waitForFunction(
      (want) => {
        if (document.querySelector('#status')?.dataset.state !== 'done') return false;
        const got = [...document.querySelectorAll('#output .line')].map((l) => ({
          t: Number(l.dataset.t),
          text: l.querySelector('.text').textContent,
        }));
        return JSON.stringify(got) === JSON.stringify(want);
      },
      want,
      { timeout, polling: 50 },
    );
  } catch (e) {
    const state = await page.getAttribute('#status', 'data-state');
    assert.deepEqual(await printedLines(page), want, `output (status ${state}): ${e.message}`);
  }
}

/** Waits until the field `selector` holds `want` (renders are asynchronous). */
async function waitValue(page, selector, want, timeout = 5_000) {
  try {
    await page.waitForFunction(([sel, want]) => document.querySelector(sel)?.value === want, [selector, want], {
      timeout,
      polling: 20,
    });
  } catch {
    assert.equal(await page.inputValue(selector), want, `${selector} holds ${JSON.stringify(want)}`);
  }
}

/** Records CSP violations from now on; `cspViolations(page)` returns them. */
async function watchCsp(page) {
  await page.evaluate(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}
const cspViolations = (page) => page.evaluate(() => window.__csp);

/** Waits until the address bar's fragment is no longer `from`; returns it. */
async function nextHash(page, from, timeout = 5_000) {
  await page.waitForFunction((from) => location.hash !== from, from, { timeout });
  return page.evaluate(() => location.hash);
}

for (const seed of SEEDS) {
  test(`a #code= link made by Python opens ${seed} and runs it at once`, { timeout: 60_000 }, async () => {
    const hash = `#code=${codeOf(seed)}`;
    const rec = await openPage(browser, hash);
    try {
      const { page } = rec;
      await waitForOutput(page, expectedLines(seed));
      assert.equal(await page.inputValue('#editor'), fixture(`${seed}.py`), 'the editor holds the exact source');
      assert.equal(await page.$eval('#notice', (n) => n.textContent.trim()), '', 'no notice');
      assert.equal(await page.evaluate(() => location.hash), hash, 'the address bar is untouched');
      assert.ok((await page.$$('svg#gantt g.lane')).length > 0, 'the Gantt chart is drawn');
      assert.ok((await page.$$('#durations input')).length > 0, 'the durations are listed');
      assert.deepEqual(problems(rec), []);
    } finally {
      await rec.close();
    }
  });
}

test('#src= and #preset= links open their scenario; pace= sets the pace; unknown keys stay', { timeout: 60_000 }, async () => {
  const src = fixture('03_seed_gather.py');
  let rec = await openPage(browser, `#src=${encodeURIComponent(src)}`);
  try {
    await waitForOutput(rec.page, expectedLines('03_seed_gather'));
    assert.equal(await rec.page.inputValue('#editor'), src);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }

  rec = await openPage(browser, '#keep=1&preset=01_seed_simple_count&pace=10&flag');
  try {
    const { page } = rec;
    assert.equal(await page.inputValue('#pace'), '10', 'pace=10 selects Live 10x');
    await waitForOutput(page, expectedLines('01_seed_simple_count'));
    // Edit a duration: the address bar becomes a code= link, keeping the other keys in place.
    const before = await page.evaluate(() => location.hash);
    await page.fill('#durations input[aria-label*="simple count"]', '2');
    await waitValue(page, '#editor', fixture('01_seed_simple_count.py').replace('count", 4)', 'count", 2)'));
    const hash = await nextHash(page, before);
    assert.match(hash, /^#keep=1&code=[A-Za-z0-9_-]+&pace=10&flag$/, `kept keys: ${hash}`);
    assert.equal(decodeCode(hashValue(hash, 'code')), await page.inputValue('#editor'), 'code= is the editor source');
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('the durations panel: steps, typing, refusals, exact rewrite, live re-run', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser, '#preset=02_seed_create_task');
  try {
    const { page } = rec;
    const original = fixture('02_seed_create_task.py');
    await waitForOutput(page, expectedLines('02_seed_create_task'));

    const fields = await page.$$eval('#durations input', (inputs) =>
      inputs.map((i) => ({ label: i.getAttribute('aria-label'), line: i.dataset.line, col: i.dataset.col, value: i.value })),
    );
    assert.deepEqual(
      fields.map((f) => [f.line, f.col, f.value]),
      [
        ['7', '29', '1'],
        ['13', '53', '3'],
        ['14', '53', '2'],
        ['17', '25', '1'],
      ],
      'one field per duration, at its line and column',
    );
    assert.match(fields[2].label, /task B/, 'labelled by its call');
    for (const f of fields) {
      const id = await page.$eval(`#durations input[data-line="${f.line}"][data-col="${f.col}"]`, (i) => i.id);
      assert.ok(await page.$(`label[for="${id}"]`), 'each field has a label');
    }

    // ArrowUp: task B counts from 3; exactly that digit changes; the run follows.
    const taskB = '#durations input[data-line="14"]';
    await page.focus(taskB);
    await page.keyboard.press('ArrowUp');
    await waitValue(page, taskB, '3');
    const b3 = fixture('02_seed_create_task_b3.py');
    await waitValue(page, '#editor', b3); // only the 2 became a 3
    await waitForOutput(page, expectedLines('02_seed_create_task_b3'));
    assert.ok((await printedLines(page)).some((l) => l.text === 'task B 3'), 'task B 3 is printed');

    // Refused values leave the source alone and say why.
    for (const bad of ['-1', 'abc', '2.5']) {
      await page.fill(taskB, bad);
      const msg = await page.waitForSelector('#durations .dur-msg', { state: 'visible' });
      assert.ok((await msg.textContent()).length > 10, `a message for ${bad}`);
      assert.equal(await page.getAttribute(taskB, 'aria-invalid'), 'true');
      assert.equal(await page.inputValue('#editor'), b3, `${bad} is refused`);
    }
    // Typing a valid value applies it (and clears the message).
    await page.fill(taskB, '2');
    await waitValue(page, '#editor', original);
    assert.equal(await page.$('#durations .dur-msg'), null, 'the message is gone');
    await waitForOutput(page, expectedLines('02_seed_create_task'));

    // Shift steps by ten; main's sleep(1) becomes sleep(11), then back.
    const mainSleep = '#durations input[data-line="17"]';
    await page.focus(mainSleep);
    await page.keyboard.press('Shift+ArrowUp');
    await waitValue(page, mainSleep, '11');
    await waitValue(page, '#editor', original.replace('sleep(1)\n    print("Everything', 'sleep(11)\n    print("Everything'));
    await page.keyboard.press('Shift+ArrowDown');
    await waitValue(page, '#editor', original);
    // Never below zero.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowDown');
      await waitValue(page, mainSleep, '0');
    }
    await page.click(`${mainSleep} + .dur-step`);
    await waitValue(page, mainSleep, '1'); // the + button steps up
    await waitValue(page, '#editor', original);
    await waitForOutput(page, expectedLines('02_seed_create_task'));

    // The address bar follows, as a link to the preset once the source is the preset's again.
    await page.waitForFunction(() => location.hash === '#preset=02_seed_create_task', null, { timeout: 5_000 });
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('the durations panel follows the editor: typing, Run, a syntax error', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    const fields = () => page.$$eval('#durations input', (is) => is.map((i) => `${i.dataset.line}:${i.dataset.col}=${i.value}`));
    await page.waitForFunction(() => document.querySelectorAll('#durations input').length === 2);
    assert.deepEqual(await fields(), ['7:29=1', '12:37=4'], 'the default scenario');
    // Run right after typing: the panel lists the new program's durations.
    await page.fill('#editor', fixture('unicode_round_trip.py'));
    await page.click('#run');
    await page.waitForFunction(() => document.querySelectorAll('#durations input').length === 3);
    assert.deepEqual(await fields(), ['11:41=0.5', '11:62=1', '11:83=0.25']);
    await waitForOutput(page, expectedLines('unicode_round_trip'));
    // A float steps by 0.1; the Unicode around it is untouched.
    await page.focus('#durations input[data-col="41"]');
    await page.keyboard.press('ArrowUp');
    await waitValue(page, '#editor', fixture('unicode_round_trip.py').replace('🦀", 0.5)', '🦀", 0.6)'));
    // Typing without running: the panel follows once the source is checked.
    await page.fill('#editor', 'import asyncio\n\nasync def main(:\n    await asyncio.sleep(2)\n');
    await page.waitForSelector('#durations .dur-empty');
    assert.match(await page.textContent('#durations'), /error/i, 'says why there is nothing to edit');
    await page.fill('#editor', 'import time\ntime.sleep(0.125)\n');
    await page.waitForFunction(() => document.querySelector('#durations input')?.value === '0.125');
    assert.match(await page.getAttribute('#durations input', 'aria-label'), /time\.sleep/);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('Share copies a link that opens the same source and output (emoji, CJK, accents)', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser);
  try {
    const { page, context } = rec;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
    const src = fixture('unicode_round_trip.py');
    await page.fill('#editor', src);
    await page.click('#share');
    await page.waitForSelector('#share-status.ok', { timeout: 5_000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.evaluate(() => location.href), 'the address bar holds the copied link');
    assert.match(copied, /#code=[A-Za-z0-9_-]+$/);
    assert.equal(decodeCode(hashValue(new URL(copied).hash, 'code')), src, 'code= decodes (like Python) to the source');
    const status = await page.textContent('#share-status');
    assert.match(status, /copied/i, 'a visible confirmation');
    assert.match(status, new RegExp(`${copied.length} characters`), 'the link length');
    assert.equal(await page.$('#share-status .share-warn'), null, 'no warning for a short link');
    assert.deepEqual(problems(rec), []);

    const other = await openPage(browser, new URL(copied).hash);
    try {
      await waitForOutput(other.page, expectedLines('unicode_round_trip'));
      assert.equal(await other.page.inputValue('#editor'), src, 'the exact source, combining marks included');
      assert.deepEqual(problems(other), []);
    } finally {
      await other.close();
    }
  } finally {
    await rec.close();
  }
});

test('a refused clipboard shows the link in a selected field; long links are warned about', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser, '#preset=02_seed_create_task');
  try {
    const { page } = rec;
    await waitForOutput(page, expectedLines('02_seed_create_task'));
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await page.click('#share');
    const field = await page.waitForSelector('#share-url', { state: 'visible', timeout: 5_000 });
    const url = await field.inputValue();
    assert.equal(url, await page.evaluate(() => location.href));
    assert.equal(await field.evaluate((f) => f.readOnly), true, 'read-only');
    await page.waitForFunction(() => {
      const f = document.querySelector('#share-url');
      return document.activeElement === f && f.selectionStart === 0 && f.selectionEnd === f.value.length;
    });
    const other = await openPage(browser, new URL(url).hash);
    try {
      await waitForOutput(other.page, expectedLines('02_seed_create_task'));
      assert.equal(await other.page.inputValue('#editor'), fixture('02_seed_create_task.py'));
    } finally {
      await other.close();
    }

    // A program that does not compress makes a link over 2,000 characters: a warning.
    let x = 12345;
    const rand = () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x.toString(36));
    const lines = Array.from({ length: 120 }, () => `print("${rand()}${rand()}${rand()}")`);
    await page.fill('#editor', `${lines.join('\n')}\n`);
    await page.click('#share');
    const warn = await page.waitForSelector('#share-status .share-warn', { timeout: 5_000 });
    assert.match(await warn.textContent(), /2,000/);
    const long = await page.inputValue('#share-url');
    assert.ok(long.length > 2000, `long link: ${long.length}`);
    assert.match(await page.textContent('#share-status .share-len'), new RegExp(`${long.length} characters`));
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('bad links: #notice, the default scenario, the address bar kept until an edit', { timeout: 90_000 }, async () => {
  const b64 = (bytes) => Buffer.from(bytes).toString('base64url');
  const bad = {
    'bad base64': '#code=abc$def',
    'cut short': `#code=${codeOf('02_seed_create_task').slice(0, 101)}`,
    'bad DEFLATE': `#code=${b64([0xff, 0xff, 0xff, 0xff, 0x00, 0x01])}`,
    'not UTF-8': `#code=${b64(deflateRawSync(Buffer.from([0x70, 0xff, 0xfe, 0x41])))}`,
    'decompression bomb': `#x=1&code=${b64(deflateRawSync(Buffer.alloc(10 * 1024 * 1024, 0x20), { level: 9 }))}`,
    'over 64 KiB': `#src=${'a'.repeat(70_000)}`,
    'unknown preset': '#preset=99_nope&pace=2',
  };
  const defaultSource = fixture(`${DEFAULT}.py`);
  for (const [what, hash] of Object.entries(bad)) {
    const rec = await openPage(browser, hash);
    try {
      const { page } = rec;
      const want = new URL(hash, BASE_URL).hash;
      await page.waitForFunction(() => document.querySelector('#notice')?.textContent.trim().length > 0, null, {
        timeout: 5_000,
      });
      const notice = (await page.textContent('#notice')).trim();
      assert.match(notice, /link/i, `${what}: a clear message (${notice})`);
      assert.match(notice, /default example/i, `${what}: says what is shown`);
      assert.equal(await page.inputValue('#editor'), defaultSource, `${what}: the default scenario`);
      assert.equal(
        await page.$eval('#presets [data-preset="01_seed_simple_count"]', (b) => b.getAttribute('aria-pressed')),
        'true',
      );
      await page.waitForTimeout(600);
      assert.equal(await page.evaluate(() => location.hash), want, `${what}: the address bar is unchanged`);
      assert.deepEqual(problems(rec), [], what);
      if (what === 'decompression bomb') {
        // Once the user edits, the address bar becomes a valid link again (x=1 kept).
        await page.focus('#editor');
        await page.keyboard.press('End');
        await page.keyboard.type('# edited');
        const hash = await nextHash(page, want);
        assert.match(hash, /^#x=1&code=/);
        assert.equal(decodeCode(hashValue(hash, 'code')), await page.inputValue('#editor'));
      }
    } finally {
      await rec.close();
    }
  }
});

test('a link pasted into the address bar of the open page opens it', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    await page.evaluate((hash) => (location.hash = hash), `#code=${codeOf('03_seed_gather')}`);
    await waitForOutput(page, expectedLines('03_seed_gather'));
    assert.equal(await page.inputValue('#editor'), fixture('03_seed_gather.py'));
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('downloads: the trace (Chrome JSON), the chart as SVG and PNG, the output as text', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser, '#preset=02_seed_create_task');
  try {
    const { page } = rec;
    await watchCsp(page);
    await waitForOutput(page, expectedLines('02_seed_create_task'));
    const download = async (button) => {
      const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.click(button)]);
      return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
    };

    const trace = await download('#export-trace');
    assert.match(trace.name, /\.json$/);
    const json = JSON.parse(trace.bytes.toString('utf8'));
    assert.ok(Array.isArray(json.traceEvents) && json.traceEvents.length > 10, 'traceEvents');
    const threads = json.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args.name);
    for (const lane of await page.$$eval('svg#gantt g.lane', (ls) => ls.map((l) => l.dataset.task))) {
      assert.ok(threads.includes(lane), `a track for ${lane}`);
    }
    assert.ok(json.traceEvents.some((e) => e.ph === 'X'), 'complete events');

    const svg = await download('#export-svg');
    assert.match(svg.name, /\.svg$/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        ns: root.namespaceURI,
        segs: doc.querySelectorAll('rect.seg').length,
        filled: [...doc.querySelectorAll('rect.seg')].every((r) => /^rgb/.test(r.getAttribute('fill') ?? '')),
        styles: doc.querySelectorAll('[style]').length,
      };
    }, svg.bytes.toString('utf8'));
    assert.equal(parsed.error, null, 'the SVG is well-formed XML');
    assert.equal(parsed.root, 'svg');
    assert.equal(parsed.ns, 'http://www.w3.org/2000/svg');
    assert.equal(parsed.segs, (await page.$$('svg#gantt rect.seg')).length, 'every segment');
    assert.ok(parsed.filled, 'segments carry their computed colour');
    assert.equal(parsed.styles, 0, 'no style attribute');

    const png = await download('#export-png');
    assert.match(png.name, /\.png$/);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    const width = png.bytes.readUInt32BE(16);
    const svgWidth = Number(await page.getAttribute('svg#gantt', 'width'));
    assert.equal(width, svgWidth * 2, 'drawn at twice the chart size');

    const text = await download('#export-text');
    assert.match(text.name, /\.txt$/);
    const lines = expectedLines('02_seed_create_task').map((l) => l.text);
    assert.equal(text.bytes.toString('utf8'), `${lines.join('\n')}\n`, 'the output lines');

    assert.deepEqual(await cspViolations(page), [], 'no CSP violation');
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

test('screenshots: durations panel and share confirmation, light and dark, desktop and phone', { timeout: 90_000 }, async () => {
  for (const [viewport, vname] of [
    [DESKTOP, 'desktop'],
    [PHONE, 'phone'],
  ]) {
    for (const colorScheme of ['light', 'dark']) {
      const rec = await openPage(browser, '#preset=02_seed_create_task', { viewport, colorScheme });
      try {
        const { page, context } = rec;
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
        await waitForOutput(page, expectedLines('02_seed_create_task'));
        await page.fill('#durations input[data-line="7"]', '-1');
        await page.click('#share');
        await page.waitForSelector('#share-status.ok');
        // Off-screen output chunks skip painting (content-visibility): bring them into view.
        await page.$eval('#output', (el) => el.scrollIntoView({ block: 'center' }));
        await screenshot(page, `share-${vname}-${colorScheme}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${vname}: the page does not scroll sideways (${overflow} px)`);
        assert.deepEqual(problems(rec), []);
      } finally {
        await rec.close();
      }
    }
  }
});
