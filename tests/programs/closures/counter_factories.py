# Closures as lightweight objects: counters, bank accounts, generators of ids.
def make_account(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(('d', x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError('insufficient funds: %d < %d' % (balance, x))
        balance -= x
        history.append(('w', x))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = make_account(100)
print(dep(50), wd(30))
try:
    wd(500)
except ValueError as e:
    print(e)
print(rep())
def id_maker(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return '%s-%03d' % (prefix, n)
    return next_id
u, o = id_maker('user'), id_maker('order')
print(u(), u(), o(), u(), o())
def fib_closure():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
s = fib_closure()
print([s() for _ in range(15)])
def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper
@once
def expensive():
    print('computed!')
    return 42
print(expensive(), expensive(), expensive())
