# `T.__new__` of a builtin type that inherits its base's `__new__` checks
# against T itself (CPython binds each static type's tp_new to the type).
for call in ["ValueError.__new__(KeyError)", "ValueError.__new__(ValueError)"]:
    try:
        print(call, type(eval(call)).__name__)
    except TypeError as e:
        print(call, "TypeError:", e)
