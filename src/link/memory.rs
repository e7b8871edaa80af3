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

#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
mod tests {
    /// Resident memory of this process in KiB (`VmRSS`).
    fn resident_kib() -> u64 {
        let status = std::fs::read_to_string("/proc/self/status").expect("procfs");
        let line = (status.lines())
            .find(|l| l.starts_with("VmRSS:"))
            .expect("VmRSS line");
        let kib = line.split_whitespace().nth(1).expect("a number");
        kib.parse().expect("KiB")
    }

    #[test]
    fn freed_small_blocks_inside_the_heap_leave_resident_memory_only_after_a_trim() {
        // 32 MiB of 1 KiB blocks, written so their pages are resident; the last one stays, so the
        // freed ones are inside the heap, not at its top (which free() itself would give back).
        let mut blocks: Vec<Box<[u8; 1024]>> =
            (0..32 * 1024).map(|_| Box::new([1u8; 1024])).collect();
        let kept = blocks.pop().expect("blocks");
        drop(blocks);
        let before = resident_kib();
        super::trim_heap();
        let after = resident_kib();
        assert!(
            before.saturating_sub(after) > 16 * 1024,
            "resident {before} KiB before the trim, {after} KiB after"
        );
        assert_eq!(kept[0], 1);
    }
}
