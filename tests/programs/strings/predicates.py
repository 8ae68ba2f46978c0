# Character class predicate methods across ASCII and Unicode samples.
samples = ['abc', 'ABC', 'Abc', 'aBc', '123', '١٢٣', '½', '²', 'Ⅻ', '12.5', '', ' ', '\t\n', '\xa0',
           'abc123', 'abc 123', 'é', 'ß', 'Title Case', 'Not title Case', '_id', '1id', 'ﬁ', 'ǅ',
           '\x00', 'hi\n', 'ascii', 'ascïi', '\u200b', '𝟘', 'a_b', 'class', 'ＡＢＣ']
methods = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'isupper',
           'islower', 'istitle', 'isidentifier', 'isprintable', 'isascii']
print('sample'.ljust(16), ' '.join(m[2:6] for m in methods))
for s in samples:
    flags = ' '.join(('T' if getattr(s, m)() else '.').center(4) for m in methods)
    print(repr(s).ljust(16), flags)
print(''.isalpha(), ''.isspace(), ''.isprintable(), ''.isascii(), ''.isidentifier())
print('A1'.isupper(), 'a1'.islower(), '1'.isupper(), '1'.islower())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle(), 'Hello1World'.istitle())
print(all(chr(c).isdecimal() for c in range(0x30, 0x3a)), sum(chr(c).isspace() for c in range(0x3000)))
print(sum(chr(c).isdigit() for c in range(0x2000)), sum(chr(c).isnumeric() for c in range(0x2000)))
print(sum(chr(c).isprintable() for c in range(0x300)), sum(chr(c).isalpha() for c in range(0x300)))
