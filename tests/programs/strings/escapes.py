# String literal escape sequences, raw strings and \N{...} names.
print([ord(c) for c in '\a\b\f\n\r\t\v\0\\\'\"'])
print([ord(c) for c in '\x41\x7e\101\7\77\777\u00e9\U0001f600'])
print(len('\777'), ord('\777'), '\1' == '\x01', '\18' == '\x018')
print(r'\n\t\x41', len(r'\n'), r'\\', r'\'', r"\"", r'a\
b')
print(b'\x41\101\n\\', rb'\x41', len(b'\777') if False else len(b'\x77'))
print('\N{DIGIT ONE}\N{LATIN CAPITAL LETTER A}\N{BLACK STAR}', '\N{space}', '\N{Cyrillic Small Letter A}')
print('line1\
line2')
print('\u0041\u00df\u4e2d', '\U00000041')
print('backslash-q:', len('\\q'))
for src in [r"'\x4'", r"'\u12'", r"'\U1234567'", r"'\N{NOT A REAL NAME}'", r"'\N'", r"'\U00110000'", r"b'\u1234'"]:
    try:
        print(src, '->', repr(eval(src)))
    except SyntaxError as e:
        print(src, 'SyntaxError:', e.msg)
print(repr('\x00'), repr('\t'), repr('\x7f'), repr('\\x00'))
print('tab:\t|', 'cr-less', 'vertical:\v|'.encode(), 'formfeed\f'.encode())
print('%s' % '\\n', '\\' + 'n', len('\\\\'), '\'' + "\"")
