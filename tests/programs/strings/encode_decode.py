# Codecs available without imports: utf-8/16/32, latin-1, ascii, and their aliases.
text = 'Grüße, 世界! 😀'
for enc in ['utf-8', 'UTF8', 'utf_8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    data = text.encode(enc)
    print(enc, len(data), data[:12], data.decode(enc) == text)
print('Grüße'.encode('latin-1'), 'Grüße'.encode('iso-8859-1'), b'Gr\xfc\xdfe'.decode('latin1'))
print('abc'.encode('ascii'), 'abc'.encode('us-ascii'), b'abc'.decode('ascii'))
print('a'.encode(), b'a'.decode(), str(b'a', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'))
print('😀'.encode('utf-8-sig'), b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf-8-sig'))
print(bytes([0xff, 0xfe, 0x41, 0x00]).decode('utf-16'), bytes([0xfe, 0xff, 0x00, 0x41]).decode('utf-16'))
for data, enc in [(b'\x80', 'ascii'), (b'\xc3\x28', 'utf-8'), (b'\xe2\x82', 'utf-8'), (b'\x00', 'utf-16-le'),
                  (b'\xf5\x80\x80\x80', 'utf-8'), (b'\xc0\x80', 'utf-8'), (b'\xff\xff\xff\xff', 'utf-32-le')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(data, enc, '->', e.reason, e.start, e.end)
for handler in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    try:
        print(handler, repr(b'a\xffb\xc3'.decode('utf-8', handler)))
    except UnicodeDecodeError as e:
        print(handler, 'UnicodeDecodeError', e.start)
for handler in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    print(handler, 'aé😀'.encode('ascii', handler))
try:
    'x'.encode('rot13-not-a-codec')
except LookupError as e:
    print('LookupError:', e)
print(b'caf\xc3\xa9'.decode('UTF-8'), 'café'.encode(encoding='utf-8', errors='strict'))
