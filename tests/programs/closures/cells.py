# Cell objects: __closure__, cell_contents, empty cells, co_cellvars/co_freevars.
def outer():
    a = 1
    b = 'two'
    def inner():
        return a, b
    return inner
f = outer()
print(f.__code__.co_freevars, outer.__code__.co_cellvars)
print([c.cell_contents for c in f.__closure__])
def empty_cell():
    def inner():
        return x
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print('ValueError:', e)
    try:
        inner()
    except NameError as e:
        print('NameError:', e)
    x = 5
    print(cell.cell_contents, inner())
empty_cell()
def modifiable():
    v = 1
    def get():
        return v
    return get
g = modifiable()
g.__closure__[0].cell_contents = 'patched'
print(g())
def param_cell(p):
    return lambda: p
print(param_cell.__code__.co_cellvars, param_cell(7)())
def no_closure():
    return 1
print(no_closure.__closure__, no_closure.__code__.co_freevars)
def shared_cells():
    x = []
    def a():
        x.append('a')
        return x
    def b():
        x.append('b')
        return x
    return a, b
p, q = shared_cells()
print(p.__closure__[0] is q.__closure__[0] or p.__closure__[0] == q.__closure__[0])
p(); print(q())
def delete_cell():
    v = 1
    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        print('NameError:', e)
delete_cell()
