# Exceptions interacting with loop control and iteration.
results = []
for v in ['1', 'x', '3', '', '5']:
    try:
        results.append(int(v))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append('|')
print(results)
def gen():
    yield 1
    yield 2
    raise RuntimeError('gen failed')
try:
    for x in gen():
        print('got', x)
except RuntimeError as e:
    print('caught', e)
it = iter([1, 2, 3])
while True:
    try:
        v = next(it)
    except StopIteration:
        print('exhausted')
        break
    print('v', v)
count = 0
while count < 5:
    count += 1
    try:
        if count == 3:
            raise ValueError(count)
    except ValueError as e:
        print('error at', e)
        break
else:
    print('no break')
print(count)
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise ConnectionError('retry')
        print('succeeded after', attempts)
        break
    except ConnectionError as e:
        print('attempt', attempts, 'failed:', e)
def early():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print('cleanup', i)
print(early())
