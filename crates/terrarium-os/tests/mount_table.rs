//! `MountTable` routes each path to the file system with the longest mount prefix.

mod common;

use common::{TempDir, errno};
use terrarium_os::consts::*;
use terrarium_os::errno::*;
use terrarium_os::{DenyAll, FileSystem, FileType, HostDir, MemoryFs, MountTable, ReadOnly};

fn touch(fs: &dyn FileSystem, path: &[u8]) {
    drop(fs.open(path, O_WRONLY | O_CREAT, 0o644).unwrap());
}

fn names(fs: &dyn FileSystem, path: &[u8]) -> Vec<Vec<u8>> {
    let mut names: Vec<_> = fs
        .listdir(path)
        .unwrap()
        .into_iter()
        .map(|e| e.name)
        .collect();
    names.sort();
    names
}

#[test]
fn longest_prefix_wins() {
    let (root, data, deep) = (MemoryFs::new(), MemoryFs::new(), MemoryFs::new());
    let mut table = MountTable::new(root.clone());
    table.mount("/data", data.clone()).unwrap();
    table.mount("/data/deep", deep.clone()).unwrap();

    touch(&table, b"/top");
    touch(&table, b"/data/middle");
    touch(&table, b"/data/deep/bottom");
    touch(&table, b"/database");
    assert_eq!(names(&root, b"/"), [b"database".to_vec(), b"top".to_vec()]);
    assert_eq!(names(&data, b"/"), [b"middle".to_vec()]);
    assert_eq!(names(&deep, b"/"), [b"bottom".to_vec()]);

    assert_eq!(
        table.stat(b"/data").unwrap().st_ino,
        data.stat(b"/").unwrap().st_ino
    );
    assert_eq!(
        table.stat(b"/data/deep").unwrap().st_dev,
        deep.stat(b"/").unwrap().st_dev
    );
}

#[test]
fn paths_are_folded_before_routing() {
    let (root, data) = (MemoryFs::new(), MemoryFs::new());
    let mut table = MountTable::new(root.clone());
    table.mount("/data/", data.clone()).unwrap();
    touch(&table, b"/data/../from-root");
    touch(&table, b"//data/./x/../in-data");
    touch(&table, b"/data/../../data/again");
    assert_eq!(names(&root, b"/"), [b"from-root".to_vec()]);
    assert_eq!(names(&data, b"/"), [b"again".to_vec(), b"in-data".to_vec()]);
}

#[test]
fn mount_points_appear_in_listings_and_stats() {
    let root = MemoryFs::new();
    root.mkdir(b"/usr", 0o755).unwrap();
    touch(&root, b"/usr/readme");
    let mut table = MountTable::new(root);
    table.mount("/usr/lib", MemoryFs::new()).unwrap();
    table.mount("/mnt/a/b", MemoryFs::new()).unwrap();

    assert_eq!(
        names(&table, b"/usr"),
        [b"lib".to_vec(), b"readme".to_vec()]
    );
    let lib = table
        .listdir(b"/usr")
        .unwrap()
        .into_iter()
        .find(|entry| entry.name == b"lib")
        .unwrap();
    assert_eq!(lib.file_type, FileType::Directory);

    // Directories leading to a mount exist even though the root has none of them.
    assert_eq!(names(&table, b"/"), [b"mnt".to_vec(), b"usr".to_vec()]);
    assert_eq!(
        table.stat(b"/mnt").unwrap().file_type(),
        FileType::Directory
    );
    assert_eq!(
        table.lstat(b"/mnt/a").unwrap().file_type(),
        FileType::Directory
    );
    assert_eq!(names(&table, b"/mnt/a"), [b"b".to_vec()]);
    assert_eq!(errno(table.stat(b"/mnt/other")), ENOENT);
}

#[test]
fn renames_stay_within_one_file_system() {
    let mut table = MountTable::new(MemoryFs::new());
    table.mount("/a", MemoryFs::new()).unwrap();
    table.mount("/b", MemoryFs::new()).unwrap();
    touch(&table, b"/a/file");
    let err = table.rename(b"/a/file", b"/b/file").unwrap_err();
    assert_eq!(err.errno(), EXDEV);
    assert_eq!(errno(table.rename(b"/a/file", b"/file")), EXDEV);
    table.rename(b"/a/file", b"/a/renamed").unwrap();
    assert_eq!(names(&table, b"/a"), [b"renamed".to_vec()]);
}

#[test]
fn each_mount_keeps_its_own_rules() {
    let dir = TempDir::new("mount-host");
    std::fs::write(dir.path().join("hello.txt"), "from the host").unwrap();
    let library = MemoryFs::new();
    touch(&library, b"/module.py");

    let mut table = MountTable::new(DenyAll);
    table.mount("/tmp", MemoryFs::new()).unwrap();
    table.mount("/lib", ReadOnly::new(library)).unwrap();
    table
        .mount("/host", HostDir::new(dir.path()).unwrap())
        .unwrap();

    assert_eq!(errno(table.stat(b"/etc/passwd")), EACCES);
    assert_eq!(errno(table.listdir(b"/")), EACCES);
    table.mkdir(b"/tmp/work", 0o755).unwrap();
    table.stat(b"/lib/module.py").unwrap();
    assert_eq!(errno(table.unlink(b"/lib/module.py")), EROFS);
    let mut buf = [0u8; 32];
    let n = table
        .open(b"/host/hello.txt", O_RDONLY, 0)
        .unwrap()
        .read(&mut buf)
        .unwrap();
    assert_eq!(&buf[..n], b"from the host");
    // Climbing out of a mount lands in the virtual parent, never the host's.
    assert_eq!(errno(table.stat(b"/host/../hello.txt")), EACCES);
}

#[test]
fn later_mounts_replace_earlier_ones_and_paths_must_be_absolute() {
    let (first, second) = (MemoryFs::new(), MemoryFs::new());
    touch(&first, b"/first");
    touch(&second, b"/second");
    let mut table = MountTable::new(MemoryFs::new());
    table.mount("/m", first).unwrap();
    table.mount("/m", second).unwrap();
    assert_eq!(names(&table, b"/m"), [b"second".to_vec()]);
    assert_eq!(errno(table.mount("relative", MemoryFs::new())), EINVAL);
    assert_eq!(errno(table.mount("", MemoryFs::new())), ENOENT);
}
