//! Atomic saves: the new text goes to a temporary file in the same folder, is synced,
//! then renamed over the old file, and the folder is synced. The previous version is
//! kept as `NAME.ron.bak`. A crash at any point leaves either the old or the new
//! file complete, never a half-written one.
//!
//! File operations go through [`FileOps`] so tests can make any one of them fail.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::session::naming::beside;

/// The file operations a save is made of.
pub trait FileOps {
    fn read(&mut self, path: &Path) -> io::Result<Vec<u8>>;
    /// Creates (or truncates) `path`, writes `bytes` and syncs them to the disk.
    fn write_synced(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()>;
    /// Makes `to` a copy of `from` (a hard link where the file system allows).
    fn keep_copy(&mut self, from: &Path, to: &Path) -> io::Result<()>;
    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()>;
    fn remove(&mut self, path: &Path) -> io::Result<()>;
    fn sync_dir(&mut self, dir: &Path) -> io::Result<()>;
}

/// The real file system.
#[derive(Clone, Copy, Debug, Default)]
pub struct RealFiles;

impl FileOps for RealFiles {
    fn read(&mut self, path: &Path) -> io::Result<Vec<u8>> {
        fs::read(path)
    }

    fn write_synced(&mut self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut file = File::create(path)?;
        file.write_all(bytes)?;
        file.sync_all()
    }

    fn keep_copy(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        match fs::remove_file(to) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
            _ => {}
        }
        fs::hard_link(from, to).or_else(|_| fs::copy(from, to).map(|_| ()))
    }

    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    fn remove(&mut self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }

    fn sync_dir(&mut self, dir: &Path) -> io::Result<()> {
        File::open(dir)?.sync_all()
    }
}

/// The folder a file lives in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The temporary file a save writes first. Hidden, and named after the process so
/// two programs never share one.
pub fn temp_path(path: &Path) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// Writes `bytes` to `path` atomically; when `backup` is set and the file exists,
/// its previous version becomes `NAME.ron.bak` first.
pub fn save(ops: &mut impl FileOps, path: &Path, bytes: &[u8], backup: bool) -> io::Result<()> {
    save_steps(ops, path, bytes, backup).map_err(|unfinished| unfinished.error)
}

/// A save that did not finish.
#[derive(Debug)]
pub struct Unfinished {
    pub error: io::Error,
    /// The new text already stands in the file; only syncing the folder failed.
    pub replaced: bool,
}

/// [`save`], telling the caller whether the file was replaced when it fails, so that
/// it knows what is on disk.
pub fn save_steps(
    ops: &mut impl FileOps,
    path: &Path,
    bytes: &[u8],
    backup: bool,
) -> Result<(), Unfinished> {
    let folder = folder_of(path);
    if fs::metadata(path).is_ok_and(|meta| meta.is_dir()) {
        return Err(Unfinished {
            error: io::Error::new(
                io::ErrorKind::IsADirectory,
                "a folder stands where the file should be",
            ),
            replaced: false,
        });
    }
    let temp = temp_path(path);
    let result = (|| {
        ops.write_synced(&temp, bytes)?;
        if backup && path.exists() {
            ops.keep_copy(path, &beside(path, "bak"))?;
        }
        ops.rename(&temp, path)
    })();
    if let Err(error) = result {
        let _ = ops.remove(&temp);
        return Err(Unfinished {
            error,
            replaced: false,
        });
    }
    ops.sync_dir(&folder).map_err(|error| Unfinished {
        error,
        replaced: true,
    })
}

/// Removes the temporary files that programs killed in the middle of a save left
/// beside `path` (`.NAME.PID.tmp`, `.NAME.recovery.PID.tmp`), except this
/// program's own. Call it only while holding the session's lock: then no other
/// program is writing them. Returns how many were removed.
pub fn remove_stray_temps(path: &Path) -> usize {
    let Some(name) = path.file_name().and_then(|name| name.to_str()) else {
        return 0;
    };
    let Ok(entries) = fs::read_dir(folder_of(path)) else {
        return 0;
    };
    let prefix = format!(".{name}.");
    let own = std::process::id().to_string();
    let is_stray = |file: &str| {
        let Some(middle) = file
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
        else {
            return false;
        };
        let pid = middle.strip_prefix("recovery.").unwrap_or(middle);
        !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()) && pid != own
    };
    entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_str().is_some_and(is_stray))
        .filter(|entry| fs::remove_file(entry.path()).is_ok())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_keeps_the_previous_version_as_bak() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        save(&mut RealFiles, &path, b"one", true).unwrap();
        assert!(!beside(&path, "bak").exists());
        save(&mut RealFiles, &path, b"two", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read(beside(&path, "bak")).unwrap(), b"one");
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().to_string())
            .filter(|name| name.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[test]
    fn a_folder_in_the_way_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        fs::create_dir(&path).unwrap();
        assert!(save(&mut RealFiles, &path, b"one", true).is_err());
        assert!(path.is_dir());
    }

    #[test]
    fn stray_temps_of_the_session_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        let own = temp_path(&path);
        let keep = [
            "s.ron",
            "s.ron.bak",
            "s.ron.lock",
            ".t.ron.123.tmp",
            ".s.ron.notes.tmp",
        ];
        let stray = [".s.ron.123.tmp", ".s.ron.recovery.4567.tmp"];
        for name in keep.iter().chain(&stray) {
            fs::write(dir.path().join(name), "x").unwrap();
        }
        fs::write(&own, "mine").unwrap();
        assert_eq!(remove_stray_temps(&path), stray.len());
        for name in keep {
            assert!(dir.path().join(name).exists(), "{name} kept");
        }
        assert!(own.exists(), "this program's own temporary file is kept");
    }
}
