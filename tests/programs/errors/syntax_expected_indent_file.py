# A block header without an indented body: IndentationError: expected an indented block.
print('never printed')
numbers = list(range(10))
evens = [n for n in numbers if n % 2 == 0]
print(evens)
def square(n):
    return n * n
print([square(n) for n in evens])
class Shape:
    sides = 0
class Square(Shape):
    sides = 4
print(Square.sides)
def empty_body():
print('this dedent is the error')
x = 5
print(x)
