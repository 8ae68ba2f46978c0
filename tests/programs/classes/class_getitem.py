# __class_getitem__ and subscripting builtin generic types.
class Box:
    def __class_getitem__(cls, item):
        return 'Box[%s]' % (item.__name__ if isinstance(item, type) else repr(item))
print(Box[int], Box['str'], Box[1, 2])
class Registry:
    @classmethod
    def __class_getitem__(cls, key):
        return (cls.__name__, key)
print(Registry['k'])
class Sub(Box):
    pass
print(Sub[float])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
alias = list[int]
print(alias.__origin__ is list, alias.__args__, alias([1, 2]))
print(dict[str, int]().__class__ is dict)
try:
    int[str]
except TypeError as e:
    print('TypeError:', e)
class Meta(type):
    def __getitem__(cls, item):
        return 'Meta getitem ' + str(item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return 'class_getitem ' + str(item)
print(WithMeta[3])
class Inst:
    def __class_getitem__(cls, item):
        return 'cls'
    def __getitem__(self, item):
        return 'instance ' + str(item)
print(Inst[0], Inst()[0])
print(repr(list[int]), repr(dict[str, tuple[int, int]]), str(type[int]))
print(list[int] == list[int], list[int] == list[str])
