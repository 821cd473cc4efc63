// Memory and depth in the page (issues 14 and 10): a run frees everything it made, cycles
// included, so that pressing Run fifty times accumulates nothing (checked with the
// engine's own live-object counter, `#status[data-live-objects]`: the wasm memory never
// shrinks, so its size cannot tell); a program that allocates without end stops at the
// memory budget quickly, keeps its output and leaves the page responsive; Python recursion
// reaches depth 990, sync and async, and past 1,000 is CPython's RecursionError.
//
// Run by `cargo xtask test e2e` against the release build (LOOPSCOPE_URL), or by hand:
//   LOOPSCOPE_URL=http://127.0.0.1:8080/ node --test tests/e2e/memory.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, problems, runAndWait, runSource } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The wasm memory's size in MiB (captured at instantiation; it only ever grows). */
async function wasmMiB(page) {
  return page.evaluate(() => (window.__wasmMemory ? window.__wasmMemory.buffer.byteLength / 2 ** 20 : NaN));
}

/** Keeps the wasm instance's memory in `window.__wasmMemory` (an init script). */
function keepWasmMemory() {
  const keep = (result) => {
    const instance = result.instance ?? result;
    if (instance?.exports?.memory) window.__wasmMemory = instance.exports.memory;
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
  }
}

const openWithMemory = () => openPage(browser, '', { initScript: keepWasmMemory });

async function liveObjects(page) {
  const v = await page.getAttribute('#status', 'data-live-objects');
  assert.ok(v !== null && /^\d+$/.test(v), `#status[data-live-objects] is a count (got ${v})`);
  return Number(v);
}

async function outputTexts(page) {
  return page.$$eval('#output .line .text', (ts) => ts.map((t) => t.textContent));
}

// A preset-sized scenario in which every kind of cycle is made: a list holding itself, a
// parent and its children, a closure kept by the object it closes over, a bound method
// stored on its instance, tasks kept in a list they add themselves to, a generator that
// holds itself, and an exception that refers to itself.
const CYCLIC = `import asyncio

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        self.report = self.describe
        if parent is not None:
            parent.children.append(self)

    def describe(self):
        return f"{self.name} ({len(self.children)} children)"

def counter():
    count = [0]
    def bump():
        count[0] += 1
        return count
    count.append(bump)
    return bump

def echo():
    me = yield
    while True:
        me = yield me

async def worker(name, registry, delay):
    registry.append(asyncio.current_task())
    tree = Node(name)
    for i in range(20):
        Node(f"{name}.{i}", tree)
    await asyncio.sleep(delay)
    try:
        raise ValueError(name)
    except ValueError as e:
        e.keep = e
    return tree.report()

async def main():
    loop = [1, 2, 3]
    loop.append(loop)
    registry = []
    bump = counter()
    bump()
    gen = echo()
    next(gen)
    gen.send(gen)
    tasks = [asyncio.create_task(worker(f"w{i}", registry, i / 10)) for i in range(5)]
    registry.extend(tasks)
    for line in await asyncio.gather(*tasks):
        print(line)
    print("registry", len(registry), "bumps", bump()[0])

asyncio.run(main())
`;

test('a cyclic program run 50 times leaves no live object behind, however it ends', { timeout: 240_000 }, async (t) => {
  const rec = await openWithMemory();
  try {
    const { page } = rec;
    await page.waitForFunction(() => document.querySelector('#status')?.dataset.state !== 'running');
    const start = await liveObjects(page);
    const mib0 = await wasmMiB(page);
    const counts = [];
    for (let i = 0; i < 50; i++) {
      await runSource(page, CYCLIC);
      assert.equal(await page.getAttribute('#status', 'data-state'), 'done', `run ${i}`);
      assert.equal((await outputTexts(page)).at(-1), 'registry 10 bumps 2', `run ${i}`);
      counts.push(await liveObjects(page));
    }
    const mib50 = await wasmMiB(page);
    t.diagnostic(`live objects before: ${start}; after each of 50 runs: ${[...new Set(counts)].join(', ')}; wasm memory ${mib0} -> ${mib50} MiB`);
    assert.deepEqual(counts, Array(50).fill(start), 'the live-object count returns to its start after every run');

    // Runs that end by an error, by a limit, and by Stop free their objects too.
    const endings = [
      [CYCLIC.replace('    print("registry"', '    raise RuntimeError("the end")\n    print("registry"'), 'error'],
      [CYCLIC.replace('    print("registry"', '    while True:\n        pass\n    print("registry"'), 'error'],
      [CYCLIC.replace('    print("registry"', '    hog = []\n    while True:\n        hog.append([0] * 10**5)\n    print("registry"'), 'error'],
    ];
    for (const [src, state] of endings) {
      await runSource(page, src);
      assert.equal(await page.getAttribute('#status', 'data-state'), state);
      assert.equal(await liveObjects(page), start, await page.textContent('#error'));
    }
    await page.selectOption('#pace', '1');
    await page.fill('#editor', CYCLIC.replace('i / 10', '10 + i'));
    await page.click('#run');
    await page.waitForFunction(() => document.querySelector('#status').dataset.state === 'running');
    await page.waitForTimeout(300);
    const during = await liveObjects(page);
    await page.click('#stop');
    await page.waitForFunction(() => document.querySelector('#status').dataset.state !== 'running');
    await page.waitForTimeout(100);
    t.diagnostic(`live objects during a live run: ${during}; after Stop: ${await liveObjects(page)}`);
    assert.ok(during > start, 'the running program has live objects');
    assert.equal(await liveObjects(page), start, 'Stop frees the run');
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

// Each prints a line first: the partial output that must be kept.
const HOGS = [
  ['lists of a million', 'xs = []\nwhile True:\n    xs.append([0] * 10**6)\n'],
  ['string doubling', "s = 'x'\nwhile True:\n    s = s + s\n"],
  ['a dict that grows forever', 'd = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 10\n    i += 1\n'],
  ['list multiplication', 'xs = [0]\nwhile True:\n    xs = xs * 2\n'],
  ['a list of strings', "parts = []\nwhile True:\n    parts.append('x' * 100000)\n"],
  ['a set that grows forever', 's = set()\nwhile True:\n    s.add(len(s) * 3.5)\n'],
];

/** CPU time of the page's main thread so far, in ms (Chromium's `ThreadTime` metric): a
 *  shared, busy machine stretches wall time, not this. */
async function threadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
}

test('programs that allocate without end stop at the memory limit within 2 s; the page stays responsive', { timeout: 240_000 }, async (t) => {
  const rec = await openWithMemory();
  try {
    const { page } = rec;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(() => {
      window.__latency = [];
      for (const type of ['pointerdown', 'keydown']) {
        document.addEventListener(type, (e) => window.__latency.push(performance.now() - e.timeStamp), { capture: true });
      }
    });
    const start = await liveObjects(page);
    const report = [];
    const slow = [];
    for (const [name, body] of HOGS) {
      await page.fill('#editor', `print('before')\n${body}`);
      await page.evaluate(() => (window.__latency = []));
      const cpu0 = await threadMs(cdp);
      const states = runAndWait(page, () => page.click('#run'), 60_000);
      await page.waitForTimeout(150);
      await page.click('#output');
      const seen = await states;
      const cpu = (await threadMs(cdp)) - cpu0;
      const wall = seen.at(-1)[1] - (await page.evaluate(() => window.__clickedAt));
      assert.equal(seen.at(-1)[0], 'error', name);
      assert.equal((await page.textContent('#error')).trim(), 'LimitError: memory limit of 256 MiB reached', name);
      assert.deepEqual(await outputTexts(page), ['before'], `${name}: the partial output is kept`);
      assert.equal(await liveObjects(page), start, `${name}: everything is freed`);
      const latency = await page.evaluate(() => window.__latency);
      assert.ok(latency.length >= 2, `${name}: the clicks were handled`);
      assert.ok(Math.max(...latency) < 500, `${name}: input handled within 500 ms (${latency.map((l) => l.toFixed(0))})`);
      // The main thread's CPU time includes the click, drawing and the test's own probes:
      // a little more than the run's.
      report.push(`${name}: ${cpu.toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall, wasm ${await wasmMiB(page)} MiB`);
      if (cpu > 2000) slow.push(`${name}: ${cpu.toFixed(0)} ms CPU`);
      assert.ok(wall < 30_000, `${name}: ${wall.toFixed(0)} ms from Run to the limit`);
    }
    t.diagnostic(`from Run to the memory limit: ${report.join('; ')}`);
    assert.deepEqual(slow, [], 'every hog stops within 2 s of the main thread\'s time');
    // The wasm memory only grows: its size is the high-water mark of all the hogs. A
    // growth step that crossed the budget by a table or a buffer four times bigger (the
    // set's, before it asked the budget first) took it to 966 MiB.
    const mib = await wasmMiB(page);
    assert.ok(mib < 640, `the wasm memory stays within 2.5 times the budget (${mib} MiB)`);
    // Still responsive, and a normal run afterwards works.
    await runAndWait(page, () => page.click('#presets [data-preset="01_seed_simple_count"]'));
    await page.waitForFunction(() => document.querySelector('#status')?.dataset.state === 'done');
    assert.equal(await page.$$eval('#output .line', (l) => l.length), 5);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});

const SYNC = (n) => `def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(${n}))
`;

const ASYNC = (n) => `import asyncio

async def depth(n):
    if n == 0:
        return 0
    return await depth(n - 1) + 1

async def main():
    print(await depth(${n}))

asyncio.run(main())
`;

test('recursion reaches depth 990, sync and async; past 1,000 it is a RecursionError', { timeout: 120_000 }, async () => {
  const rec = await openPage(browser);
  try {
    const { page } = rec;
    for (const [kind, program] of [['sync', SYNC], ['async', ASYNC]]) {
      await runSource(page, program(990));
      assert.equal(await page.getAttribute('#status', 'data-state'), 'done', `${kind} 990`);
      assert.deepEqual(await outputTexts(page), ['990'], `${kind} 990`);
      for (const n of [1001, 5000]) {
        await runSource(page, program(n));
        assert.equal(await page.getAttribute('#status', 'data-state'), 'error', `${kind} ${n}`);
        assert.equal((await page.textContent('#error')).trim(), 'RecursionError: maximum recursion depth exceeded', `${kind} ${n}`);
      }
    }
    // A RecursionError is an ordinary exception: caught, the program goes on.
    await runSource(page, `def f(n):\n    return f(n + 1)\n\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("caught", e)\n`);
    assert.deepEqual(await outputTexts(page), ['caught maximum recursion depth exceeded']);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});
