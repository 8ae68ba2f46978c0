# type.__subclasses__(): direct subclasses only, builtin ones included,
# and classes that were freed drop out.
import gc
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
print(len(int.__subclasses__()) >= 1, [c.__name__ for c in object.__subclasses__()][:0])
class E(A): pass
del E
gc.collect()
print([c.__name__ for c in A.__subclasses__()])
class MyInt(int): pass
print(MyInt in int.__subclasses__())
