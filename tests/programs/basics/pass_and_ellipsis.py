# Empty bodies with pass and ..., docstrings, and no-op statements.
def f():
    pass
def g():
    ...
def h():
    "only a docstring"
class C:
    pass
class D:
    """doc"""
print(f(), g(), h(), h.__doc__, D.__doc__, C.__doc__)
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    ...
try:
    pass
except Exception:
    pass
finally:
    pass
x = ...
print(x, repr(x), str(...), type(...).__name__)
print(... == ..., ... is Ellipsis, bool(...))
1
'expression statement'
[1, 2, 3]
print('still running')
def k(a, b=...):
    return b is ...
print(k(1), k(1, 2))
class Proto:
    def method(self) -> int: ...
print(Proto().method())
print(f.__doc__, g.__doc__, len(h.__doc__))
