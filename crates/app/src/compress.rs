//! The share link's DEFLATE (SPEC section 7), done by the browser: `CompressionStream` and
//! `DecompressionStream` with the `deflate-raw` format. The bundle then carries no DEFLATE
//! of its own (`loopscope-share` without its `deflate` feature; the CLI and the tests keep
//! the Rust one, and tests/e2e/share_codec.test.mjs checks that each reads the other's links).
//!
//! The browser's streams are asynchronous, the page's link logic is not: this module keeps
//! what it has computed, and the page asks for a value first ([`decode`], [`encode`], which
//! resolve when it is ready) and then reads it synchronously ([`decoded`], [`encoded`]).

use js_sys::{Reflect, Uint8Array};
use loopscope_share::{MAX_SOURCE, ShareError, code_from_deflated, deflated_from_code, source_from_inflated};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> Readable;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> Writable;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> Readable;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> Writable;

    type Readable;
    #[wasm_bindgen(method, js_name = getReader)]
    fn get_reader(this: &Readable) -> Reader;
    type Reader;
    #[wasm_bindgen(method)]
    fn read(this: &Reader) -> js_sys::Promise;
    #[wasm_bindgen(method)]
    fn cancel(this: &Reader) -> js_sys::Promise;

    type Writable;
    #[wasm_bindgen(method, js_name = getWriter)]
    fn get_writer(this: &Writable) -> Writer;
    type Writer;
    #[wasm_bindgen(method)]
    fn write(this: &Writer, chunk: &Uint8Array) -> js_sys::Promise;
    #[wasm_bindgen(method)]
    fn close(this: &Writer) -> js_sys::Promise;
}

/// How many results each cache keeps (the current link and a few before it).
const KEEP: usize = 8;

thread_local! {
    /// `code=` value → what it decodes to.
    static DECODED: RefCell<Vec<(String, Result<String, ShareError>)>> = const { RefCell::new(Vec::new()) };
    /// Source → its `code=` value.
    static ENCODED: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

fn remember<V>(cache: &RefCell<Vec<(String, V)>>, key: String, value: V) {
    let mut cache = cache.borrow_mut();
    cache.retain(|(k, _)| *k != key);
    if cache.len() >= KEEP {
        cache.remove(0);
    }
    cache.push((key, value));
}

/// What a `code=` value decodes to, once [`decode`] has run for it.
pub fn decoded(code: &str) -> Option<Result<String, ShareError>> {
    DECODED.with(|c| c.borrow().iter().find(|(k, _)| k == code).map(|(_, v)| v.clone()))
}

/// The `code=` value of a source, once [`encode`] has run for it.
pub fn encoded(source: &str) -> Option<String> {
    ENCODED.with(|c| c.borrow().iter().find(|(k, _)| k == source).map(|(_, v)| v.clone()))
}

/// Decodes a `code=` value (base64url, then the browser's inflate, stopped as soon as the
/// output passes [`MAX_SOURCE`]), for [`decoded`].
pub async fn decode(code: String) {
    if decoded(&code).is_some() {
        return;
    }
    let result = match deflated_from_code(&code, MAX_SOURCE) {
        Ok(deflated) => match inflate(&deflated, MAX_SOURCE).await {
            Ok(bytes) => source_from_inflated(bytes, MAX_SOURCE),
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    DECODED.with(|c| remember(c, code, result));
}

/// Makes the `code=` value of a source (the browser's deflate, then base64url), for
/// [`encoded`].
pub async fn encode(source: String) {
    if encoded(&source).is_some() {
        return;
    }
    let deflated = match deflate(source.as_bytes()).await {
        Ok(bytes) => bytes,
        Err(e) => {
            // A browser without CompressionStream still gets a valid link, just longer.
            web_sys::console::warn_2(&"Loopscope: no CompressionStream, link not compressed:".into(), &e);
            stored(source.as_bytes())
        }
    };
    let code = code_from_deflated(&deflated);
    ENCODED.with(|c| remember(c, source, code));
}

/// Raw DEFLATE of `bytes` by the browser.
async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    let stream = CompressionStream::new("deflate-raw")?;
    feed(&stream.writable().get_writer(), bytes);
    read_all(&stream.readable().get_reader(), usize::MAX).await.map(|(out, _)| out)
}

/// Inflates raw DEFLATE by the browser, reading at most `limit + 1` bytes of output (more is
/// refused as too large without being produced: a decompression bomb costs nothing).
async fn inflate(bytes: &[u8], limit: usize) -> Result<Vec<u8>, ShareError> {
    let stream = DecompressionStream::new("deflate-raw").map_err(|_| ShareError::BadDeflate)?;
    feed(&stream.writable().get_writer(), bytes);
    match read_all(&stream.readable().get_reader(), limit).await {
        Ok((_, true)) => Err(ShareError::TooLarge { key: "code", limit }),
        Ok((out, false)) => Ok(out),
        Err(_) => Err(ShareError::BadDeflate),
    }
}

/// Writes `bytes` and closes the writer without waiting: the reader must drain the stream
/// meanwhile, or a large input would wait on itself. The write's and close's own failures
/// (bad data) also fail the read; they are awaited here only so that none goes unhandled
/// (an unhandled rejection is a console error).
fn feed(writer: &Writer, bytes: &[u8]) {
    let pending = [writer.write(&Uint8Array::from(bytes)), writer.close()];
    wasm_bindgen_futures::spawn_local(async move {
        for p in pending {
            let _ = JsFuture::from(p).await;
        }
    });
}

/// Reads the stream to its end, or until more than `limit` bytes came (then cancels it and
/// says so with `true`).
async fn read_all(reader: &Reader, limit: usize) -> Result<(Vec<u8>, bool), JsValue> {
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await?;
        if Reflect::get(&chunk, &"done".into())?.is_truthy() {
            return Ok((out, false));
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())?.dyn_into()?;
        let room = limit.saturating_add(1).saturating_sub(out.len());
        let take = (value.length() as usize).min(room);
        let start = out.len();
        out.resize(start + take, 0);
        value.subarray(0, take as u32).copy_to(&mut out[start..]);
        if out.len() > limit {
            let _ = JsFuture::from(reader.cancel()).await;
            return Ok((out, true));
        }
    }
}

/// Raw DEFLATE with stored (uncompressed) blocks: valid for every inflater, no compression.
fn stored(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 5 * (bytes.len() / 65_535 + 1));
    let mut chunks = bytes.chunks(65_535).peekable();
    if chunks.peek().is_none() {
        return vec![1, 0, 0, 0xff, 0xff];
    }
    while let Some(chunk) = chunks.next() {
        let last = chunks.peek().is_none();
        let len = chunk.len() as u16;
        out.push(u8::from(last));
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    out
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    async fn browser_links_and_rust_links_read_each_other() {
        for src in ["", "print(1)\n", "import asyncio\nprint('é🎉')\n", &"async def f():\n    pass\n".repeat(3000)] {
            encode(src.to_owned()).await;
            let ours = encoded(src).unwrap_or_default();
            assert_eq!(loopscope_share::decode_code(&ours, MAX_SOURCE).as_deref(), Ok(src), "Rust reads the browser's");
            let rust = loopscope_share::encode_code(src);
            decode(rust.clone()).await;
            assert_eq!(decoded(&rust), Some(Ok(src.to_owned())), "the browser reads Rust's");
        }
    }

    #[wasm_bindgen_test]
    async fn bad_links_are_refused_like_the_rust_codec_does() {
        // 10 MiB of spaces: refused as too large once 64 KiB came out.
        let bomb = loopscope_share::code_from_deflated(&miniz_oxide_free_bomb());
        decode(bomb.clone()).await;
        assert_eq!(decoded(&bomb), Some(Err(ShareError::TooLarge { key: "code", limit: MAX_SOURCE })));
        let cut = loopscope_share::encode_code("print('a fairly long line to compress')\n");
        let cut = cut[..cut.len() - 4].to_owned();
        decode(cut.clone()).await;
        assert_eq!(decoded(&cut), Some(Err(ShareError::BadDeflate)));
        decode("%%%".to_owned()).await;
        assert!(matches!(decoded("%%%"), Some(Err(ShareError::BadBase64 { .. }))));
    }

    #[wasm_bindgen_test]
    fn stored_blocks_inflate_with_the_rust_codec() {
        for len in [0, 1, 65_535, 65_536, 70_000] {
            let src = "x".repeat(len);
            let code = code_from_deflated(&stored(src.as_bytes()));
            assert_eq!(loopscope_share::decode_code(&code, usize::MAX).as_deref(), Ok(src.as_str()), "{len}");
        }
    }

    /// A decompression bomb: 10 MiB of spaces, deflated by the Rust codec.
    fn miniz_oxide_free_bomb() -> Vec<u8> {
        let code = loopscope_share::encode_code(&" ".repeat(10 * 1024 * 1024));
        loopscope_share::deflated_from_code(&code, usize::MAX / 4).unwrap_or_default()
    }
}
