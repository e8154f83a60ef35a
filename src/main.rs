fn main() -> std::process::ExitCode {
    yeji::heap::prepare();
    yeji::cli::main()
}
