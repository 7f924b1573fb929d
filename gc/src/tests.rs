//! Collector tests on synthetic object graphs, with a mock object model:
//! word 0 of an object points at a static `MockClass` giving its size and
//! reference slots.

use crate::{
    GcCause, GcEvent, GcKind, Heap, HeapConfig, MarkWord, ObjectModel, Oop, RefSlot, ReferenceKind, Tlab, VmBinding,
    mark_of, set_mark,
};

struct MockClass {
    size: usize,
    /// Offsets of the strong reference slots.
    refs: &'static [usize],
    reference: Option<ReferenceKind>,
}

/// 32 bytes: header, two references.
static PAIR: MockClass = MockClass { size: 32, refs: &[16, 24], reference: None };
/// 24 bytes: header, a long payload.
static LEAF: MockClass = MockClass { size: 24, refs: &[], reference: None };
/// 24 bytes: header, a referent (weak).
static WEAK: MockClass = MockClass { size: 24, refs: &[], reference: Some(ReferenceKind::Weak) };
static SOFT: MockClass = MockClass { size: 24, refs: &[], reference: Some(ReferenceKind::Soft) };
/// 40 bytes: header, two references, an id.
static NODE: MockClass = MockClass { size: 40, refs: &[16, 24], reference: None };
/// 400 KB: large enough to go straight to the old generation.
static BIG: MockClass = MockClass { size: 400 * 1024, refs: &[16], reference: None };

fn class_of(obj: Oop) -> &'static MockClass {
    // SAFETY: word 0 of every mock object is a `&'static MockClass`.
    unsafe { &*(obj.read::<usize>(0) as *const MockClass) }
}

#[derive(Clone)]
struct Model;

impl ObjectModel for Model {
    fn size_of(&self, obj: Oop) -> usize {
        class_of(obj).size
    }

    fn visit_slots<F: FnMut(RefSlot)>(&self, obj: Oop, mut visit: F) {
        for &o in class_of(obj).refs {
            visit(RefSlot(obj.ptr_at(o) as *mut usize));
        }
    }

    fn reference(&self, obj: Oop) -> Option<(ReferenceKind, RefSlot)> {
        class_of(obj).reference.map(|k| (k, RefSlot(obj.ptr_at(16) as *mut usize)))
    }

    fn is_valid_object(&self, obj: Oop) -> bool {
        // SAFETY: reads word 0 of an object.
        let c = unsafe { obj.read::<usize>(0) };
        [&PAIR, &LEAF, &WEAK, &SOFT, &BIG, &NODE].iter().any(|k| std::ptr::eq(*k, c as *const MockClass))
    }
}

/// Roots: a few slots in a box (stable addresses).
struct Binding {
    roots: Box<[usize; 8]>,
    cleared: Vec<usize>,
    events: Vec<GcEvent>,
}

impl VmBinding for Binding {
    type Model = Model;

    fn model(&self) -> &Model {
        &Model
    }

    fn visit_roots(&mut self, visit: &mut dyn FnMut(RefSlot)) {
        for r in self.roots.iter_mut() {
            if *r != 0 {
                visit(RefSlot(r));
            }
        }
    }

    fn references_cleared(&mut self, references: &[Oop]) {
        self.cleared.extend(references.iter().map(|r| r.addr()));
    }

    fn collected(&mut self, event: &GcEvent) {
        self.events.push(event.clone());
    }
}

struct World {
    heap: Heap,
    tlab: Tlab,
    b: Binding,
}

impl World {
    fn new(max: usize, young: usize) -> World {
        let heap = Heap::new(HeapConfig {
            max_bytes: max,
            initial_bytes: max,
            young_bytes: Some(young),
            tenuring_threshold: 3,
            zap_unused: true,
        })
        .unwrap();
        World { heap, tlab: Tlab::empty(), b: Binding { roots: Box::new([0; 8]), cleared: vec![], events: vec![] } }
    }

    fn alloc(&mut self, class: &'static MockClass) -> Option<Oop> {
        let obj = match self.heap.allocate(&mut self.tlab, class.size) {
            Some(o) => o,
            None => self.heap.allocate_or_collect(&mut self.tlab, class.size, &mut self.b)?,
        };
        // SAFETY: a fresh object of class.size bytes.
        unsafe { obj.write::<usize>(0, class as *const MockClass as usize) };
        set_mark(obj, MarkWord::INITIAL);
        Some(obj)
    }

    fn root(&self, i: usize) -> Oop {
        Oop::from_addr(self.b.roots[i]).unwrap()
    }

    fn collect(&mut self, kind: GcKind) {
        self.heap.collect(kind, GcCause::Explicit, &mut self.tlab, &mut self.b);
        let errors = self.heap.verify(&mut self.tlab, &mut self.b);
        assert!(errors.is_empty(), "heap verification failed: {errors:#?}");
    }
}

fn field(obj: Oop, offset: usize) -> usize {
    // SAFETY: a field of a mock object.
    unsafe { obj.read::<usize>(offset) }
}

/// Stores a reference and applies the barrier to the slot's card, as the
/// VM does.
fn store(w: &World, obj: Oop, offset: usize, value: usize) {
    // SAFETY: a reference slot of a mock object.
    unsafe { obj.write::<usize>(offset, value) };
    let card = w.heap.card_base() + ((obj.addr() + offset) >> crate::CARD_SHIFT);
    // SAFETY: the barrier's byte for an address in the heap.
    unsafe { *(card as *mut u8) = crate::DIRTY };
}

#[test]
fn young_collection_keeps_the_reachable_and_updates_roots() {
    let mut w = World::new(8 << 20, 2 << 20);
    let a = w.alloc(&PAIR).unwrap();
    let b = w.alloc(&LEAF).unwrap();
    let _garbage = w.alloc(&PAIR).unwrap();
    // SAFETY: the payload word of a leaf.
    unsafe { b.write::<u64>(16, 0xC0FFEE) };
    store(&w, a, 16, b.addr());
    set_mark(a, MarkWord::INITIAL.with_hash(1234));
    w.b.roots[0] = a.addr();
    let used = w.heap.usage().used;
    w.collect(GcKind::Young);
    let a2 = w.root(0);
    assert_ne!(a2, a, "copied out of eden");
    assert_eq!(mark_of(a2).hash(), Some(1234), "the identity hash moves with the object");
    let b2 = Oop::from_addr(field(a2, 16)).unwrap();
    assert_eq!(field(b2, 16), 0xC0FFEE);
    assert!(w.heap.usage().used < used, "the garbage is gone");
    assert_eq!(w.b.events[0].kind, GcKind::Young);
}

#[test]
fn survivors_are_promoted_by_age_and_old_to_young_pointers_are_found_through_cards() {
    let mut w = World::new(8 << 20, 2 << 20);
    let a = w.alloc(&PAIR).unwrap();
    w.b.roots[0] = a.addr();
    // Tenuring threshold 3: three collections in the survivor spaces, then
    // promotion at the fourth (HotSpot's rule: age reaches the threshold).
    for _ in 0..3 {
        w.collect(GcKind::Young);
        assert!(w.heap.is_young(w.root(0).addr()), "still young below the tenuring threshold");
    }
    w.collect(GcKind::Young);
    let old = w.root(0);
    assert!(!w.heap.is_young(old.addr()), "promoted at the tenuring threshold");
    // A young object reachable only from the old one.
    let young = w.alloc(&LEAF).unwrap();
    // SAFETY: payload of a leaf.
    unsafe { young.write::<u64>(16, 77) };
    store(&w, old, 24, young.addr());
    w.collect(GcKind::Young);
    let moved = Oop::from_addr(field(w.root(0), 24)).unwrap();
    assert_ne!(moved, young);
    assert_eq!(field(moved, 16), 77);
}

#[test]
fn full_collection_compacts_and_keeps_hashes() {
    let mut w = World::new(16 << 20, 1 << 20);
    // Fill the old generation with garbage and a chain of live objects.
    let mut keep = Vec::new();
    for i in 0..30 {
        let big = w.alloc(&BIG).unwrap();
        if i % 3 == 0 {
            set_mark(big, MarkWord::INITIAL.with_hash(i));
            keep.push(big.addr());
        }
    }
    for (k, &addr) in keep.iter().enumerate() {
        let next = keep.get(k + 1).copied().unwrap_or(0);
        store(&w, Oop::from_addr(addr).unwrap(), 16, next);
    }
    w.b.roots[0] = keep[0];
    let before = w.heap.usage().used;
    w.collect(GcKind::Full);
    assert!(w.heap.usage().used <= before / 2, "two thirds of the big objects were garbage");
    let mut at = w.root(0);
    for i in 0..keep.len() {
        assert_eq!(mark_of(at).hash(), Some(3 * i as i32));
        match Oop::from_addr(field(at, 16)) {
            Some(n) => at = n,
            None => assert_eq!(i, keep.len() - 1),
        }
    }
}

#[test]
fn weak_references_are_cleared_when_their_referent_dies() {
    let mut w = World::new(8 << 20, 2 << 20);
    for kind in [GcKind::Young, GcKind::Full] {
        let kept = w.alloc(&LEAF).unwrap();
        let dying = w.alloc(&LEAF).unwrap();
        let r1 = w.alloc(&WEAK).unwrap();
        let r2 = w.alloc(&WEAK).unwrap();
        let soft = w.alloc(&SOFT).unwrap();
        let softly = w.alloc(&LEAF).unwrap();
        store(&w, r1, 16, kept.addr());
        store(&w, r2, 16, dying.addr());
        store(&w, soft, 16, softly.addr());
        w.b.roots[0] = kept.addr();
        w.b.roots[1] = r1.addr();
        w.b.roots[2] = r2.addr();
        w.b.roots[3] = soft.addr();
        w.b.cleared.clear();
        w.collect(kind);
        assert_eq!(field(w.root(1), 16), w.root(0).addr(), "{kind:?}: a weak referent reachable otherwise is kept");
        assert_eq!(field(w.root(2), 16), 0, "{kind:?}: an unreachable one is cleared");
        assert_eq!(w.b.cleared, vec![w.root(2).addr()], "{kind:?}");
        assert_ne!(field(w.root(3), 16), 0, "{kind:?}: soft referents survive ordinary collections");
    }
    w.heap.collect(GcKind::Full, GcCause::LastDitch, &mut w.tlab, &mut w.b);
    assert_eq!(field(w.root(3), 16), 0, "the last-ditch collection clears soft references");
}

#[test]
fn exhaustion_is_reported_after_collecting() {
    let mut w = World::new(4 << 20, 1 << 20);
    // A live linked list that outgrows the heap.
    let mut head = 0usize;
    let mut n = 0;
    loop {
        w.b.roots[0] = head;
        match w.alloc(&PAIR) {
            Some(node) => {
                let head_now = w.b.roots[0];
                store(&w, node, 16, head_now);
                head = node.addr();
                n += 1;
            }
            None => break,
        }
        assert!(n < 1_000_000);
        if n % 10_000 == 0 {
            let errors = w.heap.verify(&mut w.tlab, &mut w.b);
            assert!(errors.is_empty(), "after {n} nodes: {errors:#?}");
        }
    }
    assert!(n > 50_000, "most of 4 MiB was used before giving up ({n} nodes)");
    assert!(w.b.events.iter().any(|e| e.kind == GcKind::Full));
    // Dropping the list makes room again.
    w.b.roots[0] = 0;
    assert!(w.alloc(&PAIR).is_some());
    let errors = w.heap.verify(&mut w.tlab, &mut w.b);
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn churn_with_a_long_lived_structure() {
    let mut w = World::new(16 << 20, 1 << 20);
    // A long-lived array-of-pairs spine, constantly re-pointed at new leaves.
    let spine = w.alloc(&PAIR).unwrap();
    w.b.roots[0] = spine.addr();
    for i in 0..600_000u64 {
        let leaf = w.alloc(&LEAF).unwrap();
        // SAFETY: payload of a leaf.
        unsafe { leaf.write::<u64>(16, i) };
        let spine = w.root(0);
        store(&w, spine, 16 + 8 * (i as usize % 2), leaf.addr());
    }
    let spine = w.root(0);
    assert_eq!(field(Oop::from_addr(field(spine, 16)).unwrap(), 16), 599_998);
    assert_eq!(field(Oop::from_addr(field(spine, 24)).unwrap(), 16), 599_999);
    assert!(w.b.events.len() > 10, "the nursery was collected many times");
    let errors = w.heap.verify(&mut w.tlab, &mut w.b);
    assert!(errors.is_empty(), "{errors:#?}");
}

/// Random graphs: nodes are allocated, linked, re-linked and dropped at
/// random while young and full collections run; after every step the graph
/// reachable from the roots in the heap must equal a shadow copy kept in
/// Rust (by node id), and the heap must verify.
#[test]
fn random_graphs_match_their_shadow() {
    let mut w = World::new(8 << 20, 512 << 10);
    let mut rng = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move |n: usize| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng % n as u64) as usize
    };
    // Shadow: edges by node id; roots by slot.
    let mut edges: Vec<[Option<usize>; 2]> = Vec::new();
    let mut roots: [Option<usize>; 8] = [None; 8];

    // The heap's graph from the roots: id -> (address, child ids).
    fn walk(w: &World) -> std::collections::HashMap<usize, (Oop, [Option<usize>; 2])> {
        let mut seen = std::collections::HashMap::new();
        let mut stack: Vec<usize> = w.b.roots.iter().copied().filter(|&r| r != 0).collect();
        while let Some(a) = stack.pop() {
            let obj = Oop::from_addr(a).unwrap();
            let id = field(obj, 32);
            if seen.contains_key(&id) {
                continue;
            }
            let kids = [16, 24].map(|o| {
                let v = field(obj, o);
                (v != 0).then(|| {
                    stack.push(v);
                    field(Oop::from_addr(v).unwrap(), 32)
                })
            });
            seen.insert(id, (obj, kids));
        }
        seen
    }

    for step in 0..20_000 {
        let live = walk(&w);
        // Compare with the shadow.
        let mut expected = std::collections::HashSet::new();
        let mut stack: Vec<usize> = roots.iter().flatten().copied().collect();
        while let Some(id) = stack.pop() {
            if expected.insert(id) {
                stack.extend(edges[id].iter().flatten());
            }
        }
        assert_eq!(live.len(), expected.len(), "step {step}: reachable node count");
        for id in &expected {
            assert_eq!(live[id].1, edges[*id], "step {step}: edges of node {id}");
        }
        for (i, r) in roots.iter().enumerate() {
            let id = (w.b.roots[i] != 0).then(|| field(w.root(i), 32));
            assert_eq!(id, *r, "step {step}: root {i}");
        }

        let ids: Vec<usize> = expected.into_iter().collect();
        match next(10) {
            // Allocate a node, linked from a root or a live node.
            0..=4 => {
                let obj = w.alloc(&NODE).unwrap();
                let id = edges.len();
                edges.push([None, None]);
                // SAFETY: the id word of a fresh node.
                unsafe { obj.write::<usize>(32, id) };
                let addr = obj.addr();
                if ids.is_empty() || next(3) == 0 {
                    let slot = next(8);
                    w.b.roots[slot] = addr;
                    roots[slot] = Some(id);
                } else {
                    // The allocation may have moved the parent: walk again.
                    let parent = ids[next(ids.len())];
                    let k = next(2);
                    let at = walk_with_extra(&w, addr, parent);
                    store(&w, at, 16 + 8 * k, addr);
                    edges[parent][k] = Some(id);
                }
            }
            // Re-link an edge between live nodes (or clear it).
            5..=6 if !ids.is_empty() => {
                let (from, k) = (ids[next(ids.len())], next(2));
                let to = if next(4) == 0 { None } else { Some(ids[next(ids.len())]) };
                let addr = to.map_or(0, |t| live[&t].0.addr());
                store(&w, live[&from].0, 16 + 8 * k, addr);
                edges[from][k] = to;
            }
            // Drop or re-point a root.
            7 => {
                let slot = next(8);
                let to = if ids.is_empty() || next(2) == 0 { None } else { Some(ids[next(ids.len())]) };
                w.b.roots[slot] = to.map_or(0, |t| live[&t].0.addr());
                roots[slot] = to;
            }
            8 => w.collect(GcKind::Young),
            _ => {
                if step % 50 == 0 {
                    w.collect(GcKind::Full);
                }
            }
        }
    }
    assert!(w.b.events.len() > 20, "collections ran: {}", w.b.events.len());
}

/// The current address of node `parent`, found from the roots plus the
/// (not yet linked) object at `extra`.
fn walk_with_extra(w: &World, extra: usize, parent: usize) -> Oop {
    let mut stack: Vec<usize> = w.b.roots.iter().copied().filter(|&r| r != 0).collect();
    stack.push(extra);
    let mut seen = std::collections::HashSet::new();
    while let Some(a) = stack.pop() {
        if !seen.insert(a) {
            continue;
        }
        let obj = Oop::from_addr(a).unwrap();
        if field(obj, 32) == parent {
            return obj;
        }
        stack.extend([16, 24].map(|o| field(obj, o)).into_iter().filter(|&v| v != 0));
    }
    panic!("node {parent} is not reachable");
}
