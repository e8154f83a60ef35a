fn main() -> std::process::ExitCode {
    yeji::cli::main()
}
