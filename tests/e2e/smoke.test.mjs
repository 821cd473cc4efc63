// Smoke test: the release build loads, renders the app's hooks, logs no error, asks no other
// origin for anything, and looks right in light, dark and on a phone (screenshots in
// tests/screenshots/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, problems, screenshot, setTheme, usePhone, DESKTOP } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the page renders the app with its test hooks', { timeout: 60_000 }, async () => {
  const rec = await openPage(browser, '', { colorScheme: 'light' });
  try {
    for (const hook of ['#editor', '#run', '#output', '#status']) {
      assert.ok(await rec.page.$(hook), `${hook} exists`);
    }
    const state = await rec.page.getAttribute('#status', 'data-state');
    assert.ok(['idle', 'running', 'done', 'error'].includes(state), `#status data-state is ${state}`);
    await screenshot(rec.page, 'smoke-desktop-light');

    await setTheme(rec.page, 'dark');
    await screenshot(rec.page, 'smoke-desktop-dark');

    await usePhone(rec.page);
    await setTheme(rec.page, 'light');
    await screenshot(rec.page, 'smoke-phone-light');
    await setTheme(rec.page, 'dark');
    await screenshot(rec.page, 'smoke-phone-dark');
    await rec.page.setViewportSize(DESKTOP);

    assert.deepEqual(problems(rec), []);
    assert.deepEqual(rec.failedRequests, [], 'every request succeeded');
  } finally {
    await rec.close();
  }
});
