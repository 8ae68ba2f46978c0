# Arguments are evaluated left to right, before the call, including unpacking.
log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k):
    log.append('call')
    return a, k
f(v(1), v(2), *[v(3), v(4)], k=v(5), **{'j': v(6)})
print(log)
log.clear()
def get_fn():
    log.append('fn')
    return f
get_fn()(v('a'), v('b'))
print(log)
log.clear()
class O:
    def method(self, x):
        log.append('method body')
        return x
def get_obj():
    log.append('obj')
    return O()
get_obj().method(v('arg'))
print(log)
log.clear()
d = {}
d[v('key')] = v('value')
print(log)
log.clear()
x = [v('l1'), v('l2')][v(0)]
print(log, x)
log.clear()
print(v(1) + v(2) * v(3), log)
log.clear()
r = {v('k1'): v('v1'), v('k2'): v('v2')}
print(log)
log.clear()
r = v('a') if v(True) else v('b')
print(log)
log.clear()
res = v([1]) + v([2])
print(log, res)
log.clear()
try:
    f(v(1), v(1 / 1), v(None).missing)
except AttributeError as e:
    print('AttributeError:', e, log)
