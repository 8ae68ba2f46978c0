//! The hostile battery: every program in `tests/hostile/` runs in an
//! attacker context while a victim context lives beside it, on the same
//! thread and on other threads at once. A program may raise anything; it
//! must not crash the process, find the victim's objects (what it stores in
//! `LEAKED` is checked) or change what the victim sees. See
//! `tests/hostile/README.md` for the conventions.

use std::path::PathBuf;

use terrarium::Context;

const SECRET: &str = "victim-secret-7f3a";

const VICTIM_SETUP: &str = r#"
import weakref
secret = "victim-secret-7f3a"
class VictimClass:
    token = "victim-secret-7f3a"
victim_obj = VictimClass()
victim_list = [secret]
victim_dict = {"k": secret}
def victim_fn():
    return secret
victim_ref = weakref.ref(victim_obj)
def victim_gen():
    yield secret
victim_g = victim_gen()
next(victim_g)

def check():
    assert 'x'.upper() == 'X' and 'a,b'.split(',') == ['a', 'b']
    assert len([1, 2]) == 2 and [1, 2] + [3] == [1, 2, 3]
    assert type(object()) is object and isinstance(1, int) and isinstance(True, int)
    assert str.upper is str.__dict__['upper']
    assert {'a': 1}.get('a') == 1 and (1).__add__(2) == 3 and 2 ** 10 == 1024
    assert None is None and True is not False and (0).bit_length() == 0
    assert repr(None) == 'None' and str(1) == '1' and hash(1) == 1
    assert secret == "victim-secret-7f3a" and victim_fn() == secret
    assert victim_ref() is victim_obj and victim_list == [secret]
    assert victim_dict == {"k": secret} and VictimClass.token == secret
    class Fresh:
        def m(self):
            return 5
    assert Fresh().m() == 5 and Fresh.__mro__ == (Fresh, object)
    return True
"#;

/// What a context that never saw the attack must still find true.
const FRESH_CHECK: &str = "'x'.upper() == 'X' and len(str.__dict__) > 40 and \
    type(object()) is object and sorted({3: 1, 1: 2}) == [1, 3] and int('12') == 12";

fn programs() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let src = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, src)
        })
        .collect();
    out.sort();
    out
}

fn eval_true(ctx: &Context, what: &str, src: &str) -> Result<(), String> {
    match ctx.eval(src) {
        Ok(v) if v.to_string() == "True" => Ok(()),
        Ok(v) => Err(format!("{what}: {src} gave {v}")),
        Err(e) => Err(format!("{what}: {src} raised {e}")),
    }
}

/// Runs every program against one victim; returns the failures.
fn battery(thread: usize) -> Vec<String> {
    let victim = Context::builder().build().expect("victim");
    victim.exec(VICTIM_SETUP).expect("victim setup");
    let mut failures = Vec::new();
    for (name, src) in programs() {
        let attacker = Context::builder().build().expect("attacker");
        // Whatever it raises is fine: only a crash, a leak or a change
        // the victim sees is a failure.
        let _ = attacker.exec(&src);
        match attacker.eval("repr(globals().get('LEAKED'))") {
            Ok(v) if v.to_string().contains(SECRET) => failures.push(format!(
                "[thread {thread}] {name}: the attacker reached {v}"
            )),
            _ => {}
        }
        drop(attacker);
        if let Err(e) = eval_true(&victim, "victim", "check()") {
            failures.push(format!("[thread {thread}] {name}: {e}"));
        }
        let fresh = Context::builder().build().expect("fresh");
        if let Err(e) = eval_true(&fresh, "a new context", FRESH_CHECK) {
            failures.push(format!("[thread {thread}] {name}: {e}"));
        }
    }
    failures
}

#[test]
fn the_battery_has_at_least_a_hundred_programs() {
    let n = programs().len();
    assert!(n >= 100, "tests/hostile has {n} programs");
}

#[test]
fn hostile_programs_cannot_reach_or_change_another_context() {
    // Two threads at once, each with its victim and attackers on it: the
    // attacks run concurrently with another thread's contexts.
    let threads: Vec<_> = (0..2)
        .map(|t| std::thread::spawn(move || battery(t)))
        .collect();
    let failures: Vec<String> = threads
        .into_iter()
        .flat_map(|t| t.join().expect("a battery thread panicked"))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
