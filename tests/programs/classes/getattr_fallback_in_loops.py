# A property whose getter raises AttributeError falls back to __getattr__,
# also when the same attribute load runs many times (cached paths).


class Err:
    def __init__(self, fail):
        self.fail = fail

    @property
    def value(self):
        if self.fail:
            raise AttributeError("getter failed")
        return "from getter"

    def __getattr__(self, name):
        return "fallback for " + name


objs = [Err(i % 2 == 1) for i in range(6)]
print([o.value for o in objs])


class NoFallback:
    @property
    def value(self):
        raise AttributeError("no fallback here")


for _ in range(3):
    try:
        NoFallback().value
    except AttributeError as e:
        print("AttributeError:", e)


class Later:
    @property
    def value(self):
        raise AttributeError("late")


def read(o):
    try:
        return o.value
    except AttributeError as e:
        return "error: " + str(e)


print([read(Later()) for _ in range(3)])
Later.__getattr__ = lambda self, name: "added fallback"
print([read(Later()) for _ in range(3)])
