# tell() cookies of text streams match CPython's for every newline mode and
# chunk size, and seek() to each of them resumes reading at the same place.
import _io
text = ("ab\r\ncé\r€\n\r\n" * 7 + "\U0001f600x\ry\n") * 3
data = text.encode("utf-8")
for nl in (None, "", "\n", "\r\n"):
    for chunk in (1, 2, 3, 5, 16, 8192):
        t = _io.TextIOWrapper(_io.BytesIO(data), encoding="utf-8", newline=nl)
        t._CHUNK_SIZE = chunk
        cookies = []
        out = []
        while True:
            c = t.tell()
            ch = t.read(1)
            if not ch:
                break
            cookies.append(c)
            out.append(ch)
        res = []
        for i in range(0, len(cookies), 3):
            t.seek(cookies[i])
            res.append(t.read(4) == "".join(out[i:i+4]))
        t.seek(0)
        lines = []
        while True:
            c = t.tell()
            l = t.readline()
            if not l:
                break
            lines.append((c, l))
        ok2 = all((t.seek(c), t.readline())[1] == l for c, l in lines)
        print(repr(nl), chunk, len(out), all(res), ok2, hash(tuple(cookies)) % 1000003, [c for c, _ in lines][:6])
for enc in ("utf-16", "utf-32", "latin-1"):
    d = ("ab\ncd\n" * 5).encode(enc)
    t = _io.TextIOWrapper(_io.BytesIO(d), encoding=enc)
    t._CHUNK_SIZE = 3
    cs = []
    while True:
        c = t.tell()
        if not t.readline():
            break
        cs.append(c)
    print(enc, cs)
