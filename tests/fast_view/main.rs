//! The view's own fast paths against what they stand in for, on random text:
//! the grapheme walk against `unicode-segmentation`, cutting and wrapping against
//! the grapheme-by-grapheme versions they replaced, the `Lines`, `Boxed` and
//! `Blank` widgets against ratatui's `Paragraph`, `Block` and `Clear` (every
//! symbol and style of the buffer), and the screen splits worked out by hand
//! against `Layout`.
//!
//! `samples` makes the text: ASCII, Chinese, kana, Hangul, emoji with skin tones
//! and joiners, flags, combining marks, zero-width characters, tabs, newlines and
//! other controls. `PROPTEST_CASES=100000 cargo test --release --test fast_view`
//! tries many more than the default.

mod boxed;
mod fit;
mod graphemes;
mod lines;
mod samples;
mod split;
