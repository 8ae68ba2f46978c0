# Chained generator pipelines processing text records lazily.
LINES = """\
# comment line
alice,30,engineering
bob,25,marketing

carol,41,engineering
dave,not-a-number,sales
erin,35,marketing
"""
def read_lines(text):
    for line in text.split('\n'):
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith('#'):
            yield line
def parse(lines):
    for line in lines:
        name, age, dept = line.split(',')
        try:
            yield {'name': name, 'age': int(age), 'dept': dept}
        except ValueError:
            print('skipping bad record:', name)
def by_dept(records):
    groups = {}
    for r in records:
        groups.setdefault(r['dept'], []).append(r['name'])
    return groups
records = list(parse(strip_comments(read_lines(LINES))))
print(len(records))
for r in records:
    print(r)
print(by_dept(records))
print(sum(r['age'] for r in records) / len(records))
oldest = max(records, key=lambda r: r['age'])
print(oldest['name'])
def numbered(it, start=1):
    n = start
    for x in it:
        yield '%02d: %s' % (n, x)
        n += 1
for line in numbered(r['name'].title() for r in records if r['age'] > 26):
    print(line)
def batched(it, size):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
