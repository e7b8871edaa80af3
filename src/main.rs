//! The `factdb` binary: parse the command line, run the command, turn the outcome into an exit code.

fn main() -> std::process::ExitCode {
    factdb::cli::main()
}
