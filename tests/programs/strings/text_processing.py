# Practical text processing: word frequency, caesar cipher, palindromes, wrapping.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief."""
words = [w.strip('.,').lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(len(words), len(freq), max(words, key=len))
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha() and ch.isascii():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World! Zebra-123', 3)
print(enc, caesar(enc, -3))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for p in ['A man, a plan, a canal: Panama', 'racecar', 'hello', '', 'No lemon, no melon']:
    print(repr(p), is_palindrome(p))
def wrap(s, width):
    lines, cur = [], ''
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + ' ' + w if cur else w
    if cur:
        lines.append(cur)
    return lines
for line in wrap(text, 30):
    print('|' + line.ljust(30) + '|')
def camel_to_snake(name):
    out = ''
    for i, c in enumerate(name):
        if c.isupper() and i:
            out += '_'
        out += c.lower()
    return out
print([camel_to_snake(n) for n in ['camelCase', 'HTTPServer', 'simple', 'getX']])
print(''.join(sorted('anagram')) == ''.join(sorted('nagaram')), sorted('hello', reverse=True))
vowels = sum(1 for c in text.lower() if c in 'aeiou')
print(vowels, text.count('it was'), text.title()[:30])
