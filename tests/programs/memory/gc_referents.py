# gc helpers with deterministic results: get_referents, is_tracked for containers, freeze counts.
import gc
x = [1, 'two', (3,)]
print(sorted(map(repr, gc.get_referents(x))))
print(sorted(map(repr, gc.get_referents((['a'], 'b')))), gc.get_referents(5), gc.get_referents())
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([[]]), gc.is_tracked(1.5))
class C:
    pass
print(gc.is_tracked(C()), gc.is_tracked(C))
print(type(gc.get_count()).__name__, len(gc.get_count()), gc.get_debug())
print(type(gc.get_stats()).__name__, len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.isenabled())
gc.disable()
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.collect() >= 0, isinstance(gc.collect(1), int))
print(callable(gc.callbacks.append), gc.callbacks == [])
events = []
def cb(phase, info):
    events.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events[0][0], events[-1][0], events[0][1])
a = []
a.append(a)
holder = [a]
print(any(r is holder for r in gc.get_referrers(a)))
del holder
del a
print(gc.collect() >= 1, gc.garbage == [])
print(gc.get_freeze_count() >= 0, gc.DEBUG_LEAK != 0, gc.DEBUG_STATS)
