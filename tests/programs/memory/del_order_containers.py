# Destruction order of container elements and of objects referencing each other (acyclic).
class N:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print('del', self.name)
chain = N('outer', N('middle', N('inner')))
print('drop chain')
del chain
print('list of three')
l = [N('l0'), N('l1'), N('l2')]
del l
print('dict of three')
d = {i: N('d%d' % i) for i in range(3)}
del d
print('tuple')
t = (N('t0'), N('t1'))
del t
print('slice deletion')
s = [N('s%d' % i) for i in range(5)]
del s[1:4]
print('remaining', [n.name for n in s])
s.reverse()
del s
print('set of one')
st = {N('in set')}
st.pop()
print('attribute replacement')
holder = N('holder', N('first child'))
holder.child = N('second child')
print('delattr')
del holder.child
print('end')
