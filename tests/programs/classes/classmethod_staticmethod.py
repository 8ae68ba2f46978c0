# classmethod and staticmethod: binding, alternate constructors, inheritance.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split('-')))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return '%s(%d, %d, %d)' % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(MyDate(1, 2, 3).from_string('5-6-7'))
cm = Date.__dict__['from_string']
sm = Date.__dict__['is_leap']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__(4))
print(sm(8), callable(sm))
bound = Date.from_string
print(bound.__self__ is Date, MyDate.from_string.__self__ is MyDate)
class Counter:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
class SubCounter(Counter):
    pass
Counter.inc(); Counter.inc(); SubCounter.inc()
print(Counter.count, SubCounter.count)
class Wrapped:
    @classmethod
    @property
    def cls_prop(cls):
        return 'classprop of ' + cls.__name__
print(Wrapped.cls_prop)
def free(x):
    return x * 2
class Holder:
    f = staticmethod(free)
    g = classmethod(lambda cls, v: (cls.__name__, v))
print(Holder.f(4), Holder().f(5), Holder.g(1), Holder().g(2))
print(staticmethod(free).__wrapped__ is free, classmethod(free).__wrapped__ is free)
