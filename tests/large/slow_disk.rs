//! A disk whose every synced write takes half a second, as a busy or network disk
//! can, for showing that saving never holds up the thread that draws.
//!
//! Shared by `tests/large/` and `benches/speed.rs` (included there by path).
#![allow(dead_code)]

use std::io;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use yeji::storage::atomic::{FileOps, RealFiles};

pub const FSYNC: Duration = Duration::from_millis(500);

/// Real files, with `FSYNC` added to every write that syncs. Counts the writes that
/// have started, so a caller can tell that one is under way.
#[derive(Clone, Default)]
pub struct SlowDisk {
    pub writes_started: Arc<AtomicUsize>,
}

impl SlowDisk {
    pub fn writes_started(&self) -> usize {
        self.writes_started.load(Ordering::SeqCst)
    }
}

impl FileOps for SlowDisk {
    fn read(&mut self, path: &Path) -> io::Result<Vec<u8>> {
        RealFiles.read(path)
    }

    fn write_synced(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.writes_started.fetch_add(1, Ordering::SeqCst);
        RealFiles.write_synced(path, bytes)?;
        std::thread::sleep(FSYNC);
        Ok(())
    }

    fn keep_copy(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        RealFiles.keep_copy(from, to)
    }

    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        RealFiles.rename(from, to)
    }

    fn remove(&mut self, path: &Path) -> io::Result<()> {
        RealFiles.remove(path)
    }

    fn sync_dir(&mut self, dir: &Path) -> io::Result<()> {
        RealFiles.sync_dir(dir)
    }
}
