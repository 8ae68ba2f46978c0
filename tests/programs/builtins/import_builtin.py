# __import__ and import of sys/gc; module attributes.
s = __import__('sys')
import sys
import sys as system
import gc
print(s is sys, system is sys, type(sys).__name__, sys.__name__, gc.__name__)
from sys import maxsize, version_info as vi
print(maxsize == sys.maxsize, vi[0], vi.major, vi.minor, vi >= (3, 11), vi[:2])
print(sys.implementation.name in ('cpython', 'terrarium') or 'other impl', sys.version_info.releaselevel in ('final', 'alpha', 'beta', 'candidate'))
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith('import_builtin.py'))
print(sys.byteorder, sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.width)
print('sys' in sys.modules, sys.modules['sys'] is sys, 'builtins' in sys.modules, '__main__' in sys.modules)
main = sys.modules['__main__']
print(main.__name__, hasattr(main, 's'))
print(sys.getrecursionlimit(), callable(sys.exit), callable(sys._getframe), sys.flags.optimize, sys.dont_write_bytecode in (True, False))
try:
    from sys import not_an_attribute
except ImportError as e:
    print('ImportError:', e)
def local_import():
    import sys as local_sys
    return local_sys is sys, 'local_sys' in locals()
print(local_import())
print(__import__('sys').maxsize == maxsize, __name__, __spec__ is None or type(__spec__).__name__)
print(type(sys.stdout).__name__ != '', sys.stdout.encoding.lower().replace('-', ''), sys.stdin is not None)
