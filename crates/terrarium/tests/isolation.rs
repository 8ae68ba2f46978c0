//! Contexts cannot reach each other: each has its own heap, what they share
//! cannot be written, and dropping a context frees what it allocated.

use terrarium::{Context, Error};

fn ctx() -> Context {
    Context::builder().build().expect("context")
}

fn eval_str(c: &Context, src: &str) -> String {
    match c.eval(src) {
        Ok(v) => v.to_string(),
        Err(e) => format!("error: {e}"),
    }
}

/// Resident set size of this process, in KiB.
fn rss_kib() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS")
}

#[test]
fn gc_introspection_sees_only_its_own_context() {
    let a = ctx();
    a.exec("secret = ['the secret of A']\nclass Mine: pass\nkeep = Mine()")
        .unwrap();
    let b = ctx();
    b.exec("import gc").unwrap();
    let found = "any('the secret of A' in o for o in gc.get_objects() if type(o) is list)";
    assert_eq!(eval_str(&b, found), "False");
    let classes = "[t.__name__ for t in object.__subclasses__() if t.__name__ == 'Mine']";
    assert_eq!(eval_str(&b, classes), "[]");
    assert_eq!(
        eval_str(
            &b,
            "len(gc.get_referrers(None)) < 10_000 and all(type(o).__name__ != 'Mine' for o in gc.get_objects())"
        ),
        "True"
    );
    // A still has its own.
    assert_eq!(eval_str(&a, "secret[0]"), "the secret of A");
    assert_eq!(
        eval_str(
            &a,
            "len([t for t in object.__subclasses__() if t.__name__ == 'Mine'])"
        ),
        "1"
    );
}

#[test]
fn interleaved_contexts_keep_their_caches_apart() {
    // The same code in two contexts on one thread: each context's classes,
    // attribute caches and weak references stay its own.
    let src = "import weakref\n\
               class C:\n    def f(self): return TAG\n\
               c = C()\n\
               r = weakref.ref(c)\n";
    let a = ctx();
    let b = ctx();
    a.exec(&format!("TAG = 'a'\n{src}")).unwrap();
    b.exec(&format!("TAG = 'b'\n{src}")).unwrap();
    for _ in 0..3 {
        assert_eq!(eval_str(&a, "c.f()"), "a");
        assert_eq!(eval_str(&b, "c.f()"), "b");
    }
    a.exec("del c").unwrap();
    assert_eq!(eval_str(&a, "r() is None"), "True");
    assert_eq!(eval_str(&b, "r() is c"), "True");
    drop(a);
    assert_eq!(eval_str(&b, "r().f()"), "b");
}

#[test]
fn shared_type_dicts_refuse_every_write() {
    let a = ctx();
    let b = ctx();
    a.exec("import gc\nd = gc.get_referents(str.__dict__)[0]")
        .unwrap();
    assert_eq!(eval_str(&a, "type(d).__name__"), "dict");
    for attack in [
        "d['upper'] = lambda s: 'pwned'",
        "del d['upper']",
        "d.clear()",
        "d.popitem()",
        "d.pop('upper')",
        "d.update(upper=len)",
        "d.setdefault('planted', 1)",
        "d |= {'upper': len}",
    ] {
        match a.exec(attack) {
            Err(Error::Python { type_name, .. }) => assert_eq!(type_name, "TypeError", "{attack}"),
            other => panic!("{attack}: expected TypeError, got {other:?}"),
        }
    }
    a.exec("od = gc.get_referents(object.__dict__)[0]").unwrap();
    assert!(a.exec("od.clear()").is_err());
    assert!(a.exec("str.upper = len").is_err());
    // Neither context sees a change.
    assert_eq!(eval_str(&a, "'x'.upper()"), "X");
    assert_eq!(eval_str(&b, "'x'.upper()"), "X");
    assert_eq!(eval_str(&b, "type(object())"), "<class 'object'>");
}

#[test]
fn dropped_contexts_free_everything_they_allocated() {
    const N: usize = 10_000;
    let program = "class Node:\n    def __init__(self): self.me = self\n\
                   nodes = [Node() for _ in range(20)]\n\
                   cycle = []; cycle.append(cycle)\n\
                   def gen():\n    yield 1\n\
                   g = gen(); next(g)\n\
                   import weakref\n\
                   w = weakref.ref(nodes[0], lambda r: None)\n";
    let mut rss_at = Vec::new();
    let mut times = Vec::new();
    for i in 0..N {
        let t = std::time::Instant::now();
        let c = ctx();
        c.exec(program).unwrap();
        assert_eq!(c.eval("1 + 1").unwrap().as_i64(), Some(2));
        drop(c);
        times.push(t.elapsed());
        if i == 1_000 || i == N - 1 {
            rss_at.push(rss_kib());
        }
    }
    let growth = rss_at[1].saturating_sub(rss_at[0]);
    let median = |s: &[std::time::Duration]| {
        let mut v = s.to_vec();
        v.sort();
        v[v.len() / 2]
    };
    eprintln!(
        "{N} contexts: RSS {} KiB after 1,000, {} KiB after {N}; median create+run+drop {:?} (first 1,000) vs {:?} (last 1,000)",
        rss_at[0],
        rss_at[1],
        median(&times[..1_000]),
        median(&times[N - 1_000..]),
    );
    // 9,000 leaked contexts of even 1 KiB each would show as 9 MiB.
    assert!(
        growth < 4 * 1024,
        "RSS grew by {growth} KiB over {} contexts",
        N - 1_000
    );
}

#[test]
fn contexts_on_many_threads_share_builtins_safely() {
    // Refcounts of shared objects are never written, so contexts on
    // different threads can use the same builtin methods at once.
    let threads: Vec<_> = (0..4)
        .map(|t| {
            std::thread::spawn(move || {
                let c = ctx();
                c.exec(
                    "def work(n):\n    s = 0\n    for i in range(n):\n        \
                     s += len('abc'.upper()) + len([].copy()) + len(str.__dict__)\n    return s",
                )
                .unwrap();
                for _ in 0..20 {
                    assert!(c.eval("work(2000)").unwrap().as_i64().unwrap() > 0);
                }
                t
            })
        })
        .collect();
    for t in threads {
        t.join().expect("thread");
    }
}

fn seeded(seed: u32) -> Context {
    Context::builder().hash_seed(seed).build().expect("context")
}

#[test]
fn each_context_hashes_with_its_own_seed() {
    // Expected values from CPython 3.11 with PYTHONHASHSEED=0 and =1234.
    let hashes = "(hash('abc'), hash(b'abc'), hash(('abc', 1)))";
    let a = seeded(0);
    let b = seeded(1234);
    assert_eq!(
        eval_str(&a, hashes),
        "(-4594863902769663758, -4594863902769663758, 8209329896243074498)"
    );
    assert_eq!(
        eval_str(&b, hashes),
        "(5538344200627557701, 5538344200627557701, -5411560895519051684)"
    );
    // Names shared by all contexts (builtin types' attributes) work the
    // same whatever the context's seed.
    for c in [&a, &b] {
        assert_eq!(eval_str(c, "'upper' in set(dir(str))"), "True");
        assert_eq!(
            eval_str(c, "'upper' in vars(str) and 'upper' in dict(str.__dict__)"),
            "True"
        );
        assert_eq!(eval_str(c, "{k: 1 for k in dir(int)}['bit_length']"), "1");
        assert_eq!(eval_str(c, "getattr('x', 'up' + 'per')()"), "X");
        assert_eq!(
            eval_str(c, "hash(dir(str)[0]) == hash(''.join(dir(str)[0]))"),
            "True"
        );
    }
}
