# Errors raised while a class body executes or while a metaclass runs propagate at definition time.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        if 'forbidden' in ns:
            raise TypeError('class %s may not define forbidden' % name)
        return super().__new__(mcls, name, bases, ns)
class Good(metaclass=Meta):
    allowed = 1
print(Good.allowed)
try:
    class Bad(metaclass=Meta):
        forbidden = 2
except TypeError as e:
    print('caught:', e)
try:
    class BodyError:
        x = 1 / 0
except ZeroDivisionError as e:
    print('caught body error:', e)
print('BodyError' in dir())
class Base:
    def __init_subclass__(cls, **kw):
        if not cls.__name__.startswith('Plugin'):
            raise ValueError('bad plugin name: ' + cls.__name__)
class PluginOne(Base):
    pass
print(PluginOne.__name__)
print('defining an invalid plugin at top level')
class Extension(Base):
    pass
print('never printed')
