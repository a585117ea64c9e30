#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Fulfillment Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks docs/schemas/{catalog,order,change-order}.schema.json against the repository's data.

Usage: check_schemas.py REPO_ROOT

Every catalog, order and change order the readers accept must validate against its schema, and
the structurally broken test files must be rejected. Duplicate ids, unknown references and dependency cycles are
invisible to a JSON Schema (only `fwctl validate` finds them), so test cases that have only such
problems are not expected to be rejected.

Prints one line per check and finally "N passed, M failed"; exits 1 on any failure.
"""
import glob
import json
import os
import sys

# Catalogs in tests/data/validate/ that the schema must reject: their problems are structural
# (malformed JSON; wrong types, unknown values, unknown fields, bad durations). The other cases
# there (duplicate-ids, unknown-references, missing-scenario-and-rule, cross-plan-cycle) are
# well-formed and fail only cross-reference checks.
REJECTED_CATALOGS = ["malformed-json", "wrong-types", "command-handler", "credential-structure"]
# Orders in tests/data/plan/ that the schema must reject, for the same reason.
REJECTED_ORDERS = ["error-malformed-json", "error-wrong-types"]
# Change orders in tests/data/change/bad/ that the schema must reject. The others there
# (unknown-item, unknown-product, two-actions-one-item) fail only checks against the order, or the
# one-action-per-item rule a JSON Schema cannot express.
REJECTED_CHANGE_ORDERS = ["malformed-json", "negative-quantity", "cancel-with-other-actions", "unknown-field"]
ACCEPTED_BAD_CHANGE_ORDERS = ["unknown-item", "unknown-product", "two-actions-one-item"]


def main():
    if len(sys.argv) != 2:
        print("usage: check_schemas.py REPO_ROOT")
        print("0 passed, 1 failed")
        return 1
    root = os.path.abspath(sys.argv[1])
    try:
        import jsonschema
    except ImportError:
        print("FAIL python3-jsonschema is not installed (apt-get install -y python3-jsonschema)")
        print("0 passed, 1 failed")
        return 1

    passed = 0
    failed = 0

    def report(ok, text):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
        print(("ok   " if ok else "FAIL ") + text)

    validators = {}
    for kind in ("catalog", "order", "change-order"):
        path = os.path.join(root, "docs", "schemas", kind + ".schema.json")
        try:
            with open(path, encoding="utf-8") as f:
                schema = json.load(f)
            jsonschema.Draft202012Validator.check_schema(schema)
        except (OSError, ValueError, jsonschema.exceptions.SchemaError) as error:
            report(False, f"schema {os.path.relpath(path, root)}: {str(error).splitlines()[0]}")
            continue
        validators[kind] = jsonschema.Draft202012Validator(schema)
        report(True, f"schema {os.path.relpath(path, root)} is a valid draft 2020-12 schema")

    def first_error(kind, path):
        """None when the document validates, else a one-line reason."""
        try:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
        except ValueError as error:
            return f"malformed JSON: {error}"
        errors = sorted(validators[kind].iter_errors(document), key=lambda e: list(e.absolute_path))
        if not errors:
            return None
        best = jsonschema.exceptions.best_match(errors)
        pointer = "".join("/" + str(token) for token in best.absolute_path)
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        return f"{pointer}: {best.message}{more}"

    def check(kind, path, expect_valid):
        rel = os.path.relpath(path, root)
        if kind not in validators:
            report(False, f"{kind} {rel}: no usable {kind} schema")
            return
        if not os.path.isfile(path):
            report(False, f"{kind} {rel}: file is missing")
            return
        error = first_error(kind, path)
        if expect_valid:
            report(error is None, f"{kind} {rel}: " + ("valid" if error is None else "rejected: " + error))
        else:
            report(error is not None, f"{kind} {rel}: " + ("rejected as expected: " + error if error else
                                                            "accepted, but it is structurally broken"))

    def files(pattern):
        return sorted(glob.glob(os.path.join(root, pattern)))

    # Catalogs the reader accepts.
    valid_catalogs = files("resources/samples/*/catalog.json")
    valid_catalogs += [os.path.join(root, "tests/data/plan/shared-catalog.json"),
                       os.path.join(root, "tests/data/validate/valid/catalog.json"),
                       os.path.join(root, "tests/data/engine/account-lines/catalog.json"),  # line.supplement
                       os.path.join(root, "tests/data/asset-delta/catalog.json"),  # actions, asset.*
                       os.path.join(root, "tests/data/plan/command-export/catalog.json"),  # handler command
                       os.path.join(root, "tests/data/plan/po-per-vendor/catalog.json"),  # line.sourceItems[*]
                       os.path.join(root, "tests/data/plan/step-conditions-per-unit/catalog.json")]  # when, perUnit
    for path in valid_catalogs:
        check("catalog", path, True)

    # Orders the reader accepts: the samples and the test orders that plan successfully.
    valid_orders = files("resources/samples/*/order*.json")
    valid_orders += [os.path.join(os.path.dirname(p), "order.json")
                     for p in files("tests/data/plan/*/expected-plan.json")]
    valid_orders += files("tests/data/engine/account-lines/*-order.json")
    valid_orders += files("resources/samples/*/follow-up/order*.json")  # asset-based follow-up orders
    valid_orders += [os.path.join(os.path.dirname(p), "order.json")
                     for p in files("tests/data/asset-delta/*/expected-plan.json")]
    for path in valid_orders:
        check("order", path, True)

    for case in REJECTED_CATALOGS:
        check("catalog", os.path.join(root, "tests/data/validate", case, "catalog.json"), False)
    for case in REJECTED_ORDERS:
        check("order", os.path.join(root, "tests/data/plan", case, "order.json"), False)
    # Step conditions with item paths, unknown operators and fields; perUnit with maxUnitsPerLine.
    check("catalog", os.path.join(root, "tests/data/plan/error-step-conditions/catalog.json"), False)
    # assetRef without an action, and the retired item action "remove".
    check("order", os.path.join(root, "tests/data/asset-delta/error-action/order.json"), False)

    # Change orders: the examples are valid, the structurally broken ones are not.
    valid_changes = files("tests/data/change/*.json")
    for path in valid_changes:
        check("change-order", path, True)
    for case in REJECTED_CHANGE_ORDERS:
        check("change-order", os.path.join(root, "tests/data/change/bad", case + ".json"), False)
    for case in ACCEPTED_BAD_CHANGE_ORDERS:
        check("change-order", os.path.join(root, "tests/data/change/bad", case + ".json"), True)
    if not valid_changes:
        report(False, "tests/data/change/*.json: no example change orders found")

    if not files("resources/samples/*/catalog.json"):
        report(False, "resources/samples/*/catalog.json: no sample catalogs found")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
