# Operations the interpreter answers directly for exact builtin types,
# checked against their general behaviour: hashing, len, truth, `in`,
# concatenation and subclass overrides.

class MyStr(str):
    def __add__(self, other):
        return "MyStr.__add__"


class MyTuple(tuple):
    def __hash__(self):
        return 42

    def __len__(self):
        return 99


class MyDict(dict):
    def __contains__(self, key):
        return "always"

    def __bool__(self):
        return True


print("a" + "b", "" + "x", "x" + "", "" + "", "é" + "ß")
print(MyStr("a") + "b", "a" + MyStr("b"))
s = ""
for i in range(5):
    s += str(i)
print(s)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)

print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(MyTuple((1,))))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
d = {(1, "a"): 1, (2, (3, 4)): 2}
print(d[(1, "a")], d[(2, (3, 4))], (2, (3, 4)) in d)

print(len((1, 2, 3)), len({1: 2}), len({1, 2}), len(frozenset()), len(MyTuple()))
print(bool(0.0), bool(-0.0), bool(1e-300), bool(float("nan")), bool({}), bool({0: 0}),
      bool(()), bool((0,)), bool(MyDict()))
print(1 in {1: 2}, 2 in {1: 2}, 1 in {1}, 3 in frozenset({3}), "x" in MyDict())
print({1} in {frozenset({1})}, frozenset() in {frozenset()})
try:
    [] in {1: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {} in {1}
except TypeError as e:
    print("TypeError:", e)
x = 0
if 0.5:
    x += 1
if {}:
    x += 10
if (None,):
    x += 100
print(x)
