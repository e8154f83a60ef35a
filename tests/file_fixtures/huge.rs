//! Files far over the size limit are refused by their size, at once, without being
//! read or parsed; a file that never ends is read no further than the limit.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::support::*;
use yeji::load_error::{LoadError, Problem};
use yeji::ron_read::MAX_FILE_BYTES;
use yeji::session::file::load;
use yeji::template::Template;

const MIB: u64 = 1024 * 1024;

/// Far more than reading and checking 16 MiB takes, far less than parsing 50 MiB in a
/// debug build: a file that was parsed (or read to its end) misses it.
const AT_ONCE: Duration = Duration::from_secs(1);

fn too_large_50() -> (Problem, &'static str) {
    let problem = Problem::TooLarge {
        bytes: 50 * MIB,
        limit: MAX_FILE_BYTES,
    };
    let line = "PATH: too large (50.0 MiB, the limit is 16.0 MiB) to be a session file";
    (problem, line)
}

/// Loads `path` with `load`, which must fail as expected within [`AT_ONCE`].
fn assert_refused_at_once<T>(
    path: &Path,
    load: impl Fn(&Path) -> Result<T, LoadError>,
    problem: &Problem,
    line: &str,
) {
    let started = Instant::now();
    let result = load(path);
    let took = started.elapsed();
    let Err(error) = result else {
        panic!("{} loaded", path.display());
    };
    report(differences(path, &error, problem, line));
    assert!(took < AT_ONCE, "took {took:?}");
}

#[test]
fn a_50_mib_file_is_refused_by_its_size_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    // Sparse: nothing is written, so only the size can refuse it.
    std::fs::File::create(&path)
        .and_then(|file| file.set_len(50 * MIB))
        .unwrap();
    let (problem, line) = too_large_50();
    assert_refused_at_once(&path, load, &problem, line);
    assert_refused_at_once(&path, Template::load, &problem, line);
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 50 * MIB);
}

/// 50 MiB of a real session, one enormous title: were it parsed, it would load (or
/// take seconds), so the size must refuse it before anything else looks at it.
#[test]
fn a_real_50_mib_session_is_refused_before_it_is_parsed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long-title.ron");
    let minimal = String::from_utf8(read(&fixture("sessions/valid/minimal.ron"))).unwrap();
    let (head, tail) = minimal.split_once("title: \"\"").unwrap();
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    file.write_all(head.as_bytes()).unwrap();
    file.write_all(b"title: \"").unwrap();
    let filler = "业技融合 workshop ".repeat(4096);
    let body = 50 * MIB as usize - minimal.len();
    let mut written = 0;
    while written + filler.len() <= body {
        file.write_all(filler.as_bytes()).unwrap();
        written += filler.len();
    }
    file.write_all(&b"x".repeat(body - written)).unwrap();
    file.write_all(b"\"").unwrap();
    file.write_all(tail.as_bytes()).unwrap();
    drop(file);

    let (problem, line) = too_large_50();
    assert_refused_at_once(&path, load, &problem, line);
    assert_refused_at_once(&path, Template::load, &problem, line);
}

/// A device that reads as zeros forever reports no size; reading stops one byte past
/// the limit.
#[cfg(unix)]
#[test]
fn a_file_that_never_ends_is_read_only_up_to_the_limit() {
    let path = Path::new("/dev/zero");
    if !path.exists() {
        return;
    }
    let problem = Problem::TooLarge {
        bytes: MAX_FILE_BYTES + 1,
        limit: MAX_FILE_BYTES,
    };
    let line = "PATH: too large (> 16.0 MiB, the limit is 16.0 MiB) to be a session file";
    let started = Instant::now();
    let error = load(path).expect_err("an endless file loaded");
    report(differences(path, &error, &problem, line));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}
