# Global and builtin name loads repeated in loops while the globals and
# builtins change: each change must be seen by the next load.
import builtins

counter = 0


def read_counter(n):
    out = []
    for _ in range(n):
        out.append(counter)
    return out


print(read_counter(2))
counter = 5
print(read_counter(2))


def use_len(items):
    return [len(x) for x in items]


print(use_len(["ab", "c"]))
# A global shadows the builtin, then is removed.
len = lambda x: "shadow"
print(use_len(["ab", "c"]))
del len
print(use_len(["ab", "c"]))

# The builtin itself is replaced, then restored.
original = builtins.len
builtins.len = lambda x: "patched builtin"
print(use_len(["ab"]))
builtins.len = original
print(use_len(["ab"]))


def read_missing():
    return missing_name


try:
    read_missing()
except NameError as e:
    print("NameError:", e)
missing_name = "now defined"
print(read_missing())
del missing_name
try:
    read_missing()
except NameError as e:
    print("NameError:", e)

# The same code run against different globals.
src = "def get():\n    return value\n"
g1 = {"value": 1}
g2 = {"value": 2}
exec(src, g1)
exec(src, g2)
print(g1["get"](), g2["get"](), g1["get"](), g2["get"]())
g1["value"] = 10
print(g1["get"](), g2["get"]())

# One code object, two globals dicts: the function rebound to each.
FunctionType = type(read_missing)
f = FunctionType(g1["get"].__code__, g2)
print(f(), g1["get"](), f())

# A global changed inside the loop that reads it.
total = 0
def accumulate(n):
    global total
    for i in range(n):
        total = total + i
    return total
print(accumulate(5), accumulate(3))
