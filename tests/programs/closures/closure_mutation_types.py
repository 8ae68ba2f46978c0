# Mutating captured containers vs rebinding captured names.
def with_list():
    data = []
    def add(x):
        data.append(x)
        return data
    return add
add = with_list()
add(1); print(add(2))
def with_dict():
    d = {}
    def put(k, v):
        d[k] = v
        return d
    return put
put = with_dict()
put('a', 1); print(put('b', 2))
def rebind_fails():
    count = 0
    def inc():
        count += 1
        return count
    try:
        inc()
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
rebind_fails()
def augmented_container():
    lst = [0]
    def inc():
        lst[0] += 1
        return lst[0]
    inc(); inc()
    return inc()
print(augmented_container())
class Box:
    pass
def attr_mutation():
    box = Box()
    box.v = 0
    def inc():
        box.v += 10
        return box.v
    inc()
    return inc()
print(attr_mutation())
def set_closure():
    seen = set()
    def check(x):
        if x in seen:
            return 'dup ' + str(x)
        seen.add(x)
        return 'new ' + str(x)
    return check
chk = set_closure()
print([chk(v) for v in [1, 2, 1, 3, 2]])
def string_closure():
    s = ''
    def append(t):
        nonlocal s
        s += t
        return s
    return append
ap = string_closure()
ap('ab'); print(ap('cd'))
