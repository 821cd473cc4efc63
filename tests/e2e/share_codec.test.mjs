// The page's share codec (the browser's CompressionStream/DecompressionStream 'deflate-raw',
// crates/app/src/compress.rs) against the Rust one (crates/share, miniz_oxide, used by the CLI
// and the tests): links made by each open with the other, byte for byte (issue 13).
//
// The Rust side runs as `cargo run -p loopscope-share --example codec` (a few seconds to
// build the first time).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, problems } from './helpers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'crates', 'share', 'tests', 'fixtures');
const NAMES = ['01_seed_simple_count', '02_seed_create_task', '03_seed_gather', '04_unicode'];
const source = (name) => readFileSync(join(FIXTURES, `${name}.py`), 'utf8');

/** The Rust codec: `encode` a source or `decode` a code= value. */
function rust(mode, input) {
  return execFileSync('cargo', ['run', '-q', '-p', 'loopscope-share', '--example', 'codec', '--', mode], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
}

// Sources beyond the fixtures: empty lines, every kind of character, and one larger than a
// DEFLATE window (32 KiB; under the 64 KiB limit), so that back-references reach far.
const EXTRA = {
  'long': Array.from({ length: 900 }, (_, i) => `    print("line ${i}", ${i * 7 % 13})  # é 🎉 ${'x'.repeat(i % 17)}`).join('\n') + '\n',
  'blank lines': '\n\n\nimport asyncio\n\n\n',
};

let browser;
before(async () => {
  browser = await launch();
  rust('encode', ''); // build the example once, outside the tests' timeouts
});
after(async () => {
  await browser?.close();
});

for (const [name, src, code] of [
  ...NAMES.map((n) => [n, source(n), readFileSync(join(FIXTURES, `${n}.rust.code`), 'utf8').trim()]),
  ...Object.entries(EXTRA).map(([n, s]) => [n, s, null]),
]) {
  test(`a link made by the Rust codec opens in the page, and the page's link decodes in Rust: ${name}`, { timeout: 120_000 }, async () => {
    const rustCode = code ?? rust('encode', src);
    const rec = await openPage(browser, `#code=${rustCode}`);
    try {
      const { page } = rec;
      await page.waitForFunction((want) => document.querySelector('#editor')?.value === want, src, { timeout: 10_000 });
      // The page's own link for this source: edit the editor back and forth so that the
      // address bar is rewritten from the source by the browser's deflate.
      const opened = await page.evaluate(() => location.hash);
      await page.fill('#editor', `${src}#\n`);
      await page.waitForFunction((from) => location.hash !== from, opened, { timeout: 10_000 });
      const before = await page.evaluate(() => location.hash);
      await page.fill('#editor', src);
      await page.waitForFunction((from) => location.hash !== from, before, { timeout: 10_000 });
      const hash = await page.evaluate(() => location.hash);
      const pageCode = hash.match(/code=([A-Za-z0-9_-]+)/)?.[1];
      assert.ok(pageCode, `no code= in ${hash}`);
      assert.equal(rust('decode', pageCode), src, "the Rust codec reads the page's link");
      assert.deepEqual(problems(rec), []);
    } finally {
      await rec.close();
    }
  });
}

test('a decompression bomb made by the Rust codec is refused by the page without being inflated', { timeout: 60_000 }, async () => {
  const bomb = rust('encode', ' '.repeat(4 * 1024 * 1024));
  const rec = await openPage(browser, `#code=${bomb}`);
  try {
    const notice = await rec.page.textContent('#notice');
    assert.match(notice ?? '', /larger than the limit of 65536 bytes/);
    assert.deepEqual(problems(rec), []);
  } finally {
    await rec.close();
  }
});
