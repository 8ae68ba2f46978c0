# Method calls: a small stack-based virtual machine whose instructions
# are objects with an execute() method, polymorphic shapes with
# overridden methods, super() calls, staticmethod and classmethod.

PROGRAM_RUNS = 8600
SHAPES = 3000
SHAPE_ROUNDS = 580


class Machine:
    def __init__(self):
        self.stack = []
        self.pc = 0
        self.steps = 0
        self.vars = [0] * 8

    def push(self, value):
        self.stack.append(value)

    def pop(self):
        return self.stack.pop()

    def peek(self):
        return self.stack[-1]

    def jump(self, target):
        self.pc = target

    def run(self, code):
        self.pc = 0
        n = len(code)
        while self.pc < n:
            instr = code[self.pc]
            self.pc += 1
            self.steps += 1
            instr.execute(self)
        return self.pop()


class Instr:
    def __init__(self, arg=0):
        self.arg = arg

    def execute(self, m):
        raise NotImplementedError


class Push(Instr):
    def execute(self, m):
        m.push(self.arg)


class Load(Instr):
    def execute(self, m):
        m.push(m.vars[self.arg])


class Store(Instr):
    def execute(self, m):
        m.vars[self.arg] = m.pop()


class Add(Instr):
    def execute(self, m):
        b = m.pop()
        m.push(m.pop() + b)


class Mul(Instr):
    def execute(self, m):
        b = m.pop()
        m.push(m.pop() * b % 1000003)


class Sub(Instr):
    def execute(self, m):
        b = m.pop()
        m.push(m.pop() - b)


class JumpIfPositive(Instr):
    def execute(self, m):
        if m.pop() > 0:
            m.jump(self.arg)


def build_program(limit):
    # vars: 0 = counter, 1 = accumulator
    return [
        Push(limit), Store(0),
        Push(1), Store(1),
        # loop start = 4
        Load(1), Load(0), Mul(), Push(7), Add(), Store(1),
        Load(0), Push(1), Sub(), Store(0),
        Load(0), JumpIfPositive(4),
        Load(1),
    ]


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def describe(self):
        return self.area() * 3 + self.perimeter()

    @staticmethod
    def clamp(v, lo, hi):
        return lo if v < lo else hi if v > hi else v

    @classmethod
    def created(cls):
        return cls.count


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def describe(self):
        return super().describe() + 1


class Tri(Shape):
    def __init__(self, a, b, c):
        super().__init__("tri")
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        # twice the area is enough for a checksum; avoid floats
        return self.a * self.b // 2


def main():
    m = Machine()
    results = 0
    for r in range(PROGRAM_RUNS):
        code = build_program(40 + r % 13)
        results = (results + m.run(code)) % 1000000007

    shapes = []
    for i in range(SHAPES):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i % 17 + 1, i % 5 + 2))
        elif k == 1:
            shapes.append(Square(i % 11 + 1))
        else:
            shapes.append(Tri(i % 7 + 3, i % 9 + 4, i % 4 + 5))
    total = 0
    for _ in range(SHAPE_ROUNDS):
        for s in shapes:
            total += Shape.clamp(s.describe(), 0, 500)
    print("vm", results, m.steps, "shapes", Shape.created(), total)


main()
