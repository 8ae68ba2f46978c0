# Frames that outlive their call through a reference cycle (a traceback
# kept in a local, or the frame itself kept in a local) are found by the
# cycle collector; frames that simply return are freed at once.
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def plain():
    n = Noisy("plain local")
    return 1


def keeps_own_frame():
    n = Noisy("frame cycle local")
    me = sys._getframe()
    return 2


def keeps_traceback():
    n = Noisy("traceback cycle local")
    try:
        raise ValueError("boom")
    except ValueError as e:
        tb = e.__traceback__
    return 3


def escaping_frame():
    n = Noisy("escaped frame local")
    return sys._getframe()


gc.collect()
print(plain())
print("after plain")
print(keeps_own_frame())
print("after frame cycle")
print(keeps_traceback())
print("after traceback cycle")
f = escaping_frame()
print("frame kept:", f.f_code.co_name, f.f_lineno > 0)
del f
print("after dropping the frame")
found = gc.collect()
print("collected something:", found > 0)
print("second collect:", gc.collect())


def gen():
    x = Noisy("generator local")
    yield 1
    yield 2


g = gen()
print(next(g))
g2 = gen()
print(next(g2), next(g2))
del g
print("after deleting a suspended generator")
g2.gi_frame.f_locals
del g2
print("done")
