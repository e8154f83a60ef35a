//! A file system that fails on request: real files, except that the N-th
//! operation (counted from when the plan is armed) fails with the error a given
//! fault produces, once or until the fault is cleared.

use std::io;
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use yeji::storage::atomic::{FileOps, RealFiles};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// ENOSPC; a write stops half way, leaving a partial temporary file.
    DiskFullMidWrite,
    /// EACCES.
    PermissionDenied,
    /// ENOENT, as when the session's folder was removed.
    FolderRemoved,
    /// EIO; a write puts all its bytes down, then syncing them fails.
    FsyncFails,
    /// EISDIR, as when a folder was put where the file is.
    FolderInTheWay,
}

impl Fault {
    pub const ALL: [Fault; 5] = [
        Fault::DiskFullMidWrite,
        Fault::PermissionDenied,
        Fault::FolderRemoved,
        Fault::FsyncFails,
        Fault::FolderInTheWay,
    ];

    pub fn errno(self) -> i32 {
        match self {
            Fault::DiskFullMidWrite => libc::ENOSPC,
            Fault::PermissionDenied => libc::EACCES,
            Fault::FolderRemoved => libc::ENOENT,
            Fault::FsyncFails => libc::EIO,
            Fault::FolderInTheWay => libc::EISDIR,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Once,
    ForGood,
}

/// One operation as it happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub op: &'static str,
    pub failed: bool,
}

#[derive(Debug)]
struct Plan {
    fault: Fault,
    mode: Mode,
    fail_at: usize,
    count: usize,
    cleared: bool,
    steps: Vec<Step>,
}

/// The handle a test keeps to arm, clear and inspect the faults.
#[derive(Clone, Debug)]
pub struct Faults(Arc<Mutex<Plan>>);

/// The [`FileOps`] handed to the saver; shares its plan with [`Faults`].
pub struct Faulty(Faults);

impl Faults {
    /// Nothing fails until [`Faults::arm`].
    pub fn new() -> (Faults, Faulty) {
        let faults = Faults(Arc::new(Mutex::new(Plan {
            fault: Fault::FsyncFails,
            mode: Mode::Once,
            fail_at: 0,
            count: 0,
            cleared: true,
            steps: Vec::new(),
        })));
        (faults.clone(), Faulty(faults))
    }

    fn plan(&self) -> MutexGuard<'_, Plan> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// From now on, the `fail_at`-th operation fails (and, for good, every later
    /// one until [`Faults::clear`]).
    pub fn arm(&self, fault: Fault, mode: Mode, fail_at: usize) {
        let mut plan = self.plan();
        *plan = Plan {
            fault,
            mode,
            fail_at,
            count: 0,
            cleared: false,
            steps: Vec::new(),
        };
    }

    pub fn clear(&self) {
        self.plan().cleared = true;
    }

    /// The operations since the plan was armed, and since the last call.
    pub fn take_steps(&self) -> Vec<Step> {
        std::mem::take(&mut self.plan().steps)
    }

    /// Counts `op`; returns the fault when it is to fail.
    fn next(&self, op: &'static str) -> Option<Fault> {
        let mut plan = self.plan();
        plan.count += 1;
        let hit = match plan.mode {
            Mode::Once => plan.count == plan.fail_at,
            Mode::ForGood => plan.count >= plan.fail_at,
        };
        let failed = hit && !plan.cleared && plan.fail_at > 0;
        if failed && plan.mode == Mode::Once {
            plan.cleared = true;
        }
        plan.steps.push(Step { op, failed });
        failed.then_some(plan.fault)
    }
}

fn error(fault: Fault) -> io::Error {
    io::Error::from_raw_os_error(fault.errno())
}

impl Faulty {
    fn check(&self, op: &'static str) -> io::Result<()> {
        self.0.next(op).map_or(Ok(()), |fault| Err(error(fault)))
    }
}

impl FileOps for Faulty {
    fn read(&mut self, path: &Path) -> io::Result<Vec<u8>> {
        self.check("read")?;
        RealFiles.read(path)
    }

    fn write_synced(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        match self.0.next("write_synced") {
            None => RealFiles.write_synced(path, bytes),
            Some(fault @ Fault::DiskFullMidWrite) => {
                std::fs::write(path, &bytes[..bytes.len() / 2])?;
                Err(error(fault))
            }
            Some(fault @ Fault::FsyncFails) => {
                std::fs::write(path, bytes)?;
                Err(error(fault))
            }
            Some(fault) => Err(error(fault)),
        }
    }

    fn keep_copy(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        self.check("keep_copy")?;
        RealFiles.keep_copy(from, to)
    }

    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        self.check("rename")?;
        RealFiles.rename(from, to)
    }

    fn remove(&mut self, path: &Path) -> io::Result<()> {
        self.check("remove")?;
        RealFiles.remove(path)
    }

    fn sync_dir(&mut self, dir: &Path) -> io::Result<()> {
        self.check("sync_dir")?;
        RealFiles.sync_dir(dir)
    }
}
