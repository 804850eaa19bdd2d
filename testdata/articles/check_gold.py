#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the gold files of the eventfacts test articles (Python 3 standard library only).

For every ``<id>.gold.json`` in this folder:

* it parses as JSON, its ``id`` equals the file stem, and ``<id>.txt`` exists
  (UTF-8, a headline line followed by a blank line, 120-450 words);
* ``exhaustive`` names only known fact types;
* every expectation has the fields of its type, with the right JSON types and enum
  values (outcome, quote kind, actor kind, count qualifier); a count has either
  ``value`` or ``min``/``max`` (VAGUE);
* quote offsets are UTF-16 half-open ``[start, end)`` spans inside the text, non-empty,
  without surrounding whitespace; DIRECT and PARTIAL spans contain a quotation mark;
  no span is listed twice.

Prints, per article, the number of expectations by type (``quote`` = DIRECT +
PARTIAL, ``indirect`` = INDIRECT, as the scorer counts them) and exits non-zero if
any check fails. Usage: ``python3 check_gold.py [folder]``.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

FACT_TYPES = ("casualty", "arrest", "quote", "indirect", "actor", "event")
OUTCOMES = {"KILLED", "INJURED", "MISSING"}
STATED_QUALIFIERS = {"EXACT", "MORE_THAN", "AT_LEAST", "ALMOST", "AT_MOST", "ABOUT", "UP_TO"}
QUOTE_KINDS = {"DIRECT", "PARTIAL", "INDIRECT"}
ACTOR_KINDS = {"PERSON", "ORGANIZATION"}
DOUBLE_QUOTES = set('"\u201c\u201d\u201e\u00ab\u00bb')
OPENING_SINGLE_QUOTES = set("'\u2018")

# field -> (required, allowed JSON types)
STR = (str,)
OPT_STR = (str, type(None))
BOOL = (bool,)
INT = (int,)
SCHEMA = {
    "casualty": {"type": (True, STR), "outcome": (True, STR), "count": (True, (dict,)),
                 "victims": (False, STR), "perpetrator": (False, STR), "source": (False, STR),
                 "hedged": (True, BOOL)},
    "arrest": {"type": (True, STR), "arrestee": (True, STR), "count": (False, (dict,)),
               "authority": (False, STR), "charge": (False, STR), "source": (False, STR),
               "hedged": (True, BOOL)},
    "quote": {"type": (True, STR), "start": (True, INT), "end": (True, INT),
              "kind": (True, STR), "speaker": (True, OPT_STR)},
    "actor": {"type": (True, STR), "name": (True, STR), "kind": (True, STR),
              "title": (False, STR)},
    "event": {"type": (True, STR), "date": (False, STR), "city": (False, STR),
              "region": (False, STR), "country": (False, STR), "killed": (False, INT),
              "injured": (False, INT), "missing": (False, INT), "arrested": (False, INT)},
}


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_count(count, where, errors):
    unknown = set(count) - {"value", "min", "max", "qualifier"}
    if unknown:
        errors.append(f"{where}: count has unknown fields {sorted(unknown)}")
    qualifier = count.get("qualifier")
    for key in ("value", "min", "max"):
        if key in count and not (is_int(count[key]) and count[key] >= 0):
            errors.append(f"{where}: count.{key} must be a non-negative integer, got {count[key]!r}")
    if "value" in count:
        if "min" in count or "max" in count:
            errors.append(f"{where}: count has both value and min/max")
        if qualifier is not None and qualifier not in STATED_QUALIFIERS:
            errors.append(f"{where}: qualifier {qualifier!r} is not one of {sorted(STATED_QUALIFIERS)}")
    elif "min" in count:
        if qualifier != "VAGUE":
            errors.append(f"{where}: a min/max count must have qualifier VAGUE, got {qualifier!r}")
        if "max" in count and is_int(count["min"]) and is_int(count["max"]) \
                and count["min"] > count["max"]:
            errors.append(f"{where}: count range [{count['min']}, {count['max']}] is empty")
    else:
        errors.append(f"{where}: count needs value or min/max")


def check_article(gold_path, errors):
    stem = gold_path.name[: -len(".gold.json")]
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        errors.append(f"{gold_path.name}: does not parse: {e}")
        return None
    if not isinstance(gold, dict):
        errors.append(f"{gold_path.name}: top level is not an object")
        return None
    if set(gold) != {"id", "exhaustive", "expect"}:
        errors.append(f"{stem}: top-level fields must be id, exhaustive, expect; got {sorted(gold)}")
    if gold.get("id") != stem:
        errors.append(f"{stem}: id {gold.get('id')!r} does not equal the file stem")

    txt_path = gold_path.with_name(stem + ".txt")
    try:
        text = txt_path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        errors.append(f"{stem}: {txt_path.name} is missing")
        return None
    except UnicodeDecodeError as e:
        errors.append(f"{stem}: {txt_path.name} is not UTF-8: {e}")
        return None
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1].strip():
        errors.append(f"{stem}: text must start with a headline line followed by a blank line")
    words = len(re.findall(r"\S+", text))
    if not 120 <= words <= 450:
        errors.append(f"{stem}: {words} words, expected 120-450")
    units = text.encode("utf-16-le")
    n_units = len(units) // 2

    meta_path = gold_path.with_name(stem + ".meta.json")
    if meta_path.exists():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta.get("published"))):
                errors.append(f"{stem}: {meta_path.name} needs published as YYYY-MM-DD")
        except ValueError as e:
            errors.append(f"{stem}: {meta_path.name} does not parse: {e}")

    exhaustive = gold.get("exhaustive")
    if not isinstance(exhaustive, list) or any(t not in FACT_TYPES for t in exhaustive) \
            or len(set(exhaustive)) != len(exhaustive):
        errors.append(f"{stem}: exhaustive must be a list of distinct names from {FACT_TYPES}")

    counts = Counter()
    spans = set()
    expect = gold.get("expect")
    if not isinstance(expect, list):
        errors.append(f"{stem}: expect is not a list")
        return counts
    for i, e in enumerate(expect):
        where = f"{stem} expect[{i}]"
        if not isinstance(e, dict) or e.get("type") not in SCHEMA:
            errors.append(f"{where}: unknown expectation type {e.get('type') if isinstance(e, dict) else e!r}")
            continue
        schema = SCHEMA[e["type"]]
        for key in set(e) - set(schema):
            errors.append(f"{where}: unknown field {key!r} for type {e['type']}")
        for key, (required, types) in schema.items():
            if key not in e:
                if required:
                    errors.append(f"{where}: missing field {key!r}")
                continue
            value = e[key]
            ok = isinstance(value, types) and not (types == INT and isinstance(value, bool))
            if not ok:
                errors.append(f"{where}: field {key!r} has the wrong type: {value!r}")
            elif isinstance(value, str) and not value.strip():
                errors.append(f"{where}: field {key!r} is empty")

        t = e["type"]
        if t == "casualty":
            if e.get("outcome") not in OUTCOMES:
                errors.append(f"{where}: outcome {e.get('outcome')!r} is not one of {sorted(OUTCOMES)}")
            if isinstance(e.get("count"), dict):
                check_count(e["count"], where, errors)
            counts["casualty"] += 1
        elif t == "arrest":
            if isinstance(e.get("count"), dict):
                check_count(e["count"], where, errors)
            counts["arrest"] += 1
        elif t == "event":
            date = e.get("date")
            if isinstance(date, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                errors.append(f"{where}: event date {date!r} is not YYYY-MM-DD")
            for key in ("killed", "injured", "missing", "arrested"):
                if is_int(e.get(key)) and e[key] < 0:
                    errors.append(f"{where}: event {key} must not be negative")
            counts["event"] += 1
        elif t == "actor":
            if e.get("kind") not in ACTOR_KINDS:
                errors.append(f"{where}: actor kind {e.get('kind')!r} is not one of {sorted(ACTOR_KINDS)}")
            counts["actor"] += 1
        elif t == "quote":
            kind = e.get("kind")
            if kind not in QUOTE_KINDS:
                errors.append(f"{where}: quote kind {kind!r} is not one of {sorted(QUOTE_KINDS)}")
            counts["indirect" if kind == "INDIRECT" else "quote"] += 1
            start, end = e.get("start"), e.get("end")
            if not (is_int(start) and is_int(end)):
                continue
            if not 0 <= start < end <= n_units:
                errors.append(f"{where}: span [{start}, {end}) is empty or outside the text (0..{n_units})")
                continue
            try:
                span = units[2 * start: 2 * end].decode("utf-16-le")
            except UnicodeDecodeError:
                errors.append(f"{where}: span [{start}, {end}) cuts a surrogate pair")
                continue
            if span != span.strip():
                errors.append(f"{where}: span {span!r} starts or ends with whitespace")
            if (start, end) in spans:
                errors.append(f"{where}: span [{start}, {end}) is listed twice")
            spans.add((start, end))
            if kind in ("DIRECT", "PARTIAL") and not (
                    DOUBLE_QUOTES & set(span) or span[:1] in OPENING_SINGLE_QUOTES):
                errors.append(f"{where}: {kind} span {span!r} contains no quotation mark")
    return counts


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    gold_files = sorted(folder.glob("*.gold.json"))
    errors = []
    if not gold_files:
        errors.append(f"no *.gold.json files in {folder}")
    for txt in sorted(folder.glob("*.txt")):
        if not txt.with_name(txt.stem + ".gold.json").exists():
            errors.append(f"{txt.name} has no gold file")

    total = Counter()
    header = f"{'article':<24}" + "".join(f"{t:>10}" for t in FACT_TYPES) + "  exhaustive"
    print(header)
    for path in gold_files:
        counts = check_article(path, errors)
        if counts is None:
            continue
        total.update(counts)
        try:
            exhaustive = ",".join(json.loads(path.read_text(encoding="utf-8"))["exhaustive"])
        except (ValueError, KeyError, TypeError):
            exhaustive = "?"
        stem = path.name[: -len(".gold.json")]
        print(f"{stem:<24}" + "".join(f"{counts[t]:>10}" for t in FACT_TYPES) + f"  {exhaustive}")
    print(f"{'TOTAL (' + str(len(gold_files)) + ' articles)':<24}"
          + "".join(f"{total[t]:>10}" for t in FACT_TYPES))

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)", file=sys.stderr)
        for err in errors:
            print("  " + err, file=sys.stderr)
        return 1
    print("\nOK: all gold files pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
