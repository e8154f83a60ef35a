//! Where a thread started for a moment of work runs. Linux tends to put a new
//! thread on the core of the thread that started it, where it waits for that
//! thread's time slice to end (about a millisecond) before it runs at all; on a
//! virtual machine the other core may stay idle all that while.

use std::thread::JoinHandle;

/// Moves `thread`, just started, to the other cores this process may use, so that
/// it starts at once beside this one. Nothing happens where there is no other
/// core, or where the system does not say which core this thread is on.
#[cfg(target_os = "linux")]
pub fn place_apart<T>(thread: &JoinHandle<T>) {
    use std::os::unix::thread::JoinHandleExt;

    let size = std::mem::size_of::<libc::cpu_set_t>();
    // SAFETY: a zeroed `cpu_set_t` is an empty set; each call gets a set of the
    // size it is told, and `thread` is a live thread until it is joined.
    unsafe {
        let mut cores: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, size, &mut cores) != 0 {
            return;
        }
        let Ok(here) = usize::try_from(libc::sched_getcpu()) else {
            return;
        };
        libc::CPU_CLR(here, &mut cores);
        if libc::CPU_COUNT(&cores) > 0 {
            libc::pthread_setaffinity_np(thread.as_pthread_t(), size, &cores);
        }
    }
}

#[cfg(not(target_os = "linux"))]
pub fn place_apart<T>(_thread: &JoinHandle<T>) {}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use std::os::unix::thread::JoinHandleExt;

    use super::*;

    /// How many cores the thread may run on.
    fn allowed(thread: libc::pthread_t) -> i32 {
        let size = std::mem::size_of::<libc::cpu_set_t>();
        // SAFETY: as in `place_apart`.
        unsafe {
            let mut cores: libc::cpu_set_t = std::mem::zeroed();
            assert_eq!(libc::pthread_getaffinity_np(thread, size, &mut cores), 0);
            libc::CPU_COUNT(&cores)
        }
    }

    #[test]
    fn a_thread_placed_apart_may_run_on_every_core_but_this_ones() {
        let (stop, stopped) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || stopped.recv().unwrap());
        // SAFETY: no arguments; it only reports.
        let cores = allowed(unsafe { libc::pthread_self() });
        place_apart(&thread);
        let apart = allowed(thread.as_pthread_t());
        stop.send(()).unwrap();
        thread.join().unwrap();
        if cores > 1 {
            assert_eq!(apart, cores - 1);
        } else {
            assert_eq!(apart, cores, "with one core the thread stays where it is");
        }
    }
}
