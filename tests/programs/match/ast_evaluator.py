# A small expression evaluator written with structural pattern matching.
class Num:
    __match_args__ = ('value',)
    def __init__(self, value): self.value = value
class BinOp:
    __match_args__ = ('op', 'left', 'right')
    def __init__(self, op, left, right): self.op, self.left, self.right = op, left, right
class Neg:
    __match_args__ = ('operand',)
    def __init__(self, operand): self.operand = operand
def evaluate(node):
    match node:
        case Num(v):
            return v
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(x):
            return -evaluate(x)
        case BinOp('+', Num(0), r) | BinOp('+', r, Num(0)):
            return evaluate(r)
        case BinOp('*', Num(0), _) | BinOp('*', _, Num(0)):
            return 0
        case BinOp('+' | '-' as op, l, r):
            a, b = evaluate(l), evaluate(r)
            return a + b if op == '+' else a - b
        case BinOp('*', l, r):
            return evaluate(l) * evaluate(r)
        case BinOp('/', _, Num(0)):
            raise ZeroDivisionError('literal division by zero')
        case BinOp('/', l, r):
            return evaluate(l) / evaluate(r)
        case BinOp(op, _, _):
            raise ValueError('unknown operator ' + op)
        case _:
            raise TypeError('bad node')
def show(node):
    match node:
        case Num(v): return str(v)
        case Neg(x): return '-' + show(x)
        case BinOp(op, l, r): return '(%s %s %s)' % (show(l), op, show(r))
exprs = [
    Num(5), Neg(Num(3)), Neg(Neg(Num(4))), BinOp('+', Num(0), Num(7)), BinOp('*', Num(9), Num(0)),
    BinOp('-', Num(10), BinOp('*', Num(2), Num(3))), BinOp('/', Num(1), Num(4)),
    BinOp('/', Num(1), Num(0)), BinOp('%', Num(1), Num(2)), 'junk',
]
for e in exprs:
    try:
        print(show(e) if not isinstance(e, str) else e, '=', evaluate(e))
    except Exception as err:
        print(type(err).__name__ + ':', err)
def tokens(s):
    out = []
    for ch in s:
        match ch:
            case ' ':
                continue
            case '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9':
                if out and isinstance(out[-1], int):
                    out[-1] = out[-1] * 10 + int(ch)
                else:
                    out.append(int(ch))
            case '+' | '-' | '*' | '/' | '(' | ')':
                out.append(ch)
            case other:
                raise SyntaxError('bad char ' + other)
    return out
print(tokens('12 + 3*(45 - 6)'))
