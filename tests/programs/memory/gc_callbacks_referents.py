# gc.callbacks (including ones that collect or raise) and the order
# gc.get_referents reports.
import gc
calls = []
def cb(phase, info):
    calls.append(phase)
    if len(calls) < 5:
        gc.collect()
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(calls)
def bad(phase, info):
    raise ValueError(phase)
gc.callbacks.append(bad)
print(gc.collect() >= 0)
gc.callbacks.clear()
print(gc.get_referents(1, [2, 3], {"a": 4}))
