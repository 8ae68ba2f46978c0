# exec() inserts the builtins dict, __bool__ runs once per test, StopIteration
# from the function given to map/filter ends them, __bases__ assignment
# reorders subclasses too, builtin types document themselves with a str.
g = {}
exec("", g)
print(type(g["__builtins__"]).__name__)
print(type(eval("__builtins__", {})).__name__)
class B:
    n = 0
    def __bool__(self):
        B.n += 1
        return True
r = B() and 1 or 0
print(r, B.n)
def stop(x):
    raise StopIteration
try:
    print(list(map(stop, [1, 2])))
except StopIteration:
    print("StopIteration escaped")
try:
    print(list(filter(stop, [1, 2])))
except StopIteration:
    print("StopIteration escaped")
class Base: pass
class X(Base): pass
class Bb(Base): pass
class Sub(Bb): pass
Bb.__bases__ = (X,)
print(Sub.__mro__)
print(type(type.__doc__).__name__, type(property.__doc__).__name__)
