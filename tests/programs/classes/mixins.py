# Mixin classes combining behaviour via cooperative multiple inheritance.
class ReprMixin:
    def __repr__(self):
        items = ', '.join('%s=%r' % kv for kv in sorted(vars(self).items()))
        return '%s(%s)' % (type(self).__name__, items)
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class OrderMixin:
    def __lt__(self, other):
        return self.key() < other.key()
class LogMixin:
    def save(self):
        print('LogMixin: saving', type(self).__name__)
        return super().save()
class Storage:
    def save(self):
        print('Storage: saved')
        return 'ok'
class Item(ReprMixin, EqMixin, OrderMixin, LogMixin, Storage):
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def key(self):
        return (self.price, self.name)
a, b, c = Item('apple', 3), Item('banana', 1), Item('cherry', 3)
print(a, a == Item('apple', 3), a == b)
print(sorted([a, b, c]))
print(a.save())
print([k.__name__ for k in Item.__mro__])
class InitMixin:
    def __init__(self, *args, **kwargs):
        print('InitMixin init', kwargs)
        self.mixed = True
        super().__init__(*args)
class Base:
    def __init__(self, value):
        print('Base init', value)
        self.value = value
class Combined(InitMixin, Base):
    pass
obj = Combined(5, extra=1)
print(obj.value, obj.mixed)
try:
    hash(a)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(a, ReprMixin), issubclass(Item, Storage))
