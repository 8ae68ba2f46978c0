# Single inheritance, method overriding, attribute lookup through bases.
class Animal:
    sound = 'generic'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '%s says %s' % (self.name, self.sound)
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + ' (squeaky)'
class Cat(Animal):
    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives
    def speak(self):
        return super().speak().upper()
for a in (Animal('x'), Dog('rex'), Puppy('bit'), Cat('tom')):
    print(a.speak(), a.kind())
print(Cat('c').lives, Cat('c', 3).lives)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), isinstance(Puppy('p'), Dog))
print(Puppy.__bases__, Puppy.__base__, Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__subclasses__(), [c.__name__ for c in Animal.__subclasses__()])
d = Dog('d')
d.sound = 'instance sound'
print(d.speak(), Dog.sound)
del d.sound
print(d.speak())
Dog.sound = 'WOOF'
print(Puppy('p').speak())
class NoInit(Animal):
    pass
print(NoInit('n').name)
try:
    NoInit()
except TypeError as e:
    print('TypeError:', e)
print(object in Dog.__mro__, type(Dog), type(Dog()) if False else 'skip')
