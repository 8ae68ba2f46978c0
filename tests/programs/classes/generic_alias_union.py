# Subscripted builtin classes (types.GenericAlias) and type unions
# (types.UnionType): reprs, attributes, equality, calls, isinstance, and
# their use in annotations and as bases.
x = list[int]
print(x, type(x).__name__, x.__origin__, x.__args__, x.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], list[int] == list[int], list[int] == list[str])
print(hash(list[int]) == hash(list[int]), x(), x([1, 2]), x.append is list.append)
print(int | str, int | None, None | int, int | str | int, (int | str) == (str | int), int | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
def f(a: list[int], b: int | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print("TypeError:", e)
class C(list[int]):
    pass
print(C.__bases__, C.__orig_bases__, C([1]))
print(type(int | str).__name__, (int | str).__args__, list[int] | None)
try:
    (int | str)[int]
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
print(repr(list[int]), str(dict[int, C]))
