# Frames of nested Python calls: f_back chains, caller line numbers,
# tracebacks through several levels, exceptions caught midway, and the
# recursion limit.
import sys


def names_up():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return out


def level3():
    return names_up()


def level2():
    x = level3()
    return x


def level1():
    return level2()


print(level1())


def raiser(n):
    if n == 0:
        raise KeyError("deep")
    return raiser(n - 1) + 1


def catcher():
    try:
        raiser(3)
    except KeyError as e:
        tb = e.__traceback__
        depth = 0
        while tb is not None:
            depth += 1
            print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
            tb = tb.tb_next
        return depth


print(catcher())


def returns_in_finally(n):
    try:
        return helper(n)
    finally:
        print("finally", n)


def helper(n):
    if n < 0:
        raise ValueError(n)
    return n * 2


print(returns_in_finally(4))
try:
    returns_in_finally(-1)
except ValueError as e:
    print("caught", e)


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(500))
sys.setrecursionlimit(100)
try:
    count(1000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(count(900))


def gen_calls():
    for i in range(3):
        yield level3()[0][0], helper(i)


print(list(gen_calls()))


class K:
    def method(self, v):
        return self.other(v) + 1

    def other(self, v):
        return sys._getframe(1).f_code.co_name, v


print(K().method(5) if False else K().other(5), K().method.__name__)
try:
    K().method(1)
except TypeError as e:
    print("TypeError", e)


def outer():
    def inner():
        raise RuntimeError("from inner")
    return inner()


outer()
