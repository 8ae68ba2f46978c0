# A lone surrogate in a str literal is kept (CPython) or refused with
# SyntaxError (Terrarium until its str holds surrogates), never silently
# replaced: both print True; the old U+FFFD substitution printed False.
sources = [
    '"\\ud800"',
    '"\\udfff"',
    '"\\U0000dc00"',
    'f"{1}\\udbff"',
    '"a\\ud800b"',
]
for src in sources:
    try:
        value = eval(src)
        kept = any(0xD800 <= ord(c) <= 0xDFFF for c in value)
    except SyntaxError:
        kept = True
    print(src, kept)
# Escapes that only look like surrogates are ordinary text.
for src in ['"\\\\ud800"', 'r"\\ud800"', 'b"\\ud800"', '"\\ud7ff"', 'rf"\\udc00"']:
    print(src, ascii(eval(src)))
