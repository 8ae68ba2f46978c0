# Function closures must hold cells; classmethod descriptors called from the
# class dict check their class argument (hostile battery findings).
def outer():
    x = 1
    def inner(): return x
    return inner
inner = outer()
FT = type(inner)
for call in ["FT(inner.__code__, globals(), None, None, (1,))",
             "bytes.__dict__['fromhex']()",
             "bytes.__dict__['fromhex'](1, 'ab')",
             "bytes.__dict__['fromhex'](int, 'ab')",
             "bytes.__dict__['fromhex'](bytes, 'ab')"]:
    try:
        print(repr(eval(call)))
    except Exception as e:
        print(type(e).__name__, e)
