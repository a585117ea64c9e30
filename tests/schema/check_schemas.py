#!/usr/bin/env python3
"""Checks docs/schemas against the samples and test data: every valid catalog and order validates,
and structurally broken documents are rejected. Usage: check_schemas.py REPO_ROOT"""
import glob
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is missing: apt-get install python3-jsonschema")
    print("0 passed, 1 failed")
    sys.exit(1)

root = sys.argv[1] if len(sys.argv) > 1 else os.getcwd()
schemas = {name: json.load(open(os.path.join(root, "docs/schemas", name + ".schema.json"))) for name in ("catalog", "order")}
validators = {name: jsonschema.Draft202012Validator(schema) for name, schema in schemas.items()}
passed = failed = 0


def check(kind, path, expect_valid):
    global passed, failed
    rel = os.path.relpath(path, root)
    try:
        document = json.load(open(path))
        errors = sorted(validators[kind].iter_errors(document), key=lambda e: list(e.path))
    except json.JSONDecodeError as error:
        errors = [error]
    ok = (not errors) == expect_valid
    passed += ok
    failed += not ok
    verdict = "valid" if not errors else "rejected"
    print(("ok   " if ok else "FAIL ") + f"{kind} {rel}: {verdict}" + ("" if ok or not errors else f" ({errors[0]})"))


for name in validators:
    jsonschema.Draft202012Validator.check_schema(schemas[name])

valid_catalogs = glob.glob(os.path.join(root, "resources/samples/*/catalog.json")) + [
    os.path.join(root, "tests/data/plan/shared-catalog.json"),
    os.path.join(root, "tests/data/validate/valid/catalog.json"),
    os.path.join(root, "tests/data/engine/catalog.json"),
]
valid_orders = glob.glob(os.path.join(root, "resources/samples/*/order*.json")) + [
    os.path.join(os.path.dirname(p), "order.json") for p in glob.glob(os.path.join(root, "tests/data/plan/*/expected-plan.json"))
]
for path in sorted(valid_catalogs):
    check("catalog", path, True)
for path in sorted(valid_orders):
    check("order", path, True)
# Structural breakage a schema can see; cross-reference problems are the reader's job.
for case in ("malformed-json", "wrong-types"):
    check("catalog", os.path.join(root, "tests/data/validate", case, "catalog.json"), False)
for case in ("malformed-json", "wrong-types"):
    check("order", os.path.join(root, "tests/data/plan", "error-" + case, "order.json"), False)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
