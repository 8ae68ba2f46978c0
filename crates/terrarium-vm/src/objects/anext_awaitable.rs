//! `anext(aiterator, default)`: an awaitable that awaits
//! `aiterator.__anext__()` and, where that ends with StopAsyncIteration,
//! finishes with `default` instead (CPython's `anext_awaitable`).

use std::cell::RefCell;

use crate::error::{PyErr, PyResult};
use crate::globals::Globals;
use crate::object::{Payload, PyRef, alloc};
use crate::objects::add_method;
use crate::objects::generator::{SendResult, get_awaitable, send_to};
use crate::objects::native::Args;
use crate::objects::typeobject::lookup;
use crate::vm::Vm;

pub struct AnextAwaitable {
    aiterator: PyRef,
    default: PyRef,
    /// The iterator of the `__anext__()` awaitable, once started.
    inner: RefCell<Option<PyRef>>,
}

impl Payload for AnextAwaitable {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&PyRef)) {
        visit(&self.aiterator);
        visit(&self.default);
        if let Some(i) = self.inner.borrow().as_ref() {
            visit(i);
        }
    }
    fn clear(&self) {
        let i = self.inner.borrow_mut().take();
        drop(i);
    }
}

pub fn new(vm: &Vm, aiterator: PyRef, default: PyRef) -> PyRef {
    alloc(
        &vm.g.anext_awaitable,
        AnextAwaitable {
            aiterator,
            default,
            inner: RefCell::new(None),
        },
    )
}

fn this(o: &PyRef) -> &AnextAwaitable {
    o.downcast::<AnextAwaitable>().expect("anext_awaitable")
}

/// The awaited iterator, calling `__anext__()` the first time.
fn inner(vm: &Vm, a: &AnextAwaitable) -> PyResult {
    if let Some(i) = a.inner.borrow().as_ref() {
        return Ok(i.clone());
    }
    let Some(anext) = lookup(a.aiterator.type_obj_ref(), "__anext__") else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            a.aiterator.ty().name
        )));
    };
    let awaitable = vm.call_descr(&anext, &a.aiterator, &[])?;
    let it = get_awaitable(vm, &awaitable, 0)?;
    *a.inner.borrow_mut() = Some(it.clone());
    Ok(it)
}

/// StopAsyncIteration from the awaited iterator becomes the end of this
/// awaitable, with the default as its value.
fn finish(vm: &Vm, a: &AnextAwaitable, e: PyErr) -> PyErr {
    if vm.err_matches(&e, "StopAsyncIteration") {
        vm.stop_iteration(Some(a.default.clone()))
    } else {
        e
    }
}

fn send(vm: &Vm, zelf: &PyRef, v: PyRef) -> PyResult {
    let a = this(zelf);
    let it = inner(vm, a).map_err(|e| finish(vm, a, e))?;
    match send_to(vm, &it, v) {
        Ok(SendResult::Yield(y)) => Ok(y),
        Ok(SendResult::Return(r)) => Err(vm.stop_iteration(Some(r))),
        Err(e) => Err(finish(vm, a, e)),
    }
}

/// Passes `throw` or `close` on to the awaited iterator.
fn forward(vm: &Vm, a: Args, method: &str) -> PyResult {
    let aw = this(a.zelf());
    let it = inner(vm, aw).map_err(|e| finish(vm, aw, e))?;
    let m = vm.getattr(&it, &vm.intern(method))?;
    vm.call(&m, &a.args[1..], a.kwnames)
        .map_err(|e| finish(vm, aw, e))
}

pub fn fill(g: &Globals) {
    let t = &g.anext_awaitable;
    add_method(g, t, "__await__", signature!("($self, /)"), |_vm, a| {
        Ok(a.zelf().clone())
    });
    add_method(g, t, "__iter__", signature!("($self, /)"), |_vm, a| {
        Ok(a.zelf().clone())
    });
    add_method(g, t, "__next__", signature!("($self, /)"), |vm, a| {
        send(vm, a.zelf(), vm.none())
    });
    add_method(
        g,
        t,
        "send",
        signature!(hidden "($self, arg, /)"),
        |vm, a| {
            let pos = a.check_pos(vm, "send", 1, 1, 1)?;
            send(vm, a.zelf(), pos[0].clone())
        },
    );
    add_method(
        g,
        t,
        "throw",
        signature!(hidden "($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)"),
        |vm, a| forward(vm, a, "throw"),
    );
    add_method(g, t, "close", signature!(hidden "($self, /)"), |vm, a| {
        forward(vm, a, "close")
    });
}
