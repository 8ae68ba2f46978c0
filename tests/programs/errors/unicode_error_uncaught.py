# An uncaught UnicodeDecodeError; its str() includes codec, byte, position and reason.
payloads = [b'plain ascii', 'caf\u00e9'.encode('utf-8'), b'\xe2\x82\xac5']
for p in payloads:
    print(p, '->', p.decode('utf-8'))
latin = 'na\u00efve'.encode('latin-1')
print(latin, latin.decode('latin-1'))
print(latin.decode('utf-8', 'replace'))
try:
    latin.decode('ascii')
except UnicodeDecodeError as e:
    print('caught:', e.reason, e.start, e.end)
try:
    'snowman \u2603'.encode('ascii')
except UnicodeEncodeError as e:
    print('caught:', e)
print('decoding latin-1 bytes as utf-8 strictly')
print(latin.decode('utf-8'))
