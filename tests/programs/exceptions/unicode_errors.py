# UnicodeDecodeError/EncodeError attributes and error handlers.
try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
try:
    'héllo'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
print(b'ab\xffcd'.decode('utf-8', 'replace'), b'ab\xffcd'.decode('utf-8', 'ignore'))
print(b'ab\xffcd'.decode('utf-8', 'backslashreplace'), b'ab\xffcd'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
print('héllo€'.encode('ascii', 'replace'), 'héllo€'.encode('ascii', 'ignore'))
print('héllo€'.encode('ascii', 'xmlcharrefreplace'), 'héllo€'.encode('ascii', 'backslashreplace'))
print('héllo'.encode('latin-1'), 'h€'.encode('utf-16-le'), 'h'.encode('utf-32-be'))
try:
    '€'.encode('latin-1')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    b'\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    b'\xed\xa0\x80'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    '\ud800'.encode('utf-8')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
e = UnicodeDecodeError('utf-8', b'xyz', 1, 2, 'custom reason')
print(str(e), e.args)
print(issubclass(UnicodeDecodeError, ValueError), UnicodeError.__mro__[1].__name__)
try:
    'x'.encode('utf-8', 'bogus-handler') if False else 'é'.encode('ascii', 'bogus-handler')
except LookupError as e:
    print('LookupError:', e)
