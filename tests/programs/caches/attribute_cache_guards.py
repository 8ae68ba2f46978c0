# Attribute loads and stores repeated in loops, with the class, the
# instance dict or the object's type changing between iterations: each
# change must be seen by the next access.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def read_x(objs):
    return [o.x for o in objs]


# Same type, keys inserted in different orders (different dict positions).
a = Point(1, 2)
b = Point.__new__(Point)
b.y = 20
b.x = 10
c = Point.__new__(Point)
c.z = 0
c.x = 100
print(read_x([a, b, c, a, b, c]))

# A data descriptor added to the class after the loads were cached wins
# over the instance dict.
print(read_x([a, b]))
Point.x = property(lambda self: "from property")
print(read_x([a, b]))
del Point.x
print(read_x([a, b]))

# A class attribute appears, then the instance attribute is deleted.
del b.x
Point.x = "class level"
print(read_x([a, b]))
del Point.x
try:
    read_x([a, b])
except AttributeError as e:
    print("AttributeError:", e)

# Methods: an instance attribute shadows the method, then goes away.
def call_norm(objs):
    return [o.norm1() for o in objs]

print(call_norm([a, a]))
a.norm1 = lambda: "shadowed"
print(call_norm([a, a]))
del a.norm1
print(call_norm([a, a]))

# The method is replaced on the class.
Point.norm1 = lambda self: "replaced"
print(call_norm([a, a]))


# __class__ assignment between accesses.
class Other:
    def __init__(self):
        self.x = "other"

    def norm1(self):
        return "Other.norm1"


o = Point(3, 4)
print(read_x([o]), call_norm([o]))
o.__class__ = Other
print(read_x([o]), call_norm([o]))


# __slots__ members and a property, cached then redefined.
class Slotted:
    __slots__ = ("p", "q")

    def __init__(self):
        self.p = 1

    @property
    def both(self):
        return (self.p, getattr(self, "q", None))


def slot_loop(s, n):
    out = []
    for i in range(n):
        s.p = s.p + i
        out.append(s.both)
    return out


s = Slotted()
print(slot_loop(s, 4))
s.q = "q"
print(slot_loop(s, 2))
del s.p
try:
    slot_loop(s, 1)
except AttributeError as e:
    print("AttributeError:", e)
Slotted.both = property(lambda self: "new property")
s.p = 0
print(slot_loop(s, 2))


# Stores: a data descriptor added later intercepts them.
class Store:
    pass


def store_loop(obj, n):
    for i in range(n):
        obj.v = i
    return obj.__dict__.get("v")


st = Store()
print(store_loop(st, 3))
log = []
Store.v = property(lambda self: "get", lambda self, value: log.append(value))
print(store_loop(st, 3), log)
del Store.v
print(store_loop(st, 2))

# A __setattr__ added to the class later.
def custom_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 10)

Store.__setattr__ = custom_setattr
print(store_loop(st, 2), log[-2:])


# __dict__ replaced wholesale.
q = Point(1, 1)
print(read_x([q, q]))
q.__dict__ = {"x": "new dict", "y": 0}
print(read_x([q, q]))


# Modules: attribute loads see assignments to the module.
import sys
mod = type(sys)("m")
mod.value = 1
def mod_loop(n):
    out = []
    for i in range(n):
        out.append(mod.value)
        mod.value = i * 2
    return out
print(mod_loop(4))


# __getattr__ fallback after a cached hit misses.
class Fallback:
    def __getattr__(self, name):
        return "fallback " + name


f1 = Fallback()
f1.x = "real"
f2 = Fallback()
print(read_x([f1, f2, f1]))
