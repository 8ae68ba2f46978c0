//! What each instruction does to the value stack and where it may jump.

use crate::bytecode::Instr;

/// The jump target of an instruction that has one (exception handlers are
/// in the exception table instead).
pub(crate) fn jump_target(i: Instr) -> Option<u32> {
    match i {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::PopJumpIfNone(t)
        | Instr::PopJumpIfNotNone(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::Send(t) => Some(t),
        _ => None,
    }
}

/// The same instruction jumping to `target`.
pub(crate) fn retarget(i: Instr, target: u32) -> Instr {
    match i {
        Instr::Jump(_) => Instr::Jump(target),
        Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
        Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
        Instr::PopJumpIfNone(_) => Instr::PopJumpIfNone(target),
        Instr::PopJumpIfNotNone(_) => Instr::PopJumpIfNotNone(target),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
        Instr::ForIter(_) => Instr::ForIter(target),
        Instr::Send(_) => Instr::Send(target),
        other => other,
    }
}

/// True if execution never falls through to the next instruction.
pub(crate) fn is_terminal(i: Instr) -> bool {
    matches!(
        i,
        Instr::Jump(_) | Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise(_)
    )
}

/// Net change of the stack depth, on the fall-through path or (`jump`) when
/// the jump is taken.
pub(crate) fn stack_effect(i: Instr, jump: bool) -> i32 {
    use Instr::*;
    match i {
        Nop | Swap(_) | LoadAttr(_) | Unary(_) | GetIter | ListToTuple | GetYieldFromIter
        | GetAwaitable(_) | GetAIter | SetupAnnotations | CheckExcMatch | CheckEgMatch
        | YieldValue | AsyncGenWrap | CopyDictWithoutKeys | DeleteFast(_) | DeleteDeref(_)
        | DeleteName(_) | DeleteGlobal(_) | Jump(_) => 0,
        Pop | StoreFast(_) | StoreDeref(_) | StoreName(_) | StoreGlobal(_) | DeleteAttr(_)
        | BinarySubscr | BinaryOp(_) | InplaceOp(_) | Compare(_) | IsOp(_) | ContainsOp(_)
        | ReturnValue | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_)
        | DictUpdate(_) | DictMerge(_) | PopExcept | PrepReraiseStar | ImportName(_)
        | ImportStar | PrintExpr | PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_)
        | PopJumpIfNotNone(_) | Reraise(_) => -1,
        Copy(_) | PushNull | LoadConst(_) | LoadFast(_) | LoadFastChecked(_) | LoadDeref(_)
        | LoadClosure(_) | LoadClassDeref(_) | LoadName(_) | LoadGlobal(_) | LoadMethod(_)
        | LoadBuildClass | LoadAssertionError | PushExcInfo | BeforeWith | BeforeAsyncWith
        | WithExceptStart | GetANext | ImportFrom(_) | GetLen | MatchMapping | MatchSequence
        | MatchKeys => 1,
        StoreAttr(_) | DeleteSubscr | MapAdd(_) | EndAsyncFor => -2,
        StoreSubscr => -3,
        BuildSlice(n) => 1 - n as i32,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        Send(_) => {
            if jump {
                -1
            } else {
                0
            }
        }
        Call(n) => -(n as i32) - 1,
        CallKw(n) => -(n as i32) - 2,
        CallEx(flags) => -2 - (flags & 1) as i32,
        MakeFunction(flags) => -(flags.count_ones() as i32),
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        BuildConstKeyMap(n) => -(n as i32),
        FormatValue(flags) => {
            if flags & 4 != 0 {
                -1
            } else {
                0
            }
        }
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx(arg) => ((arg & 0xff) + (arg >> 8)) as i32,
        Raise(n) => -(n as i32),
        MatchClass(_) => -2,
    }
}
