//! The `chatwise` binary: everything lives in the library so tests can drive it too.

fn main() -> std::process::ExitCode {
    chatwise::cli::main()
}
