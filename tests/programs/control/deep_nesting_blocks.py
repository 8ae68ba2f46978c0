# Deeply nested blocks mixing all compound statements.
def f(n):
    out = []
    for i in range(n):
        if i % 2 == 0:
            try:
                with_value = i
                while with_value > 0:
                    if with_value == 2:
                        try:
                            raise ValueError(with_value)
                        except ValueError as e:
                            out.append('VE%s' % e)
                        finally:
                            out.append('F')
                    elif with_value == 4:
                        for k in range(2):
                            if k:
                                break
                            out.append('k%d' % k)
                        else:
                            out.append('unreachable')
                    with_value -= 2
            finally:
                out.append('|')
        else:
            continue
    return out
print(f(6))
def g(items):
    result = []
    for a in items:
        for b in items:
            try:
                if a == b:
                    continue
                if a + b > 5:
                    break
                result.append((a, b))
            finally:
                if a == 3:
                    result.append('fin3')
    return result
print(g([1, 2, 3]))
class C:
    def m(self):
        def inner():
            for i in range(2):
                class D:
                    v = i
                yield D.v
        return list(inner())
print(C().m())
for n in range(4):
    print(n, f(n))
def h(x):
    if x:
        if x > 1:
            if x > 2:
                if x > 3:
                    return 'gt3'
                return 'gt2'
            return 'gt1'
        return 'one'
    return 'falsy'
print([h(i) for i in range(6)])
