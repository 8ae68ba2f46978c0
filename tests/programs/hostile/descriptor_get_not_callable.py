# A descriptor whose class's __get__ is itself an instance: CPython calls the
# __get__ found, unbound, and reports that it is not callable.
class D: pass
D.__get__ = D()
class C:
    x = D()
try:
    C().x
except TypeError as e:
    print("TypeError", e)
