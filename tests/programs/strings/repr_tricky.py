# repr() of strings with quotes, escapes, non-printables and non-ASCII characters.
cases = ["plain", "it's", 'say "hi"', 'both \' and "', '\\', '\n\r\t', '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xad',
         'é', '日本語', '\u200b', '\u2028', '\ud800', '\U0001F600', '\U000E0001', '\ufeff', '\x1b[0m',
         '\xff', '\u0378', '\u00a0', 'tab\there', "'", '"', '\'"', '', ' ', 'a\\nb', '\u0300', '\U0010ffff']
for s in cases:
    print(repr(s), ascii(s), len(s))
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'), repr(b'\x00\x7f\x80\xff\n\t\\'))
print(repr(bytearray(b"'\"")), repr(['a', "b'", 'c"']), repr(('é',)), repr({'k': '\n'}))
print(repr(chr(0x85)), repr(chr(0x2029)), repr(chr(0xe000)), repr(chr(0xf8ff)), repr(chr(0x1d11e)))
print(str(['\n']), str('\n') == '\n', repr(repr('x')), eval(repr('tricky \'\\" \x00')) == 'tricky \'\\" \x00')
print([repr(chr(c)) for c in (0x0, 0x7, 0x8, 0xb, 0xc, 0x1c, 0x20, 0x7e)])
class R:
    def __repr__(self):
        return 'R(\'\\n\')'
print(repr(R()), [R()], repr([R(), 'x']))
print(repr('a' * 3 + '\n'), repr('\\'), repr('\\\\'), repr("\\'"))
for q in ["'", '"', "'\"", "\"'", "''", '""']:
    print(q, '->', repr(q))
