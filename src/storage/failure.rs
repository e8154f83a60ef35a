//! Why a save failed, in words the room reads: the cause the operating system
//! reports (disk full, no permission, folder gone, …) in the user's language
//! rather than the system's English message.

use std::io;

use crate::i18n::{Lang, fill};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    DiskFull,
    NoPermission,
    ReadOnly,
    FolderGone,
    FolderInTheWay,
    DiskError,
    /// Someone else changed the file since it was read or written.
    ChangedOnDisk,
    /// The save did not finish in the time quitting waits for it.
    TimedOut,
    Other,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveError {
    pub cause: Cause,
    /// The system's own message, shown where a cause has no words of its own.
    pub detail: String,
}

impl From<&io::Error> for SaveError {
    fn from(error: &io::Error) -> SaveError {
        use io::ErrorKind as Kind;
        let cause = match (error.raw_os_error(), error.kind()) {
            (Some(libc::EIO), _) => Cause::DiskError,
            (_, Kind::StorageFull | Kind::QuotaExceeded) => Cause::DiskFull,
            (_, Kind::PermissionDenied) => Cause::NoPermission,
            (_, Kind::ReadOnlyFilesystem) => Cause::ReadOnly,
            // Writing the temporary file beside the session finds no folder.
            (_, Kind::NotFound) => Cause::FolderGone,
            (_, Kind::IsADirectory) => Cause::FolderInTheWay,
            _ => Cause::Other,
        };
        SaveError {
            cause,
            detail: error.to_string(),
        }
    }
}

impl From<io::Error> for SaveError {
    fn from(error: io::Error) -> SaveError {
        SaveError::from(&error)
    }
}

impl SaveError {
    pub fn new(cause: Cause) -> SaveError {
        SaveError {
            cause,
            detail: String::new(),
        }
    }

    /// A reason in the system's own words, which have no translation.
    pub fn other(detail: impl Into<String>) -> SaveError {
        SaveError {
            cause: Cause::Other,
            detail: detail.into(),
        }
    }

    /// In the user's language at the moment it is shown, so that switching the
    /// language also switches a reason already on the screen.
    pub fn describe(&self, lang: Lang) -> String {
        let ui = lang.ui();
        match self.cause {
            Cause::DiskFull => ui.save_disk_full.to_string(),
            Cause::NoPermission => ui.save_no_permission.to_string(),
            Cause::ReadOnly => ui.save_read_only.to_string(),
            Cause::FolderGone => ui.save_folder_gone.to_string(),
            Cause::FolderInTheWay => ui.save_folder_in_the_way.to_string(),
            Cause::DiskError => fill(ui.save_disk_error, &[&self.detail]),
            Cause::ChangedOnDisk => ui.status_changed_on_disk.to_string(),
            Cause::TimedOut => ui.save_timed_out.to_string(),
            Cause::Other => self.detail.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_cause_is_told_in_both_languages() {
        let cases = [
            (
                libc::ENOSPC,
                Cause::DiskFull,
                "磁盘已满",
                "the disk is full",
            ),
            (
                libc::EDQUOT,
                Cause::DiskFull,
                "磁盘已满",
                "the disk is full",
            ),
            (libc::EACCES, Cause::NoPermission, "权限", "permission"),
            (libc::EROFS, Cause::ReadOnly, "只读", "read-only"),
            (libc::ENOENT, Cause::FolderGone, "文件夹", "folder is gone"),
            (
                libc::EISDIR,
                Cause::FolderInTheWay,
                "文件夹",
                "a folder stands",
            ),
            (
                libc::EIO,
                Cause::DiskError,
                "磁盘读写出错",
                "the disk reported",
            ),
        ];
        for (errno, cause, zh, en) in cases {
            let error = SaveError::from(io::Error::from_raw_os_error(errno));
            assert_eq!(error.cause, cause, "errno {errno}");
            assert!(error.describe(Lang::Zh).contains(zh), "errno {errno}");
            assert!(error.describe(Lang::En).contains(en), "errno {errno}");
        }
    }
}
