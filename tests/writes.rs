//! How exports and screenshots are written (`export::write_atomically`): what
//! happens to permissions, symbolic and hard links, pipes, and a file planted
//! where the old writer put its temporary file.

#![expect(clippy::unwrap_used, reason = "test helpers fail loudly on purpose")]

mod common;

use std::io::Read as _;
use std::os::unix::fs::{FileTypeExt as _, MetadataExt as _, PermissionsExt as _};
use std::sync::mpsc;
use std::time::Duration;

use sco_explorer::export::write_atomically;

fn names_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_private_file_stays_private() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let path = dir.join("private.json");
    std::fs::write(&path, "old").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    write_atomically(&path, b"new").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "permissions kept: {mode:o}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_new_file_gets_the_usual_permissions() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let path = dir.join("new.png");
    write_atomically(&path, b"png").unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    // 0666 less the umask: readable by others unless the umask says otherwise, never 0600 by accident.
    assert!(mode & 0o600 == 0o600, "{mode:o}");
    assert_eq!(names_in(&dir), ["new.png"]);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_symlink_is_written_through_and_stays_a_symlink() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let target = dir.join("real.csv");
    let link = dir.join("link.csv");
    std::fs::write(&target, "old").unwrap();
    std::os::unix::fs::symlink("real.csv", &link).unwrap();
    write_atomically(&link, b"new").unwrap();
    assert!(link.is_symlink(), "the link is still a link");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");

    // A link to a file that does not exist yet creates that file.
    let dangling = dir.join("dangling.csv");
    std::os::unix::fs::symlink("later.csv", &dangling).unwrap();
    write_atomically(&dangling, b"made").unwrap();
    assert!(dangling.is_symlink());
    assert_eq!(
        std::fs::read_to_string(dir.join("later.csv")).unwrap(),
        "made"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_symlink_planted_at_the_old_temporary_name_is_not_followed() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    // The old writer used `.NAME.PID.tmp` and followed whatever was there.
    let planted = dir.join(format!(".out.json.{}.tmp", std::process::id()));
    std::os::unix::fs::symlink(&victim, &planted).unwrap();
    write_atomically(&dir.join("out.json"), b"export").unwrap();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert_eq!(
        std::fs::read_to_string(dir.join("out.json")).unwrap(),
        "export"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_named_pipe_is_written_to_and_not_replaced() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let fifo = dir.join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader_path = fifo.clone();
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let mut text = String::new();
        std::fs::File::open(&reader_path)
            .and_then(|mut f| f.read_to_string(&mut text))
            .ok();
        send.send(text).ok();
    });
    write_atomically(&fifo, b"through the pipe").unwrap();
    let read = receive
        .recv_timeout(Duration::from_secs(60))
        .expect("the reader got the bytes");
    assert_eq!(read, "through the pipe");
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    std::fs::remove_dir_all(&dir).ok();
}

/// Documented in README ("Files and sessions"): the written name gets a new
/// inode, so other hard links keep the old contents, as with any atomic save.
#[test]
fn a_hard_link_is_split_as_documented() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let path = dir.join("a.json");
    let other = dir.join("b.json");
    std::fs::write(&path, "old").unwrap();
    std::fs::hard_link(&path, &other).unwrap();
    write_atomically(&path, b"new").unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "old");
    assert_eq!(std::fs::metadata(&other).unwrap().nlink(), 1);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_folder_is_refused_and_left_alone() {
    let tmp = common::temp_dir();
    let dir = tmp.path().to_path_buf();
    let error = write_atomically(&dir, b"x").unwrap_err();
    assert!(error.to_string().contains("folder"), "{error}");
    assert!(dir.is_dir());
    assert!(names_in(&dir).is_empty(), "no temporary file left");
    std::fs::remove_dir_all(&dir).ok();
}
