# co_firstlineno for decorated functions and classes; f_lineno inside multi-line expressions.
import sys
def deco(f):
    return f
@deco
def decorated():
    return sys._getframe().f_lineno
print(decorated.__code__.co_firstlineno, decorated())
@deco
@deco
class DecoratedClass:
    line = sys._getframe().f_lineno
print(DecoratedClass.line)
def multi():
    return [
        sys._getframe().f_lineno,
        sys._getframe().f_lineno,
    ]
print(multi.__code__.co_firstlineno, multi())
value = (
    sys._getframe().f_lineno
)
print(value)
def first_line_is_docstring():
    """Docstring."""
    return sys._getframe().f_lineno
print(first_line_is_docstring.__code__.co_firstlineno, first_line_is_docstring())
lam = (lambda:
       sys._getframe().f_lineno)
print(lam.__code__.co_firstlineno, lam())
class Outer:
    class Inner:
        def method(self):
            return sys._getframe().f_lineno
print(Outer.Inner.method.__code__.co_firstlineno, Outer.Inner().method())
if True:
    x = sys._getframe().f_lineno; y = sys._getframe().f_lineno
print(x, y)
def gen():
    yield sys._getframe().f_lineno
    yield sys._getframe().f_lineno
print(list(gen()))
print([sys._getframe().f_lineno for _ in range(2)])
print(sys._getframe().f_lineno)
