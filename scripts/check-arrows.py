#!/usr/bin/env python3
"""The arrows between Hearth's modules, checked (docs/ARCHITECTURE.md draws them).

Reads the target dependencies from `swift package dump-package` and every `import` in every
target's Swift files, and fails on an arrow that is not allowed:

- a first-party module may depend on (and import) only the modules below it in ALLOWED;
- only HearthServer (and its tests) imports Hummingbird, HTTP types or the template engine;
- only HearthStore (and the tests that check it) imports SQL;
- the engines and readers (HearthCore, HearthData, HearthIndicators, HearthReports) import no
  SQL, no HTTP and no NIO;
- every import of a first-party module is declared as a dependency of the importing target.

    scripts/check-arrows.py                  # this package
    scripts/check-arrows.py --package-json F # a dump made earlier (the check's own test)
"""
import json
import os
import re
import subprocess
import sys

# Each first-party module and the first-party modules it may use. The order is the layering:
# nothing here may point up.
ALLOWED = {
    "HearthCore": set(),
    "HearthData": {"HearthCore"},
    "HearthIndicators": {"HearthCore", "HearthData"},
    "HearthStore": {"HearthCore", "HearthData"},
    "HearthReports": {"HearthCore", "HearthData", "HearthIndicators"},
    "HearthApplication": {"HearthCore", "HearthData", "HearthIndicators", "HearthStore", "HearthReports"},
    "HearthServer": {"HearthCore", "HearthData", "HearthIndicators", "HearthStore", "HearthReports", "HearthApplication"},
    "hearth": {"HearthCore", "HearthData", "HearthIndicators", "HearthStore", "HearthReports", "HearthApplication", "HearthServer"},
    "HearthFuzz": {"HearthCore", "HearthData"},
    "HearthTestSupport": set(),
}

HTTP = {"Hummingbird", "HummingbirdCore", "HummingbirdRouter", "HummingbirdAuth", "HummingbirdTesting",
        "HummingbirdHTTP2", "HummingbirdTLS", "HTTPTypes", "HTTPTypesFoundation", "NIOHTTP1", "NIOHTTP2",
        "Mustache", "Prometheus"}
SQL = {"SQLKit", "SQLiteKit", "SQLiteNIO", "PostgresKit", "PostgresNIO", "GRDB", "CSQLite"}
NIO = {"NIO", "NIOCore", "NIOPosix", "NIOConcurrencyHelpers", "NIOFoundationCompat"}
ENGINES = {"HearthCore", "HearthData", "HearthIndicators", "HearthReports"}

# Third-party modules each layer may import beyond the rules above, with the reason.
EXCEPTIONS = {
    # bcrypt (HummingbirdBcrypt depends on CBcrypt only: no HTTP), run on NIO's thread pool, so
    # `hearth users add` and the demo hash passwords without the web server.
    # NIOCore and NIOPosix also carry the digest's SMTP client (`SMTPMailer`), a plain TCP
    # conversation with the council's mail relay, so `hearth digest` sends without the web server.
    "HearthApplication": {"HummingbirdBcrypt", "NIOPosix", "NIOCore", "Crypto"},
    # swift-log is a logging API (no HTTP): the services log their work at debug.
}

# Modules of the toolchain and the system, which no target declares.
SYSTEM = {"Foundation", "FoundationEssentials", "FoundationNetworking", "FoundationXML", "Dispatch", "Glibc", "Musl",
          "Darwin", "Android", "WinSDK", "Testing", "XCTest", "Synchronization", "_Concurrency", "os", "zlib", "CoreFoundation"}

# Modules a declared product brings with it (a product's own C shims).
PROVIDES = {"ZIPFoundation": {"CZlib"}}

IMPORT = re.compile(r"^\s*(?:@[A-Za-z_]+(?:\([^)]*\))?\s+)*import\s+(?:(?:typealias|struct|class|enum|protocol|let|var|func)\s+)?([A-Za-z_][A-Za-z0-9_]*)")


def package_description(path):
    if path:
        with open(path) as f:
            return json.load(f)
    out = subprocess.run(["swift", "package", "dump-package"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def dependency_names(target):
    names = []
    for dep in target.get("dependencies", []):
        for kind in ("byName", "target", "product"):
            if kind in dep:
                names.append(dep[kind][0])
    return names


def source_dir(target):
    if target.get("path"):
        return target["path"]
    return os.path.join("Tests" if target["type"] == "test" else "Sources", target["name"])


def imports(directory):
    for root, _, files in os.walk(directory):
        for name in sorted(files):
            if not name.endswith(".swift"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    m = IMPORT.match(line)
                    if m:
                        yield path, number, m.group(1)


def owner(target):
    """The first-party module a target answers to: a test target answers to what it tests."""
    name = target["name"]
    if target["type"] == "test" and name.endswith("Tests"):
        return name[: -len("Tests")]
    return name


def check(package, root="."):
    problems = []
    first_party = {t["name"] for t in package["targets"]}
    for target in package["targets"]:
        name, tested = target["name"], owner(target)
        is_test = target["type"] == "test"
        declared = set(dependency_names(target))
        declared |= {m for product in declared for m in PROVIDES.get(product, set())}
        allowed_first_party = ALLOWED.get(tested)
        if allowed_first_party is None and not is_test:
            problems.append(f"{name}: a module the arrows do not know: add it to ALLOWED in scripts/check-arrows.py "
                            f"and to docs/ARCHITECTURE.md")
            continue
        # A test target may also use the module it tests and the shared test support.
        allowed_here = set(allowed_first_party or first_party) | ({tested, "HearthTestSupport"} if is_test else set())
        for dep in sorted(declared & first_party):
            if dep not in allowed_here:
                problems.append(f"Package.swift: {name} depends on {dep}: not allowed ({tested} may use {sorted(allowed_first_party or [])})")
        for path, line, module in imports(os.path.join(root, source_dir(target))):
            where = f"{os.path.relpath(path, root)}:{line}: {name} imports {module}"
            if module in first_party and module != name:
                if module not in allowed_here:
                    problems.append(f"{where}: not allowed ({tested} may use {sorted(allowed_first_party or [])})")
                elif module not in declared:
                    problems.append(f"{where}: not declared in {name}'s dependencies in Package.swift")
            elif module not in first_party and module not in SYSTEM and module not in declared:
                problems.append(f"{where}: not declared in {name}'s dependencies in Package.swift "
                                "(it builds only because another module brings it in)")
            exceptions = EXCEPTIONS.get(tested, set())
            if module in exceptions:
                continue
            if module in HTTP and tested != "HearthServer":
                problems.append(f"{where}: only HearthServer speaks HTTP")
            if module in SQL and tested != "HearthStore" and not is_test:
                problems.append(f"{where}: only HearthStore speaks SQL")
            if tested in ENGINES and module in SQL | HTTP | NIO:
                problems.append(f"{where}: the engines and readers import no SQL, HTTP or NIO")
    return problems


def main(argv):
    path = None
    if len(argv) == 3 and argv[1] == "--package-json":
        path = argv[2]
    elif len(argv) != 1:
        print(__doc__)
        return 2
    problems = check(package_description(path))
    for p in problems:
        print("forbidden arrow: " + p)
    if problems:
        print(f"{len(problems)} forbidden arrow(s); the allowed ones are drawn in docs/ARCHITECTURE.md")
        return 1
    print("module arrows: every dependency and import is allowed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
