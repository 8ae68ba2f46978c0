# Function and class decorators, stacking order, decorators with arguments.
def trace(fn):
    def wrapper(*args, **kw):
        print('calling', fn.__name__, args, kw)
        result = fn(*args, **kw)
        print('returned', result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__, add.__wrapped__(1, 1))
def tag(name):
    print('creating decorator', name)
    def deco(fn):
        print('applying', name, 'to', fn.__name__)
        def inner(*a):
            return '<%s>%s</%s>' % (name, fn(*a), name)
        return inner
    return deco
@tag('b')
@tag('i')
def text(s):
    return s
print(text('hi'))
def register(registry):
    def deco(obj):
        registry.append(obj.__name__)
        return obj
    return deco
REG = []
@register(REG)
class Widget:
    pass
@register(REG)
def helper():
    pass
print(REG, Widget.__name__)
def add_attr(cls):
    cls.extra = 'added'
    return cls
@add_attr
class K:
    pass
print(K.extra)
@lambda f: f()
def called_immediately():
    return 'value'
print(called_immediately)
decorators = {'up': lambda f: lambda: f().upper()}
@decorators['up']
def shout():
    return 'quiet'
print(shout())
def replace_with_number(f):
    return 42
@replace_with_number
def gone():
    pass
print(gone)
