# The builtin exception hierarchy: every class and its base.
names = [
    'BaseException', 'BaseExceptionGroup', 'GeneratorExit', 'KeyboardInterrupt', 'SystemExit',
    'Exception', 'ArithmeticError', 'FloatingPointError', 'OverflowError', 'ZeroDivisionError',
    'AssertionError', 'AttributeError', 'BufferError', 'EOFError', 'ExceptionGroup',
    'ImportError', 'ModuleNotFoundError', 'LookupError', 'IndexError', 'KeyError',
    'MemoryError', 'NameError', 'UnboundLocalError', 'OSError', 'BlockingIOError',
    'ChildProcessError', 'ConnectionError', 'BrokenPipeError', 'ConnectionAbortedError',
    'ConnectionRefusedError', 'ConnectionResetError', 'FileExistsError', 'FileNotFoundError',
    'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
    'ProcessLookupError', 'TimeoutError', 'ReferenceError', 'RuntimeError',
    'NotImplementedError', 'RecursionError', 'StopAsyncIteration', 'StopIteration',
    'SyntaxError', 'IndentationError', 'TabError', 'SystemError', 'TypeError', 'ValueError',
    'UnicodeError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError',
    'Warning', 'BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning',
    'ImportWarning', 'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning',
    'SyntaxWarning', 'UnicodeWarning', 'UserWarning',
]
b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
for n in names:
    cls = b[n]
    print(n, [c.__name__ for c in cls.__mro__[1:]])
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
all_exc = sorted(k for k, v in b.items() if isinstance(v, type) and issubclass(v, BaseException))
print(len(all_exc), [n for n in all_exc if n not in names])
