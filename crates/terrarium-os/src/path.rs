//! Byte-string path handling shared by the virtual backend and its file systems.

use crate::errno;
use crate::error::{OsError, OsResult};

/// Rejects what no system call accepts: the empty path (`ENOENT`) and embedded NUL
/// (`EINVAL`; CPython raises `ValueError` before calling, but a backend must not rely
/// on that).
pub(crate) fn check(path: &[u8]) -> OsResult<()> {
    if path.is_empty() {
        return Err(OsError::new(errno::ENOENT));
    }
    if path.contains(&0) {
        return Err(OsError::new(errno::EINVAL));
    }
    Ok(())
}

/// The non-empty components of `path`, so that `/a//b/` yields `a`, `b`; `.` and `..`
/// are kept for the caller to interpret.
pub(crate) fn components(path: &[u8]) -> impl DoubleEndedIterator<Item = &[u8]> {
    path.split(|&byte| byte == b'/')
        .filter(|component| !component.is_empty())
}

/// `path` made absolute against `cwd` (itself absolute) with `.`, `..` and repeated
/// slashes folded away lexically. `..` at the root stays at the root, as in POSIX.
///
/// Folding `..` without looking at the file system differs from the kernel only when
/// the component before it is a symlink; the virtual backend accepts that, since each
/// file system still confines what its own symlinks can reach.
pub(crate) fn absolute(cwd: &[u8], path: &[u8]) -> Vec<u8> {
    let base = if path.starts_with(b"/") {
        None
    } else {
        Some(cwd)
    };
    let mut parts: Vec<&[u8]> = Vec::new();
    for component in base
        .into_iter()
        .flat_map(components)
        .chain(components(path))
    {
        match component {
            b"." => {}
            b".." => {
                parts.pop();
            }
            _ => parts.push(component),
        }
    }
    join(&parts)
}

/// `/`-joined `parts` with a leading `/`.
pub(crate) fn join<P: AsRef<[u8]>>(parts: &[P]) -> Vec<u8> {
    if parts.is_empty() {
        return b"/".to_vec();
    }
    let mut out = Vec::new();
    for part in parts {
        out.push(b'/');
        out.extend_from_slice(part.as_ref());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_folds_dots_and_slashes() {
        assert_eq!(absolute(b"/", b"a//b/./c/"), b"/a/b/c");
        assert_eq!(absolute(b"/x/y", b"../z"), b"/x/z");
        assert_eq!(absolute(b"/x/y", b"/abs"), b"/abs");
        assert_eq!(absolute(b"/", b"../../.."), b"/");
        assert_eq!(absolute(b"/x", b"."), b"/x");
    }

    #[test]
    fn components_skip_empty_parts() {
        let parts: Vec<&[u8]> = components(b"//a/./b//").collect();
        assert_eq!(parts, [&b"a"[..], b".", b"b"]);
    }

    #[test]
    fn check_rejects_empty_and_nul() {
        assert_eq!(check(b"").unwrap_err().errno(), errno::ENOENT);
        assert_eq!(check(b"a\0b").unwrap_err().errno(), errno::EINVAL);
        assert!(check(b"a").is_ok());
    }
}
