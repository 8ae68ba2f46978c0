# Truth values of builtins and user objects (__bool__, __len__).
vals = [0, 1, -1, 0.0, 0.1, 0j, 1j, '', ' ', b'', b'\x00', [], [0], (), ((),),
        {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, ..., True, False]
for v in vals:
    print(repr(v), bool(v), 'T' if v else 'F')
class A:
    def __bool__(self): return False
class B:
    def __len__(self): return 0
class C:
    def __len__(self): return 3
class D:
    pass
class E:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(A()), bool(B()), bool(C()), bool(D()), bool(E()))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print('TypeError:', e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print('ValueError:', e)
print(not A(), A() or 'fallback', C() and 'both')
x = 0
while not x:
    x += 1
print(x)
print(bool(float('nan')), bool(-0.0), bool(float('inf')))
