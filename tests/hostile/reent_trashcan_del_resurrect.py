# Drops a deep chain (deferred/trashcan deallocation) whose members' __del__ resurrect themselves and build new chains.
import gc
LEAKED = []
saved = []
budget = [300]
class Link:
    __slots__ = ("next", "__weakref__", "__dict__")
    def __del__(self):
        budget[0] -= 1
        if budget[0] > 0:
            if budget[0] % 7 == 0: saved.append(self)
            if budget[0] % 50 == 0:
                c = None
                for i in range(1000):
                    l = Link(); l.next = c; c = l
                saved.append(c)
head = None
for i in range(20000):
    l = Link(); l.next = head; head = l
del l
head = None
lst = []
for i in range(20000): lst = [lst, Link()]
lst = None
saved.clear(); gc.collect()
print("done")
