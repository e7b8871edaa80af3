//! Giving memory back between the parts of the cross-article step, so the peak of a large import is
//! the largest part's own working set, not that plus what earlier parts (and the batches) left in the
//! allocator and in SQLite's page cache.
//!
//! The batches, entity links and quote regrouping allocate and free many small blocks (rows, keys,
//! strings) on several threads; glibc keeps freed memory in its arenas for later allocations, and a
//! free page in the middle of a heap is returned to the kernel only by `malloc_trim`. What stays is
//! resident and counts towards the peak while claim regrouping builds its own structures beside it.

use crate::store::Result;
use rusqlite::Connection;

/// Gives back the page cache's clean pages (`PRAGMA shrink_memory`; dirty pages of the open
/// transaction stay) and the allocator's free pages.
pub(crate) fn give_back(conn: &Connection) -> Result<()> {
    conn.execute_batch("PRAGMA shrink_memory")?;
    trim_heap();
    Ok(())
}

/// Returns every whole free page of glibc's heaps to the kernel.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub(crate) fn trim_heap() {
    extern "C" {
        fn malloc_trim(pad: usize) -> std::os::raw::c_int;
    }
    // SAFETY: malloc_trim takes no pointer and only releases memory the allocator holds as free
    // (madvise on whole free pages, sbrk at the top); glibc locks each arena while it walks it.
    unsafe {
        malloc_trim(0);
    }
}

/// Other allocators and platforms keep what they keep.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub(crate) fn trim_heap() {}
