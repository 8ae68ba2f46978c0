# global declarations: creation, rebinding, interaction with locals and classes.
g = 'module'
def read():
    return g
def write():
    global g
    g = 'rewritten'
print(read()); write(); print(read(), g)
def create():
    global created_later
    created_later = [1, 2]
try:
    print(created_later)
except NameError as e:
    print('NameError:', e)
create()
print(created_later)
def multiple():
    global a, b
    a, b = 'A', 'B'
multiple()
print(a, b)
class K:
    global from_class
    from_class = 'set in class body'
    def m(self):
        global g
        g = 'from method'
print(from_class)
K().m()
print(g)
def nested():
    def inner():
        global deep
        deep = 'deep global'
    inner()
nested()
print(deep)
counter = 0
def incr():
    global counter
    counter += 1
for _ in range(10):
    incr()
print(counter)
def local_shadow():
    counter = 'local'
    return counter
print(local_shadow(), counter)
def global_del():
    global to_delete
    del to_delete
to_delete = 1
global_del()
print('to_delete' in globals())
def exec_global():
    exec('global ex_var\nex_var = 5')
exec_global()
print(ex_var)
