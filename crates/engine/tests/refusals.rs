//! Rule zero of SPEC section 1, statically: the names CPython 3.11 has and Loopscope
//! lacks are refused before running, all at once, in source order with the parser's
//! refusals; and never where the program binds the name itself.
//!
//! The names the pass treats as present or lacking are asked of the VM; the first tests
//! check every one of them against real runs, so the lists can never drift from what a
//! run finds (`time` and `random` grow, asyncio grows: the refusals follow).

use loopscope_engine::native::run_here;
use loopscope_engine::{Limits, Outcome, check, refusal_names};

/// Every diagnostic of `src` as `L:C: message`.
fn refusals(src: &str) -> Vec<String> {
    match check(src) {
        Ok(_) => Vec::new(),
        Err(ds) => ds.iter().map(|d| format!("{}:{}: {}", d.line, d.col, d.message)).collect(),
    }
}

/// The messages alone.
fn messages(src: &str) -> Vec<String> {
    match check(src) {
        Ok(_) => Vec::new(),
        Err(ds) => ds.into_iter().map(|d| d.message).collect(),
    }
}

fn not_supported(what: &str) -> String {
    format!("{what} is not supported by Loopscope")
}

/// How a run of `src` ends.
fn outcome(src: &str) -> Outcome {
    let trace = run_here(src, Limits::default());
    trace.outcome.unwrap_or(Outcome::Stopped { t: -1.0 })
}

fn ends_normally(src: &str) -> bool {
    matches!(outcome(src), Outcome::End { .. })
}

/// The run stops with the runtime's "not supported" for this name.
fn run_says_not_supported(src: &str) -> Result<(), String> {
    match outcome(src) {
        Outcome::Error { message, .. } if message.ends_with("is not supported by Loopscope") => Ok(()),
        other => Err(format!("{src:?}: expected a 'not supported' error, got {other:?}")),
    }
}

/// The name the pass finds lacking / present for `owner`.
fn rows(owner: &str, present: bool) -> Vec<String> {
    refusal_names().into_iter().filter(|(o, _, p)| o == owner && *p == present).map(|(_, n, _)| n).collect()
}

/// Module paths the pass knows (`asyncio`, `asyncio.events`, `time`...).
fn module_paths() -> Vec<String> {
    let mut paths: Vec<String> =
        refusal_names().into_iter().map(|(o, _, _)| o).filter(|o| o != "builtins" && o != "loop").collect();
    paths.dedup();
    paths
}

/// `import asyncio` and the expression reaching `path` (`asyncio.events`).
fn import_of(path: &str) -> (String, String) {
    let top = path.split('.').next().unwrap_or(path);
    (format!("import {top}\n"), path.to_string())
}

// ----- the lists against real runs ---------------------------------------------------------

#[test]
fn the_lists_are_not_empty_and_know_the_obvious() {
    let all = refusal_names();
    let has =
        |owner: &str, name: &str, present: bool| all.iter().any(|(o, n, p)| o == owner && n == name && *p == present);
    assert!(has("asyncio", "to_thread", false));
    assert!(has("asyncio", "open_connection", false));
    assert!(has("asyncio", "subprocess", false));
    assert!(has("asyncio", "sleep", true));
    assert!(has("asyncio", "Queue", true), "the prelude's names are present");
    assert!(has("asyncio.events", "get_running_loop", true));
    assert!(has("time", "sleep", true));
    assert!(has("time", "monotonic", true));
    for b in [
        "input",
        "open",
        "exec",
        "eval",
        "compile",
        "breakpoint",
        "memoryview",
        "bytearray",
        "bytes",
        "complex",
        "__import__",
    ] {
        assert!(has("builtins", b, false), "{b}");
    }
    for b in ["print", "len", "sorted", "isinstance", "super", "ValueError", "ExceptionGroup"] {
        assert!(has("builtins", b, true), "{b}");
    }
    for m in
        ["run_in_executor", "add_reader", "add_signal_handler", "create_connection", "subprocess_exec", "sock_recv"]
    {
        assert!(has("loop", m, false), "{m}");
    }
    assert!(!all.iter().any(|(o, n, _)| o == "builtins" && (n == "True" || n == "None")), "keywords are no names");
}

#[test]
fn every_present_module_name_is_there_at_run_time() {
    for path in module_paths() {
        let present = rows(&path, true);
        let (import, reach) = import_of(&path);
        let mut src = import.clone();
        for n in &present {
            src.push_str(&format!("{reach}.{n}\n"));
        }
        assert_eq!(refusals(&src), Vec::<String>::new(), "{path}: present names are not refused");
        assert!(ends_normally(&src), "{path}: reading {present:?} must run: {:?}", outcome(&src));
    }
}

#[test]
fn every_lacking_module_name_is_refused_and_missing_at_run_time() {
    for path in module_paths() {
        let (import, reach) = import_of(&path);
        let top = path.split('.').next().unwrap_or(&path);
        for n in rows(&path, false) {
            let direct = format!("{import}{reach}.{n}\n");
            assert_eq!(messages(&direct), vec![not_supported(&format!("'{path}.{n}'"))], "{direct:?}");
            // Rebound (in a branch never taken) the name is not known for sure: not
            // refused before running, and the run finds the attribute missing.
            let hidden = format!("{import}if False:\n    {top} = None\n{reach}.{n}\n");
            assert_eq!(refusals(&hidden), Vec::<String>::new(), "{hidden:?}");
            if let Err(e) = run_says_not_supported(&hidden) {
                panic!("{e}");
            }
        }
    }
}

#[test]
fn every_present_builtin_is_there_at_run_time() {
    let present = rows("builtins", true);
    let src: String = present.iter().map(|n| format!("x = {n}\n")).collect();
    assert_eq!(refusals(&src), Vec::<String>::new());
    assert!(ends_normally(&src), "{:?}", outcome(&src));
}

#[test]
fn every_lacking_builtin_is_refused_and_missing_at_run_time() {
    for n in rows("builtins", false) {
        let direct = format!("x = {n}\n");
        assert_eq!(messages(&direct), vec![not_supported(&format!("the builtin '{n}'"))], "{direct:?}");
        if n == "__debug__" {
            // No program can bind it (a SyntaxError), so none reaches the run unrefused.
            continue;
        }
        let hidden = format!("if False:\n    {n} = None\nx = {n}\n");
        assert_eq!(refusals(&hidden), Vec::<String>::new(), "{hidden:?}");
        if let Err(e) = run_says_not_supported(&hidden) {
            panic!("{e}");
        }
    }
}

#[test]
fn every_refused_loop_method_is_refused_and_missing_at_run_time() {
    for m in rows("loop", false) {
        let direct = format!("import asyncio\nloop = asyncio.new_event_loop()\nloop.{m}()\n");
        assert_eq!(messages(&direct), vec![not_supported(&format!("'loop.{m}()'"))], "{direct:?}");
        let hidden =
            format!("import asyncio\nloop = asyncio.new_event_loop()\nif False:\n    {m} = None\nloop.{m}()\n");
        assert_eq!(refusals(&hidden), Vec::<String>::new(), "{hidden:?}");
        if let Err(e) = run_says_not_supported(&hidden) {
            panic!("{e}");
        }
    }
    for m in rows("loop", true) {
        let src = format!("import asyncio\nloop = asyncio.new_event_loop()\nloop.{m}\n");
        assert_eq!(refusals(&src), Vec::<String>::new(), "{src:?}");
        assert!(ends_normally(&src), "{src:?}: {:?}", outcome(&src));
    }
}

// ----- what is refused, where ------------------------------------------------------------

#[test]
fn a_module_attribute_is_refused_at_the_attribute() {
    let src = "import asyncio\n\nasync def main():\n    await asyncio.to_thread(print, 1)\n";
    assert_eq!(refusals(src), ["4:19: 'asyncio.to_thread' is not supported by Loopscope"]);
}

#[test]
fn the_run_reports_the_first_refusal_as_its_error() {
    let src = "import asyncio\nx = 1\nasyncio.open_connection\ninput()\n";
    match outcome(src) {
        Outcome::Error { message, t, line, col } => {
            assert_eq!(
                message,
                "SyntaxError: 'asyncio.open_connection' is not supported by Loopscope (line 3, column 9)"
            );
            assert_eq!((t, line, col), (0.0, Some(3), Some(9)));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_alias_is_followed_and_the_real_module_named() {
    let src = "import asyncio as aio\naio.to_thread\naio.sleep\n";
    assert_eq!(refusals(src), ["2:5: 'asyncio.to_thread' is not supported by Loopscope"]);
}

#[test]
fn from_imports_are_refused_at_the_name() {
    let src = "from asyncio import sleep, to_thread as tt, open_connection\nfrom asyncio import sleep as to_thread\n";
    assert_eq!(
        refusals(src),
        [
            "1:28: 'asyncio.to_thread' is not supported by Loopscope",
            "1:45: 'asyncio.open_connection' is not supported by Loopscope",
        ]
    );
    // A name CPython's module does not have either is CPython's ImportError, not ours.
    assert_eq!(refusals("from asyncio import no_such_thing\n"), Vec::<String>::new());
}

#[test]
fn submodules_are_followed_and_a_missing_one_refused_once() {
    let src = "import asyncio\nasyncio.events.get_running_loop\nasyncio.subprocess.PIPE\n";
    assert_eq!(refusals(src), ["3:9: 'asyncio.subprocess' is not supported by Loopscope"]);
    // A lacking name of a present submodule (from the list the VM was asked about).
    if let Some(n) = rows("asyncio.events", false).first() {
        let src = format!("from asyncio import events\nevents.{n}\n");
        assert_eq!(messages(&src), [not_supported(&format!("'asyncio.events.{n}'"))]);
    }
}

#[test]
fn time_and_random_names_follow_what_the_vm_has() {
    for module in ["time", "random"] {
        for n in rows(module, false).iter().filter(|n| !n.starts_with('_')).take(3) {
            let src = format!("import {module} as m\n\ndef f():\n    return m.{n}\n");
            assert_eq!(messages(&src), [not_supported(&format!("'{module}.{n}'"))]);
        }
        for n in rows(module, true).iter().filter(|n| !n.starts_with('_')) {
            assert_eq!(refusals(&format!("import {module}\n{module}.{n}\n")), Vec::<String>::new());
        }
    }
}

#[test]
fn a_rebound_module_name_is_not_refused() {
    for rebinding in [
        "asyncio = None\n",
        "def f():\n    global asyncio\n    asyncio = 1\n",
        "for asyncio in []:\n    pass\n",
        "try:\n    pass\nexcept Exception as asyncio:\n    pass\n",
        "class asyncio:\n    pass\n",
        "import time as asyncio\n",
        "del asyncio\n",
        "[(asyncio := 1) for _ in ()]\n",
    ] {
        let src = format!("import asyncio\n{rebinding}asyncio.to_thread\n");
        assert_eq!(refusals(&src), Vec::<String>::new(), "{src}");
    }
    // Imported twice is still the module.
    assert_eq!(messages("import asyncio\nimport asyncio\nasyncio.to_thread\n").len(), 1);
}

#[test]
fn local_bindings_shadow_the_module_only_where_they_are() {
    let src = "import asyncio\n\
               def f(asyncio):\n    return asyncio.to_thread\n\
               def g():\n    asyncio = object()\n    return asyncio.to_thread\n\
               def h():\n    return asyncio.to_thread\n\
               lam = lambda asyncio: asyncio.to_thread\n\
               xs = [asyncio.to_thread for asyncio in []]\n";
    assert_eq!(refusals(src), ["8:20: 'asyncio.to_thread' is not supported by Loopscope"]);
}

#[test]
fn nested_functions_see_an_enclosing_import() {
    let src = "def outer():\n    import asyncio as a\n    def inner():\n        return a.to_thread\n    return inner\n\
               def other():\n    a = 1\n    return a.to_thread\n";
    assert_eq!(refusals(src), ["4:18: 'asyncio.to_thread' is not supported by Loopscope"]);
    // `nonlocal` rebinding in the inner function: not the module any more.
    let src = "def outer():\n    import asyncio as a\n    def inner():\n        nonlocal a\n        a = 2\n    return a.to_thread\n";
    assert_eq!(refusals(src), Vec::<String>::new());
}

#[test]
fn a_class_body_reads_its_own_names_then_the_module() {
    // The class attribute `asyncio` is not the module...
    let src = "import asyncio\nclass C:\n    asyncio = None\n    x = asyncio.to_thread\n";
    assert_eq!(refusals(src), Vec::<String>::new());
    // ...but methods do not see class attributes: they read the module's name.
    let src = "import asyncio\nclass C:\n    asyncio = None\n    def m(self):\n        return asyncio.to_thread\n";
    assert_eq!(refusals(src), ["5:24: 'asyncio.to_thread' is not supported by Loopscope"]);
}

#[test]
fn builtins_are_refused_only_when_the_program_binds_them_nowhere_on_the_way() {
    assert_eq!(refusals("name = input('? ')\n"), ["1:8: the builtin 'input' is not supported by Loopscope"]);
    for binding in [
        "def input(prompt):\n    return prompt\n",
        "input = print\n",
        "from asyncio import sleep as input\n",
        "import asyncio as input\n",
        "class input:\n    pass\n",
        "def f():\n    global input\n    input = print\n",
    ] {
        let src = format!("{binding}input('?')\n");
        assert_eq!(refusals(&src), Vec::<String>::new(), "{src}");
    }
    // A parameter named `input` shadows it in its function only.
    let src = "def f(input):\n    return input()\n\nopen('x')\n";
    assert_eq!(refusals(src), ["4:1: the builtin 'open' is not supported by Loopscope"]);
    let src = "def f(input):\n    return input()\n\ninput()\n";
    assert_eq!(refusals(src), ["4:1: the builtin 'input' is not supported by Loopscope"]);
    // A comprehension's variable is its own.
    assert_eq!(refusals("xs = [input for input in range(3)]\n"), Vec::<String>::new());
    assert_eq!(refusals("xs = [eval(s) for s in 'ab']\n"), ["1:7: the builtin 'eval' is not supported by Loopscope"]);
    // A comprehension in a class body does not see the class's names: the builtin.
    let src = "class C:\n    input = 1\n    xs = [input for _ in range(1)]\n";
    assert_eq!(refusals(src), ["3:11: the builtin 'input' is not supported by Loopscope"]);
    // Attributes named like builtins are no builtins.
    assert_eq!(refusals("class C:\n    def open(self):\n        return 1\nC().open()\n"), Vec::<String>::new());
}

#[test]
fn annotations_are_checked_only_where_cpython_evaluates_them() {
    assert_eq!(
        refusals("def f(x: bytes) -> None:\n    pass\n"),
        ["1:10: the builtin 'bytes' is not supported by Loopscope"]
    );
    assert_eq!(refusals("x: bytes = 1\n"), ["1:4: the builtin 'bytes' is not supported by Loopscope"]);
    // Local variable annotations are never evaluated; postponed ones neither.
    assert_eq!(refusals("def f():\n    x: bytes = 1\n    return x\n"), Vec::<String>::new());
    let src = "from __future__ import annotations\ndef f(x: bytes) -> complex:\n    y: memoryview\nz: bytes = 1\n";
    assert_eq!(refusals(src), Vec::<String>::new());
}

#[test]
fn loop_io_methods_are_refused_on_anything_unless_the_program_defines_them() {
    let src = "import asyncio\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    await loop.run_in_executor(None, print)\n    loop.add_signal_handler(2, print)\n";
    assert_eq!(
        refusals(src),
        [
            "5:16: 'loop.run_in_executor()' is not supported by Loopscope",
            "6:10: 'loop.add_signal_handler()' is not supported by Loopscope",
        ]
    );
    for definition in [
        "class Pool:\n    def run_in_executor(self, *a):\n        return 1\n",
        "class Pool:\n    async def run_in_executor(self, *a):\n        return 1\n",
        "class Pool:\n    run_in_executor = print\n",
        "def run_in_executor(*a):\n    pass\n",
        "import asyncio\nasyncio.get_event_loop().run_in_executor = print\n",
        "setattr(object, 'run_in_executor', print)\n",
        "d = dict(run_in_executor=print)\n",
    ] {
        let src = format!("{definition}def use(x):\n    return x.run_in_executor(None, print)\n");
        assert_eq!(refusals(&src), Vec::<String>::new(), "{src}");
    }
    // Methods that other objects have are never refused by name (`close`, `time`...).
    assert_eq!(refusals("def f(x):\n    x.close()\n    x.time()\n    x.to_thread()\n"), Vec::<String>::new());
}

#[test]
fn everything_is_listed_at_once_in_source_order_with_the_parser_refusals() {
    let src = "\
import asyncio
import os
import time as t

async def main(data):
    match data:
        case _:
            pass
    await asyncio.to_thread(os.getpid)
    name = input()
    loop = asyncio.get_running_loop()
    loop.add_reader(0, print)
    b = b'raw'
    return eval(name), t.sleep(0)

asyncio.run(main(1))
";
    assert_eq!(
        refusals(src),
        [
            "2:8: 'import os' is not supported by Loopscope",
            "6:5: 'match' statements are not supported by Loopscope",
            "9:19: 'asyncio.to_thread' is not supported by Loopscope",
            "10:12: the builtin 'input' is not supported by Loopscope",
            "12:10: 'loop.add_reader()' is not supported by Loopscope",
            "13:9: bytes literals are not supported by Loopscope",
            "14:12: the builtin 'eval' is not supported by Loopscope",
        ]
    );
}

#[test]
fn a_syntax_error_comes_alone() {
    assert_eq!(refusals("input()\nasyncio.to_thread\nx = (\n").len(), 1);
    assert!(refusals("import asyncio\nasyncio.to_thread\nx = (\n")[0].contains("was never closed"));
}

#[test]
fn runnable_programs_are_not_refused() {
    let src = "\
import asyncio
import random
import time

class Worker:
    def __init__(self, name):
        self.name = name

    async def run(self, q):
        while not q.empty():
            item = await q.get()
            await asyncio.sleep(item / 10)
            print(self.name, item, sorted([item, 1]), isinstance(item, int))
            q.task_done()

async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    async with asyncio.TaskGroup() as tg:
        for w in [Worker('a'), Worker('b')]:
            tg.create_task(w.run(q))
    await asyncio.wait_for(q.join(), timeout=1)
    print(time.monotonic(), asyncio.current_task().get_name() is not None)

if __name__ == '__main__':
    asyncio.run(main())
";
    assert_eq!(refusals(src), Vec::<String>::new());
    assert!(ends_normally(src), "{:?}", outcome(src));
}

#[test]
fn the_refused_corpus_programs_list_the_names_they_lack() {
    // (program, a refusal of this pass it must list). The parser's refusals and what
    // `time`/`random` still lack may come with them.
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    for (name, expected) in [
        ("152_refused_docs_to_thread", "22:17: 'asyncio.to_thread' is not supported by Loopscope"),
        ("153_refused_docs_run_in_executor", "14:10: the builtin 'open' is not supported by Loopscope"),
        ("154_refused_docs_signals", "20:14: 'loop.add_signal_handler()' is not supported by Loopscope"),
        ("160_refused_fowler_subprocess", "11:38: 'asyncio.create_subprocess_exec' is not supported by Loopscope"),
        ("162_refused_hattingh_run_in_executor", "13:10: 'loop.run_in_executor()' is not supported by Loopscope"),
    ] {
        let src = std::fs::read_to_string(corpus.join(format!("{name}.py"))).unwrap_or_default();
        let found = refusals(&src);
        assert!(found.iter().any(|r| r == expected), "{name}: {found:?}");
        let mut sorted = found.clone();
        sorted.sort_by_key(|r| {
            let mut it = r.split(':').map(|n| n.trim().parse::<u32>().unwrap_or(0));
            (it.next(), it.next())
        });
        assert_eq!(found, sorted, "{name}: in source order");
    }
}

/// `import asyncio.queues` and `from asyncio.exceptions import ...` (as CPython's docs and
/// tutorials write them) run for every submodule Loopscope has; a submodule CPython has
/// and Loopscope lacks, or one that does not exist, is refused before running.
#[test]
fn asyncio_submodules_import_in_every_form() {
    for path in module_paths().into_iter().filter(|p| p.starts_with("asyncio.")) {
        let sub = &path["asyncio.".len()..];
        let present = rows(&path, true);
        let Some(first) = present.first() else { continue };
        for src in [
            format!("import {path}\nprint({path}.{first})\n"),
            format!("import {path} as m\nprint(m.{first})\n"),
            format!("from {path} import {first}\nprint({first})\n"),
            format!("from asyncio import {sub}\nprint({sub}.{first})\n"),
        ] {
            assert_eq!(refusals(&src), Vec::<String>::new(), "{src:?}");
            assert!(ends_normally(&src), "{src:?}: {:?}", outcome(&src));
        }
    }
    for (src, what) in [
        ("import asyncio.sslproto\n", "'import asyncio.sslproto'"),
        ("from asyncio.nothing import x\n", "'from asyncio.nothing import ...'"),
        ("import time.x\n", "'import time.x'"),
        ("import asyncio.tasks.x\n", "'import asyncio.tasks.x'"),
    ] {
        assert_eq!(messages(src), vec![not_supported(what)], "{src:?}");
    }
}
