# An error raised inside an except block: stderr shows both, the last line is the newer error.
log = []
def risky(n):
    if n > 2:
        raise ValueError('n too large: %d' % n)
    return n * 2
for i in range(3):
    log.append(risky(i))
print(log)
try:
    risky(5)
except ValueError as e:
    print('first failure handled:', e)
def handler_bug():
    try:
        risky(10)
    except ValueError as e:
        print('handling', e)
        return log[100]
try:
    handler_bug()
except IndexError as e:
    print('IndexError with context:', type(e.__context__).__name__)
print('calling the buggy handler without protection')
handler_bug()
