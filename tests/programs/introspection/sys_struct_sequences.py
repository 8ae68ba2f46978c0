# The reprs of sys struct sequences.
import sys
print(sys.int_info, sys.float_info.max, sys.hash_info.algorithm)
print(repr(sys.flags)[:20], sys.thread_info.name, sys.version_info[:2])
