# A key whose __eq__ mutates the dict without rebuilding it: the lookup
# goes on, as CPython's does (it restarts only if the table was rebuilt).
d = {}
class K:
    calls = 0
    def __hash__(self): return 1
    def __eq__(self, other):
        K.calls += 1
        d['counter'] = K.calls
        return False
d[K()] = 0
d[K()] = 1
d[K()] = 2
print(len(d), sorted(v for k, v in d.items() if k != 'counter'), K.calls)
