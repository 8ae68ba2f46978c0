# String building and string methods: f-strings, str.format, %-format,
# join, split, replace, strip, upper/lower, find, startswith, count.

ROUNDS = 520
RECORDS = 1200

FIRST = ["ada", "brook", "cyril", "dana", "elio", "fern", "gus", "hana"]
LAST = ["stone", "rivers", "oakley", "marsh", "quill", "vance", "wren"]
CITIES = ["Lisbon", "Oslo", "Quito", "Perth", "Kyoto", "Tunis", "Lima"]


def build_report(seed, count):
    lines = []
    x = seed
    for i in range(count):
        x = (x * 69069 + 1) % 4294967296
        first = FIRST[x % len(FIRST)]
        last = LAST[(x >> 8) % len(LAST)]
        city = CITIES[(x >> 16) % len(CITIES)]
        amount = (x >> 4) % 100000 / 100
        if i % 3 == 0:
            line = f"{i:05d};{first.title()} {last.upper()};{city};{amount:>10.2f}"
        elif i % 3 == 1:
            line = "{:05d};{} {};{};{:>10.2f}".format(i, first.title(), last.upper(), city, amount)
        else:
            line = "%05d;%s %s;%s;%10.2f" % (i, first.title(), last.upper(), city, amount)
        lines.append(line)
    return "\n".join(lines)


def process(report):
    per_city = {}
    longest = ""
    vowels = 0
    for line in report.split("\n"):
        ident, name, city, amount = line.split(";")
        amount = amount.strip()
        cents = int(amount.replace(".", ""))
        per_city[city] = per_city.get(city, 0) + cents
        name = name.lower().replace("a", "4").replace("e", "3")
        if len(name) > len(longest) or (len(name) == len(longest) and name > longest):
            longest = name
        vowels += name.count("o") + name.count("i")
        if name.startswith("d") and name.find("st") >= 0:
            vowels += 1
    return per_city, longest, vowels


def main():
    checksum = 0
    summary = ""
    for r in range(ROUNDS):
        report = build_report(r + 7, RECORDS)
        per_city, longest, vowels = process(report)
        parts = []
        for city in sorted(per_city):
            parts.append(f"{city[:3].upper()}={per_city[city] % 1000}")
        summary = ",".join(parts)
        checksum = (checksum * 31 + len(report) + vowels + len(summary)) % 1000000007
    words = " ".join(summary.split(",")).split()
    print(checksum, longest, len(words))
    print(summary)


main()
