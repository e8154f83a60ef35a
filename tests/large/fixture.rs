//! The committed fixture is the generator's output, byte for byte.

use crate::generate::{FIXTURE, fixture_path, ten_times_session};
use yeji::session::file::to_ron;

/// Rewrites the fixture when `YEJI_UPDATE_LARGE=1`; otherwise the generator and the
/// committed file must agree, so neither can drift from the other.
#[test]
fn the_fixture_is_what_the_generator_makes() {
    let generated = to_ron(&ten_times_session());
    let path = fixture_path();
    if std::env::var_os("YEJI_UPDATE_LARGE").is_some_and(|value| value == "1") {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{FIXTURE}: {error}; YEJI_UPDATE_LARGE=1 writes it"));
    assert!(
        committed == generated,
        "{FIXTURE} differs from what tests/large/generate.rs makes; \
         rerun with YEJI_UPDATE_LARGE=1 and review the difference"
    );
}
