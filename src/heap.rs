//! The process's heap, set up before anything is allocated in earnest.
//!
//! Opening a large session touches a few megabytes of fresh memory within a
//! millisecond: the file, the parsed session and two screen buffers. Taken as
//! 4 KiB pages, each first touch is a fault into the kernel (about a thousand of
//! them), and faults from two threads at once also wait for each other. With
//! glibc on Linux the heap is therefore reserved up front and marked for 2 MiB
//! pages, and large blocks come from it too. The reservation is address space
//! only: memory is used as it is touched.
//!
//! The thread that reads part of the session beside `main` gets a heap of its
//! own, prepared the same way: with one heap for both, every allocation of one
//! thread waits for the other's lock, and reading the pieces in parallel took
//! as long as reading them one after the other.

/// Address space reserved for each heap at start. Opening and drawing the ten-times
/// session uses about an eighth of each (one huge page).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const RESERVE: usize = 16 << 20;

#[cfg(all(target_os = "linux", target_env = "gnu"))]
const HUGE_PAGE: usize = 2 << 20;

/// Room left in small pages between the spacer and the first huge page, for the
/// allocator's headers and the first small blocks: starting the thread that reads
/// beside `main` needs only those, so it starts before `main` waits for the kernel
/// to zero its first huge page (a quarter of a millisecond).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const SLACK: usize = 64 << 10;

/// Call first thing in `main`, while there is one thread.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn prepare() {
    let setting = |bytes: usize| libc::c_int::try_from(bytes).unwrap_or(libc::c_int::MAX);
    // SAFETY: allocator settings, before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, ARENAS);
        // Large blocks too, the reserve among them, come from the heap rather than
        // from mappings of their own (twice the reserve is the most glibc accepts).
        libc::mallopt(libc::M_MMAP_THRESHOLD, setting(RESERVE * 2));
        // Freed memory is kept rather than given back and faulted in again.
        libc::mallopt(libc::M_TRIM_THRESHOLD, setting(RESERVE * 4));
    }
    reserve_here();
}

/// One heap for `main` and one for the thread reading beside it; threads started
/// later share these.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const ARENAS: libc::c_int = 2;

/// Call first thing on the thread that reads beside `main`: its heap, the second,
/// is then in huge pages too.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn prepare_thread() {
    reserve_here();
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn prepare_thread() {}

/// Reserves room in the calling thread's heap and marks it for huge pages.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn reserve_here() {
    // SAFETY: a block allocated and freed at once; `madvise` only advises about
    // pages of the heap it came from.
    unsafe {
        // Seen by the optimiser as used: an unused pair would be left out.
        let block = std::hint::black_box(libc::malloc(RESERVE));
        if block.is_null() {
            return;
        }
        libc::free(block);
        let start = (block as usize).next_multiple_of(HUGE_PAGE);
        let end = (block as usize + RESERVE) / HUGE_PAGE * HUGE_PAGE;
        if end <= start {
            return;
        }
        // Allocations fill the heap from the freed block's start; the part below the
        // first huge page boundary is taken by a block that is never used or freed,
        // so that they land in huge pages. It costs address space, not memory. It
        // is seen as used, or the optimiser would leave it out.
        let below = start - block as usize;
        if below > SLACK {
            std::hint::black_box(libc::malloc(below - SLACK));
        }
        libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn prepare() {}
