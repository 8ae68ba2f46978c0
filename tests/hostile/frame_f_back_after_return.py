# Keeps frame objects past their call and walks f_back/f_globals/f_locals after the callers returned and frames were reused.
import sys, gc
LEAKED = []
def inner(): return sys._getframe()
def middle(): return inner()
def outer(): return middle()
kept = [outer() for _ in range(20)]
def churn(n):
    if n: return churn(n - 1)
    return [sys._getframe(i) for i in range(3)]
for _ in range(20): churn(30)
for f in kept:
    depth = 0
    while f is not None and depth < 50:
        try:
            f.f_globals; f.f_locals; f.f_code.co_name; f.f_lineno; f.f_lasti
            if f.f_globals is not globals(): LEAKED.append(f.f_globals)
        except Exception:
            pass
        try: f = f.f_back
        except Exception: break
        depth += 1
def gen():
    yield sys._getframe()
frs = [next(gen()) for _ in range(10)]
gc.collect(); churn(10)
for f in frs:
    try: f.f_back and f.f_back.f_code; f.f_locals
    except Exception: pass
print("done")
