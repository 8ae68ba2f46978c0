# Class pattern attribute lookups: missing attributes fail the match, other errors propagate.
class Partial:
    __match_args__ = ('a', 'b')
    def __init__(self):
        self.a = 1
match Partial():
    case Partial(a, b):
        print('no, b is missing')
    case Partial(a):
        print('only a matched', a)
class Raises:
    @property
    def boom(self):
        raise ValueError('property raised')
try:
    match Raises():
        case Raises(boom=1):
            pass
except ValueError as e:
    print('ValueError propagated:', e)
class Attr:
    @property
    def missing(self):
        raise AttributeError('treated as missing')
match Attr():
    case Attr(missing=_):
        print('no')
    case Attr():
        print('AttributeError means no match')
class BadMatchArgs:
    __match_args__ = ['x']
    x = 1
try:
    match BadMatchArgs():
        case BadMatchArgs(v):
            print('list __match_args__ accepted?', v)
except TypeError as e:
    print('TypeError:', e)
class TooFew:
    __match_args__ = ('x',)
    x = 1
    y = 2
try:
    match TooFew():
        case TooFew(a, b):
            pass
except TypeError as e:
    print('TypeError:', e)
class NonStr:
    __match_args__ = (1,)
try:
    match NonStr():
        case NonStr(v):
            pass
except TypeError as e:
    print('TypeError:', e)
class Kw:
    __match_args__ = ('x',)
    x = 5
try:
    match Kw():
        case Kw(v, x=w):
            pass
except TypeError as e:
    print('TypeError:', e)
match 42:
    case int(real=r, imag=i, denominator=d):
        print('int attributes', r, i, d)
