# Non-ASCII identifiers and NFKC normalisation of names.
café = 'coffee'
print(café)
π = 3.14159
print(round(π * 2, 3))
ﬁ = 'ligature'
print(fi)
def größe(x):
    return x * 2
print(größe(21))
class Ünïcode:
    ñ = 1
print(Ünïcode.ñ, Ünïcode.__name__)
变量 = [1, 2]
print(变量)
ℌ = 'H'
print(H)
print('ℌ' in globals(), 'H' in globals())
αβγ = {'key': 'value'}
print(αβγ['key'])
𝔘𝔫𝔦 = 5
print(Uni)
print(getattr(Ünïcode, 'ñ'))
x_ǅ = 'dz'
print(x_ǅ)
def f(ä=1, *, ö=2):
    return ä + ö
print(f(ä=10, ö=20))
print('café'.isidentifier(), '1abc'.isidentifier(), 'ℌ'.isidentifier())
