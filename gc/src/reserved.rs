//! One reserved range of virtual memory, the home of the whole heap.
//!
//! The range is mapped once, readable and writable, without swap
//! reservation; the operating system commits pages when they are first
//! touched, so an unused part of a large `-Xmx` costs nothing. Pages come
//! back zero-filled, which is what makes fresh allocation memory zeroed.

use std::io;

/// An owned, page-aligned, zero-initialised range of virtual memory.
pub struct Reserved {
    start: usize,
    len: usize,
}

impl Reserved {
    /// Maps `len` bytes (rounded up to a whole page).
    pub fn map(len: usize) -> io::Result<Reserved> {
        let page = page_size();
        let len = len.max(page).div_ceil(page) * page;
        // SAFETY: an anonymous private mapping at an address of the kernel's
        // choosing touches no existing memory.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        Ok(Reserved { start: ptr as usize, len })
    }

    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.start + self.len
    }
}

impl Drop for Reserved {
    fn drop(&mut self) {
        // SAFETY: the range was mapped by `map` and nothing refers to it once
        // the heap that owns it is dropped.
        unsafe {
            libc::munmap(self.start as *mut libc::c_void, self.len);
        }
    }
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if size <= 0 { 4096 } else { size as usize }
}
