# Decorators relying on closure state: counting calls, caching, retrying.
def count_calls(fn):
    calls = 0
    def wrapper(*args):
        nonlocal calls
        calls += 1
        print('%s call #%d' % (fn.__name__, calls))
        return fn(*args)
    wrapper.get_calls = lambda: calls
    return wrapper
@count_calls
def hello(name):
    return 'hi ' + name
hello('a'); hello('b')
print(hello.get_calls())
def retry(times):
    def deco(fn):
        def wrapper(*a):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(attempt, *a)
                except ValueError as e:
                    last = e
                    print('attempt', attempt, 'failed:', e)
            raise RuntimeError('gave up') from last
        return wrapper
    return deco
@retry(3)
def flaky(attempt, x):
    if attempt < 3:
        raise ValueError('not yet %d' % attempt)
    return x * 2
print(flaky(21))
@retry(2)
def always_fails(attempt):
    raise ValueError('nope')
try:
    always_fails()
except RuntimeError as e:
    print(e, '| cause:', e.__cause__)
def with_state(initial):
    def deco(fn):
        state = {'value': initial}
        def wrapper():
            state['value'] = fn(state['value'])
            return state['value']
        return wrapper
    return deco
@with_state(1)
def doubler(v):
    return v * 2
print(doubler(), doubler(), doubler())
