# The set of names in the builtins module (Python 3.11).
import sys
b = sys.modules['builtins']
names = sorted(n for n in dir(b) if not n.startswith('_'))
exceptions = [n for n in names if isinstance(getattr(b, n), type) and issubclass(getattr(b, n), BaseException)]
types = [n for n in names if isinstance(getattr(b, n), type) and n not in exceptions]
funcs = [n for n in names if n not in exceptions and n not in types]
print(len(exceptions), exceptions)
print(len(types), types)
print(len(funcs), funcs)
dunders = sorted(n for n in dir(b) if n.startswith('__'))
print([n for n in dunders if n in ('__build_class__', '__import__', '__debug__', '__name__', '__doc__')])
print(b.__name__, b.len is len, getattr(b, 'None', 'no None attr'))
print(type(b.print).__name__, type(b.int).__name__, b.__debug__, b.Ellipsis is ...)
print(b is (__builtins__ if not isinstance(__builtins__, dict) else b))
print(callable(b.exit) if hasattr(b, 'exit') else 'no exit', hasattr(b, 'quit'), hasattr(b, 'copyright'), hasattr(b, 'help'))
print('open' in names, 'reload' in names, 'unicode' in names, 'raw_input' in names, 'aiter' in names, 'anext' in names)
b.my_global_builtin = 'injected into builtins'
print(my_global_builtin)
del b.my_global_builtin
try:
    my_global_builtin
except NameError as e:
    print('NameError:', e)
