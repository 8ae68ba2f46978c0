//! Helpers shared by the integration tests.

// Each test binary uses its own subset of these.
#![allow(dead_code)]

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use terrarium_os::OsResult;

/// A fresh directory under the system's temporary directory, removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(label: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let unique = format!(
            "terrarium-os-{label}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(unique);
        std::fs::create_dir_all(&path).expect("create temporary directory");
        // Canonical, so tests can compare it with what the kernel reports.
        Self(std::fs::canonicalize(path).expect("canonicalize temporary directory"))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// The absolute host path of `name` inside this directory, as bytes.
    pub fn bytes(&self, name: &str) -> Vec<u8> {
        let path = if name.is_empty() {
            self.0.clone()
        } else {
            self.0.join(name)
        };
        path.as_os_str().as_bytes().to_vec()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The errno of a result expected to fail.
pub fn errno<T>(result: OsResult<T>) -> i32 {
    match result {
        Ok(_) => panic!("expected an error"),
        Err(err) => err.errno(),
    }
}
