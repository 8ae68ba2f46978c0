# dict | and |= (PEP 584), precedence of right operand, and with other mappings.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a is c, a)
c |= [('w', 0)]
print(c)
c |= {'x': 'new'}.items()
print(c)
try:
    a | [('k', 'v')]
except TypeError as e:
    print('TypeError:', e)
try:
    c |= 5
except TypeError as e:
    print('TypeError:', e)
class MyDict(dict):
    pass
m = MyDict(k=1)
print(type(m | {}).__name__, type({} | m).__name__, m | {'j': 2})
class Mapping:
    def keys(self): return ['q']
    def __getitem__(self, k): return 'from mapping'
d = {}
d |= Mapping()
print(d)
try:
    {} | Mapping()
except TypeError as e:
    print('TypeError:', e)
print({} | {}, {1: 1} | {1: 1.0}, {1.0: 'a'} | {1: 'b'})
order = {'first': 1} | {'second': 2} | {'first': 'replaced'}
print(order, list(order))
print(dict(a, **b), {**a, **b} == a | b)
