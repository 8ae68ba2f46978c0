# C3 linearization: diamonds, cooperative super(), and MRO conflicts.
class A:
    def who(self): return ['A']
class B(A):
    def who(self): return ['B'] + super().who()
class C(A):
    def who(self): return ['C'] + super().who()
class D(B, C):
    def who(self): return ['D'] + super().who()
print([k.__name__ for k in D.__mro__], D().who())
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
try:
    class Bad(X, K1): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print('TypeError:', e)
class Base:
    def __init__(self):
        print('Base init')
class Left(Base):
    def __init__(self):
        print('Left init')
        super().__init__()
class Right(Base):
    def __init__(self):
        print('Right init')
        super().__init__()
class Child(Left, Right):
    def __init__(self):
        print('Child init')
        super().__init__()
Child()
print(super(Left, Child()).__init__ is not None)
class P:
    x = 'P'
class Q(P):
    pass
class R(P):
    x = 'R'
class S(Q, R):
    pass
print(S.x)
print([k.__name__ for k in bool.__mro__], [k.__name__ for k in type.__mro__])
