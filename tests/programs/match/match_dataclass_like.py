# Matching records, nested records and lists of records; default __match_args__ absent.
class Event:
    __match_args__ = ('kind', 'payload')
    def __init__(self, kind, payload=None):
        self.kind = kind
        self.payload = payload
def handle(event):
    match event:
        case Event('click', {'x': x, 'y': y}) if x < 0 or y < 0:
            return 'click off-screen'
        case Event('click', {'x': x, 'y': y}):
            return 'click at %d,%d' % (x, y)
        case Event('key', str(k)) if len(k) == 1:
            return 'key ' + k
        case Event('key', str(name)):
            return 'special key ' + name
        case Event('batch', [*events]):
            return 'batch: ' + '; '.join(handle(e) for e in events)
        case Event(kind, None):
            return 'bare ' + kind
        case Event(kind, _):
            return 'unhandled ' + kind
events = [
    Event('click', {'x': 3, 'y': 4}), Event('click', {'x': -1, 'y': 0}), Event('key', 'a'),
    Event('key', 'Enter'), Event('batch', [Event('key', 'b'), Event('focus')]),
    Event('scroll', 12), Event('focus'),
]
for e in events:
    print(handle(e))
class Plain:
    def __init__(self):
        self.v = 1
match Plain():
    case Plain(v=1):
        print('keyword works without __match_args__')
print(hasattr(Plain, '__match_args__'))
def shape_area(s):
    match s:
        case ('circle', r):
            return round(3.14159 * r * r, 2)
        case ('rect', w, h):
            return w * h
        case ('square', side):
            return side * side
        case _:
            return None
print([shape_area(s) for s in [('circle', 1), ('rect', 2, 3), ('square', 4), ('tri',)]])
