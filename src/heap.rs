//! The process's heap, set up before anything is allocated in earnest.
//!
//! Opening a large session touches a few megabytes of fresh memory within a
//! millisecond: the file, the parsed session and two screen buffers. Taken as
//! 4 KiB pages, each first touch is a fault into the kernel (about a thousand of
//! them), and faults from two threads at once also wait for each other. With
//! glibc on Linux the heap is therefore made one region, reserved up front and
//! marked for 2 MiB pages, that every thread and every large block shares. The
//! reservation is address space only: memory is used as it is touched.

#[cfg(all(target_os = "linux", target_env = "gnu"))]
use std::sync::atomic::{AtomicPtr, Ordering};

/// Address space reserved for the heap at start. The ten-times session, opened and
/// drawn, uses about a fifth of it.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const RESERVE: usize = 16 << 20;

#[cfg(all(target_os = "linux", target_env = "gnu"))]
const HUGE_PAGE: usize = 2 << 20;

/// Room left for the allocator's own headers between the spacer and the boundary.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const SLACK: usize = 64;

/// The block that keeps allocations off the heap's first, partial huge page.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
static SPACER: AtomicPtr<libc::c_void> = AtomicPtr::new(std::ptr::null_mut());

/// Call first thing in `main`, while there is one thread.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn prepare() {
    let setting = |bytes: usize| libc::c_int::try_from(bytes).unwrap_or(libc::c_int::MAX);
    // SAFETY: allocator settings and a block allocated and freed at once, before
    // any other thread exists; `madvise` only advises about pages of the heap.
    unsafe {
        // One heap for every thread: a heap of its own would be a fresh mapping.
        libc::mallopt(libc::M_ARENA_MAX, 1);
        // Large blocks too, the reserve among them, come from the heap rather than
        // from mappings of their own (twice the reserve is the most glibc accepts).
        libc::mallopt(libc::M_MMAP_THRESHOLD, setting(RESERVE * 2));
        // Freed memory is kept rather than given back and faulted in again.
        libc::mallopt(libc::M_TRIM_THRESHOLD, setting(RESERVE * 4));
        // Seen by the optimiser as used: an unused pair would be left out.
        let block = std::hint::black_box(libc::malloc(RESERVE));
        if block.is_null() {
            return;
        }
        libc::free(block);
        let after = libc::sbrk(0) as usize;
        let start = (block as usize).next_multiple_of(HUGE_PAGE);
        let end = after / HUGE_PAGE * HUGE_PAGE;
        if end <= start {
            return;
        }
        // Allocations fill the heap from the freed block's start; the part below the
        // first huge page boundary is taken by a block that is never used or freed,
        // so that they land in huge pages. It costs address space, not memory. A
        // block kept only in a static that nothing reads would be left out too.
        let below = start - block as usize;
        if below > SLACK {
            SPACER.store(
                std::hint::black_box(libc::malloc(below - SLACK)),
                Ordering::Relaxed,
            );
        }
        libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn prepare() {}
