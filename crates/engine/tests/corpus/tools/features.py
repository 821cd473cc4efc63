#!/usr/bin/env python3
"""List the language and asyncio features each corpus program uses, and tally them.

usage: python3 tools/features.py            one line per program, then the tally (most used first)
       python3 tools/features.py --tally    the tally only, as a Markdown table

The detection is syntactic (Python's ast module) and meant as a guide to what matters most:
methods are recognised by name (`.cancel()`, `.put_nowait()` ...), whatever the receiver.
"""
import ast
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the corpus folder

# Method names worth counting, whatever object they are called on.
METHODS = {
    # event loop
    "run_until_complete", "run_forever", "stop", "close", "call_soon", "call_later", "call_at",
    "create_future", "time",
    # tasks and futures
    "cancel", "cancelled", "done", "result", "exception", "add_done_callback",
    "remove_done_callback", "get_name", "set_name", "get_coro", "set_result", "set_exception",
    # queues
    "put", "get", "put_nowait", "get_nowait", "task_done", "qsize", "empty", "full",
    # locks, events, conditions, semaphores, barriers
    "acquire", "release", "locked", "notify", "notify_all", "wait", "is_set", "clear",
    # asyncio.timeout() / Runner
    "reschedule", "expired", "run",
    # coroutines and generators driven by hand
    "send", "throw", "__await__", "__aenter__", "__aexit__",
    # refused: threads
    "run_in_executor",
}
DUNDER_GROUPS = {
    "__aenter__": "__aenter__/__aexit__", "__aexit__": "__aenter__/__aexit__",
    "__aiter__": "__aiter__/__anext__", "__anext__": "__aiter__/__anext__",
    "__iter__": "__iter__/__next__", "__next__": "__iter__/__next__",
    "__await__": "__await__", "__init__": "__init__",
}
BUILTINS = {"len", "range", "enumerate", "zip", "sorted", "sum", "min", "max", "type",
            "isinstance", "print", "anext", "iter", "next", "list", "str", "int", "round",
            "getattr", "map", "repr"}


def features(path):
    src = open(path, encoding="utf-8").read()
    tree = ast.parse(src)
    found = set()
    asyncio_names = set()       # names bound by "from asyncio import X"
    module_alias = {}           # local name -> module
    add = found.add

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                module_alias[a.asname or a.name.split(".")[0]] = a.name
                add(f"import {a.name}")
        elif isinstance(node, ast.ImportFrom):
            add(f"from {node.module} import")
            for a in node.names:
                if node.module == "asyncio":
                    asyncio_names.add(a.asname or a.name)
                    add(f"asyncio.{a.name}")
                elif node.module == "random":
                    add(f"random.{a.name}")
                elif node.module == "typing":
                    add("typing names")

    for node in ast.walk(tree):
        t = type(node)
        if t is ast.ClassDef:
            add("class")
            if any(not (isinstance(b, ast.Name) and b.id == "object") for b in node.bases):
                add("class inheritance")
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name in DUNDER_GROUPS:
                    add(f"dunder {DUNDER_GROUPS[item.name]}")
                if isinstance(item, ast.AsyncFunctionDef):
                    add("async method")
        elif t in (ast.FunctionDef, ast.AsyncFunctionDef):
            args = node.args
            if args.defaults or args.kw_defaults and any(d is not None for d in args.kw_defaults):
                add("default arguments")
            if args.vararg or args.kwarg:
                add("*args/**kwargs parameters")
            if args.kwonlyargs:
                add("keyword-only parameters")
            if node.returns is not None or any(a.annotation is not None for a in args.args):
                add("annotations")
            if node.decorator_list:
                add("decorator")
            for inner in ast.walk(node):
                if inner is not node and isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    add("nested function/closure")
                    break
            is_gen = any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in ast.walk(node)
                         if n is not node)
            if is_gen and t is ast.AsyncFunctionDef:
                add("async generator")
            elif is_gen:
                add("generator (yield)")
        elif t is ast.YieldFrom:
            add("yield from")
        elif t is ast.Lambda:
            add("lambda")
        elif t is ast.ListComp:
            add("list comprehension")
        elif t is ast.DictComp:
            add("dict comprehension")
        elif t is ast.SetComp:
            add("set comprehension")
        elif t is ast.GeneratorExp:
            add("generator expression")
        elif t is ast.comprehension and node.is_async:
            add("async comprehension")
        elif t is ast.AsyncFor:
            add("async for")
        elif t is ast.AsyncWith:
            add("async with")
        elif t is ast.With:
            add("with")
        elif t is ast.Try:
            add("try/except" if node.handlers else "try/finally")
            if node.finalbody and node.handlers:
                add("try/finally")
            if node.orelse:
                add("try/else")
            if any(h.type is None for h in node.handlers):
                add("bare except")
        elif t is ast.Raise:
            add("raise")
        elif t is ast.Assert:
            add("assert")
        elif t is ast.Global:
            add("global")
        elif t is ast.Nonlocal:
            add("nonlocal")
        elif t is ast.While:
            add("while loop")
        elif t is ast.For:
            add("for loop")
            if node.orelse:
                add("for/else")
        elif t in (ast.Break, ast.Continue):
            add("break/continue")
        elif t is ast.NamedExpr:
            add("walrus :=")
        elif t is ast.AugAssign:
            add("augmented assignment")
        elif t is ast.Assign and any(isinstance(x, (ast.Tuple, ast.List)) for x in node.targets):
            add("tuple unpacking")
        elif t is ast.Dict:
            add("dict display")
        elif t is ast.Set:
            add("set display")
        elif t is ast.Subscript and isinstance(node.slice, ast.Slice):
            add("slicing")
        elif t is ast.Compare and len(node.ops) > 1:
            add("chained comparison")
        elif t is ast.JoinedStr:
            add("f-string")
            for v in node.values:
                if isinstance(v, ast.FormattedValue):
                    if v.format_spec is not None:
                        add("f-string format spec")
                    if v.conversion != -1:
                        add("f-string !r/!s")
        elif t is ast.BinOp and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant) \
                and isinstance(node.left.value, str):
            add("% formatting")
        elif t is ast.Await:
            add("await")
        elif t is ast.If and isinstance(node.test, ast.Compare) and isinstance(node.test.left, ast.Name) \
                and node.test.left.id == "__name__":
            add("if __name__ == '__main__'")
        elif t is ast.Starred and isinstance(getattr(node, "ctx", None), ast.Load):
            add("*iterable in a call")
        elif t is ast.Call:
            f = node.func
            if node.keywords:
                add("keyword arguments")
            if any(k.arg is None for k in node.keywords):
                add("**mapping in a call")
            if isinstance(f, ast.Name):
                if f.id in BUILTINS:
                    add(f"builtin {f.id}()")
                if f.id in asyncio_names:
                    add(f"asyncio.{f.id}")
                if f.id == "super":
                    add("super()")
            elif isinstance(f, ast.Attribute):
                if isinstance(f.value, ast.Constant) and isinstance(f.value.value, str):
                    add(f"str.{f.attr}()")
                elif isinstance(f.value, ast.Name) and module_alias.get(f.value.id) in ("asyncio", "time", "random"):
                    pass    # counted below as a module attribute
                elif f.attr in METHODS:
                    add(f"method .{f.attr}()")
        if t is ast.Attribute and isinstance(node.value, ast.Name):
            mod = module_alias.get(node.value.id)
            if mod in ("asyncio", "time", "random"):
                add(f"{mod}.{node.attr}")
            elif mod is None and node.value.id in asyncio_names:
                pass
        if t is ast.Attribute and isinstance(node.value, ast.Attribute) \
                and isinstance(node.value.value, ast.Name) and module_alias.get(node.value.value.id) == "asyncio":
            add(f"asyncio.{node.value.attr}.{node.attr}")
    for name in asyncio_names:
        add(f"asyncio.{name}")
    return found


def outcome(path):
    jsonl = path[:-3] + ".jsonl"
    if not os.path.exists(jsonl):
        return "?"
    last = json.loads([l for l in open(jsonl) if l.strip()][-1])
    if "end" in last:
        return "ends normally"
    err = last["error"]
    if err.startswith("SyntaxError"):
        return "refused before running"
    return "ends with " + err.split(":")[0]


def programs():
    return sorted(os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".py") and f[:3].isdigit())


def tally(paths):
    counts = Counter()
    for p in paths:
        counts.update(features(p))
    return counts


def main(argv):
    paths = programs()
    runnable = [p for p in paths if "_refused_" not in p]
    if "--tally" in argv:
        counts = tally(runnable)
        print(f"| feature | programs (of {len(runnable)} runnable) |")
        print("| --- | --- |")
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"| `{name}` | {n} |")
        return 0
    for p in paths:
        print(os.path.basename(p), "|", outcome(p), "|", ", ".join(sorted(features(p))))
    print()
    for name, n in sorted(tally(runnable).items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:4d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
