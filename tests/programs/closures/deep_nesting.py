# Free variables passing through several nested scopes.
def l1():
    a = 'a'
    def l2():
        b = 'b'
        def l3():
            c = 'c'
            def l4():
                def l5():
                    return a + b + c
                return l5
            return l4
        return l3
    return l2
print(l1()()()()())
f5 = l1()()()()
print(f5.__code__.co_freevars)
def passthrough():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    fn = mid()
    fn(); fn()
    return x, mid.__code__.co_freevars
print(passthrough())
def rebind_in_mid():
    v = 'outer'
    def mid():
        v = 'mid'
        def inner():
            return v
        return inner
    return mid()()
print(rebind_in_mid())
def make_adders():
    results = {}
    for n in range(3):
        def scope(n=n):
            def add(x):
                return x + n
            return add
        results[n] = scope()
    return results
print({k: f(100) for k, f in make_adders().items()})
def lambda_chain():
    return (lambda a: (lambda b: (lambda c: a + b + c)))
print(lambda_chain()(1)(2)(3))
