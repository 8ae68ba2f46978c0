# Special methods implemented natively check their slot's signature, and
# builtin types that cannot be instantiated say so (fuzzer findings).
class Plain:
    def method(self, *args):
        return args
def gen_fn():
    yield 1
async def agen_fn():
    yield 1
calls = [
 "[].append.__class__()",
 "type({1: 2}.values()).__ne__(None)",
 "property(0).__get__()",
 "reversed({1: 2}).__eq__()",
 "type(gen_fn()).__new__(type(gen_fn()))",
 "Plain().method.__getattribute__(maxsplit=None)",
 "type(iter(bytearray(b'ab')))()",
 "Plain.__ror__()",
 "type(iter(b'ab')).__new__(type(iter(b'ab')))",
 "type.__dict__['__name__'].__set__()",
 "agen_fn().asend(None).throw()",
 "property.setter(property(0))",
 "property.__set_name__(property(1))",
 "property().__delete__()",
 "object.__eq__(1)",
 "object.__ne__(1)",
 "property.__get__(property())",
 "property.__set__(property(), 1)",
 "classmethod.__get__(classmethod(len))",
 "type.__or__(int)",
 "(1).__add__(1, 2)",
 "(1).__pow__()",
 "(1).__pow__(1, 2, 3)",
 "[].__setitem__(0)",
 "'a'.__eq__(other='a')",
 "len.__call__()",
]
for c in calls:
    try:
        r = eval(c)
        print("OK", c, type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
