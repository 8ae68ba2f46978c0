# Raising while handling an exception whose __context__ chain is already a
# cycle ends at once, as in CPython (which walks the chain with two pointers).
try:
    raise ValueError
except ValueError as e:
    e.__context__ = e
    try:
        raise KeyError
    except KeyError as k:
        print("self cycle:", type(k.__context__).__name__)
a = ValueError("a"); b = KeyError("b")
a.__context__ = b; b.__context__ = a
try:
    raise a
except ValueError as e:
    try:
        raise TypeError("t")
    except TypeError as t:
        print("two-cycle:", type(t.__context__).__name__, type(t.__context__.__context__).__name__)
c = ValueError("c"); c.__context__ = c
raise c
