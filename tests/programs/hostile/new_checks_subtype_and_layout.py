# Builtin __new__ methods check that they are given a subtype with their own
# layout (CPython's tp_new_wrapper), whatever the receiver.
class C(int): pass
class P:
    def __new__(cls): return object.__new__(cls)
class L(list):
    def __new__(cls): return object.__new__(cls)
attacks = [
 "BaseException.__new__(list)",
 "staticmethod.__new__(bytes)",
 "classmethod.__new__(dict)",
 "property.__new__(dict)",
 "type(None).__new__(list)",
 "BaseException.__new__()",
 "range.__new__()",
 "slice.__new__()",
 "super.__new__()",
 "int.__new__(bool)",
 "int.__new__(C, 5)",
 "object.__new__(list)",
 "object.__new__(C)",
 "object.__new__(3)",
 "P()",
 "L()",
 "dict.__new__(C)",
 "BaseException.__new__(ValueError, 1)",
 "str.__new__(str, 'x')",
 "tuple.__new__(C)",
 "float.__new__(int)",
 "list.__new__(L)",
]
for a in attacks:
    try:
        r = eval(a)
        print("OK", a, type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
