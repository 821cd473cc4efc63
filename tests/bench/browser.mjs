// Browser half of `cargo xtask bench`: figures measured in headless Chromium against the
// release build at LOOPSCOPE_URL. Prints one line per figure:
//   what <TAB> Loopscope <TAB> CPython 3.11 <TAB> ratio
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_URL, launch } from '../e2e/helpers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bench = (name) => readFileSync(join(ROOT, 'bench', name), 'utf8');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;
const out = (what, ours, theirs = '-', ratio = '-') => console.log([what, ours, theirs, ratio].join('\t'));

/** CPython's in-process time for a program (ms), median of 5. */
function cpythonMs(name) {
  const code = `import runpy, sys, time, io\nt = time.perf_counter()\nsys.stdout = io.StringIO()\nrunpy.run_path(${JSON.stringify(join(ROOT, 'bench', name))}, run_name='__main__')\nsys.stdout = sys.__stdout__\nprint((time.perf_counter() - t) * 1000)`;
  const times = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
    times.push(Number(r.stdout.trim().split('\n').pop()));
  }
  return median(times);
}

/** Page-side: click Run and resolve with ms until #status went running -> done/error and
 *  a frame was painted, plus the longest main-thread task seen meanwhile. */
async function clickToDone(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const status = document.querySelector('#status');
    let longest = 0;
    const tasks = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
    });
    try { tasks.observe({ type: 'longtask' }); } catch (_) { /* not supported */ }
    let sawRunning = false;
    let t0 = 0;
    const states = new MutationObserver(() => {
      const s = status.dataset.state;
      if (s === 'running') sawRunning = true;
      else if (sawRunning && (s === 'done' || s === 'error')) {
        states.disconnect();
        requestAnimationFrame(() => {
          const t = performance.now() - t0;
          // engineMs: the time inside the run future's polls (the engine alone);
          // traceMs: click to the trace complete (the page's turns included).
          const engine = Number(status.dataset.engineMs);
          const trace = Number(status.dataset.traceMs);
          setTimeout(() => { tasks.disconnect(); resolve({ t, longest, state: s, engine, trace }); }, 50);
        });
      }
    });
    states.observe(status, { attributes: true, attributeFilter: ['data-state'] });
    t0 = performance.now();
    document.querySelector('#run').click();
  }));
}

async function loadSource(page, src) {
  await page.fill('#editor', src);
}

const browser = await launch();
try {
  // First render: navigation start -> #status in the DOM.
  const firsts = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('#status')) { window.__firstRender = performance.now(); obs.disconnect(); }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(BASE_URL);
    await page.waitForFunction(() => window.__firstRender !== undefined);
    firsts.push(await page.evaluate(() => window.__firstRender));
    await page.close();
  }
  out('first render (navigation start to the app drawn)', ms(median(firsts)));

  const page = await browser.newPage();
  await page.goto(BASE_URL);
  await page.waitForSelector('#status[data-state="done"], #status[data-state="idle"]');
  await page.click('#presets [data-preset="02_seed_create_task"]');
  await page.waitForTimeout(300);
  await page.waitForFunction(() => document.querySelector('#status')?.dataset.state !== 'running');
  const clicks = [];
  for (let i = 0; i < 7; i++) clicks.push((await clickToDone(page)).t);
  out('click Run to output + Gantt drawn (seed 02_seed_create_task)', ms(median(clicks)));

  const ratio = (theirs, ours) => {
    const r = theirs / ours;
    return r >= 1 ? `${r.toFixed(1)}x faster` : `${(1 / r).toFixed(1)}x slower`;
  };
  for (const [name, what] of [
    ['switches.py', 'task switches in the page (2 x 100,000 sleep(0))'],
    ['gather10k.py', 'create_task + gather of 10,000 tasks in the page'],
    ['compute.py', 'compute loop in the page (1,000,000 iterations)'],
    ['fib.py', 'recursive function in the page: fib(25)'],
  ]) {
    await loadSource(page, bench(name));
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await clickToDone(page));
    const engine = median(runs.map((r) => r.engine));
    const trace = median(runs.map((r) => r.trace));
    const drawn = median(runs.map((r) => r.t));
    const theirs = cpythonMs(name);
    out(`${what}: engine alone`, ms(engine), ms(theirs), ratio(theirs, engine));
    out(`${what}: click to trace complete / to drawn`, `${ms(trace)} / ${ms(drawn)}`, ms(theirs), ratio(theirs, drawn));
  }

  for (const [name, what] of [['gantt1k.py', '1,000'], ['gantt10k.py', '10,000']]) {
    await loadSource(page, bench(name));
    const runs = [];
    let longest = 0;
    for (let i = 0; i < 3; i++) {
      const r = await clickToDone(page);
      runs.push(r.t);
      longest = Math.max(longest, r.longest);
    }
    out(`run + Gantt of ${what} tasks, click to drawn (longest main-thread task)`, `${ms(median(runs))} (${ms(longest)})`);
  }

  if (process.env.LOOPSCOPE_BENCH_LIVE !== '0') {
    const py = spawn('python3', [join(ROOT, 'bench', 'live_lateness.py')]);
    let pyOut = '';
    py.stdout.on('data', (d) => { pyOut += d; });
    const pyDone = new Promise((r) => py.on('close', r));
    await loadSource(page, bench('live60.py'));
    await page.selectOption('#pace', '1');
    await clickToDone(page);
    const lat = await page.evaluate(() => ({ ...document.querySelector('#status').dataset }));
    await pyDone;
    const [p50, p99, drift] = pyOut.trim().split('\t').map(Number);
    if (lat.latenessP50 !== undefined) {
      out('live 1x: lateness per wake-up p50 / p99', `${lat.latenessP50} / ${lat.latenessP99} ms`, `${p50} / ${p99} ms`);
      out('live 1x: drift after 60 virtual seconds', `${lat.driftMs} ms`, `${drift} ms`);
    } else {
      out('live 1x: lateness', 'not exposed by the page', `${p50} / ${p99} ms, drift ${drift} ms`);
    }
  }
} finally {
  await browser.close();
}
