# Unicode code points: len, indexing, ord/chr, surrogates, astral characters.
s = 'aé日😀'
print(len(s), [ord(c) for c in s], [hex(ord(c)) for c in s], s[3], s[-1] == '😀', s[::-1])
print(len(s.encode('utf-8')), len(s.encode('utf-16-le')), len(s.encode('utf-32-le')))
print(chr(97), chr(0xe9), chr(0x65e5), chr(0x1f600), chr(0), repr(chr(0x10ffff)))
combined = 'e\u0301'
print(len(combined), combined == 'é', repr(combined), combined.upper())
print('\N{LATIN SMALL LETTER E WITH ACUTE}' == 'é', '\N{SNOWMAN}', '\N{EM DASH}', len('\N{GRINNING FACE}'))
flag = '\U0001F1FA\U0001F1F8'
print(len(flag), [hex(ord(c)) for c in flag])
lone = '\ud83d'
print(len(lone), repr(lone), lone.encode('utf-8', 'surrogatepass'), lone.isprintable())
pair = '\ud83d\ude00'
print(len(pair), pair == '😀', pair.encode('utf-16', 'surrogatepass') == '😀'.encode('utf-16'))
print('😀'.encode('utf-16-be'), '😀'.encode('utf-16-be').decode('utf-16-be') == '😀')
print(sorted(['b', 'a', 'é', 'z', 'É', 'ä', '日', '😀', 'A']))
print(max('aé日😀'), min('aé日😀'), 'é' > 'z', '日' < '😀')
print('日本語テキスト'[2:5], '日本語'.find('語'), '日本語'.replace('本', 'ホ'), '日本' * 3)
print(str(b'\xe6\x97\xa5', 'utf-8'), b'\xf0\x9f\x98\x80'.decode(), bytes('é', 'latin-1'))
for cp in (0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff):
    print(hex(cp), len(chr(cp).encode('utf-8')), chr(cp).encode('utf-8', 'surrogatepass'))
print(ord('\U0001F600') - 0x10000, hex(0xD800 + ((0x1F600 - 0x10000) >> 10)), hex(0xDC00 + (0x1F600 & 0x3FF)))
