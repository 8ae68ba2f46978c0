# Mapping patterns: key subsets, **rest, value patterns as keys, non-dict mappings.
def m(x):
    match x:
        case {'type': 'point', 'x': x, 'y': y}:
            return 'point(%r, %r)' % (x, y)
        case {'type': 'circle', 'r': r, **rest} if rest:
            return 'circle r=%r extra=%r' % (r, rest)
        case {'type': 'circle', 'r': r}:
            return 'plain circle %r' % r
        case {1: one, 2.5: two}:
            return 'numeric keys %r %r' % (one, two)
        case {}:
            return 'any mapping (%d keys)' % len(x)
        case _:
            return 'not a mapping'
for v in [{'type': 'point', 'x': 1, 'y': 2, 'z': 3}, {'type': 'circle', 'r': 5},
          {'type': 'circle', 'r': 5, 'color': 'red', 'fill': True}, {1: 'a', 2.5: 'b'},
          {}, {'other': 1}, [('type', 'point')], 'str']:
    print(v, '->', m(v))
class Const:
    KEY = 'k'
match {'k': 10}:
    case {Const.KEY: v}:
        print('value pattern key', v)
match {'a': 1, 'b': 2}:
    case {'a': 1, **others}:
        print('others', others, type(others).__name__)
class Lookup(dict):
    def __missing__(self, key):
        return 'missing ' + key
match Lookup(a=1):
    case {'zz': v}:
        print('__missing__ used?', v)
    case {'a': v}:
        print('__missing__ not used; get() semantics', v)
class Spy(dict):
    def get(self, key, default=None):
        print('  get', key)
        return super().get(key, default)
match Spy(x=1, y=2):
    case {'x': 1, 'y': 3}:
        print('no')
    case {'y': yv, 'x': xv}:
        print('spy matched', xv, yv)
for src in ["match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
            "match x:\n    case {**rest, 'a': 1}:\n        pass\n",
            "match x:\n    case {'a': 1, **_}:\n        pass\n"]:
    try:
        compile(src, 's', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
