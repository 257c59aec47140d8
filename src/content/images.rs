//! Pictures in Story steps: the files under the pack's `images/` folder and their limits,
//! checked against the lessons and translations by `chatwise_library::pictures`. The app draws
//! PNG: every drawing program exports it, flat illustrations compress well in it, browsers
//! decode it natively and the desktop build already carries a PNG decoder.

use std::collections::BTreeMap;
use std::sync::Arc;

/// The folder of pictures inside a content folder.
pub const IMAGES_DIR: &str = "images/";
/// A picture larger than this is too heavy for a child's phone on mobile data.
pub const MAX_BYTES: usize = 200 * 1024;
/// Wider than this is more than any screen the app draws on needs.
pub const MAX_WIDTH: u32 = 1600;

/// The pictures a pack brings, by path relative to its content folder (`images/phone.png`).
pub type Images = BTreeMap<String, Arc<[u8]>>;

/// A PNG's width and height, read from its header; `None` when the bytes are not a PNG.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 24 || !bytes.starts_with(SIGNATURE) || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let be = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((be(16), be(20)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_size_reads_the_header_and_refuses_other_files() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend(960u32.to_be_bytes());
        png.extend(600u32.to_be_bytes());
        assert_eq!(png_size(&png), Some((960, 600)));
        assert_eq!(png_size(b"GIF89a............................"), None);
        assert_eq!(png_size(b"\x89PNG"), None);
    }
}
