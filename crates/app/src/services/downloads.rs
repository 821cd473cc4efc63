//! Downloads of what the page shows: the trace as Chrome Trace Event JSON (opens in
//! Perfetto), the Gantt chart as a standalone SVG and as a PNG, and the output as text.
//!
//! Everything is made in the page (a `Blob`, an object URL and a temporary `<a download>`);
//! nothing is sent anywhere. The SVG carries its computed colours and fonts as presentation
//! attributes (never a `style` attribute), so it renders the same outside the page; the PNG
//! is that SVG drawn on a canvas through a `data:` image (allowed by the CSP's `img-src`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

fn warn(what: &str, e: &JsValue) {
    web_sys::console::warn_2(&format!("Loopscope: cannot export the {what}").into(), e);
}

/// Downloads `text` as the file `name`.
pub fn text(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let bag = BlobPropertyBag::new();
    bag.set_type(mime);
    match Blob::new_with_str_sequence_and_options(&parts, &bag) {
        Ok(blob) => download_blob(&blob, name),
        Err(e) => warn(mime, &e),
    }
}

/// Saves `blob` as `name` through a temporary `<a download>`.
fn download_blob(blob: &Blob, name: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let url = match Url::create_object_url_with_blob(blob) {
        Ok(url) => url,
        Err(e) => return warn(name, &e),
    };
    let anchor = document.create_element("a").ok().and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok());
    if let (Some(a), Some(body)) = (anchor, document.body()) {
        a.set_href(&url);
        a.set_download(name);
        a.set_class_name("download-link");
        let _ = body.append_child(&a);
        a.click();
        a.remove();
    }
    // The download has started by now; keep the URL alive a little for slow browsers.
    gloo_timers::callback::Timeout::new(30_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
}

/// Presentation properties copied from the computed style to every element of the chart, with
/// the value that needs no attribute.
const PAINT: [(&str, &str); 8] = [
    ("fill", ""),
    ("fill-opacity", "1"),
    ("stroke", "none"),
    ("stroke-width", ""),
    ("stroke-opacity", "1"),
    ("stroke-dasharray", "none"),
    ("opacity", "1"),
    ("visibility", "visible"),
];
/// Text properties, written where they differ from the chart's own.
const TEXT: [&str; 4] = ["font-family", "font-size", "font-weight", "font-style"];

/// `svg#gantt` as a standalone SVG document: its computed colours and fonts inlined, a
/// background, no tooltip. `None` when there is no chart.
pub fn gantt_svg() -> Option<(String, f64, f64)> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let svg = document.get_element_by_id("gantt")?;
    let copy = svg.clone_node_with_deep(true).ok()?.dyn_into::<Element>().ok()?;
    let originals = svg.query_selector_all("*").ok()?;
    let copies = copy.query_selector_all("*").ok()?;

    let root_style = window.get_computed_style(&svg).ok()??;
    let root_font: Vec<String> = TEXT.iter().map(|p| root_style.get_property_value(p).unwrap_or_default()).collect();
    for (p, v) in TEXT.iter().zip(&root_font) {
        if !v.is_empty() {
            let _ = copy.set_attribute(p, v);
        }
    }
    for i in 0..originals.length().min(copies.length()) {
        let (Some(orig), Some(el)) = (originals.item(i), copies.item(i)) else { continue };
        let (Ok(orig), Ok(el)) = (orig.dyn_into::<Element>(), el.dyn_into::<Element>()) else { continue };
        let Ok(Some(style)) = window.get_computed_style(&orig) else { continue };
        let tag = el.tag_name();
        if matches!(tag.as_str(), "g" | "svg") {
            // Groups pass their paint on by inheritance: the shapes get their own below.
            if let Ok(v) = style.get_property_value("opacity")
                && v != "1"
            {
                let _ = el.set_attribute("opacity", &v);
            }
            continue;
        }
        let stroked = style.get_property_value("stroke").is_ok_and(|s| s != "none");
        for (p, default) in PAINT {
            if (!stroked && p.starts_with("stroke-")) || (p == "fill" && tag == "line") {
                continue;
            }
            let Ok(v) = style.get_property_value(p) else { continue };
            if !v.is_empty() && v != default {
                let _ = el.set_attribute(p, &v);
            }
        }
        if tag == "text" {
            for (p, root) in TEXT.iter().zip(&root_font) {
                if let Ok(v) = style.get_property_value(p)
                    && !v.is_empty()
                    && v != *root
                {
                    let _ = el.set_attribute(p, &v);
                }
            }
        }
        let _ = el.remove_attribute("tabindex");
    }
    // No tooltip, no invisible hit areas.
    if let Ok(extra) = copy.query_selector_all(".tip, .hit") {
        for i in 0..extra.length() {
            if let Some(node) = extra.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                node.remove();
            }
        }
    }
    let width: f64 = svg.get_attribute("width").and_then(|w| w.parse().ok()).unwrap_or(800.0);
    let height: f64 = svg.get_attribute("height").and_then(|h| h.parse().ok()).unwrap_or(400.0);
    // The chart's background, as the page shows it.
    let background = background_of(&window, &svg).unwrap_or_else(|| "#ffffff".to_owned());
    if let Ok(rect) = document.create_element_ns(Some("http://www.w3.org/2000/svg"), "rect") {
        let _ = rect.set_attribute("width", "100%");
        let _ = rect.set_attribute("height", "100%");
        let _ = rect.set_attribute("fill", &background);
        let _ = copy.insert_before(&rect, copy.first_child().as_ref());
    }
    let _ = copy.set_attribute("xmlns", "http://www.w3.org/2000/svg");
    for attr in ["role", "aria-label", "class"] {
        let _ = copy.remove_attribute(attr);
    }
    let serializer = web_sys::XmlSerializer::new().ok()?;
    let text = serializer.serialize_to_string(&copy).ok()?;
    Some((format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{text}\n"), width, height))
}

/// The first opaque background colour from `el` up.
fn background_of(window: &web_sys::Window, el: &Element) -> Option<String> {
    let mut at = Some(el.clone());
    while let Some(el) = at {
        if let Ok(Some(style)) = window.get_computed_style(&el)
            && let Ok(bg) = style.get_property_value("background-color")
            && !bg.is_empty()
            && bg != "transparent"
            && !bg.starts_with("rgba(0, 0, 0, 0)")
        {
            return Some(bg);
        }
        at = el.parent_element();
    }
    None
}

/// Downloads the Gantt chart as SVG.
pub fn svg(name: &str) {
    match gantt_svg() {
        Some((svg, _, _)) => text(name, "image/svg+xml", &svg),
        None => warn("chart", &JsValue::from_str("no chart")),
    }
}

/// The largest canvas side and area that browsers draw reliably.
const MAX_SIDE: f64 = 16_384.0;
const MAX_AREA: f64 = 64.0e6;

/// Downloads the Gantt chart as PNG, drawn at twice its size (less for huge charts).
pub async fn png(name: String) {
    let Some((svg, width, height)) = gantt_svg() else {
        return warn("chart", &JsValue::from_str("no chart"));
    };
    if let Err(e) = draw_png(&svg, width, height, &name).await {
        warn("chart as PNG", &e);
    }
}

async fn draw_png(svg: &str, width: f64, height: f64, name: &str) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let img = HtmlImageElement::new()?;
    let url = format!("data:image/svg+xml;charset=utf-8,{}", js_sys::encode_uri_component(svg));
    img.set_src(&url);
    JsFuture::from(img.decode()).await?;
    let scale = 2f64.min(MAX_SIDE / width).min(MAX_SIDE / height).min((MAX_AREA / (width * height)).sqrt()).max(0.05);
    let canvas = document.create_element("canvas")?.dyn_into::<HtmlCanvasElement>()?;
    canvas.set_width((width * scale).round().max(1.0) as u32);
    canvas.set_height((height * scale).round().max(1.0) as u32);
    let ctx = canvas.get_context("2d")?.ok_or("no 2d context")?.dyn_into::<web_sys::CanvasRenderingContext2d>()?;
    ctx.draw_image_with_html_image_element_and_dw_and_dh(
        &img,
        0.0,
        0.0,
        canvas.width() as f64,
        canvas.height() as f64,
    )?;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let failed = reject.clone();
        let callback = Closure::once_into_js(move |blob: JsValue| {
            if blob.is_null() {
                let _ = reject.call1(&JsValue::NULL, &"the canvas gave no image".into());
            } else {
                let _ = resolve.call1(&JsValue::NULL, &blob);
            }
        });
        if let Err(e) = canvas.to_blob_with_type(callback.unchecked_ref(), "image/png") {
            let _ = failed.call1(&JsValue::NULL, &e);
        }
    });
    let blob = JsFuture::from(promise).await?.dyn_into::<Blob>()?;
    download_blob(&blob, name);
    Ok(())
}
