# sys.settrace call/return/exception events for a small call tree.
import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    name = frame.f_code.co_name
    if event == 'call':
        events.append(('call', name, frame.f_lineno))
    elif event == 'return':
        events.append(('return', name, repr(arg)))
    elif event == 'exception':
        events.append(('exception', name, arg[0].__name__))
    return tracer
def add(a, b):
    return a + b
def compute(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    return total
def failing():
    raise ValueError('traced')
def catcher():
    try:
        failing()
    except ValueError:
        return 'caught'
sys.settrace(tracer)
result = compute(3)
status = catcher()
sys.settrace(None)
print(result, status)
for e in events:
    print(e)
print(sys.gettrace())
