//! Disassembly snapshots, each checked by hand against the semantics in
//! `bytecode.rs` (stack shapes, exception table entries and locations).

mod common;

use terrarium_compiler::{Mode, disassemble};

fn listing(source: &str) -> String {
    disassemble(&common::compile_checked(source, Mode::Exec))
}

/// A `return` inside `with` calls `__exit__(None, None, None)` with the
/// value kept below it; the exceptional path is CPython 3.11's layout.
#[test]
fn with_return_unwinds_through_exit() {
    let source = r#"def f(path):
    with open(path) as fh:
        return fh.read()
"#;
    let expected = r#"code <module> line 1 args 0/0/0 stack 1 flags -
   1       0 LoadConst 0 (<code object f>)
           1 MakeFunction 0
           2 StoreName 0 (f)
           3 LoadConst 1 (None)
           4 ReturnValue

code f line 1 args 1/0/0 stack 6 flags OPTIMIZED|NEWLOCALS
  varnames: path, fh
   2       0 PushNull
           1 LoadGlobal 0 (open)
           2 LoadFast 0 (path)
           3 Call 1
           4 BeforeWith
           5 StoreFast 1 (fh)
   3       6 LoadFast 1 (fh)
           7 LoadMethod 1 (read)
           8 Call 0
   2       9 Swap 2
          10 LoadConst 0 (None)
          11 LoadConst 0 (None)
          12 LoadConst 0 (None)
          13 Call 2
          14 Pop
   3      15 ReturnValue
   2 >>   16 PushExcInfo
          17 WithExceptStart
          18 PopJumpIfTrue -> 23
          19 Reraise 2
     >>   20 Copy 3
          21 PopExcept
          22 Reraise 1
     >>   23 Pop
          24 PopExcept
          25 Pop
          26 Pop
          27 LoadConst 0 (None)
          28 ReturnValue
  exception table:
    5 to 9 -> 16 depth 1 lasti
    16 to 20 -> 20 depth 3 lasti
    23 to 24 -> 20 depth 3 lasti
"#;
    assert_eq!(listing(source), expected);
}

/// A `continue` in an `except ... as e` body cleans up the handler (`e =
/// None; del e`), runs the `finally` body inline, then jumps to the loop.
#[test]
fn continue_in_except_runs_finally() {
    let source = r#"for x in xs:
    try:
        g(x)
    except E as e:
        continue
    finally:
        h()
"#;
    let expected = r#"code <module> line 1 args 0/0/0 stack 5 flags -
   1       0 LoadName 0 (xs)
           1 GetIter
     >>    2 ForIter -> 49
           3 StoreName 1 (x)
   2       4 Nop
   3       5 PushNull
           6 LoadName 2 (g)
           7 LoadName 1 (x)
           8 Call 1
           9 Pop
   2      10 Jump -> 34
     >>   11 PushExcInfo
   4      12 LoadName 3 (E)
          13 CheckExcMatch
          14 PopJumpIfFalse -> 30
          15 StoreName 4 (e)
   5      16 Nop
          17 PopExcept
          18 LoadConst 0 (None)
          19 StoreName 4 (e)
          20 DeleteName 4 (e)
   7      21 PushNull
          22 LoadName 5 (h)
          23 Call 0
          24 Pop
   5      25 Jump -> 2
   4 >>   26 LoadConst 0 (None)
          27 StoreName 4 (e)
          28 DeleteName 4 (e)
          29 Reraise 1
   2 >>   30 Reraise 0
     >>   31 Copy 3
          32 PopExcept
          33 Reraise 1
   7 >>   34 PushNull
          35 LoadName 5 (h)
          36 Call 0
          37 Pop
   2      38 Jump -> 48
     >>   39 PushExcInfo
   7      40 PushNull
          41 LoadName 5 (h)
          42 Call 0
          43 Pop
   2      44 Reraise 0
     >>   45 Copy 3
          46 PopExcept
          47 Reraise 1
   1 >>   48 Jump -> 2
     >>   49 LoadConst 0 (None)
          50 ReturnValue
  exception table:
    4 to 5 -> 39 depth 1
    5 to 10 -> 11 depth 1
    10 to 11 -> 39 depth 1
    11 to 16 -> 31 depth 2 lasti
    16 to 17 -> 26 depth 2 lasti
    17 to 21 -> 39 depth 1
    26 to 31 -> 31 depth 2 lasti
    31 to 34 -> 39 depth 1
    39 to 45 -> 45 depth 2 lasti
"#;
    assert_eq!(listing(source), expected);
}

/// Class, value, capture, star and or-patterns, a guard and a default case.
#[test]
fn match_class_or_and_default() {
    let source = r#"match p:
    case Point(x=0, y=yy) if yy:
        a = yy
    case [1, *rest] | (2, *rest):
        a = rest
    case _:
        a = None
"#;
    let expected = r#"code <module> line 1 args 0/0/0 stack 4 flags -
   1       0 LoadName 0 (p)
   2       1 Copy 1
           2 LoadName 1 (Point)
           3 LoadConst 0 (('x', 'y'))
           4 MatchClass 0
           5 Copy 1
           6 PopJumpIfNone -> 18
           7 UnpackSequence 2
           8 LoadConst 1 (0)
           9 Compare ==
          10 PopJumpIfFalse -> 18
          11 StoreName 2 (yy)
          12 LoadName 2 (yy)
          13 PopJumpIfFalse -> 19
          14 Pop
   3      15 LoadName 2 (yy)
          16 StoreName 3 (a)
   2      17 Jump -> 56
     >>   18 Pop
   4 >>   19 Copy 1
          20 MatchSequence
          21 PopJumpIfFalse -> 31
          22 GetLen
          23 LoadConst 2 (1)
          24 Compare >=
          25 PopJumpIfFalse -> 31
          26 UnpackEx 1+*+0
          27 LoadConst 2 (1)
          28 Compare ==
          29 PopJumpIfFalse -> 31
          30 Jump -> 47
     >>   31 Pop
          32 Copy 1
          33 MatchSequence
          34 PopJumpIfFalse -> 44
          35 GetLen
          36 LoadConst 2 (1)
          37 Compare >=
          38 PopJumpIfFalse -> 44
          39 UnpackEx 1+*+0
          40 LoadConst 3 (2)
          41 Compare ==
          42 PopJumpIfFalse -> 44
          43 Jump -> 47
     >>   44 Pop
          45 Pop
          46 Jump -> 53
     >>   47 Swap 2
          48 Pop
          49 StoreName 4 (rest)
   5      50 LoadName 4 (rest)
          51 StoreName 3 (a)
   4      52 Jump -> 56
   6 >>   53 Nop
   7      54 LoadConst 4 (None)
          55 StoreName 3 (a)
     >>   56 LoadConst 4 (None)
          57 ReturnValue
"#;
    assert_eq!(listing(source), expected);
}

/// A cell for a variable an inner function rebinds; a list comprehension
/// as a nested function called with the iterator.
#[test]
fn closure_and_comprehension() {
    let source = r#"def counter(n):
    total = 0
    squares = [i * i for i in range(n) if i % 2]
    def add(k):
        nonlocal total
        total += k
    return add, squares
"#;
    let expected = r#"code <module> line 1 args 0/0/0 stack 1 flags -
   1       0 LoadConst 0 (<code object counter>)
           1 MakeFunction 0
           2 StoreName 0 (counter)
           3 LoadConst 1 (None)
           4 ReturnValue

code counter line 1 args 1/0/0 stack 4 flags OPTIMIZED|NEWLOCALS
  varnames: n, squares, add
  cellvars: total
   2       0 LoadConst 1 (0)
           1 StoreDeref 0 (total)
   3       2 LoadConst 2 (<code object <listcomp>>)
           3 MakeFunction 0
           4 PushNull
           5 LoadGlobal 0 (range)
           6 LoadFast 0 (n)
           7 Call 1
           8 GetIter
           9 Call 0
          10 StoreFast 1 (squares)
   4      11 LoadClosure 0 (total)
          12 BuildTuple 1
          13 LoadConst 3 (<code object add>)
          14 MakeFunction 8
          15 StoreFast 2 (add)
   7      16 LoadFast 2 (add)
          17 LoadFast 1 (squares)
          18 BuildTuple 2
          19 ReturnValue

code counter.<locals>.<listcomp> line 3 args 1/0/0 stack 4 flags OPTIMIZED|NEWLOCALS|NESTED
  varnames: .0, i
   3       0 BuildList 0
           1 LoadFast 0 (.0)
     >>    2 ForIter -> 13
           3 StoreFast 1 (i)
           4 LoadFast 1 (i)
           5 LoadConst 0 (2)
           6 BinaryOp %
           7 PopJumpIfFalse -> 12
           8 LoadFast 1 (i)
           9 LoadFast 1 (i)
          10 BinaryOp *
          11 ListAppend 2
     >>   12 Jump -> 2
     >>   13 ReturnValue

code counter.<locals>.add line 4 args 1/0/0 stack 2 flags OPTIMIZED|NEWLOCALS|NESTED
  varnames: k
  freevars: total
   6       0 LoadDeref 0 (total)
           1 LoadFast 0 (k)
           2 InplaceOp +=
           3 StoreDeref 0 (total)
           4 LoadConst 0 (None)
           5 ReturnValue
"#;
    assert_eq!(listing(source), expected);
}
