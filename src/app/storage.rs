//! Keeping settings and progress on the device. On desktop: one JSON file in the user's data
//! directory, written atomically (a temporary file, then a rename). (The browser keeps the same
//! JSON in local storage: `browser/page.rs`.) Data that cannot be read is set aside under a new name,
//! never deleted, and the app starts fresh with a notice.

use std::path::{Path, PathBuf};

use crate::ui::saved::Saved;

/// The saved file's name.
const FILE_NAME: &str = "chatwise.json";

/// Where saved data lives.
#[derive(Debug, Clone)]
pub enum Storage {
    /// A folder on disk; `None` saves nothing.
    Folder(Option<PathBuf>),
}

impl Storage {
    /// `dir`, or the platform's data directory (e.g. ~/.local/share/chatwise); with neither,
    /// nothing is saved.
    pub fn desktop(dir: Option<PathBuf>) -> Storage {
        let dir = dir.or_else(|| std::env::var_os("CHATWISE_DATA_DIR").map(PathBuf::from));
        let dir = dir.or_else(|| {
            directories::ProjectDirs::from("org", "ChatWise", "chatwise").map(|d| d.data_dir().to_path_buf())
        });
        Storage::Folder(dir)
    }

    fn dir(&self) -> Option<&PathBuf> {
        match self {
            Storage::Folder(dir) => dir.as_ref(),
        }
    }

    fn file(&self) -> Option<PathBuf> {
        self.dir().map(|d| d.join(FILE_NAME))
    }

    /// What was saved, and whether corrupt data had to be set aside (show a notice).
    pub fn load(&self) -> (Saved, bool) {
        let Some(path) = self.file() else { return (Saved::default(), false) };
        let Ok(text) = std::fs::read_to_string(&path) else {
            // Missing is normal on first run; unreadable bytes count as corrupt.
            return if path.exists() { (Saved::default(), set_aside(&path)) } else { (Saved::default(), false) };
        };
        match Saved::from_json(&text) {
            Ok(saved) => (saved, false),
            Err(_) => (Saved::default(), set_aside(&path)),
        }
    }

    /// Writes `saved` atomically.
    pub fn save(&self, saved: &Saved) -> std::io::Result<()> {
        let (Some(dir), Some(path)) = (self.dir(), self.file()) else { return Ok(()) };
        std::fs::create_dir_all(dir)?;
        let temporary = dir.join(format!("{FILE_NAME}.tmp"));
        std::fs::write(&temporary, saved.to_json())?;
        std::fs::rename(&temporary, &path)
    }

    /// Writes a printable document to the user's Downloads folder (else the data folder, else
    /// the temporary folder) and returns its path.
    pub fn save_document(&self, file_name: &str, html: &str) -> std::io::Result<PathBuf> {
        let dir = directories::UserDirs::new()
            .and_then(|u| u.download_dir().map(Path::to_path_buf))
            .filter(|d| d.is_dir())
            .or_else(|| self.dir().cloned())
            .unwrap_or_else(std::env::temp_dir);
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(file_name);
        std::fs::write(&path, html)?;
        Ok(path)
    }
}

/// Renames a corrupt file to `chatwise.json.corrupt-<seconds>`; returns true (a notice is due).
fn set_aside(path: &Path) -> bool {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let aside = path.with_file_name(format!("{FILE_NAME}.corrupt-{seconds}"));
    if let Err(e) = std::fs::rename(path, &aside) {
        eprintln!("chatwise: could not set aside {}: {e}", path.display());
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_corrupt_file_is_set_aside_and_a_good_one_round_trips() {
        let dir = std::env::temp_dir().join(format!("chatwise-storage-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let storage = Storage::desktop(Some(dir.clone()));
        assert_eq!(storage.load(), (Saved::default(), false), "nothing saved yet");

        let mut saved = Saved::default();
        saved.settings.text_scale = 1.5;
        storage.save(&saved).unwrap();
        assert_eq!(storage.load(), (saved, false));

        std::fs::write(dir.join(FILE_NAME), "{ not json").unwrap();
        assert_eq!(storage.load(), (Saved::default(), true), "corrupt: fresh start with a notice");
        let names: Vec<String> =
            std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        assert!(names.iter().any(|n| n.starts_with("chatwise.json.corrupt-")), "the bad file is kept: {names:?}");
        assert!(!names.contains(&FILE_NAME.to_owned()));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
