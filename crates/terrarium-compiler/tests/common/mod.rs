//! Shared test helpers: compiling snippets and an independent checker of
//! the emitted code (jump targets, exception table, stack depths).

#![allow(dead_code)]

use terrarium_compiler::bytecode::{CodeObject, Constant, Instr};
use terrarium_compiler::{CompileError, CompileOptions, Mode, compile};

pub fn options(mode: Mode) -> CompileOptions {
    CompileOptions {
        filename: "<test>".into(),
        mode,
        future_annotations: false,
        optimize: 0,
        int_max_str_digits: terrarium_compiler::DEFAULT_INT_MAX_STR_DIGITS,
    }
}

pub fn compile_exec(source: &str) -> Result<CodeObject, CompileError> {
    compile(source, &options(Mode::Exec))
}

/// Compiles and checks, panicking with the source on any problem.
pub fn compile_checked(source: &str, mode: Mode) -> CodeObject {
    let code =
        compile(source, &options(mode)).unwrap_or_else(|e| panic!("compiling {source:?}: {e:?}"));
    if let Err(problem) = check(&code) {
        panic!(
            "{problem}\nsource:\n{source}\n{}",
            terrarium_compiler::disassemble(&code)
        );
    }
    code
}

/// Values an instruction needs on the stack, values it leaves on the
/// fall-through path, and on the jump path (for jumps).
fn shape(i: Instr) -> (i64, i64, Option<i64>) {
    use Instr::*;
    match i {
        Nop => (0, 0, None),
        Pop => (1, 0, None),
        Copy(n) => (n as i64, n as i64 + 1, None),
        Swap(n) => (n as i64, n as i64, None),
        PushNull => (0, 1, None),
        LoadConst(_) | LoadFast(_) | LoadFastChecked(_) | LoadDeref(_) | LoadClosure(_)
        | LoadClassDeref(_) | LoadName(_) | LoadGlobal(_) | LoadBuildClass | LoadAssertionError => {
            (0, 1, None)
        }
        StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_) => (1, 0, None),
        DeleteFast(_) | DeleteDeref(_) | DeleteName(_) | DeleteGlobal(_) => (0, 0, None),
        LoadAttr(_) => (1, 1, None),
        StoreAttr(_) => (2, 0, None),
        DeleteAttr(_) => (1, 0, None),
        LoadMethod(_) => (1, 2, None),
        BinarySubscr => (2, 1, None),
        StoreSubscr => (3, 0, None),
        DeleteSubscr => (2, 0, None),
        BuildSlice(n) => (n as i64, 1, None),
        BinaryOp(_) | InplaceOp(_) | Compare(_) | IsOp(_) | ContainsOp(_) => (2, 1, None),
        Unary(_) => (1, 1, None),
        Jump(_) => (0, 0, Some(0)),
        PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => {
            (1, 0, Some(0))
        }
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => (1, 0, Some(1)),
        GetIter => (1, 1, None),
        ForIter(_) => (1, 2, Some(0)),
        ReturnValue => (1, 0, None),
        Call(n) => (n as i64 + 2, 1, None),
        CallKw(n) => (n as i64 + 3, 1, None),
        CallEx(f) => (3 + (f & 1) as i64, 1, None),
        MakeFunction(f) => (1 + f.count_ones() as i64, 1, None),
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => (n as i64, 1, None),
        BuildMap(n) => (2 * n as i64, 1, None),
        BuildConstKeyMap(n) => (n as i64 + 1, 1, None),
        ListAppend(n) | SetAdd(n) | ListExtend(n) | SetUpdate(n) | DictUpdate(n) | DictMerge(n) => {
            (n as i64 + 1, n as i64, None)
        }
        MapAdd(n) => (n as i64 + 2, n as i64, None),
        ListToTuple => (1, 1, None),
        FormatValue(f) => (1 + ((f >> 2) & 1) as i64, 1, None),
        UnpackSequence(n) => (1, n as i64, None),
        UnpackEx(a) => (1, ((a & 0xff) + (a >> 8) + 1) as i64, None),
        Raise(n) => (n as i64, 0, None),
        Reraise(n) => (1 + n as i64, 0, None),
        PushExcInfo => (1, 2, None),
        PopExcept => (1, 0, None),
        CheckExcMatch | CheckEgMatch => (2, 2, None),
        PrepReraiseStar => (2, 1, None),
        BeforeWith | BeforeAsyncWith => (1, 2, None),
        WithExceptStart => (4, 5, None),
        YieldValue | AsyncGenWrap => (1, 1, None),
        Send(_) => (2, 2, Some(1)),
        GetYieldFromIter | GetAwaitable(_) | GetAIter => (1, 1, None),
        GetANext => (1, 2, None),
        EndAsyncFor => (2, 0, None),
        ImportName(_) => (2, 1, None),
        ImportFrom(_) => (1, 2, None),
        ImportStar => (1, 0, None),
        SetupAnnotations => (0, 0, None),
        PrintExpr => (1, 0, None),
        GetLen | MatchMapping | MatchSequence => (1, 2, None),
        MatchKeys => (2, 3, None),
        MatchClass(_) => (3, 1, None),
        CopyDictWithoutKeys => (2, 2, None),
    }
}

fn target(i: Instr) -> Option<u32> {
    use Instr::*;
    match i {
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t) | PopJumpIfNotNone(t)
        | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t) | Send(t) => Some(t),
        _ => None,
    }
}

fn falls_through(i: Instr) -> bool {
    !matches!(
        i,
        Instr::Jump(_) | Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise(_)
    )
}

/// Checks one code object and those nested in its constants.
pub fn check(code: &CodeObject) -> Result<(), String> {
    check_one(code).map_err(|e| format!("{} ({}): {e}", code.qualname, code.name))?;
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            check(inner)?;
        }
    }
    Ok(())
}

fn check_one(code: &CodeObject) -> Result<(), String> {
    let n = code.instructions.len();
    if n == 0 {
        return Err("no instructions".into());
    }
    if code.locations.len() != n {
        return Err("locations and instructions differ in length".into());
    }
    if code.cell2arg.len() != code.cellvars.len() {
        return Err("cell2arg and cellvars differ in length".into());
    }
    let mut prev_end = 0;
    for e in &code.exception_table {
        if e.start >= e.end || e.end as usize > n || e.target as usize >= n {
            return Err(format!("bad exception entry {e:?}"));
        }
        if e.start < prev_end {
            return Err(format!("overlapping exception entries at {e:?}"));
        }
        prev_end = e.end;
    }
    let handler = |pos: usize| {
        code.exception_table
            .iter()
            .find(|e| e.start as usize <= pos && pos < e.end as usize)
    };
    let derefs = code.cellvars.len() + code.freevars.len();
    for (pos, &i) in code.instructions.iter().enumerate() {
        if let Some(t) = target(i)
            && t as usize >= n
        {
            return Err(format!("{pos}: jump target {t} out of range"));
        }
        let bad = match i {
            Instr::LoadConst(k) => k as usize >= code.constants.len(),
            Instr::LoadFast(k) | Instr::StoreFast(k) | Instr::DeleteFast(k) => {
                k as usize >= code.varnames.len()
            }
            Instr::LoadDeref(k)
            | Instr::StoreDeref(k)
            | Instr::DeleteDeref(k)
            | Instr::LoadClosure(k)
            | Instr::LoadClassDeref(k) => k as usize >= derefs,
            Instr::LoadName(k)
            | Instr::StoreName(k)
            | Instr::DeleteName(k)
            | Instr::LoadGlobal(k)
            | Instr::StoreGlobal(k)
            | Instr::DeleteGlobal(k)
            | Instr::LoadAttr(k)
            | Instr::StoreAttr(k)
            | Instr::DeleteAttr(k)
            | Instr::LoadMethod(k)
            | Instr::ImportName(k)
            | Instr::ImportFrom(k) => k as usize >= code.names.len(),
            _ => false,
        };
        if bad {
            return Err(format!("{pos}: {i:?} indexes past its table"));
        }
    }
    // Stack depths by flow analysis from the entry.
    let mut depth: Vec<Option<i64>> = vec![None; n];
    let mut work = vec![(0usize, 0i64)];
    let mut max = 0i64;
    while let Some((pos, d)) = work.pop() {
        if pos >= n {
            return Err("control falls off the end of the code".into());
        }
        match depth[pos] {
            Some(known) if known == d => continue,
            Some(known) => {
                return Err(format!(
                    "{pos}: stack depth {d} here, {known} on another path"
                ));
            }
            None => depth[pos] = Some(d),
        }
        let i = code.instructions[pos];
        let (pops, pushes, jump) = shape(i);
        if d < pops {
            return Err(format!("{pos}: {i:?} needs {pops} values, has {d}"));
        }
        let after = d - pops + pushes;
        max = max.max(d).max(after);
        if let Some(e) = handler(pos) {
            if e.depth as i64 > d {
                return Err(format!(
                    "{pos}: handler depth {} above stack depth {d}",
                    e.depth
                ));
            }
            work.push((e.target as usize, e.depth as i64 + e.lasti as i64 + 1));
        }
        if let (Some(t), Some(j)) = (target(i), jump) {
            work.push((t as usize, d - pops + j));
        }
        if falls_through(i) {
            work.push((pos + 1, after));
        }
    }
    if max != code.max_stack as i64 {
        return Err(format!(
            "max_stack is {}, flow analysis says {max}",
            code.max_stack
        ));
    }
    if let Some(pos) = depth.iter().position(|d| d.is_none()) {
        return Err(format!(
            "{pos}: unreachable instruction {:?}",
            code.instructions[pos]
        ));
    }
    Ok(())
}
