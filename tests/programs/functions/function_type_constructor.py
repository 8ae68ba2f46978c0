def outer():
    x = 1
    def inner():
        return x
    return inner
inner = outer()
F = type(inner)
g = F(inner.__code__, {"__builtins__": __builtins__}, "renamed", None, inner.__closure__)
print(g(), g.__name__, g.__qualname__)
for bad in [(1, {}), (inner.__code__, 1), (inner.__code__, {}), (inner.__code__, {}, 3), (inner.__code__, {}, None, 1), (inner.__code__, {}, None, None, (1, 2))]:
    try:
        F(*bad)
    except Exception as e:
        print(type(e).__name__, e)
