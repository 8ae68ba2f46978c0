# __del__ inheritance, super().__del__, and objects created during __del__.
log = []
class Base:
    def __del__(self):
        log.append('Base.__del__ ' + type(self).__name__)
class Child(Base):
    def __del__(self):
        log.append('Child.__del__')
        super().__del__()
class NoOverride(Base):
    pass
c = Child()
del c
n = NoOverride()
del n
print(log)
log.clear()
class Spawner:
    def __init__(self, depth):
        self.depth = depth
    def __del__(self):
        log.append('del depth %d' % self.depth)
        if self.depth < 3:
            Spawner(self.depth + 1)
s = Spawner(0)
del s
print(log)
log.clear()
class Counter:
    alive = 0
    def __init__(self):
        Counter.alive += 1
    def __del__(self):
        Counter.alive -= 1
objs = [Counter() for _ in range(10)]
print(Counter.alive)
del objs[:5]
print(Counter.alive)
objs = None
print(Counter.alive)
class DelAttr:
    def __del__(self):
        print('del sees attribute', self.value)
o = DelAttr()
o.value = 'set later'
o = None
class DelMethodAssignedLater:
    pass
def late_del(self):
    print('__del__ assigned after class creation')
DelMethodAssignedLater.__del__ = late_del
m = DelMethodAssignedLater()
del m
print('done')
