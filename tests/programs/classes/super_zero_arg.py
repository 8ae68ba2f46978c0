# Zero-argument super() and the __class__ cell in methods.
class A:
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return 'A.c(%s)' % cls.__name__
    @staticmethod
    def s():
        return 'A.s'
class B(A):
    def f(self):
        return 'B.f>' + super().f()
    @classmethod
    def c(cls):
        return 'B.c>' + super().c()
    def cls_cell(self):
        return __class__.__name__
    def s_via_super(self):
        return super().s()
class C(B):
    def f(self):
        return 'C.f>' + super().f()
print(C().f(), C.c(), C().cls_cell(), C().s_via_super())
print(super(B, C()).f(), super(C, C).c())
class D(A):
    def f(self):
        def inner():
            return super(D, self).f()
        return 'D.f>' + inner()
    def via_lambda(self):
        try:
            return (lambda: super().f())()
        except RuntimeError as e:
            return 'RuntimeError: ' + str(e)
    def via_lambda_arg(self):
        return (lambda x: super().f())(self)
print(D().f(), D().via_lambda(), D().via_lambda_arg())
class E:
    def method(self):
        return __class__
print(E().method() is E)
def outside(self):
    return super().f()
class F(A):
    g = outside
try:
    F().g()
except RuntimeError as e:
    print('RuntimeError:', e)
class G(A):
    def f(self):
        del self
        try:
            return super().f()
        except RuntimeError as e:
            return 'RuntimeError: ' + str(e)
print(G().f())
class H(A):
    def gen(self):
        yield super().f()
print(list(H().gen()))
s = super(B, B())
print(type(s).__name__, s.f())
