# Weak references: dereferencing, clearing when the referent is freed
# (by refcounting or by the cycle collector), callbacks, sharing of plain
# refs, equality and hashing, and the types that refuse them.
import gc
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Thing({self.name})"


def report(tag):
    def callback(ref):
        print("callback", tag, ref() is None, type(ref).__name__)
    return callback


a = Thing("a")
r = weakref.ref(a)
print(r() is a, r().name, weakref.ref(a) is r, weakref.getweakrefcount(a))
r2 = weakref.ref(a, report("r2"))
r3 = weakref.ref(a, report("r3"))
print(r2 is not r, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(r == r2, r != r2, hash(r) == hash(a), r.__callback__ is None, r2.__callback__ is not None)
del a
print("after del", r(), r2(), r3())
print(r == r2, hash(r) is not None)
print(repr(r).endswith("; dead>"))

# A dead reference that was never hashed cannot be hashed.
b = Thing("b")
rb = weakref.ref(b)
del b
try:
    hash(rb)
except TypeError as e:
    print("TypeError:", e)

# Freed by the cycle collector.
c = Thing("c")
c.self = c
rc = weakref.ref(c, report("cycle"))
del c
print("before collect", rc() is not None)
gc.collect()
print("after collect", rc())

# A reference that dies before its referent does not call back.
d = Thing("d")
rd = weakref.ref(d, report("never"))
del rd
del d
print("no callback above")

# Weak references as dict keys survive their referents' deaths.
objs = [Thing(i) for i in range(3)]
table = {weakref.ref(o): o.name for o in objs}
print(sorted(table.values()))

# Other referents.
def f():
    pass

rf = weakref.ref(f)
print(rf() is f, weakref.ref(Thing)() is Thing, weakref.ref(len)() is len)
s = {1, 2}
print(weakref.ref(s)() == {1, 2})
for bad in [1, "s", (1,), [1], {}, None]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
sw = SlottedWeak()
print(weakref.ref(sw)() is sw)


# A callback that raises is reported and ignored.
def bad_callback(ref):
    raise ValueError("from callback")


e = Thing("e")
re_ = weakref.ref(e, bad_callback)
del e
print("still running")


class MyRef(weakref.ref):
    def __init__(self, obj, callback=None, note=""):
        super().__init__(obj, callback)
        self.note = note

    def __new__(cls, obj, callback=None, note=""):
        return super().__new__(cls, obj, callback)


g = Thing("g")
mr = MyRef(g, None, "noted")
print(type(mr).__name__, mr() is g, mr.note, isinstance(mr, weakref.ref))
import weakref
class A: pass
a=A(); print(a.__weakref__); r=weakref.ref(a); print(a.__weakref__ is r, '__weakref__' in A.__dict__, A.__dict__['__weakref__'])
class B(A): __slots__=()
print('__weakref__' in B.__dict__)
