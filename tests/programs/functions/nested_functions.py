# Nested function definitions, recursion inside nesting, and redefinition.
def outer(n):
    def helper(k):
        if k == 0:
            return []
        return helper(k - 1) + [k]
    return helper(n)
print(outer(5))
def make_ops():
    def add(a, b): return a + b
    def sub(a, b): return a - b
    return {f.__name__: f for f in (add, sub)}
ops = make_ops()
print(sorted(ops), ops['add'](2, 3), ops['sub'](2, 3))
def redefine():
    def f(): return 1
    first = f
    def f(): return 2
    return first(), f()
print(redefine())
def conditional_def(flag):
    if flag:
        def impl(): return 'A'
    else:
        def impl(): return 'B'
    return impl()
print(conditional_def(True), conditional_def(False))
def loop_defs():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * i
        fs.append(f)
    return [f() for f in fs]
print(loop_defs())
def level1():
    x = 1
    def level2():
        y = 2
        def level3():
            z = 3
            def level4():
                return x + y + z
            return level4()
        return level3()
    return level2()
print(level1())
def counter():
    def inc():
        inc.count += 1
        return inc.count
    inc.count = 0
    return inc
c = counter()
print(c(), c(), c())
def uses_later():
    return later_defined()
def later_defined():
    return 'resolved at call time'
print(uses_later())
