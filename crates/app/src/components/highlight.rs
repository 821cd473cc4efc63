//! Highlighting classes for the editor, from the engine's own lexer
//! (`loopscope_engine::highlight`). The page never tokenizes Python itself.

use loopscope_engine::syntax::highlight::{HighlightClass, highlight};

/// `(start, end, css class)` byte ranges, in order. Ranges the editor cannot use are
/// skipped there, so a gap or an overlap only costs colour.
pub fn classes(source: &str) -> Vec<(usize, usize, &'static str)> {
    highlight(source)
        .into_iter()
        .filter(|(_, class)| *class != HighlightClass::Name)
        .map(|(span, class)| (span.start as usize, span.end as usize, css(class)))
        .collect()
}

fn css(class: HighlightClass) -> &'static str {
    match class {
        HighlightClass::Keyword => "hl-kw",
        HighlightClass::Builtin => "hl-builtin",
        HighlightClass::Constant => "hl-const",
        HighlightClass::Name => "hl-name",
        HighlightClass::FunctionName => "hl-fn",
        HighlightClass::Number => "hl-num",
        HighlightClass::String => "hl-str",
        HighlightClass::Comment => "hl-comment",
        HighlightClass::Operator => "hl-op",
        HighlightClass::Punctuation => "hl-punct",
        HighlightClass::Error => "hl-error",
    }
}
