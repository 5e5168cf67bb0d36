//! The files a person hands Convene and the files it writes for them.
//!
//! - [`read_capped`]: the one reader for every file a person gives Convene (kits, bundles,
//!   backups, CSV sheets and templates). It reads at most the cap plus one byte, whatever the
//!   file reports about its length (a device or a pipe reports 0), and refuses a folder.
//! - [`write_output`]: the one writer of every file Convene makes for a person (bundles, kits,
//!   reports, CSVs, backups). It writes only to a regular file or a new path: a device, a pipe
//!   or a folder is refused, and so is a read-only file (it is not replaced without asking).
//!   The bytes go to a temporary file beside the target, are synced, and renamed over it, so a
//!   crash or a pulled stick leaves the old file or the new one, never half of one. Files with
//!   personal data are created readable by their owner only (0600).

use std::io::{Read, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// What kind of thing stands at a path, for a message (`error-not-a-file`).
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_dir() {
        "folder"
    } else if t.is_char_device() || t.is_block_device() {
        "device"
    } else if t.is_fifo() {
        "pipe"
    } else if t.is_socket() {
        "socket"
    } else {
        "file"
    }
}

fn io(path: &Path, e: std::io::Error) -> Error {
    let p = path.display().to_string();
    match e.kind() {
        std::io::ErrorKind::StorageFull => Error::DiskFull { path: p },
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            Error::ReadOnly { path: p }
        }
        _ => Error::Io { path: p, detail: e.to_string() },
    }
}

/// Reads a file a person handed Convene, refusing it once it passes `cap` bytes.
pub fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>> {
    let label = path.display().to_string();
    let meta =
        std::fs::metadata(path).map_err(|e| Error::Io { path: label.clone(), detail: e.to_string() })?;
    if meta.is_dir() {
        return Err(Error::NotAFile { path: label, kind: "folder".into() });
    }
    if meta.is_file() && meta.len() > cap {
        return Err(Error::FileTooLarge { path: label, size: meta.len(), max: cap });
    }
    let f = std::fs::File::open(path).map_err(|e| io(path, e))?;
    let mut out = Vec::with_capacity(meta.len().min(cap) as usize);
    f.take(cap + 1).read_to_end(&mut out).map_err(|e| io(path, e))?;
    if out.len() as u64 > cap {
        return Err(Error::FileTooLarge { path: label, size: out.len() as u64, max: cap });
    }
    Ok(out)
}

/// Whether Convene may write to `path`: a new path, or a regular file it may replace.
pub fn check_target(path: &Path) -> Result<()> {
    let label = path.display().to_string();
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io(path, e)),
        Ok(meta) => {
            // A link to a regular file is written through, as a person expects.
            let meta = if meta.file_type().is_symlink() {
                std::fs::metadata(path).map_err(|e| io(path, e))?
            } else {
                meta
            };
            if !meta.is_file() {
                return Err(Error::NotAFile { path: label, kind: kind_of(&meta).into() });
            }
            if meta.permissions().readonly() {
                return Err(Error::TargetReadOnly { path: label });
            }
            Ok(())
        }
    }
}

/// Writes a file for a person (see the module's notes); `private` for personal data (0600).
pub fn write_output(path: &Path, bytes: &[u8], private: bool) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    check_target(path)?;
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp =
        dir.join(format!(".{}.partial", path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()));
    let result = (|| {
        let _ = std::fs::remove_file(&tmp);
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(if private { 0o600 } else { 0o644 })
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(|e| io(path, e))
}

/// Creates an empty file readable by its owner only, where none is yet (a new database, so its
/// WAL and shared-memory files, which SQLite gives the database's mode, are private too), and
/// takes an existing one's permissions for group and others away.
pub fn make_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let meta = std::fs::metadata(path).map_err(|e| io(path, e))?;
            if meta.is_file() && meta.permissions().mode() & 0o077 != 0 {
                let mode = meta.permissions().mode() & !0o077;
                // Not ours to change (another user's file, read-only media): leave it as it is.
                let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode));
            }
            Ok(())
        }
        Err(e) => Err(io(path, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_stream_is_read_to_the_cap_and_refused() {
        let e = read_capped(Path::new("/dev/zero"), 1024).unwrap_err();
        assert!(matches!(e, Error::FileTooLarge { size: 1025, .. }), "{e:?}");
    }

    #[test]
    fn devices_folders_and_read_only_files_are_not_targets() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(check_target(Path::new("/dev/null")), Err(Error::NotAFile { .. })));
        assert!(matches!(check_target(dir.path()), Err(Error::NotAFile { .. })));
        let ro = dir.path().join("ro.csv");
        std::fs::write(&ro, "keep me").unwrap();
        let mut p = std::fs::metadata(&ro).unwrap().permissions();
        p.set_readonly(true);
        std::fs::set_permissions(&ro, p).unwrap();
        assert!(matches!(write_output(&ro, b"new", false), Err(Error::TargetReadOnly { .. })));
        assert_eq!(std::fs::read(&ro).unwrap(), b"keep me");
        let new = dir.path().join("new.csv");
        write_output(&new, b"names", true).unwrap();
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&new).unwrap().permissions().mode() & 0o777, 0o600);
    }
}
