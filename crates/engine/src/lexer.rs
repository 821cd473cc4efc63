//! Tokens with spans (placeholder: being written).
