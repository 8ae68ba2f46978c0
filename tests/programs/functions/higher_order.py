# Functions as values: map/filter/reduce by hand, function tables, returning functions.
def my_map(fn, xs):
    return [fn(x) for x in xs]
def my_filter(pred, xs):
    return [x for x in xs if pred(x)]
def my_reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(str, nums))
print(my_filter(lambda n: n % 3 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
def pipeline(*fns):
    def run(x):
        for fn in fns:
            x = fn(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(' ', '-'))
print(p('  Hello World  '))
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print('computing', n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
def partial(fn, *a, **k):
    def inner(*a2, **k2):
        return fn(*a, *a2, **{**k, **k2})
    return inner
def greet(greeting, name, punct='!'):
    return greeting + ', ' + name + punct
hello = partial(greet, 'Hello')
print(hello('Ann'), hello('Bob', punct='?'))
print(sorted(['banana', 'Apple', 'cherry'], key=str.lower))
print(max(['aa', 'b', 'cccc'], key=len), min([3, -4, 2], key=abs))
apply_twice = lambda f, x: f(f(x))
print(apply_twice(lambda s: s + s, 'ab'), apply_twice(apply_twice.__class__ and (lambda n: n * 3), 2))
funcs = [len, str.upper, lambda s: s[::-1]]
print([fn('abc') for fn in funcs])
