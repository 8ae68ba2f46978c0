# Lone surrogates and odd codecs (surrogateescape/surrogatepass, utf-16 halves, casefold expansions) must raise, never panic.
LEAKED = []
exprs = ["chr(0xD800)", "'\\ud800'", "b'\\xff'.decode('utf-8', 'surrogateescape')", "'\\udcff'.encode('utf-8', 'surrogateescape')",
         "b'\\xed\\xa0\\x80'.decode('utf-8', 'surrogatepass')", "'%c' % 0xD800", "format(0xD800, 'c')", "b'\\x00\\xd8'.decode('utf-16-le')",
         "b'\\x00\\xd8'.decode('utf-16-le', 'surrogatepass')", "'a'.translate({97: 0xD800})", "'a'.translate({97: '\\udc80'})",
         "'ß'.upper() + 'ﬃ'.upper() + 'İ'.lower()", "'aé€😀'[::-1][1:3]", "'😀'.center(5, 'é')", "'abc'.encode('utf-32-be').decode('utf-32-be')",
         "b'\\xff\\xfe\\x00\\xd8'.decode('utf-16')", "str(b'\\x80abc', 'utf-8', 'backslashreplace')", "'\\x80'.encode('ascii', 'xmlcharrefreplace')",
         "'x'.encode('utf-8', 'nonexistent-handler')", "bytes.fromhex('zz')", "'é'.encode('ascii', 'namereplace')", "'a'.rjust(3, '\\udc00')",
         "eval(\"'\\\\\\\\ud800'\")", "compile('x = \"\\\\ud800\"', 's', 'exec')", "'\\U0010FFFF'.encode('utf-16')", "b'\\xf4\\x90\\x80\\x80'.decode()",
         "'%s' % b'\\xff'.decode('latin-1')", "'abc'.encode('utf-7')", "ascii('\\udcff' if False else 'x')"]
for e in exprs:
    try: LEAKED.append(len(eval(e)))
    except (ValueError, UnicodeError, LookupError, TypeError, SyntaxError): pass
LEAKED = []
print("done")
