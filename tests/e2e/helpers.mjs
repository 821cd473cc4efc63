// Shared helpers for the end-to-end tests (node --test + playwright-core + Debian's Chromium).
//
// `cargo xtask test` serves the release build (dist/) on a free localhost port and passes its
// address in LOOPSCOPE_URL. To run by hand: serve dist/ yourself, then
//   LOOPSCOPE_URL=http://127.0.0.1:8080/ node --test tests/e2e/
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE_URL = process.env.LOOPSCOPE_URL ?? 'http://127.0.0.1:8080/';
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

// The flags that work as root with no network (../shared/TOOLCHAIN.md).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * Launches headless Debian Chromium with the flags above. Playwright gives every launch a
 * fresh, empty user-data-dir of its own (a temporary profile, removed on close).
 * Returns playwright's Browser; close it with `browser.close()`.
 */
export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** True when `url` is the page's own origin (BASE_URL's) or inline (data:, blob:, about:). */
export function isSameOrigin(url) {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return new URL(url).origin === new URL(BASE_URL).origin;
  } catch {
    return false;
  }
}

/**
 * Opens the page (BASE_URL plus `hash`, e.g. '#preset=02_seed_create_task') in a new, isolated
 * browser context (own storage) and waits for `#status` to exist.
 * Options: `viewport` (default DESKTOP; PHONE for 390 px), `colorScheme` ('light' | 'dark'),
 * `initScript` (a function run in the page before its own scripts).
 *
 * Returns `{ page, context, consoleErrors, pageErrors, foreignRequests, failedRequests,
 * close() }`; the arrays keep filling while the page lives.
 */
export async function openPage(browser, hash = '', options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    colorScheme: options.colorScheme ?? 'light',
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const record = {
    page,
    context,
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    failedRequests: [],
    close: () => context.close(),
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') record.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => record.pageErrors.push(String(err)));
  page.on('request', (req) => {
    if (!isSameOrigin(req.url())) record.foreignRequests.push(req.url());
  });
  page.on('requestfailed', (req) => {
    record.failedRequests.push(`${req.url()} (${req.failure()?.errorText ?? 'failed'})`);
  });
  await page.goto(new URL(hash, BASE_URL).href, { waitUntil: 'load' });
  await page.waitForSelector('#status', { state: 'attached', timeout: 30_000 });
  return record;
}

/** Switches the page's `prefers-color-scheme` ('light' | 'dark'). */
export async function setTheme(page, colorScheme) {
  await page.emulateMedia({ colorScheme });
}

/** A 390 px wide phone viewport. */
export async function usePhone(page) {
  await page.setViewportSize(PHONE);
}

/** Saves a full-page PNG as tests/screenshots/NAME.png (git-ignored); returns its path. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Fails with everything the page logged that it should not have. */
export function problems(record) {
  return [
    ...record.consoleErrors.map((t) => `console error: ${t}`),
    ...record.pageErrors.map((t) => `uncaught: ${t}`),
    ...record.foreignRequests.map((u) => `request to another origin: ${u}`),
  ];
}

/**
 * Runs `trigger` (a click on Run or on a preset) and waits until that run has shown
 * `running` and then left it (SPEC: a new run shows `running` before done/error), so a
 * finished earlier run is never mistaken for this one. Returns the `[state, time]` list seen.
 */
export async function runAndWait(page, trigger, timeout = 15_000) {
  await page.evaluate(() => {
    window.__states = [];
    const status = document.querySelector('#status');
    window.__statusObserver?.disconnect();
    window.__statusObserver = new MutationObserver(() => {
      window.__states.push([status.dataset.state, performance.now()]);
    });
    window.__statusObserver.observe(status, { attributes: true, attributeFilter: ['data-state'] });
    window.__clickedAt = null;
    document.addEventListener('pointerdown', (e) => (window.__clickedAt ??= e.timeStamp), { capture: true, once: true });
  });
  await trigger();
  await page.waitForFunction(
    () => {
      const states = window.__states.map((s) => s[0]);
      const i = states.indexOf('running');
      return i >= 0 && states.slice(i + 1).some((s) => s !== 'running');
    },
    null,
    { timeout, polling: 'raf' },
  );
  return page.evaluate(() => window.__states);
}

/** Puts `source` in the editor, runs it and waits for that run to end (see `runAndWait`). */
export async function runSource(page, source) {
  await page.fill('#editor', source);
  return runAndWait(page, () => page.click('#run'));
}

/** The records of a JSON-lines file (the oracle's outputs, the loop-state fixtures). */
export function readJsonLines(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** The page's printed lines now, as the oracle writes them: `{t, text}` each. */
export async function printedLines(page) {
  return page.$$eval('#output .line', (lines) =>
    lines.map((l) => ({ t: Number(l.dataset.t), text: l.querySelector('.text').textContent })),
  );
}
