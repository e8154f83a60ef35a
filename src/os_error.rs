//! The operating system's reasons, in the user's language.
//!
//! Owns the one mapping from `std::io::Error` to words: opening, saving, locking,
//! exporting and writing a report all go through [`OsError`], so that `--lang zh`
//! never shows "No such file or directory (os error 2)". Only a reason without
//! words of its own falls back to the system's (English) text.

use std::io;

use crate::i18n::Lang;

/// The reasons common enough to be told in our own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    NotFound,
    NoPermission,
    AlreadyExists,
    DiskFull,
    ReadOnly,
    IsFolder,
    NotFolder,
    FolderNotEmpty,
    BadName,
    FileTooLarge,
    Busy,
    TimedOut,
    NetworkGone,
    Unsupported,
    OutOfMemory,
    /// The disk itself failed to read or write (EIO).
    DiskError,
    /// Told in the system's own words.
    Other,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OsError {
    pub reason: Reason,
    /// The system's own message, shown only for [`Reason::Other`].
    pub detail: String,
}

impl From<&io::Error> for OsError {
    fn from(error: &io::Error) -> OsError {
        OsError {
            reason: reason_of(error),
            detail: error.to_string(),
        }
    }
}

impl From<io::Error> for OsError {
    fn from(error: io::Error) -> OsError {
        OsError::from(&error)
    }
}

impl OsError {
    pub fn new(reason: Reason) -> OsError {
        OsError {
            reason,
            detail: String::new(),
        }
    }

    pub fn describe(&self, lang: Lang) -> String {
        self.reason
            .words(lang)
            .map_or_else(|| self.detail.clone(), str::to_string)
    }
}

fn reason_of(error: &io::Error) -> Reason {
    use io::ErrorKind as Kind;
    // EIO has no kind of its own; it is the one that means the disk is failing.
    if error.raw_os_error() == Some(libc::EIO) {
        return Reason::DiskError;
    }
    match error.kind() {
        Kind::NotFound => Reason::NotFound,
        Kind::PermissionDenied => Reason::NoPermission,
        Kind::AlreadyExists => Reason::AlreadyExists,
        Kind::StorageFull | Kind::QuotaExceeded => Reason::DiskFull,
        Kind::ReadOnlyFilesystem => Reason::ReadOnly,
        Kind::IsADirectory => Reason::IsFolder,
        Kind::NotADirectory => Reason::NotFolder,
        Kind::DirectoryNotEmpty => Reason::FolderNotEmpty,
        Kind::InvalidFilename => Reason::BadName,
        Kind::FileTooLarge => Reason::FileTooLarge,
        Kind::ResourceBusy | Kind::ExecutableFileBusy => Reason::Busy,
        Kind::TimedOut => Reason::TimedOut,
        Kind::StaleNetworkFileHandle
        | Kind::NetworkDown
        | Kind::NetworkUnreachable
        | Kind::HostUnreachable
        | Kind::ConnectionReset
        | Kind::ConnectionAborted => Reason::NetworkGone,
        Kind::Unsupported => Reason::Unsupported,
        Kind::OutOfMemory => Reason::OutOfMemory,
        _ => Reason::Other,
    }
}

impl Reason {
    /// Our words for the reason; `None` for [`Reason::Other`].
    pub fn words(self, lang: Lang) -> Option<&'static str> {
        let ui = lang.ui();
        Some(match self {
            Reason::NotFound => ui.os_not_found,
            Reason::NoPermission => ui.os_no_permission,
            Reason::AlreadyExists => ui.os_already_exists,
            Reason::DiskFull => ui.os_disk_full,
            Reason::ReadOnly => ui.os_read_only,
            Reason::IsFolder => ui.os_is_folder,
            Reason::NotFolder => ui.os_not_folder,
            Reason::FolderNotEmpty => ui.os_folder_not_empty,
            Reason::BadName => ui.os_bad_name,
            Reason::FileTooLarge => ui.os_file_too_large,
            Reason::Busy => ui.os_busy,
            Reason::TimedOut => ui.os_timed_out,
            Reason::NetworkGone => ui.os_network_gone,
            Reason::Unsupported => ui.os_unsupported,
            Reason::OutOfMemory => ui.os_out_of_memory,
            Reason::DiskError => ui.os_disk_error,
            Reason::Other => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_errors_are_told_in_chinese_and_the_rest_in_the_systems_words() {
        let cases = [
            (libc::ENOENT, "文件或文件夹不存在", "no such file or folder"),
            (libc::EACCES, "没有权限", "permission denied"),
            (
                libc::EEXIST,
                "已经有同名的文件",
                "a file of that name already exists",
            ),
            (libc::ENOSPC, "磁盘已满", "the disk is full"),
            (libc::EDQUOT, "磁盘已满", "the disk is full"),
            (libc::EROFS, "磁盘是只读的", "the disk is read-only"),
            (
                libc::EISDIR,
                "这是一个文件夹，不是文件",
                "this is a folder, not a file",
            ),
            (
                libc::ENOTDIR,
                "路径中有一段是文件，不是文件夹",
                "part of the path is a file, not a folder",
            ),
            (libc::ENOTEMPTY, "文件夹不是空的", "the folder is not empty"),
            (
                libc::ENAMETOOLONG,
                "文件名太长或含有不允许的字符",
                "the file name is too long or not allowed",
            ),
            (
                libc::EIO,
                "磁盘读写出错",
                "the disk reported an error while reading or writing",
            ),
        ];
        for (errno, zh, en) in cases {
            let error = OsError::from(io::Error::from_raw_os_error(errno));
            assert_eq!(error.describe(Lang::Zh), zh, "errno {errno}");
            assert_eq!(error.describe(Lang::En), en, "errno {errno}");
        }
        let other = OsError::from(io::Error::from_raw_os_error(libc::ELOOP));
        assert_eq!(other.reason, Reason::Other);
        assert!(other.describe(Lang::Zh).contains("os error"));
    }
}
