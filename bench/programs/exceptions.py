# Exceptions: raising and catching in loops, custom exception
# hierarchies, try/except/else/finally, exception chaining, and
# builtin errors (KeyError, IndexError, ZeroDivisionError, ValueError).

ROUNDS = 1000000


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


class Invalid(AppError):
    def __init__(self, value, reason):
        super().__init__(value, reason)
        self.value = value
        self.reason = reason


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key)


def validate(v):
    if v % 7 == 0:
        raise Invalid(v, "multiple of seven")
    if v % 11 == 0:
        raise ValueError(v)
    return v


def parse_int(text):
    try:
        return int(text)
    except ValueError as exc:
        raise Invalid(text, "not a number") from exc


def main():
    table = {i: i * i for i in range(0, 1000, 3)}
    found = missing = invalid = value_errors = finals = elses = 0
    chained = 0
    zero = 0
    index_errors = 0
    items = [1, 2, 3]
    for i in range(ROUNDS):
        try:
            v = lookup(table, i % 1000)
            found += v % 13
        except NotFound as e:
            missing += e.key & 3
        try:
            validate(i)
        except Invalid as e:
            invalid += 1
        except ValueError:
            value_errors += 1
        else:
            elses += 1
        finally:
            finals += 1
        if i % 5 == 0:
            text = str(i) if i % 2 else "x" + str(i)
            try:
                parse_int(text)
            except AppError as e:
                if isinstance(e.__cause__, ValueError):
                    chained += 1
        try:
            zero += 100 // (i % 4)
        except ZeroDivisionError:
            zero -= 1
        try:
            zero += items[i % 5]
        except (IndexError, TypeError):
            index_errors += 1
    print("exc", found, missing, invalid, value_errors, elses, finals, chained, zero, index_errors)


main()
