# compile()/eval()/exec() of deeply nested or pathological source must end in SyntaxError/RecursionError/MemoryError.
LEAKED = []
srcs = ["(" * 15000 + ")" * 15000, "-" * 15000 + "1", "not " * 15000 + "x", "1" + "+1" * 15000,
        "a" + ".b" * 15000, "f" + "()" * 15000, "lambda:" * 5000 + "0", "[" * 15000 + "]" * 15000,
        "a" + "[0]" * 15000, "2" + "**2" * 15000, "1 if 1 else " * 5000 + "1",
        "".join(" " * i + "if 1:\n" for i in range(200)) + " " * 200 + "pass\n",
        "f'{" * 50 + "1" + "}'" * 50, "x = " + "(" * 199 + "1" + ")" * 199,
        "".join(" " * i + "def f():\n" for i in range(99)) + " " * 99 + "pass\n", "\\\n" * 15000 + "1",
        "def f(" + ", ".join("a%d" % i for i in range(5000)) + "): pass", "x=1;" * 15000, "@d\n" * 5000 + "def f(): pass"]
for s in srcs:
    for mode in ("exec", "eval"):
        try: compile(s, "<hostile>", mode)
        except (SyntaxError, RecursionError, MemoryError, ValueError, OverflowError): pass
    try: eval(s)
    except BaseException: pass
print("done")
