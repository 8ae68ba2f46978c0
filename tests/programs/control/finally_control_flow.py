# return/break/continue inside finally override pending exceptions/returns.
def ret_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_overrides())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
def loop_break():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise RuntimeError
            out.append(i)
        finally:
            continue
    return out
print(loop_continue())
def nested():
    try:
        try:
            return 1
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested())
def return_in_try_finally_value():
    x = 'a'
    try:
        return x
    finally:
        x = 'b'
print(return_in_try_finally_value())
def break_from_try():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print('finally on iteration', i)
    return 'done'
print(break_from_try())
def continue_from_try():
    for i in range(3):
        try:
            continue
        finally:
            print('finally', i)
print(continue_from_try())
def exc_in_finally():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
try:
    exc_in_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))
