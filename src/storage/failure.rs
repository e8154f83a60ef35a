//! Why a save failed, in words the room reads: the cause the operating system
//! reports (disk full, no permission, folder gone, …) in the user's language
//! rather than the system's English message.

use std::io;

use crate::i18n::Lang;
use crate::os_error::{OsError, Reason};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    /// Writing the temporary file beside the session found no folder.
    FolderGone,
    FolderInTheWay,
    /// Someone else changed the file since it was read or written.
    ChangedOnDisk,
    /// The save did not finish in the time quitting waits for it.
    TimedOut,
    /// Any other reason the system gave, told as `os_error` tells it.
    System(Reason),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveError {
    pub cause: Cause,
    /// The system's own message, shown where a cause has no words of its own.
    pub detail: String,
}

impl From<&io::Error> for SaveError {
    fn from(error: &io::Error) -> SaveError {
        let os = OsError::from(error);
        // Saving writes beside the session: these two say which path is wrong.
        let cause = match os.reason {
            Reason::NotFound => Cause::FolderGone,
            Reason::IsFolder => Cause::FolderInTheWay,
            reason => Cause::System(reason),
        };
        SaveError {
            cause,
            detail: os.detail,
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
            cause: Cause::System(Reason::Other),
            detail: detail.into(),
        }
    }

    /// In the user's language at the moment it is shown, so that switching the
    /// language also switches a reason already on the screen.
    pub fn describe(&self, lang: Lang) -> String {
        let ui = lang.ui();
        match self.cause {
            Cause::FolderGone => ui.save_folder_gone.to_string(),
            Cause::FolderInTheWay => ui.save_folder_in_the_way.to_string(),
            Cause::ChangedOnDisk => ui.status_changed_on_disk.to_string(),
            Cause::TimedOut => ui.save_timed_out.to_string(),
            Cause::System(reason) => OsError {
                reason,
                detail: self.detail.clone(),
            }
            .describe(lang),
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
                Cause::System(Reason::DiskFull),
                "磁盘已满",
                "the disk is full",
            ),
            (
                libc::EDQUOT,
                Cause::System(Reason::DiskFull),
                "磁盘已满",
                "the disk is full",
            ),
            (
                libc::EACCES,
                Cause::System(Reason::NoPermission),
                "权限",
                "permission",
            ),
            (
                libc::EROFS,
                Cause::System(Reason::ReadOnly),
                "只读",
                "read-only",
            ),
            (libc::ENOENT, Cause::FolderGone, "文件夹", "folder is gone"),
            (
                libc::EISDIR,
                Cause::FolderInTheWay,
                "文件夹",
                "a folder stands",
            ),
            (
                libc::EIO,
                Cause::System(Reason::DiskError),
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
