//! Links the `yeji` program as a position-dependent executable where the platform
//! allows it (Linux with glibc). A position-independent one makes the dynamic
//! loader fix up some 16,000 pointers (string tables, vtables) and copy the pages
//! that hold them before `main` runs: about a quarter of a millisecond on every
//! start. The price is that the program's own code is loaded at a fixed address.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let target = |key: &str| std::env::var(key).unwrap_or_default();
    if target("CARGO_CFG_TARGET_OS") == "linux" && target("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
