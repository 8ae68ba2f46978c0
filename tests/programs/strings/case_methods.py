# Case conversion methods including non-ASCII special cases.
samples = ['hello World', 'ÉCOLE', 'straße', 'ǅemal', 'ΣΊΣΥΦΟΣ', 'ﬁne', 'İstanbul', 'ß', 'mIxEd 123 CaSe',
           "they're bill's friends", 'a-b_c d', '', 'ǆ', 'ΌΣΟΣ', 'ŉ']
for s in samples:
    print(repr(s))
    print('  upper', repr(s.upper()), 'lower', repr(s.lower()), 'casefold', repr(s.casefold()))
    print('  capitalize', repr(s.capitalize()), 'title', repr(s.title()), 'swapcase', repr(s.swapcase()))
print('ß'.upper(), len('ß'.upper()), 'ﬁ'.upper(), len('İ'.lower()))
print('Straße'.casefold() == 'STRASSE'.casefold(), 'Straße'.lower() == 'strasse')
print('hello'.title(), 'HELLO'.title(), '3rd place'.title(), "o'neil".title(), 'ab1cd'.title())
print('σ'.upper(), 'ΑΣ'.lower(), 'ΑΣ Β'.lower(), 'Σ'.lower(), 'AΣb'.lower())
print(str.upper('x'), str.lower('X'), 'x'.upper is not None)
print('ǈ'.upper(), 'ǈ'.lower(), 'ǈ'.title(), 'ǈ'.istitle(), 'ǈ'.isupper(), 'ǈ'.islower())
words = ['Apple', 'apple', 'APPLE', 'äpple', 'Äpple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.casefold))
print('MiXeD'.lower().upper().swapcase(), 'x'.swapcase().swapcase())
print('hello world'.capitalize(), 'HELLO WORLD'.capitalize(), '123abc'.capitalize(), 'éCOLE'.capitalize())
