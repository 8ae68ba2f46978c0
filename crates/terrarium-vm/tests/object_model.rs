//! The object model's invariants: header layout, immortality, refcounting,
//! deterministic destruction, the trashcan, the dict, the cycle collector.

use std::mem::offset_of;
use std::sync::Arc;

use terrarium_os::NativePosix;

use terrarium_vm::object::{Header, IMMORTAL, Obj};
use terrarium_vm::objects::dict::Dict;
use terrarium_vm::objects::list::List;
use terrarium_vm::typeobj::TypeData;
use terrarium_vm::{Vm, VmConfig};

fn vm() -> Box<Vm> {
    let config = VmConfig {
        hash_seed: Some(0),
        ..VmConfig::default()
    };
    Vm::new(config, Arc::new(NativePosix::new())).expect("context")
}

#[test]
fn header_is_cpython_pyobject() {
    assert_eq!(offset_of!(Header, ob_refcnt), 0);
    assert_eq!(offset_of!(Header, ob_type), 8);
    assert_eq!(std::mem::size_of::<Header>(), 16);
}

#[test]
fn type_object_starts_like_pytypeobject() {
    // Offsets of CPython 3.11's PyTypeObject on 64-bit targets.
    let base = offset_of!(Obj<TypeData>, payload) + offset_of!(TypeData, c);
    assert_eq!(base, 16);
    let c = |off: usize| base + off;
    use terrarium_vm::typeobj::CTypeFields as F;
    assert_eq!(c(offset_of!(F, ob_size)), 16);
    assert_eq!(c(offset_of!(F, tp_name)), 24);
    assert_eq!(c(offset_of!(F, tp_flags)), 168);
    assert_eq!(c(offset_of!(F, tp_base)), 256);
    assert_eq!(c(offset_of!(F, tp_version_tag)), 384);
    assert_eq!(c(offset_of!(F, tp_vectorcall)), 400);
}

#[test]
fn shared_singletons_are_immortal() {
    let vm = vm();
    let _g = vm.enter();
    let none = vm.none();
    let before = none.refcount();
    assert!(before >= IMMORTAL);
    let copies: Vec<_> = (0..10).map(|_| none.clone()).collect();
    assert_eq!(none.refcount(), before);
    drop(copies);
    assert!(
        vm.new_int(7).refcount() >= IMMORTAL,
        "small ints are shared"
    );
    assert!(vm.g.int.refcount() >= IMMORTAL, "builtin types are shared");
}

#[test]
fn refcounts_count_owners() {
    let vm = vm();
    let _g = vm.enter();
    let l = vm.new_list(vec![]);
    assert_eq!(l.refcount(), 1);
    let l2 = l.clone();
    assert_eq!(l.refcount(), 2);
    drop(l2);
    assert_eq!(l.refcount(), 1);
}

#[test]
fn destruction_is_deterministic() {
    let vm = vm();
    let _g = vm.enter();
    let tracked = vm.heap.tracked_count();
    let inner = vm.new_list(vec![]);
    let outer = vm.new_list(vec![inner.clone()]);
    assert_eq!(vm.heap.tracked_count(), tracked + 2);
    drop(inner);
    drop(outer);
    assert_eq!(
        vm.heap.tracked_count(),
        tracked,
        "both lists freed when the last owner went"
    );
}

#[test]
fn deep_nesting_frees_without_native_recursion() {
    let vm = vm();
    let _g = vm.enter();
    let tracked = vm.heap.tracked_count();
    let mut l = vm.new_list(vec![]);
    for _ in 0..1_000_000 {
        l = vm.new_list(vec![l]);
    }
    drop(l);
    assert_eq!(vm.heap.tracked_count(), tracked);
}

#[test]
fn dict_keeps_insertion_order_through_deletes_and_growth() {
    let vm = vm();
    let _g = vm.enter();
    let d = Dict::new();
    for i in 0..1000 {
        d.set_item(&vm, vm.new_int(i), vm.new_int(i * 2)).unwrap();
    }
    for i in (0..1000).step_by(2) {
        assert!(d.del_item(&vm, &vm.new_int(i)).unwrap().is_some());
    }
    assert_eq!(d.len(), 500);
    let keys: Vec<i64> = d
        .keys()
        .iter()
        .map(|k| {
            k.downcast::<terrarium_vm::objects::int::Int>()
                .unwrap()
                .to_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(keys, (1..1000).step_by(2).collect::<Vec<_>>());
    let v = d.get_item(&vm, &vm.new_int(999)).unwrap().unwrap();
    assert_eq!(
        v.downcast::<terrarium_vm::objects::int::Int>()
            .unwrap()
            .to_i64(),
        Some(1998)
    );
    let k = vm.new_str("name");
    d.set_item(&vm, k.clone(), vm.none()).unwrap();
    assert!(d.get_str("name", vm.str_hash(&k)).is_some());
}

#[test]
fn collector_frees_cycles() {
    let vm = vm();
    let _g = vm.enter();
    let tracked = vm.heap.tracked_count();
    let a = vm.new_list(vec![]);
    let b = vm.new_list(vec![a.clone()]);
    a.downcast::<List>()
        .unwrap()
        .append(&vm, b.clone())
        .unwrap();
    drop(a);
    drop(b);
    assert_eq!(
        vm.heap.tracked_count(),
        tracked + 2,
        "a cycle survives refcounting"
    );
    assert!(vm.collect_garbage() >= 2);
    assert_eq!(vm.heap.tracked_count(), tracked);
}

#[test]
fn collector_keeps_reachable_objects() {
    let vm = vm();
    let _g = vm.enter();
    let a = vm.new_list(vec![]);
    a.downcast::<List>()
        .unwrap()
        .append(&vm, a.clone())
        .unwrap();
    vm.collect_garbage();
    assert_eq!(
        a.downcast::<List>().unwrap().len(),
        1,
        "still referenced from Rust: not collected"
    );
}
