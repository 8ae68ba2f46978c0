# Class bodies do not create enclosing scopes for methods; __class__ and comprehensions.
x = 'global x'
class A:
    x = 'class x'
    def method(self):
        return x
    y = [x for _ in range(1)]
    z = x
print(A().method(), A.y, A.z)
def func():
    x = 'function x'
    class B:
        def method(self):
            return x
        y = x
        x = 'class-level x'
        z = x
    return B
B = func()
print(B().method(), B.y, B.z)
def func2():
    v = 'enclosing'
    class C:
        try:
            w = v
        except NameError as e:
            w = 'NameError: ' + str(e)
        v = 'class v'
        def m(self):
            return v
    return C
C = func2()
print(C.w, C.v, C().m())
class D:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [i * 2 for i in items]
    try:
        bad = [i * factor for i in items for factor in [items[0]]]
    except NameError as e:
        err = str(e)
print(D.total, D.doubled, getattr(D, 'bad', None), getattr(D, 'err', None))
class E:
    n = 3
    try:
        squares = [n * i for i in range(3)]
    except NameError as e:
        squares = 'NameError: ' + str(e)
print(E.squares)
def make_class(val):
    class Dyn:
        def get(self):
            return val
    return Dyn
print(make_class(1)().get(), make_class('b')().get())
