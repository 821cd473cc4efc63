// Starts the wasm app. Trunk's default loader is an inline <script>, which the page's
// Content-Security-Policy (script-src 'self') forbids; Trunk.toml's `pattern_script` puts
// this file instead, with the hashed names of the JS glue and the wasm in data attributes.
//
// Until the app is live, index.html's static frame is on screen. The performance marks let
// tests and benchmarks see when the wasm arrived and when the app took over.
const me = document.querySelector('script[data-loopscope-js]');
const { default: init } = await import(me.dataset.loopscopeJs);
await init({ module_or_path: me.dataset.loopscopeWasm });
performance.mark('loopscope-live');
