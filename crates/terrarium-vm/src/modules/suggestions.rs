//! "Did you mean" hints for NameError and AttributeError in tracebacks,
//! with CPython 3.11's distance rules (`Python/suggestions.c`), so the same
//! names are suggested.

use crate::object::PyRef;
use crate::objects::dict::Dict;
use crate::objects::exceptions::Traceback;
use crate::objects::frame::Frame;
use crate::objects::str::as_str;
use crate::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance on UTF-8 bytes where moves cost 2 and case changes 1;
/// anything above `max_cost` is reported as `max_cost + 1`.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let mut a = a;
    let mut b = b;
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = buffer[ai];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

fn best(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut found: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = found {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if found.is_none_or(|(_, fd)| d < fd) {
            found = Some((item, d));
        }
    }
    found.map(|(s, _)| s.clone())
}

fn names_of(keys: Vec<PyRef>) -> Vec<String> {
    keys.iter()
        .filter(|k| k.downcast::<crate::objects::str::Str>().is_some())
        .map(|k| as_str(k).to_string())
        .collect()
}

/// The suggestion for exception `e`, if it is a NameError or AttributeError
/// with a close enough candidate.
pub fn suggest(vm: &Vm, e: &PyRef) -> Option<String> {
    let name = vm.getattr_opt(e, &vm.intern("name")).ok().flatten()?;
    if name.downcast::<crate::objects::str::Str>().is_none() {
        return None;
    }
    let name = as_str(&name).to_string();
    if vm.isinstance_exact_or_sub(e, vm.g.exc("AttributeError")) {
        let obj = vm.getattr_opt(e, &vm.intern("obj")).ok().flatten()?;
        if vm.is_none(&obj) {
            return None;
        }
        let dir = vm.call_special(&obj, "__dir__", &[]).ok().flatten()?;
        let mut names = names_of(vm.to_vec(&dir).ok()?);
        names.sort();
        return best(&names, &name);
    }
    if !vm.isinstance_exact_or_sub(e, vm.g.exc("NameError")) {
        return None;
    }
    let mut tb = crate::objects::exceptions::traceback_of(vm, e);
    loop {
        let next = tb.downcast::<Traceback>()?.next.borrow().clone();
        match next {
            Some(n) => tb = n,
            None => break,
        }
    }
    let frame = tb.downcast::<Traceback>()?.frame.clone();
    let f = frame.downcast::<Frame>()?;
    let code = f.code();
    let locals = names_of(code.varnames.to_vec());
    if let Some(s) = best(&locals, &name) {
        return Some(s);
    }
    let globals = names_of(f.globals.downcast::<Dict>()?.keys());
    if let Some(s) = best(&globals, &name) {
        return Some(s);
    }
    let builtins = names_of(f.builtins.downcast::<Dict>()?.keys());
    best(&builtins, &name)
}
