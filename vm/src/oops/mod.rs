//! Heap objects as the VM sees them: header layout, fields, arrays.
//!
//! Layout (ARCHITECTURE.md §3):
//!
//! ```text
//!  offset 0   class pointer (*const Class, metadata outside the heap)
//!  offset 8   mark word (identity hash, age, lock bits; forwarding in GC)
//!  instances: fields from offset 16, laid out by `metadata::layout`
//!  arrays:    offset 16 u32 length, elements from offset 24
//! ```
//!
//! The accessors here are the VM's only window on heap words. They rely on
//! one invariant, kept by allocation: every [`Oop`] the VM holds points at
//! an object whose header has been written, and whose class pointer names
//! a live [`Class`](crate::metadata::Class). Field offsets come from the
//! layout of the object's class or one of its supers; array indices are
//! checked against the length first.

mod oop_cell;

pub use crema_gc::{HEADER_SIZE, MARK_OFFSET, MarkWord, Oop, mark_of, set_mark};
pub use oop_cell::OopCell;

use crate::classfile::BasicType;
use crate::metadata::ClassRef;

/// Offset of the class pointer.
pub const CLASS_OFFSET: usize = 0;
/// Offset of an array's `u32` length.
pub const ARRAY_LENGTH_OFFSET: usize = 16;
/// Offset of an array's first element, for every element type.
pub const ARRAY_BASE_OFFSET: usize = 24;
/// The largest array length (HotSpot's limit for `new int[n]`).
pub const MAX_ARRAY_LENGTH: usize = i32::MAX as usize - 2;

/// The class of an object.
#[inline(always)]
pub fn class_of(obj: Oop) -> ClassRef {
    // SAFETY: every Oop the VM holds has its header written (module
    // invariant), and word 0 of the header is a non-null `*const Class`.
    unsafe { ClassRef::from_raw(obj.read::<*const crate::metadata::Class>(CLASS_OFFSET)) }
}

/// Writes a fresh object's header. Called by allocation only, on memory
/// the heap just handed out.
#[inline(always)]
pub(crate) fn init_header(obj: Oop, class: ClassRef) {
    // SAFETY: the heap handed out at least HEADER_SIZE zeroed bytes at obj.
    unsafe {
        obj.write::<*const crate::metadata::Class>(CLASS_OFFSET, class.as_ptr());
        obj.write::<u64>(MARK_OFFSET, MarkWord::INITIAL.0);
    }
}

/// An array's length.
#[inline(always)]
pub fn array_length(array: Oop) -> usize {
    debug_assert!(class_of(array).is_array());
    // SAFETY: `array` is an array (caller's contract, checked in debug
    // builds), so it has a length word.
    unsafe { array.read::<u32>(ARRAY_LENGTH_OFFSET) as usize }
}

/// A value that lives in a field or array element of basic type `T`.
pub trait HeapValue: Copy {
    const TYPE: BasicType;
}

macro_rules! heap_values {
    ($($t:ty => $bt:ident),*) => {
        $(impl HeapValue for $t { const TYPE: BasicType = BasicType::$bt; })*
    };
}
heap_values!(i8 => Byte, u16 => Char, i16 => Short, i32 => Int, i64 => Long, f32 => Float, f64 => Double);

/// Reads a primitive field at `offset`.
///
/// The offset must come from the layout of `obj`'s class (or a super) and
/// name a field of type `T`; debug builds check that it is in bounds.
#[inline(always)]
pub fn get_field<T: HeapValue>(obj: Oop, offset: usize) -> T {
    debug_assert!(offset + size_of::<T>() <= object_size(obj));
    // SAFETY: the offset lies inside obj (contract above).
    unsafe { obj.read::<T>(offset) }
}

/// Reads the field of type `t` at `offset` as an interpreter slot value
/// (sub-int types sign- or zero-extended to `int`, references as
/// addresses; same contract as [`get_field`]).
pub fn get_slot(obj: Oop, offset: usize, t: BasicType) -> u64 {
    match t {
        BasicType::Boolean | BasicType::Byte => get_field::<i8>(obj, offset) as i32 as u32 as u64,
        BasicType::Char => get_field::<u16>(obj, offset) as u64,
        BasicType::Short => get_field::<i16>(obj, offset) as i32 as u32 as u64,
        BasicType::Int => get_field::<i32>(obj, offset) as u32 as u64,
        BasicType::Float => get_field::<f32>(obj, offset).to_bits() as u64,
        BasicType::Long => get_field::<i64>(obj, offset) as u64,
        BasicType::Double => get_field::<f64>(obj, offset).to_bits(),
        BasicType::Reference => get_ref(obj, offset).map_or(0, Oop::addr) as u64,
        BasicType::Void => 0,
    }
}

/// Writes a primitive field at `offset` (same contract as [`get_field`]).
#[inline(always)]
pub fn put_field<T: HeapValue>(obj: Oop, offset: usize, value: T) {
    debug_assert!(offset + size_of::<T>() <= object_size(obj));
    // SAFETY: the offset lies inside obj (contract of get_field).
    unsafe { obj.write::<T>(offset, value) }
}

/// Reads a reference field at `offset` (same contract as [`get_field`]).
#[inline(always)]
pub fn get_ref(obj: Oop, offset: usize) -> Option<Oop> {
    debug_assert!(offset + 8 <= object_size(obj));
    // SAFETY: the offset lies inside obj and holds a reference (contract).
    Oop::from_addr(unsafe { obj.read::<usize>(offset) })
}

/// Writes a reference field at `offset` and applies the write barrier.
#[inline(always)]
pub fn put_ref(obj: Oop, offset: usize, value: Option<Oop>) {
    debug_assert!(offset + 8 <= object_size(obj));
    // SAFETY: the offset lies inside obj and holds a reference (contract).
    unsafe { obj.write::<usize>(offset, value.map_or(0, Oop::addr)) };
    write_barrier(obj.addr() + offset);
}

thread_local! {
    /// The biased card-table base of the VM this OS thread runs Java for
    /// (set when its `JavaThread` is created).
    static CARD_BASE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Binds the write barrier of the current OS thread to a heap's card table.
pub(crate) fn bind_write_barrier(card_base: usize) {
    CARD_BASE.set(card_base);
}

/// The post-write barrier, applied after every reference store into a heap
/// object, with the address of the slot written: it dirties the slot's
/// 512-byte card (`crema_gc::card_table`). The interpreter, the natives and
/// (later) compiled code all use this one barrier.
#[inline(always)]
pub fn write_barrier(slot: usize) {
    let base = CARD_BASE.get();
    debug_assert_ne!(base, 0, "a reference store on a thread with no VM");
    // SAFETY: `base` is the card table of the heap `slot` lies in (the VM
    // of this thread), so the byte is inside the table.
    unsafe { *((base + (slot >> crema_gc::CARD_SHIFT)) as *mut u8) = crema_gc::DIRTY };
}

/// The barrier for a range of slots `[from, to)` (array copies and clones).
pub fn write_barrier_range(from: usize, to: usize) {
    let mut card = from & !(crema_gc::CARD_SIZE - 1);
    while card < to {
        write_barrier(card);
        card += crema_gc::CARD_SIZE;
    }
}

/// Byte offset of element `index` of an array with elements of `T`.
#[inline(always)]
pub const fn element_offset(index: usize, elem_size: usize) -> usize {
    ARRAY_BASE_OFFSET + index * elem_size
}

/// Reads element `index` of a primitive array, or `None` when out of
/// bounds.
#[inline(always)]
pub fn array_get<T: HeapValue>(array: Oop, index: usize) -> Option<T> {
    debug_assert_eq!(class_of(array).element_type(), Some(T::TYPE));
    if index < array_length(array) {
        // SAFETY: index < length, so the element lies inside the array.
        Some(unsafe { array.read::<T>(element_offset(index, size_of::<T>())) })
    } else {
        None
    }
}

/// Writes element `index` of a primitive array; `false` when out of bounds.
#[inline(always)]
pub fn array_put<T: HeapValue>(array: Oop, index: usize, value: T) -> bool {
    debug_assert_eq!(class_of(array).element_type(), Some(T::TYPE));
    if index < array_length(array) {
        // SAFETY: index < length, so the element lies inside the array.
        unsafe { array.write::<T>(element_offset(index, size_of::<T>()), value) };
        true
    } else {
        false
    }
}

/// Reads element `index` of a reference array; `None` when out of bounds.
#[inline(always)]
pub fn array_get_ref(array: Oop, index: usize) -> Option<Option<Oop>> {
    debug_assert_eq!(class_of(array).element_type(), Some(BasicType::Reference));
    if index < array_length(array) {
        // SAFETY: index < length, so the element lies inside the array.
        Some(Oop::from_addr(unsafe { array.read::<usize>(element_offset(index, 8)) }))
    } else {
        None
    }
}

/// Writes element `index` of a reference array (with the write barrier; no
/// store check); `false` when out of bounds.
#[inline(always)]
pub fn array_put_ref(array: Oop, index: usize, value: Option<Oop>) -> bool {
    debug_assert_eq!(class_of(array).element_type(), Some(BasicType::Reference));
    if index < array_length(array) {
        // SAFETY: index < length, so the element lies inside the array.
        unsafe { array.write::<usize>(element_offset(index, 8), value.map_or(0, Oop::addr)) };
        write_barrier(array.addr() + element_offset(index, 8));
        true
    } else {
        false
    }
}

/// A view of a primitive array's elements as a slice.
///
/// The slice borrows heap memory: it must be dropped before the next
/// safepoint, which the `'a` of the caller's scope does not enforce, so the
/// function is `unsafe`.
///
/// # Safety
/// No safepoint (allocation, Java call, class loading) may happen while the
/// slice is alive, and `array`'s elements are of type `T`.
#[inline]
pub unsafe fn array_slice<'a, T: HeapValue>(array: Oop) -> &'a [T] {
    let len = array_length(array);
    // SAFETY: the elements are `len` contiguous `T`s (caller guarantees
    // the type), alive until the next safepoint (caller guarantees).
    unsafe { std::slice::from_raw_parts(array.ptr_at(ARRAY_BASE_OFFSET) as *const T, len) }
}

/// Mutable counterpart of [`array_slice`].
///
/// # Safety
/// As for [`array_slice`], and no other view of the array is alive.
#[inline]
pub unsafe fn array_slice_mut<'a, T: HeapValue>(array: Oop) -> &'a mut [T] {
    let len = array_length(array);
    // SAFETY: as for array_slice; exclusivity is the caller's promise.
    unsafe { std::slice::from_raw_parts_mut(array.ptr_at(ARRAY_BASE_OFFSET) as *mut T, len) }
}

/// The object's identity hash (`System.identityHashCode`), assigned on
/// first request and kept in the mark word, so it survives moves.
pub fn identity_hash(obj: Oop) -> i32 {
    let mark = mark_of(obj);
    if let Some(h) = mark.hash() {
        return h;
    }
    let h = next_hash();
    set_mark(obj, mark.with_hash(h));
    h
}

/// A pseudo-random, non-zero 31-bit hash (xorshift; HotSpot's default
/// hashCode mode is a thread-local variant of the same generator).
fn next_hash() -> i32 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static STATE: AtomicU64 = AtomicU64::new(0x2545_F491_4F6C_DD1D);
    let mut x = STATE.load(Ordering::Relaxed);
    loop {
        let mut y = x;
        y ^= y << 13;
        y ^= y >> 7;
        y ^= y << 17;
        match STATE.compare_exchange_weak(x, y, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => {
                let h = (y >> 33) as i32 & 0x7FFF_FFFF;
                return if h == 0 { 1 } else { h };
            }
            Err(actual) => x = actual,
        }
    }
}

/// The size in bytes of any object, from its header.
pub fn object_size(obj: Oop) -> usize {
    let class = class_of(obj);
    class.object_size(obj)
}
