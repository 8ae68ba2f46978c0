# OSError constructor picks a subclass from errno; attributes of OSError.
for errno_value in (1, 2, 4, 11, 13, 17, 20, 21, 32, 104, 110, 111, 10, 3, 9999):
    e = OSError(errno_value, 'message')
    print(errno_value, type(e).__name__, e.errno, e.strerror, str(e))
e = FileNotFoundError(2, 'missing', 'a.txt')
print(type(e).__name__, e.filename, e.filename2, str(e))
e = OSError(2, 'renaming', 'src', None, 'dst')
print(type(e).__name__, e.filename, e.filename2, str(e))
e = OSError('only one')
print(e.errno, e.strerror, e.args, str(e))
e = OSError(1, 2, 3, 4, 5, 6)
print(e.args, e.errno)
e = PermissionError()
print(e.errno, e.args, repr(e))
e = BlockingIOError(11, 'would block', 5)
print(e.characters_written)
print(issubclass(FileExistsError, OSError), issubclass(ConnectionResetError, ConnectionError))
try:
    raise OSError(2, 'converted')
except FileNotFoundError as fnf:
    print('caught as FileNotFoundError:', fnf)
class MyOSError(OSError):
    pass
print(type(MyOSError(2, 'x')).__name__)
