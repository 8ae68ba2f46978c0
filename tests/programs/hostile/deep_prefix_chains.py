# Long chains of prefixes are rejected quickly, as CPython rejects them
# (the parser must not take time quadratic in the chain's length).
for prefix in ["await ", "yield from ", "x if ", "(*", 'f"{', "-", "not ", "lambda: "]:
    source = prefix * 150000 + "x"
    try:
        compile(source, "<deep>", "exec")
        print(repr(prefix), "compiled")
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(repr(prefix), "rejected")
