//! What a share link means (SPEC section 7): the scenario a fragment asks the page to
//! show, and the fragment for what the page shows. Pure: the address bar itself is
//! `services::url`'s; the fragment's format and codec are `loopscope-share`'s.

use loopscope_share::{Fragment, MAX_SOURCE, Source, scenario_from_fragment, share_hash};

use crate::model::Pace;
use crate::presets;

/// What a link asks the page to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Opening {
    /// The scenario to show, with its preset id when it is one of the presets (`None`: the
    /// link names no scenario, nothing to change).
    pub scenario: Option<(String, Option<&'static str>)>,
    /// The link's `pace=`, when it is a valid one.
    pub pace: Option<Pace>,
    /// The scenario comes from the link: run it at once.
    pub run: bool,
    /// Why the link could not be opened (then `scenario` is the default preset).
    pub notice: Option<String>,
}

/// Reads a fragment (`location.hash`): `code=`, then `src=`, then `preset=`.
pub fn open(hash: &str) -> Opening {
    let fragment = Fragment::parse(hash);
    let pace = fragment.pace().and_then(Pace::parse);
    let fallback = |message: String| Opening {
        scenario: Some((presets::default_source().to_owned(), Some(presets::DEFAULT))),
        pace,
        run: false,
        notice: Some(format!("{message} Showing the default example instead.")),
    };
    let shown = |source: String| {
        let preset = presets::PRESETS.iter().find(|p| p.source == source).map(|p| p.id);
        Opening { scenario: Some((source, preset)), pace, run: true, notice: None }
    };
    match scenario_from_fragment(&fragment, MAX_SOURCE) {
        Ok(Source::Code(source) | Source::Src(source)) => shown(source),
        Ok(Source::Preset(id)) => match presets::find(&id) {
            Some(p) => Opening { scenario: Some((p.source.to_owned(), Some(p.id))), pace, run: true, notice: None },
            None => fallback(format!("This link names an example that does not exist (preset={}).", shorten(&id, 60))),
        },
        Ok(Source::None) => Opening { scenario: None, pace, run: false, notice: None },
        Err(e) => fallback(e.to_string()),
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('…');
    out
}

/// The fragment of the share link for what the page shows, made from the current one
/// (unknown keys stay): `preset=ID` for an unedited preset, else `code=`; `pace=` only for a
/// live pace (instant is the default).
pub fn link_hash(existing: &Fragment, source: &str, preset: Option<&str>, pace: Pace) -> String {
    let pace = match pace {
        Pace::Instant => "",
        live => live.value(),
    };
    let Some(id) = preset else {
        return share_hash(existing, source, pace);
    };
    let mut f = existing.clone();
    let mut placed = false;
    let mut entries = Vec::with_capacity(f.entries.len() + 1);
    for (k, v) in f.entries.drain(..) {
        if matches!(k.as_str(), "code" | "src" | "preset") {
            if !placed {
                entries.push(("preset".to_owned(), id.to_owned()));
                placed = true;
            }
        } else {
            entries.push((k, v));
        }
    }
    if !placed {
        entries.insert(0, ("preset".to_owned(), id.to_owned()));
    }
    f.entries = entries;
    match loopscope_share::normalize_pace(pace) {
        Some(p) => f.set("pace", p),
        None => f.remove("pace"),
    }
    f.to_hash()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn links_open_their_scenario() {
        let src = "import asyncio\nprint('é🎉')\n";
        let o = open(&format!("#x=1&code={}&pace=2", loopscope_share::encode_code(src)));
        assert_eq!(o.scenario, Some((src.to_owned(), None)));
        assert_eq!(o.pace, Some(Pace::Live(2.0)));
        assert!(o.run && o.notice.is_none());

        let o = open("#preset=02_seed_create_task");
        assert_eq!(o.scenario.as_ref().and_then(|s| s.1), Some("02_seed_create_task"));
        assert!(o.run);

        let o = open("#code=%%%");
        assert_eq!(o.scenario.as_ref().and_then(|s| s.1), Some(presets::DEFAULT));
        assert!(!o.run && o.notice.is_some());

        let o = open("#preset=nope");
        assert!(!o.run && o.notice.as_deref().is_some_and(|n| n.contains("preset=nope")));

        assert_eq!(open("#top"), Opening { scenario: None, pace: None, run: false, notice: None });
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn link_hash_keeps_unknown_keys() {
        let f = Fragment::parse("#a=1&src=x&b&pace=5");
        assert_eq!(link_hash(&f, "", Some("03_seed_gather"), Pace::Instant), "#a=1&preset=03_seed_gather&b");
        assert_eq!(link_hash(&f, "", Some("03_seed_gather"), Pace::Live(0.5)), "#a=1&preset=03_seed_gather&b&pace=0.5");
        let h = link_hash(&Fragment::default(), "print(1)", None, Pace::Instant);
        assert!(h.starts_with("#code=") && !h.contains("pace"));
        let back = open(&h);
        assert_eq!(back.scenario.map(|s| s.0).as_deref(), Some("print(1)"));
    }
}
