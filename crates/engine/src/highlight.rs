//! Highlighting classes (placeholder: being written).
