//! The `chatwise` binary: everything lives in the library so tests can drive it too.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    chatwise::cli::main()
}

/// In the browser, wasm-bindgen calls `main` once the module is loaded (`web/loader.js`).
#[cfg(target_arch = "wasm32")]
fn main() {
    chatwise::browser::run();
}
