# __getattr__ (fallback) vs __getattribute__ (always), __setattr__, __delattr__.
class Fallback:
    real = 'real attribute'
    def __getattr__(self, name):
        if name.startswith('bad'):
            raise AttributeError('no %s here' % name)
        return 'dynamic ' + name
f = Fallback()
print(f.real, f.anything, getattr(f, 'bad_one', 'default used'), hasattr(f, 'bad_x'), hasattr(f, 'x'))
try:
    f.bad_attr
except AttributeError as e:
    print('AttributeError:', e)
class Always:
    def __init__(self):
        self.data = 1
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
a = Always()
print(a.data, a.secret, a.missing)
class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('del', name)
        super().__delattr__(name)
l = Logged()
l.x = 1
l.y = [2]
del l.x
print(vars(l))
class ReadOnly:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError('read-only: ' + name)
try:
    ReadOnly().z = 5
except AttributeError as e:
    print('AttributeError:', e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class T: pass
t = T()
p = Proxy(t)
p.color = 'red'
print(t.color, p.color, p.__class__.__name__)
class Raising:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    Raising().foo
except KeyError as e:
    print('KeyError', e)
try:
    getattr(Raising(), 'foo', 'default')
except KeyError as e:
    print('getattr default does not catch KeyError:', e)
