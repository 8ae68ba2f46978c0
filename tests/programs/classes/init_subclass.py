# __init_subclass__ hooks, keyword arguments, and plugin registries.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print('registered', key)
class CsvPlugin(Plugin, name='csv'):
    pass
class JsonPlugin(Plugin):
    pass
class Nested(JsonPlugin, name='nested'):
    pass
print(sorted(Plugin.registry), Plugin.registry['csv'].__name__)
try:
    class BadKw(Plugin, unknown=1):
        pass
except TypeError as e:
    print('TypeError:', e)
class Base:
    def __init_subclass__(cls, **kwargs):
        print('Base hook for', cls.__name__, 'kwargs', kwargs)
        cls.tag = kwargs.get('tag', 'default')
class Mixin:
    def __init_subclass__(cls, **kwargs):
        print('Mixin hook for', cls.__name__)
        super().__init_subclass__(**kwargs)
class Combined(Mixin, Base, tag='t1'):
    pass
print(Combined.tag)
class Plain:
    pass
try:
    class WithKw(Plain, flag=True):
        pass
except TypeError as e:
    print('TypeError:', e)
class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in cls.required if not hasattr(cls, r)]
        if missing:
            raise TypeError('%s missing %s' % (cls.__name__, missing))
class Good(Validated):
    required = ('run',)
    def run(self): pass
try:
    class Broken(Validated):
        required = ('run', 'stop')
        def run(self): pass
except TypeError as e:
    print('TypeError:', e)
print(type(Validated.__init_subclass__).__name__)
