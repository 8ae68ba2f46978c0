# An f-string left open across lines (the parser crate's error position is
# inside a token).
f'''{A
e