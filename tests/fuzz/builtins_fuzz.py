"""Fuzzes the methods and slot wrappers of Terrarium's builtin types.

Usage:
    python3.11 tests/fuzz/builtins_fuzz.py [--calls 20000] [--seed 0] [--jobs 2]
        [--batch-size 400] [--timeout 10] [--terrarium target/release/terrarium]
        [--out target/fuzz-crashes]

1. Discovery (discover_types.py, run by terrarium): the types in builtins, the
   types of sample objects (iterators, dict views, generators, coroutines,
   frames, code objects, cells, descriptors, _io objects, ...) and of their
   attributes one level down, each type's dir() and the constructor calls
   that work.
2. Generation: batches of calls such as `T.attr(args)`, `obj.attr(args)`,
   `T.__new__(X, ...)`, `T.__init__(obj, ...)`, `T(args)` and attribute
   get/set/delete, with 0-4 positional arguments and sometimes keywords drawn
   from a pool of edge-case values and objects with hostile dunder methods.
   Every call is wrapped in `try: ... except BaseException: pass`: an exception
   is the expected outcome, only a crash counts. Batch i depends only on the
   seed and i, so a run is reproducible whatever --jobs is.
3. Each batch runs in terrarium with progress markers. A crash (a Rust panic,
   a death by signal or a hang, see crashcheck.py) is attributed to the call
   that was running, shrunk to a minimal reproducer (that call alone when it
   suffices) and recorded once per distinct crash; the batch then resumes
   after that call.

Prints "calls tried: N, batches: B, crashes: C" and every distinct crash, with
its reproducer, stderr and what CPython 3.11 does with it; the reproducers are
written to --out. Exit status 1 when a crash was found, 0 otherwise.

Not fuzzed: functions of modules (sys, posix, gc, ...) and _io.FileIO, which
could close or overwrite the file descriptors the harness reads.
"""

import argparse
import ast
import concurrent.futures
import copy
import dataclasses
import functools
import math
import os
import random
import re
import sys
import threading
import time

FUZZ_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(FUZZ_DIR))
sys.path.insert(0, FUZZ_DIR)

import crashcheck  # noqa: E402  (needs the sys.path entry above)

DEFAULT_TERRARIUM = os.path.join(REPO_ROOT, "target", "release", "terrarium")
DEFAULT_OUT = os.path.join(REPO_ROOT, "target", "fuzz-crashes")
MAX_RECEIVERS = 4
STATUS_INTERVAL_SECONDS = 10

# Helpers the generated calls refer to by name. A batch includes only the
# definitions its calls need (see Definitions.needed_by), so a reproducer
# carries just what it uses.
STATIC_DEFINITIONS = [
    ("sys", "import sys\n"),
    ("gc", "import gc\n"),
    ("_io", "import _io\n"),
    ("_weakref", "import _weakref\n"),
    ("hostile_error", """\
def hostile_error(*args, **kwargs):
    raise ZeroDivisionError('hostile')
"""),
    ("Plain", """\
class Plain:
    def method(self, *args):
        return args
"""),
    ("Raising", """\
class Raising:
    # Every protocol method raises: callers must propagate errors from any slot.
    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = hostile_error
    __hash__ = __index__ = __int__ = __float__ = __complex__ = hostile_error
    __len__ = __iter__ = __next__ = __bool__ = __repr__ = __str__ = hostile_error
    __bytes__ = __format__ = __getitem__ = __contains__ = __call__ = hostile_error
    __length_hint__ = __fspath__ = __round__ = __trunc__ = __neg__ = hostile_error
    __add__ = __radd__ = __mul__ = __rmul__ = __mod__ = __rmod__ = hostile_error
    __getattr__ = hostile_error
"""),
    ("WrongTypes", """\
class WrongTypes:
    # Protocol methods return objects of the wrong type.
    def __eq__(self, other):
        return Raising()
    __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __contains__ = __eq__
    def __hash__(self):
        return 'hash'
    def __index__(self):
        return 1.5
    def __int__(self):
        return 'int'
    def __float__(self):
        return 1
    def __complex__(self):
        return 'complex'
    def __len__(self):
        return -1
    def __iter__(self):
        return 5
    def __bool__(self):
        return 2
    def __repr__(self):
        return 1
    def __str__(self):
        return None
    def __bytes__(self):
        return 'bytes'
    def __format__(self, spec):
        return 1
    def __length_hint__(self):
        return -5
    def __fspath__(self):
        return 1
    def __getitem__(self, key):
        return self
    def __round__(self, *args):
        return 'round'
"""),
    ("Huge", """\
class Huge:
    # Protocol methods return values beyond machine integers.
    def __index__(self):
        return 2 ** 100
    def __int__(self):
        return -2 ** 100
    def __len__(self):
        return 2 ** 63
    def __hash__(self):
        return 2 ** 100
    def __length_hint__(self):
        return 2 ** 62
    def __iter__(self):
        return iter(())
    def __float__(self):
        return float('inf')
"""),
    ("Mutating", """\
class Mutating:
    # Protocol methods empty the victim containers, which calls may be
    # iterating over, sorting, hashing into or indexing at that moment.
    def _mutate(self):
        # By name: the victims are built with Mutating elements, so some do
        # not exist yet while the others are being built.
        for name in ('victim_list', 'victim_dict', 'victim_set', 'victim_bytearray'):
            if name in globals():
                globals()[name].clear()
    def __eq__(self, other):
        self._mutate()
        return False
    def __lt__(self, other):
        self._mutate()
        return True
    def __hash__(self):
        self._mutate()
        return 1
    def __index__(self):
        self._mutate()
        return 1
    def __len__(self):
        self._mutate()
        return 1
    def __iter__(self):
        self._mutate()
        return iter([1, 2])
    def __bool__(self):
        self._mutate()
        return True
"""),
    ("victim_list", "victim_list = [Mutating(), 1, 'a', Mutating(), 2]\n"),
    ("victim_dict", "victim_dict = {Mutating(): 1, 2: Mutating(), 'a': 3}\n"),
    ("victim_set", "victim_set = {Mutating(), 1, 'a'}\n"),
    ("victim_bytearray", "victim_bytearray = bytearray(b'abcdef')\n"),
    ("SequenceLike", """\
class SequenceLike:
    # The old sequence protocol: __getitem__ until IndexError.
    def __len__(self):
        return 3
    def __getitem__(self, index):
        if index >= 3:
            raise IndexError(index)
        return index
"""),
    ("HostileStr", """\
class HostileStr(str):
    __eq__ = __ne__ = __hash__ = __lt__ = __len__ = __iter__ = hostile_error
"""),
    ("HostileInt", """\
class HostileInt(int):
    __eq__ = __hash__ = __index__ = __int__ = __lt__ = __add__ = hostile_error
"""),
    ("HostileList", """\
class HostileList(list):
    __iter__ = __len__ = __getitem__ = __eq__ = hostile_error
"""),
    ("HostileDict", """\
class HostileDict(dict):
    keys = items = __getitem__ = __iter__ = __len__ = __eq__ = hostile_error
"""),
    ("HostileTuple", """\
class HostileTuple(tuple):
    __iter__ = __len__ = __getitem__ = __hash__ = hostile_error
"""),
    ("selfref_list", "selfref_list = [1]\nselfref_list.append(selfref_list)\n"),
    ("selfref_dict", "selfref_dict = {}\nselfref_dict[1] = selfref_dict\n"),
    ("gen_fn", "def gen_fn():\n    yield 1\n    yield 2\n"),
    ("coro_fn", "async def coro_fn():\n    return 1\n"),
    ("agen_fn", "async def agen_fn():\n    yield 1\n"),
    ("make_cell", """\
def make_cell():
    captured = 1
    return (lambda: captured).__closure__[0]
"""),
    ("make_traceback", """\
def make_traceback():
    try:
        1 / 0
    except ZeroDivisionError as error:
        return error.__traceback__
"""),
]

# Objects whose types are not all named in builtins; discovery records each
# one as a receiver of its type.
SAMPLE_OBJECTS = [
    "None", "NotImplemented", "...", "object()", "Plain()", "Plain", "len", "lambda: 0",
    "iter([1, 2])", "iter({1: 2})", "iter('ab')", "iter('h\\xe9')", "iter(b'ab')",
    "iter(bytearray(b'ab'))", "iter(range(3))", "iter(range(2 ** 100))", "iter((1, 2))",
    "iter({1, 2})", "iter(frozenset({1}))", "iter({1: 2}.values())", "iter({1: 2}.items())",
    "reversed([1, 2])", "reversed({1: 2})", "reversed({1: 2}.values())",
    "reversed({1: 2}.items())", "reversed(range(3))", "reversed((1, 2))",
    "{1: 2}.keys()", "{1: 2}.values()", "{1: 2}.items()", "enumerate([1, 2])",
    "zip([1], 'a')", "map(len, ['a'])", "filter(None, [0, 1])", "iter(SequenceLike())",
    "iter([3, 2, 1].pop, 2)", "gen_fn()", "coro_fn()", "coro_fn().__await__()", "agen_fn()",
    "agen_fn().asend(None)", "agen_fn().athrow(ValueError)", "agen_fn().aclose()",
    "(lambda: 0).__code__", "sys._getframe()", "gen_fn().gi_frame", "make_traceback()",
    "make_cell()", "Plain().method", "[].append", "(1).__add__", "int.__add__", "str.join",
    "dict.__dict__['fromkeys']", "int.real", "type.__dict__['__name__']", "type.__dict__",
    "sys", "sys.flags", "sys.version_info", "sys.float_info", "sys.hash_info", "sys.int_info",
    "sys.thread_info", "sys.implementation", "_weakref.ref(Plain)",
    "_io.StringIO('ab\\ncd')", "_io.BytesIO(b'ab\\ncd')", "_io.TextIOWrapper(_io.BytesIO(b'ab\\ncd'))",
    "_io.BufferedReader(_io.BytesIO(b'ab'))", "_io.BufferedWriter(_io.BytesIO())",
    "_io.BufferedRandom(_io.BytesIO(b'ab'))", "_io.BufferedRWPair(_io.BytesIO(b'ab'), _io.BytesIO())",
    "_io.IncrementalNewlineDecoder(None, True)", "_io._IOBase()", "_io._RawIOBase()",
    "_io._BufferedIOBase()", "_io._TextIOBase()", "super(int, 1)", "property(len)",
    "staticmethod(len)", "classmethod(len)", "memoryview(b'abc')", "memoryview(bytearray(b'abc'))",
    "slice(1, 5, 2)", "ValueError('x')", "StopIteration(1)",
    "ExceptionGroup('g', [ValueError()])", "UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'bad')",
    "UnicodeEncodeError('ascii', '\\xe9', 0, 1, 'bad')", "UnicodeTranslateError('\\xe9', 0, 1, 'bad')",
    "OSError(2, 'no such file', 'x')", "SyntaxError('bad', ('f.py', 1, 2, 'x y', 1, 3))",
]

# Argument lists tried with every type named in builtins to find instances.
CONSTRUCTOR_ARGUMENTS = [
    "", "0", "1", "-1", "2 ** 100", "1.5", "'a'", "'12'", "b'ab'", "[1, 2]", "(1, 2)",
    "{1: 2}", "{1, 2}", "range(3)", "None", "len", "1, 2", "1, 2, 3", "'x', [ValueError()]",
]

# Argument values: edge-case numbers, strings, bytes, containers, types,
# callables and objects with hostile protocol methods.
VALUE_POOL = [
    "None", "True", "False", "NotImplemented", "...",
    "0", "1", "-1", "2", "3", "8", "36", "37", "255", "256", "1114111", "1114112",
    "2 ** 31", "-2 ** 31", "2 ** 32", "2 ** 63 - 1", "2 ** 63", "-2 ** 63", "-2 ** 63 - 1",
    "2 ** 64", "-2 ** 100", "10 ** 400",
    "0.0", "-0.0", "0.5", "1.5", "-2.5", "1e308", "5e-324", "float('nan')", "float('inf')",
    "float('-inf')", "1j", "complex(float('nan'), float('inf'))",
    "''", "'a'", "'abc'", "'ab\\x00cd'", "'h\\xe9llo'", "'\\u20ac\\U0001d11e'", "chr(0xd800)",
    "' \\t\\n'", "'ABC def'", "'x' * 1000", "'%s %d'", "'{} {0} {a}'", "'utf-8'", "'strict'",
    "'ignore'", "'surrogateescape'", "'latin-1'", "'ascii'", "'\\n'", "'12'", "'-0x1f'",
    "b''", "b'abc'", "b'\\x00\\xff'", "b'%s'", "b'\\x80abc'", "bytearray(b'xyz')", "bytearray()",
    "memoryview(b'abc')", "memoryview(bytearray(b'abc'))[::2]",
    "[]", "[1, 2, 3]", "[None, 'a', 1.5]", "[[]]", "[Raising()]", "list(range(100))",
    "()", "(1,)", "(1, 2, 3)", "('a', b'b')", "((1, 2),)", "(Raising(),)",
    "{}", "{1: 2}", "{'a': 1, 'b': 2}", "{Mutating(): 1}", "set()", "{1, 2, 3}",
    "frozenset({'a'})", "frozenset()", "range(10)", "range(-5, 5, 2)", "range(0)",
    "slice(None)", "slice(1, 10, 2)", "slice(-1, None, -1)", "slice(Raising())",
    "{1: 2}.keys()", "{1: 2}.items()", "iter([1, 2, 3])", "gen_fn()", "coro_fn()",
    "sys._getframe()", "type.__dict__", "object()", "(lambda: 0).__code__", "make_cell()",
    "int", "str", "bytes", "object", "type", "list", "dict", "tuple", "BaseException",
    "type(None)", "Plain", "Raising", "HostileStr", "HostileInt", "HostileList", "HostileDict",
    "Plain()", "Raising()", "WrongTypes()", "Huge()", "Mutating()", "SequenceLike()",
    "HostileStr('hs')", "HostileInt(7)", "HostileList([1, 2])", "HostileDict({1: 2})",
    "HostileTuple((1, 2))", "selfref_list", "selfref_dict",
    "victim_list", "victim_dict", "victim_set", "victim_bytearray",
    "len", "repr", "hostile_error", "lambda *args, **kwargs: None", "lambda x: x", "Plain().method",
    "ValueError('v')", "StopIteration(5)", "KeyboardInterrupt()",
]

KEYWORD_NAMES = [
    "key", "reverse", "sep", "maxsplit", "encoding", "errors", "start", "end", "default",
    "base", "object", "keepends", "tabsize", "strict", "x", "name", "value", "fillvalue",
    "newline", "closefd", "zzz",
]

# Relative weights of the kinds of generated statement.
STATEMENT_FORMS = {
    "bound call": 35, "unbound call": 30, "__new__": 7, "__init__": 7, "construct": 5,
    "get attribute": 8, "set attribute": 5, "delete attribute": 3,
}
POSITIONAL_COUNT_WEIGHTS = [20, 35, 25, 12, 8]    # for 0, 1, 2, 3 and 4 arguments

# Shrinking a crashing call: the values tried in place of each argument, and
# how many runs that may take.
SIMPLEST_ARGUMENTS = (None, 0)
MAX_SIMPLIFY_RUNS = 60

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclasses.dataclass(frozen=True)
class Definition:
    name: str    # the global name the code binds
    code: str    # top-level statements


class Definitions:
    """The helper definitions, in dependency-safe order, and which of them a
    piece of code needs (every definition whose name it mentions, transitively)."""

    def __init__(self, definitions):
        self.ordered = list(definitions)
        self._position = {d.name: i for i, d in enumerate(self.ordered)}
        self._mentions = {d.name: self._names_in(d.code) - {d.name} for d in self.ordered}
        self.broken = set()     # names whose definition crashed terrarium

    def _names_in(self, code):
        return {name for name in IDENTIFIER.findall(code) if name in self._position}

    def needed_by(self, codes):
        pending = set()
        for code in codes:
            pending |= self._names_in(code)
        needed = set()
        while pending:
            name = pending.pop()
            if name not in needed and name not in self.broken:
                needed.add(name)
                pending |= self._mentions[name]
        return sorted((self.ordered[self._position[name]] for name in needed),
                      key=lambda d: self._position[d.name])


@dataclasses.dataclass
class TypeInfo:
    name: str
    expression: str                 # evaluates to the type
    attributes: list
    receivers: list                 # expressions evaluating to instances
    constructor_arguments: list     # argument lists that construct an instance
    subclass: str | None = None     # name of a definition subclassing the type
    shared: str | None = None       # name of a definition holding one long-lived instance


def guarded(code):
    """code wrapped in `try: ... except BaseException: pass`."""
    return "try:\n%s\nexcept BaseException:\n    pass\n" % re.sub("^", "    ", code, flags=re.M)


@dataclasses.dataclass(frozen=True)
class Call:
    label: str          # "type.attribute", for reports
    group: str          # the attribute, "__new__", "type call"...: deduplicates signal deaths and hangs
    statement: str      # one line of Python

    def guarded(self):
        return guarded(self.statement).encode()

    def bare(self):
        return (self.statement + "\n").encode()


COLLECT_GARBAGE = Call("gc.collect (end of batch)", "gc.collect", "gc.collect()")


@functools.lru_cache(maxsize=None)
def parse_expression(source):
    return ast.parse(source, mode="eval").body


def is_simplest(node):
    return isinstance(node, ast.Constant) and node.value in SIMPLEST_ARGUMENTS


class InlineName(ast.NodeTransformer):
    """Replaces every use of a global name with an expression."""

    def __init__(self, name, expression):
        self.name = name
        self.expression = expression

    def visit_Name(self, node):
        return copy.deepcopy(self.expression) if node.id == self.name else node


class CallGenerator:
    """Draws random statements exercising the given types."""

    def __init__(self, types, rng):
        self.types = types
        self.rng = rng
        self.forms = list(STATEMENT_FORMS)
        self.form_weights = list(STATEMENT_FORMS.values())

    def next_call(self):
        target = self.rng.choice(self.types)
        form = self.rng.choices(self.forms, self.form_weights)[0]
        attribute = self.rng.choice(target.attributes) if target.attributes else "__class__"
        type_node = parse_expression(target.expression)
        group = attribute
        if form == "bound call":
            node = self.call(ast.Attribute(self.receiver(target), attribute), self.arguments(target))
        elif form == "unbound call":
            first = self.receiver(target) if self.rng.random() < 0.6 else self.value(target)
            arguments = self.arguments(target)
            # Sometimes without a receiver at all: slot wrappers and method
            # descriptors must check their argument count.
            if self.rng.random() < 0.85:
                arguments = [first] + arguments
            node = self.call(ast.Attribute(type_node, attribute), arguments)
        elif form == "__new__":
            group = "__new__"
            node = self.call(ast.Attribute(type_node, "__new__"),
                             [self.new_target(target)] + self.arguments(target))
        elif form == "__init__":
            group = "__init__"
            node = self.call(ast.Attribute(type_node, "__init__"),
                             [self.any_receiver(target)] + self.arguments(target))
        elif form == "construct":
            group = "type call"
            node = self.call(type_node, self.arguments(target))
        elif form == "get attribute":
            node = ast.Expr(ast.Attribute(self.receiver_or_type(target), attribute))
        elif form == "set attribute":
            node = ast.Assign([ast.Attribute(self.receiver_or_type(target), attribute)],
                              self.value(target), lineno=0)
        else:
            node = ast.Delete([ast.Attribute(self.receiver_or_type(target), attribute)])
        label = target.name + "(...)" if form == "construct" else "%s.%s" % (target.name, group)
        return Call(label, group, ast.unparse(node))

    def call(self, function, positional):
        arguments = list(positional)
        keywords = []
        if self.rng.random() < 0.2:
            names = self.rng.sample(KEYWORD_NAMES, self.rng.choice([1, 1, 2]))
            keywords = [ast.keyword(name, self.value(None)) for name in names]
        unpacking = self.rng.random()
        if unpacking < 0.02:
            arguments.append(ast.Starred(self.value(None)))
        elif unpacking < 0.04:
            keywords.append(ast.keyword(None, self.value(None)))
        return ast.Expr(ast.Call(function, arguments, keywords))

    def arguments(self, target):
        count = self.rng.choices(range(len(POSITIONAL_COUNT_WEIGHTS)), POSITIONAL_COUNT_WEIGHTS)[0]
        return [self.value(target) for _ in range(count)]

    def receiver(self, target):
        """An instance of target, or the type itself when none can be built."""
        choice = self.rng.random()
        if target.shared and choice < 0.25:
            return ast.Name(target.shared)
        if target.subclass and choice < 0.35:
            return self.subclass_instance(target)
        if target.receivers:
            return parse_expression(self.rng.choice(target.receivers))
        return parse_expression(target.expression)

    def receiver_or_type(self, target):
        if self.rng.random() < 0.2:
            return parse_expression(target.expression)
        return self.receiver(target)

    def any_receiver(self, target):
        """Mostly an instance of target, sometimes one of another type."""
        return self.receiver(target if self.rng.random() < 0.7 else self.rng.choice(self.types))

    def subclass_instance(self, target):
        arguments = target.constructor_arguments[0] if target.constructor_arguments else ""
        return parse_expression("%s(%s)" % (target.subclass, arguments))

    def new_target(self, target):
        """The class argument of T.__new__: T, a subclass, an unrelated type or a non-type."""
        choice = self.rng.random()
        if choice < 0.3:
            return parse_expression(target.expression)
        if choice < 0.5 and target.subclass:
            return ast.Name(target.subclass)
        if choice < 0.8:
            return parse_expression(self.rng.choice(self.types).expression)
        return self.value(target)

    def value(self, target):
        """An argument; target (the receiver's type, or None) biases the choice."""
        choice = self.rng.random()
        if choice < 0.50 or target is None:
            return parse_expression(self.rng.choice(VALUE_POOL))
        if choice < 0.62:
            return self.receiver(self.rng.choice(self.types))
        if choice < 0.72:
            return self.receiver(target)
        if choice < 0.80:
            options = [target.expression, self.rng.choice(self.types).expression]
            if target.subclass:
                options.append(target.subclass)
            return parse_expression(self.rng.choice(options))
        if choice < 0.88 and target.attributes:
            return ast.Constant(self.rng.choice(target.attributes))
        if choice < 0.94:
            return ast.Constant(self.rng.randint(-3, 300))
        return ast.Constant("".join(self.rng.choice("ab_\x00\xe9\u20ac .") for _ in range(self.rng.randint(1, 3))))


def identifier_for(base, taken):
    """A global name starting with base that is not in taken (and now is)."""
    candidate, suffix = base, 2
    while candidate in taken:
        candidate, suffix = "%s_%d" % (base, suffix), suffix + 1
    taken.add(candidate)
    return candidate


class Fuzzer:
    def __init__(self, args):
        self.args = args
        self.terrarium = crashcheck.Interpreter(args.terrarium, args.timeout)
        self.reference = crashcheck.Interpreter(args.reference, args.timeout)
        self.log = crashcheck.CrashLog(args.out)
        self.definitions = Definitions(Definition(name, code) for name, code in STATIC_DEFINITIONS)
        self.types = []
        self.shared_values = {}     # name of a shared-instance definition -> its expression
        self._lock = threading.Lock()
        self.calls_tried = 0
        self.batches_done = 0
        self.broken_batches = crashcheck.BrokenBatches()
        self.started = time.monotonic()
        self._last_status = self.started

    # Discovery.

    def discover(self):
        """Fills self.types from a discovery run; a crash in a discovery step is
        recorded like any other and the step skipped in the next attempt."""
        with open(os.path.join(FUZZ_DIR, "discover_types.py"), encoding="utf-8") as f:
            discovery_code = f.read()
        skipped = set()
        while True:
            config = {"progress_file": crashcheck.PROGRESS_FILE, "max_receivers": MAX_RECEIVERS,
                      "definitions": [(d.name, d.code) for d in self.definitions.ordered],
                      "sample_objects": SAMPLE_OBJECTS, "constructor_arguments": CONSTRUCTOR_ARGUMENTS,
                      "skipped_steps": sorted(skipped)}
            program = ("CONFIG = %r\n%s" % (config, discovery_code)).encode()
            outcome = self.terrarium.run(program, capture_stdout=True)
            if not outcome.crashed:
                break
            if outcome.progress is None or outcome.progress in skipped:
                sys.exit("discovery crashed outside any step:\n" + outcome.stderr)
            skipped.add(outcome.progress)
            statement = self.discovery_step_statement(outcome.progress)
            self.record_crash(outcome, "discovery step " + outcome.progress.replace("\t", " "),
                              prefix=[], culprit=statement, original=program)
        try:
            result = ast.literal_eval(outcome.stdout.strip().splitlines()[-1])
        except (ValueError, SyntaxError, IndexError):
            sys.exit("discovery failed (%s):\n%s" % (outcome.describe(), outcome.stderr))
        self.definitions.broken |= set(result["failed_definitions"])
        self.types = self.types_from(result["entries"])

    def discovery_step_statement(self, step):
        """A statement doing what the discovery step did."""
        kind, *payload = step.split("\t")
        if kind == "definition":
            return next(d.code for d in self.definitions.ordered if d.name == payload[0])
        if kind == "getattr":
            return "getattr(%s, %r)\n" % (payload[0], payload[1])
        if kind == "subclass":
            return "type('Subclass', (%s,), {})\n" % payload[0]
        return payload[0] + "\n"

    def types_from(self, entries):
        """TypeInfos for the discovered types. Adds to self.definitions a
        subclass of each type that allows one and a shared instance of each
        type with a receiver."""
        taken = {d.name for d in self.definitions.ordered}
        types, extra_definitions = [], []
        for entry in entries:
            info = TypeInfo(entry["name"], entry["expression"], entry["attributes"],
                            entry["receivers"], entry["constructor_arguments"])
            identifier = re.sub(r"\W", "_", entry["name"])
            # Guarded, so that reproducers also run in CPython, where some
            # of these types cannot be subclassed or instantiated.
            if entry["subclassable"]:
                info.subclass = identifier_for("Sub_" + identifier, taken)
                extra_definitions.append(Definition(info.subclass, guarded(
                    "class %s(%s):\n    pass" % (info.subclass, info.expression))))
            if info.receivers:
                info.shared = identifier_for("shared_" + identifier, taken)
                self.shared_values[info.shared] = info.receivers[0]
                extra_definitions.append(Definition(info.shared, guarded(
                    "%s = %s" % (info.shared, info.receivers[0]))))
            types.append(info)
        broken = self.definitions.broken
        self.definitions = Definitions(self.definitions.ordered + extra_definitions)
        self.definitions.broken = broken
        return types

    # Batches.

    def run(self):
        self.discover()
        batch_count = math.ceil(self.args.calls / self.args.batch_size)
        print("fuzzing %d types (%d attributes) with %d calls in %d batches" % (
            len(self.types), sum(len(t.attributes) for t in self.types), self.args.calls,
            batch_count), file=sys.stderr)
        with concurrent.futures.ThreadPoolExecutor(max_workers=self.args.jobs) as pool:
            for future in concurrent.futures.as_completed(
                    [pool.submit(self.run_batch, index) for index in range(batch_count)]):
                tried = future.result()
                with self._lock:
                    self.calls_tried += tried
                    self.batches_done += 1
                    self.print_status(batch_count)
        return batch_count

    def print_status(self, batch_count):
        now = time.monotonic()
        if now - self._last_status >= STATUS_INTERVAL_SECONDS:
            self._last_status = now
            print("  [%.0f s] batches %d/%d, calls %d, crashes %d" % (
                now - self.started, self.batches_done, batch_count, self.calls_tried,
                self.log.crash_count), file=sys.stderr)

    def batch_calls(self, index):
        count = min(self.args.batch_size, self.args.calls - index * self.args.batch_size)
        generator = CallGenerator(self.types, random.Random("%d:%d" % (self.args.seed, index)))
        return [generator.next_call() for _ in range(count - 1)] + [COLLECT_GARBAGE]

    def run_batch(self, index):
        """Runs batch index, resuming after each crashing call; returns the
        number of calls that ran."""
        calls = self.batch_calls(index)
        tried = 0
        while calls:
            definitions = self.definitions.needed_by(call.statement for call in calls)
            chunks = [d.code.encode() for d in definitions] + [call.guarded() for call in calls]
            program = crashcheck.with_progress_markers(chunks)
            outcome = self.terrarium.run(program)
            if not outcome.crashed:
                if outcome.returncode != 0:
                    self.broken_batches.note(index, outcome)
                return tried + len(calls)
            if outcome.progress is None or not outcome.progress.isdigit():
                self.record_crash(outcome, "progress marker setup", [], b"", program)
                return tried
            position = int(outcome.progress)
            if position < len(definitions):
                # The batch is rerun without the definition (and the calls that use it fail).
                definition = definitions[position]
                self.definitions.broken.add(definition.name)
                self.record_crash(outcome, "definition of " + definition.name,
                                  chunks[:position], definition.code.encode(), program)
                continue
            crashing = position - len(definitions)
            tried += crashing + 1
            call = calls[crashing]
            self.record_crash(outcome, call.label, chunks[:position], call.bare(), program,
                              group=call.group)
            calls = calls[crashing + 1:]
        return tried

    def record_crash(self, outcome, label, prefix, culprit, original, group=None):
        """Investigates a crash unless it is a known one. prefix are the chunks
        that ran before the culprit chunk; the first guess at a reproducer is
        the culprit alone with the definitions it needs."""
        key = self.log.claim(outcome, label, group)
        if key is None:
            return
        if isinstance(culprit, str):
            culprit = culprit.encode()
        needed = [d.code.encode() for d in self.definitions.needed_by([culprit.decode()])]
        crashcheck.investigate(self.log, self.terrarium, self.reference, key, outcome, label,
                               chunks=prefix + [culprit], original=original,
                               first_guess=needed + [culprit], refinements=[self.simplify_last_statement],
                               pin_last_chunk=True)

    # Shrinking within the crashing statement.

    def simplify_last_statement(self, chunks, reproduces):
        """A refinement for crashcheck.investigate: simplifies the last chunk
        (normally the crashing call) one step at a time while the crash
        reproduces (unguarded, fewer arguments, None or 0 for arguments,
        shared instances inlined), then drops the chunks the simpler
        statement no longer needs."""
        if not chunks:
            return chunks
        try:
            module = ast.parse(chunks[-1])
        except SyntaxError:
            return chunks
        if len(module.body) != 1:
            return chunks
        statement, runs, improved = module.body[0], 0, True
        while improved and runs < MAX_SIMPLIFY_RUNS:
            improved = False
            for candidate in self.simpler_statements(statement):
                runs += 1
                code = (ast.unparse(candidate) + "\n").encode()
                if reproduces(chunks[:-1] + [code]):
                    statement, chunks, improved = candidate, chunks[:-1] + [code], True
                    break
                if runs >= MAX_SIMPLIFY_RUNS:
                    break
        culprit = chunks[-1:]
        return crashcheck.minimize(chunks[:-1], lambda rest: reproduces(rest + culprit),
                                   crashcheck.MAX_SHRINK_RUNS) + culprit

    def simpler_statements(self, statement):
        """Copies of statement, each one step simpler."""
        if (isinstance(statement, ast.Try) and len(statement.body) == 1
                and not statement.orelse and not statement.finalbody):
            yield statement.body[0]
            return
        call = statement.value if isinstance(statement, ast.Expr) else None
        if isinstance(call, ast.Call):
            for index in reversed(range(len(call.keywords))):
                simpler = copy.deepcopy(statement)
                del simpler.value.keywords[index]
                yield simpler
            for index in reversed(range(len(call.args))):
                simpler = copy.deepcopy(statement)
                del simpler.value.args[index]
                yield simpler
            for index, argument in enumerate(call.args):
                if not isinstance(argument, ast.Starred) and not is_simplest(argument):
                    for simplest in SIMPLEST_ARGUMENTS:
                        simpler = copy.deepcopy(statement)
                        simpler.value.args[index] = ast.Constant(simplest)
                        yield simpler
            for index, keyword in enumerate(call.keywords):
                if not is_simplest(keyword.value):
                    for simplest in SIMPLEST_ARGUMENTS:
                        simpler = copy.deepcopy(statement)
                        simpler.value.keywords[index].value = ast.Constant(simplest)
                        yield simpler
        if isinstance(statement, ast.Assign) and not is_simplest(statement.value):
            simpler = copy.deepcopy(statement)
            simpler.value = ast.Constant(None)
            yield simpler
        for name in sorted({node.id for node in ast.walk(statement) if isinstance(node, ast.Name)}):
            if name in self.shared_values:
                yield InlineName(name, parse_expression(self.shared_values[name])).visit(
                    copy.deepcopy(statement))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=20000, help="number of calls to generate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2, help="batches run in parallel")
    parser.add_argument("--batch-size", type=int, default=400, help="calls per terrarium process")
    parser.add_argument("--timeout", type=float, default=10, help="seconds before a batch counts as hung")
    parser.add_argument("--terrarium", default=DEFAULT_TERRARIUM)
    parser.add_argument("--reference", default="python3.11",
                        help="CPython used to tell real hangs from slow programs")
    parser.add_argument("--out", default=DEFAULT_OUT, help="directory for the reproducers")
    args = parser.parse_args()
    args.terrarium = os.path.abspath(args.terrarium)
    if args.batch_size < 2:
        parser.error("--batch-size must be at least 2")

    fuzzer = Fuzzer(args)
    batch_count = fuzzer.run()
    tried = "calls tried: %d, batches: %d" % (fuzzer.calls_tried, batch_count)
    return crashcheck.finish(fuzzer.log, tried, fuzzer.broken_batches, fuzzer.started, args.out)


if __name__ == "__main__":
    sys.exit(main())
