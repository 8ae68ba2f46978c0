# Dispatch patterns: dict of functions, getattr, and loops with state machines.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
ops = {'+': add, '-': sub, '*': mul}
for expr in ['1 + 2', '5 - 7', '3 * 4', '2 / 1']:
    a, op, b = expr.split()
    fn = ops.get(op)
    if fn is None:
        print(expr, '-> unsupported')
    else:
        print(expr, '->', fn(int(a), int(b)))
state = 'start'
trace = []
inputs = iter('aabbc')
while state != 'end':
    trace.append(state)
    ch = next(inputs, None)
    if state == 'start':
        state = 'A' if ch == 'a' else 'end'
    elif state == 'A':
        state = 'A' if ch == 'a' else 'B' if ch == 'b' else 'end'
    elif state == 'B':
        state = 'B' if ch == 'b' else 'end'
print(trace)
class Handler:
    def on_get(self, x): return 'GET ' + x
    def on_post(self, x): return 'POST ' + x
h = Handler()
for method in ['get', 'post', 'delete']:
    fn = getattr(h, 'on_' + method, None)
    print(method, fn('/path') if fn else 'no handler')
