# A tokenizer, recursive-descent parser and tree-walking evaluator for
# a small arithmetic language, run over generated expressions; the
# trees are printed back to text and re-parsed as a round-trip check.

EXPRESSIONS = 16000


class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(Token("num", src[i:j]))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        elif ch in "+-*/%(),":
            tokens.append(Token("op", ch))
            i += 1
        else:
            raise SyntaxError("bad character " + repr(ch))
    tokens.append(Token("end", ""))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            raise SyntaxError("expected " + text + " got " + tok.text)

    def expression(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            op = self.advance().text
            node = ("bin", op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek().text in ("*", "/", "%"):
            op = self.advance().text
            node = ("bin", op, node, self.unary())
        return node

    def unary(self):
        if self.peek().text == "-":
            self.advance()
            return ("neg", self.unary())
        return self.atom()

    def atom(self):
        tok = self.advance()
        if tok.kind == "num":
            return ("num", int(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.advance()
                args = [self.expression()]
                while self.peek().text == ",":
                    self.advance()
                    args.append(self.expression())
                self.expect(")")
                return ("call", tok.text, args)
            return ("var", tok.text)
        if tok.text == "(":
            node = self.expression()
            self.expect(")")
            return node
        raise SyntaxError("unexpected " + tok.text)


def parse(src):
    p = Parser(tokenize(src))
    node = p.expression()
    if p.peek().kind != "end":
        raise SyntaxError("trailing input")
    return node


FUNCS = {
    "max": max,
    "min": min,
    "sq": lambda v: v * v,
    "mix": lambda a, b, c: (a * 7 + b * 3 + c) % 10007,
}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    op = node[1]
    a = evaluate(node[2], env)
    b = evaluate(node[3], env)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b % 1000003
    if b == 0:
        return 0
    if op == "/":
        return a // b
    return a % b


def unparse(node):
    kind = node[0]
    if kind == "num":
        return str(node[1])
    if kind == "var":
        return node[1]
    if kind == "neg":
        return "-(" + unparse(node[1]) + ")"
    if kind == "call":
        return node[1] + "(" + ", ".join(unparse(a) for a in node[2]) + ")"
    return "(" + unparse(node[2]) + " " + node[1] + " " + unparse(node[3]) + ")"


class Generator:
    def __init__(self, seed):
        self.x = seed

    def rnd(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return (self.x >> 11) % n

    def expr(self, depth):
        r = self.rnd(10)
        if depth <= 0 or r < 2:
            if self.rnd(2):
                return str(self.rnd(1000))
            return "abcxyz"[self.rnd(6)]
        if r < 7:
            op = "+-*/%"[self.rnd(5)]
            return self.expr(depth - 1) + " " + op + " " + self.expr(depth - 1)
        if r == 7:
            return "(" + self.expr(depth - 1) + ")"
        if r == 8:
            return "-" + self.expr(depth - 1)
        name = ["max", "min", "sq", "mix"][self.rnd(4)]
        arity = {"max": 2, "min": 3, "sq": 1, "mix": 3}[name]
        return name + "(" + ", ".join(self.expr(depth - 2) for _ in range(arity)) + ")"


def main():
    gen = Generator(2718)
    env = {"a": 3, "b": 17, "c": 250, "x": -4, "y": 99, "z": 1000}
    checksum = 0
    chars = 0
    for i in range(EXPRESSIONS):
        src = gen.expr(7)
        chars += len(src)
        tree = parse(src)
        value = evaluate(tree, env)
        text = unparse(tree)
        again = parse(text)
        assert again == tree, src
        assert evaluate(again, env) == value
        env["a"] = value % 97
        checksum = (checksum * 31 + value) % 1000000007
    print("expr", EXPRESSIONS, chars, checksum)


main()
