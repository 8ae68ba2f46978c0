# Decimal literals longer than sys.int_max_str_digits are a SyntaxError at
# compile time (CPython 3.11's CVE-2020-10735 limit); hex, floats, complex
# and underscores' separators are not counted; the limit follows
# sys.set_int_max_str_digits.
import sys
sources = ['x = ' + '1' * 5000, 'x = ' + '1_0' * 2200, 'x = 0x' + 'f' * 5000,
           'x = ' + '1' * 4300, 'x = 1' + '0' * 4300 + '.5', 'x = ' + '9' * 4301 + 'j',
           'y = 2\nx = [' + '7' * 4301 + ']']
def attempt():
    for src in sources:
        try:
            compile(src, 'f', 'exec')
            print('ok')
        except SyntaxError as e:
            print(e.msg, e.lineno)
attempt()
sys.set_int_max_str_digits(0)
attempt()
sys.set_int_max_str_digits(4400)
attempt()
