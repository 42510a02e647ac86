"""Validates TOML files against the shipped JSON Schemas with an independent validator
(Python's jsonschema, draft 2020-12, formats checked), as an editor such as Taplo would.

Usage: validate.py SCHEMA FILE...   prints one line per file: `ok FILE` or
`invalid FILE: <first error>`; exits 0 when every file is valid, 1 otherwise.
TOML dates become `YYYY-MM-DD` strings first, as editors present them to a schema.
"""

import datetime
import json
import sys
import tomllib

import jsonschema


def plain(value):
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    return value


def main(schema_path, files):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    all_ok = True
    for path in files:
        with open(path, "rb") as f:
            doc = plain(tomllib.load(f))
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        if errors:
            all_ok = False
            e = errors[0]
            where = "/".join(str(p) for p in e.absolute_path) or "(top)"
            print(f"invalid {path}: at {where}: {e.message}")
        else:
            print(f"ok {path}")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
