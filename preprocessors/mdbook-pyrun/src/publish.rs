//! `[preprocessor.pyrun] published-listings`: the listing files that captions
//! link to, shipped in the built book.
//!
//! The folder (inside the book's source folder) holds one symlink per linked
//! file and nothing else, and mdBook copies what they point at into the built
//! book. It is generated on every HTML build, so it belongs in `.gitignore`,
//! which also keeps `mdbook serve` from rebuilding when we change it. Only
//! the linked files: mdBook rewrites every file of the built book on every
//! rebuild, and the recorded outputs beside the listings (`.out`,
//! `cpython.toml`) were half of the 726 files this book's rebuilds wrote.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// Make `folder` hold a symlink at `relative` to `target` for each of
/// `links`, and no other symlink. It never removes anything but symlinks
/// (and the folders they leave empty), so a mistaken path loses no file.
pub fn publish(folder: &Path, links: &HashMap<PathBuf, PathBuf>) -> Result<()> {
    if folder.is_symlink() {
        bail!(
            "published-listings: {} is a symlink; the preprocessor now fills this folder itself with links to \
             the listing files that captions link to: remove the symlink and add the folder to .gitignore",
            folder.display()
        );
    }
    std::fs::create_dir_all(folder).with_context(|| format!("creating {}", folder.display()))?;
    let mut missing = links.clone();
    let mut folders = Vec::new();
    for entry in walkdir::WalkDir::new(folder).min_depth(1) {
        let entry = entry.with_context(|| format!("reading {}", folder.display()))?;
        let relative = entry.path().strip_prefix(folder).expect("under the folder").to_path_buf();
        if entry.file_type().is_dir() {
            folders.push(entry.into_path());
        } else if entry.file_type().is_symlink() {
            let current = std::fs::read_link(entry.path())?;
            if missing.get(&relative) == Some(&current) {
                missing.remove(&relative);
            } else {
                std::fs::remove_file(entry.path())?;
            }
        }
    }
    // Deepest first; a folder that still holds something stays.
    for emptied in folders.iter().rev() {
        let _ = std::fs::remove_dir(emptied);
    }
    for (relative, target) in missing {
        let link = folder.join(&relative);
        if let Some(parent) = link.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::os::unix::fs::symlink(&target, &link).with_context(|| format!("linking {}", link.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(root: &Path, files: &[&str]) -> HashMap<PathBuf, PathBuf> {
        files.iter().map(|f| (PathBuf::from(f), root.join("listings").join(f))).collect()
    }

    #[test]
    fn the_folder_holds_a_link_to_each_linked_file_and_nothing_else_it_made() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path();
        for file in ["a/one.py", "a/two.py", "b/three.py"] {
            let path = root.join("listings").join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, file).unwrap();
        }
        let folder = root.join("src/listings");
        publish(&folder, &links(root, &["a/one.py", "b/three.py"])).unwrap();
        assert_eq!(std::fs::read_to_string(folder.join("a/one.py")).unwrap(), "a/one.py");
        assert!(!folder.join("a/two.py").exists(), "only linked files are published");

        // A listing is no longer linked and another is: links follow, an
        // emptied folder goes, and a file that is not a link is left alone.
        std::fs::write(folder.join("a/notes.txt"), "mine").unwrap();
        let kept = std::fs::symlink_metadata(folder.join("a/one.py")).unwrap().modified().unwrap();
        publish(&folder, &links(root, &["a/one.py", "a/two.py"])).unwrap();
        assert_eq!(std::fs::read_to_string(folder.join("a/two.py")).unwrap(), "a/two.py");
        assert!(!folder.join("b").exists(), "an emptied folder is removed");
        assert_eq!(std::fs::read_to_string(folder.join("a/notes.txt")).unwrap(), "mine");
        let now = std::fs::symlink_metadata(folder.join("a/one.py")).unwrap().modified().unwrap();
        assert_eq!(kept, now, "a link that is right is not made again");
    }

    #[test]
    fn a_symlink_in_its_place_is_an_error_that_says_what_to_do() {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("listings")).unwrap();
        std::fs::create_dir_all(root.path().join("src")).unwrap();
        std::os::unix::fs::symlink("../listings", root.path().join("src/listings")).unwrap();
        let error = publish(&root.path().join("src/listings"), &HashMap::new()).unwrap_err();
        assert!(format!("{error}").contains("remove the symlink"), "{error}");
        assert!(root.path().join("listings").is_dir());
    }
}
