# The 4300-digit limit for int<->str conversion (CVE-2020-10735) and sys.set_int_max_str_digits.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
ok = int('9' * 4300)
print(len(str(ok)), str(ok)[:10])
try:
    int('9' * 4301)
except ValueError as e:
    print('ValueError:', e)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print('ValueError:', e)
try:
    repr(big)
except ValueError as e:
    print('ValueError:', e)
try:
    print(big)
except ValueError as e:
    print('ValueError from print:', e)
try:
    f'{big}'
except ValueError as e:
    print('ValueError from f-string:', e)
print(len(hex(big)), hex(big)[:12], len(bin(big)), big.bit_length())
print(int('f' * 5000, 16).bit_length(), int('1' * 5000, 2).bit_length())
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)), int('7' * 5500) % 1000)
try:
    str(10 ** 7000)
except ValueError as e:
    print('ValueError:', e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print('ValueError:', e)
sys.set_int_max_str_digits(640)
try:
    int('1' * 641)
except ValueError as e:
    print('ValueError:', e)
print(len(str(-(10 ** 639))), int('-' + '1' * 640) < 0)
try:
    str(-(10 ** 640))
except ValueError as e:
    print('ValueError:', e)
sys.set_int_max_str_digits(4300)
print(int(' ' * 10 + '5' * 4300 + ' ' * 10) % 7, int('1_' * 2000 + '1') % 9)
