"""Lists the types reachable in the interpreter that runs it, for builtins_fuzz.py.

Not run directly: builtins_fuzz.py prepends `CONFIG = {...}` (the definitions
to execute, sample object expressions, constructor arguments to try and steps
to skip) and reads back the repr printed at the end. The program imports only
builtins and posix, which Terrarium provides natively.

Every step is written to the progress file before it runs, so that when a step
crashes the interpreter the driver can record that crash and skip the step on
the next run.
"""

import builtins
import posix

_progress = posix.open(CONFIG["progress_file"], posix.O_WRONLY | posix.O_CREAT | posix.O_APPEND, 0o644)


def reached(*step):
    """Announces a step; False when an earlier run crashed in it."""
    line = "\t".join(step)
    posix.write(_progress, (line + "\n").encode("utf-8", "backslashreplace"))
    return line not in CONFIG["skipped_steps"]


failed_definitions = []
for _name, _code in CONFIG["definitions"]:
    if not reached("definition", _name):
        failed_definitions.append(_name)
        continue
    try:
        exec(_code, globals())
    except BaseException:
        failed_definitions.append(_name)

entries = []
entry_by_type_id = {}
# Keeps every listed type alive so that its id() stays unique.
listed_types = []


def entry_for(cls, expression):
    """The entry for cls, created with expression as the way to name it."""
    entry = entry_by_type_id.get(id(cls))
    if entry is None:
        try:
            attributes = sorted(name for name in dir(cls) if isinstance(name, str))
        except BaseException:
            attributes = []
        entry = {"name": cls.__name__, "expression": expression, "attributes": attributes,
                 "receivers": [], "constructor_arguments": [], "subclassable": False}
        entry_by_type_id[id(cls)] = entry
        entries.append(entry)
        listed_types.append(cls)
    return entry


def add_receiver(entry, expression):
    if len(entry["receivers"]) < CONFIG["max_receivers"] and expression not in entry["receivers"]:
        entry["receivers"].append(expression)


def attribute_expression(base, attribute):
    return "%s.%s" % (base if base.isidentifier() else "(%s)" % base, attribute)


for _name in dir(builtins):
    _value = getattr(builtins, _name)
    if isinstance(_value, type):
        entry_for(_value, _name)

for _expression in CONFIG["sample_objects"]:
    if reached("receiver", _expression):
        try:
            _value = eval(_expression)
        except BaseException:
            continue
        add_receiver(entry_for(type(_value), "type(%s)" % _expression), _expression)

for _entry, _cls in list(zip(entries, listed_types)):
    if not _entry["expression"].isidentifier():
        continue
    for _arguments in CONFIG["constructor_arguments"]:
        _expression = "%s(%s)" % (_entry["expression"], _arguments)
        if len(_entry["receivers"]) >= CONFIG["max_receivers"] or not reached("construct", _expression):
            continue
        try:
            _value = eval(_expression)
        except BaseException:
            continue
        if type(_value) is _cls:
            add_receiver(_entry, _expression)
            _entry["constructor_arguments"].append(_arguments)

# One level down: the types of the attributes of every type and of one
# instance of it (method descriptors, bound methods, frames, code objects...).
for _entry, _cls in list(zip(entries, listed_types)):
    for _base in [_entry["expression"]] + _entry["receivers"][:1]:
        try:
            _base_value = eval(_base)
        except BaseException:
            continue
        for _attribute in _entry["attributes"]:
            if not reached("getattr", _base, _attribute):
                continue
            try:
                _value = getattr(_base_value, _attribute)
            except BaseException:
                continue
            if id(type(_value)) not in entry_by_type_id:
                _expression = attribute_expression(_base, _attribute)
                add_receiver(entry_for(type(_value), "type(%s)" % _expression), _expression)

for _entry, _cls in zip(entries, listed_types):
    if reached("subclass", _entry["expression"]):
        try:
            type("Subclass", (_cls,), {})
            _entry["subclassable"] = True
        except BaseException:
            pass

print(repr({"entries": entries, "failed_definitions": failed_definitions}))
