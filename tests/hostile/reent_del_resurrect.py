# __del__ methods that resurrect, raise, re-enter __del__ of others and modify builtins while being finalised.
import gc
LEAKED = []
graveyard = []
class Z:
    count = 0
    def __del__(self):
        Z.count += 1
        if Z.count < 500:
            graveyard.append(self)
            Z()
        try: setattr(object, "pwned", 1)
        except Exception: pass
        raise RuntimeError("del")
for i in range(20):
    z = Z(); z.self = z
del z
gc.collect()
del graveyard[:]
gc.collect()
class Y:
    def __del__(self):
        self.__class__ = Z
y = Y(); del y
gc.collect()
print(Z.count > 0)
