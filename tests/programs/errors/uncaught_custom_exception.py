# Uncaught user-defined exception with custom __str__; module prefix for __main__ is omitted.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return '%s: %s' % (self.field, self.problem)
def validate(record):
    for field in ('name', 'age', 'email'):
        if field not in record:
            raise ValidationError(field, 'missing')
    if not isinstance(record['age'], int):
        raise ValidationError('age', 'must be int, got %s' % type(record['age']).__name__)
    return True
records = [
    {'name': 'a', 'age': 1, 'email': 'x'},
    {'name': 'b', 'age': 2, 'email': 'y'},
]
for r in records:
    print(r['name'], validate(r))
try:
    validate({'name': 'c'})
except ValidationError as e:
    print('caught:', e, e.args, e.field)
print(repr(ValidationError('f', 'p')), str(ValidationError('f', 'p')))
print(ValidationError.__qualname__, ValidationError.__module__)
print('now failing for real')
validate({'name': 'd', 'age': '3', 'email': 'z'})
