# bytes/bytearray join whose total size (2**40) is far beyond memory: must raise MemoryError up front, not grow until the process is killed (the allocator would grant it: mimalloc maps with MAP_NORESERVE).
LEAKED = []
chunk = b"y" * 2**20
for thunk in (lambda: b"".join([chunk] * 2**20), lambda: bytearray().join([chunk] * 2**20),
              lambda: b"-".join([chunk] * 2**20), lambda: b"".join([bytearray(chunk)] * 2**20),
              lambda: b"".join([memoryview(chunk)] * 2**20), lambda: bytearray(b"-").join(iter([chunk] * 2**20))):
    try: r = thunk(); LEAKED.append(len(r)); del r
    except (MemoryError, OverflowError, ValueError): pass
LEAKED = []
print("done")
