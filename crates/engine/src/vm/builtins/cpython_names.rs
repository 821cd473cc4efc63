//! Every attribute CPython 3.11 has on the builtin types and on the modules Loopscope
//! provides, so that one Loopscope lacks is reported as "not supported by Loopscope",
//! never as an AttributeError that blames the learner (SPEC section 1, rule zero).
//! Generated with `python3` (`dir()` of each); regenerate with
//! `tests/tools/cpython_names.py` when the reference version changes.

pub const STR: &[&str] = &[
    "__add__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
    "__ge__", "__getattribute__", "__getitem__", "__getnewargs__", "__getstate__", "__gt__", "__hash__",
    "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__mod__", "__mul__",
    "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__rmod__", "__rmul__", "__setattr__",
    "__sizeof__", "__str__", "__subclasshook__", "capitalize", "casefold", "center", "count", "encode",
    "endswith", "expandtabs", "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii",
    "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle",
    "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix", "removesuffix",
    "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
    "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill",
];

pub const INT: &[&str] = &[
    "__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__class__", "__delattr__", "__dir__",
    "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__", "__ge__",
    "__getattribute__", "__getnewargs__", "__getstate__", "__gt__", "__hash__", "__index__", "__init__",
    "__init_subclass__", "__int__", "__invert__", "__le__", "__lshift__", "__lt__", "__mod__", "__mul__",
    "__ne__", "__neg__", "__new__", "__or__", "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__",
    "__reduce__", "__reduce_ex__", "__repr__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__",
    "__ror__", "__round__", "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__",
    "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__", "__trunc__",
    "__xor__", "as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes",
    "imag", "numerator", "real", "to_bytes",
];

pub const FLOAT: &[&str] = &[
    "__abs__", "__add__", "__bool__", "__ceil__", "__class__", "__delattr__", "__dir__", "__divmod__",
    "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__", "__ge__", "__getattribute__",
    "__getformat__", "__getnewargs__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__int__", "__le__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__new__", "__pos__", "__pow__",
    "__radd__", "__rdivmod__", "__reduce__", "__reduce_ex__", "__repr__", "__rfloordiv__", "__rmod__",
    "__rmul__", "__round__", "__rpow__", "__rsub__", "__rtruediv__", "__setattr__", "__sizeof__", "__str__",
    "__sub__", "__subclasshook__", "__truediv__", "__trunc__", "as_integer_ratio", "conjugate", "fromhex",
    "hex", "imag", "is_integer", "real",
];

pub const BOOL: &[&str] = &[
    "__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__class__", "__delattr__", "__dir__",
    "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__", "__ge__",
    "__getattribute__", "__getnewargs__", "__getstate__", "__gt__", "__hash__", "__index__", "__init__",
    "__init_subclass__", "__int__", "__invert__", "__le__", "__lshift__", "__lt__", "__mod__", "__mul__",
    "__ne__", "__neg__", "__new__", "__or__", "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__",
    "__reduce__", "__reduce_ex__", "__repr__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__",
    "__ror__", "__round__", "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__",
    "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__", "__trunc__",
    "__xor__", "as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes",
    "imag", "numerator", "real", "to_bytes",
];

pub const LIST: &[&str] = &[
    "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__", "__dir__",
    "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__", "__gt__",
    "__hash__", "__iadd__", "__imul__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__",
    "__lt__", "__mul__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__",
    "__rmul__", "__setattr__", "__setitem__", "__sizeof__", "__str__", "__subclasshook__", "append", "clear",
    "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort",
];

pub const TUPLE: &[&str] = &[
    "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__", "__doc__",
    "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getnewargs__", "__getstate__",
    "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__",
    "__mul__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__rmul__", "__setattr__",
    "__sizeof__", "__str__", "__subclasshook__", "count", "index",
];

pub const DICT: &[&str] = &[
    "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__", "__dir__", "__doc__",
    "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__", "__gt__", "__hash__",
    "__init__", "__init_subclass__", "__ior__", "__iter__", "__le__", "__len__", "__lt__", "__ne__",
    "__new__", "__or__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__", "__ror__", "__setattr__",
    "__setitem__", "__sizeof__", "__str__", "__subclasshook__", "clear", "copy", "fromkeys", "get", "items",
    "keys", "pop", "popitem", "setdefault", "update", "values",
];

pub const SET: &[&str] = &[
    "__and__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__", "__doc__",
    "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__iand__",
    "__init__", "__init_subclass__", "__ior__", "__isub__", "__iter__", "__ixor__", "__le__", "__len__",
    "__lt__", "__ne__", "__new__", "__or__", "__rand__", "__reduce__", "__reduce_ex__", "__repr__", "__ror__",
    "__rsub__", "__rxor__", "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__xor__",
    "add", "clear", "copy", "difference", "difference_update", "discard", "intersection",
    "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference",
    "symmetric_difference_update", "union", "update",
];

pub const FROZENSET: &[&str] = &[
    "__and__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__", "__doc__",
    "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__ne__", "__new__", "__or__", "__rand__",
    "__reduce__", "__reduce_ex__", "__repr__", "__ror__", "__rsub__", "__rxor__", "__setattr__", "__sizeof__",
    "__str__", "__sub__", "__subclasshook__", "__xor__", "copy", "difference", "intersection", "isdisjoint",
    "issubset", "issuperset", "symmetric_difference", "union",
];

pub const RANGE: &[&str] = &[
    "__bool__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
    "__ge__", "__getattribute__", "__getitem__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__ne__", "__new__", "__reduce__",
    "__reduce_ex__", "__repr__", "__reversed__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    "count", "index", "start", "step", "stop",
];

pub const SLICE: &[&str] = &[
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__",
    "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
    "__subclasshook__", "indices", "start", "step", "stop",
];

pub const OBJECT: &[&str] = &[
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__",
    "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
    "__subclasshook__",
];

pub const FUNCTION: &[&str] = &[
    "__annotations__", "__builtins__", "__call__", "__class__", "__closure__", "__code__", "__defaults__",
    "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__get__",
    "__getattribute__", "__getstate__", "__globals__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__kwdefaults__", "__le__", "__lt__", "__module__", "__name__", "__ne__", "__new__", "__qualname__",
    "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];

pub const GENERATOR: &[&str] = &[
    "__class__", "__del__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__",
    "__le__", "__lt__", "__name__", "__ne__", "__new__", "__next__", "__qualname__", "__reduce__",
    "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "close",
    "gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom", "send", "throw",
];

pub const COROUTINE: &[&str] = &[
    "__await__", "__class__", "__del__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
    "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__le__", "__lt__", "__name__", "__ne__", "__new__", "__qualname__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "close", "cr_await", "cr_code",
    "cr_frame", "cr_origin", "cr_running", "cr_suspended", "send", "throw",
];

pub const ASYNC_GENERATOR: &[&str] = &[
    "__aiter__", "__anext__", "__class__", "__class_getitem__", "__del__", "__delattr__", "__dir__",
    "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
    "__init__", "__init_subclass__", "__le__", "__lt__", "__name__", "__ne__", "__new__", "__qualname__",
    "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    "aclose", "ag_await", "ag_code", "ag_frame", "ag_running", "asend", "athrow",
];

pub const BASE_EXCEPTION: &[&str] = &[
    "__cause__", "__class__", "__context__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__setattr__", "__setstate__", "__sizeof__", "__str__", "__subclasshook__", "__suppress_context__",
    "__traceback__", "add_note", "args", "with_traceback",
];

pub const TYPE: &[&str] = &[
    "__abstractmethods__", "__annotations__", "__base__", "__bases__", "__basicsize__", "__call__",
    "__class__", "__delattr__", "__dict__", "__dictoffset__", "__dir__", "__doc__", "__eq__", "__flags__",
    "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__instancecheck__", "__itemsize__", "__le__", "__lt__", "__module__", "__mro__",
    "__name__", "__ne__", "__new__", "__or__", "__prepare__", "__qualname__", "__reduce__", "__reduce_ex__",
    "__repr__", "__ror__", "__setattr__", "__sizeof__", "__str__", "__subclasscheck__", "__subclasses__",
    "__subclasshook__", "__text_signature__", "__weakrefoffset__", "mro",
];

pub const TASK: &[&str] = &[
    "__await__", "__class__", "__class_getitem__", "__del__", "__delattr__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__iter__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "_asyncio_future_blocking",
    "_callbacks", "_cancel_message", "_coro", "_exception", "_fut_waiter", "_log_destroy_pending",
    "_log_traceback", "_loop", "_make_cancelled_error", "_must_cancel", "_result", "_source_traceback",
    "_state", "add_done_callback", "cancel", "cancelled", "cancelling", "done", "exception", "get_coro",
    "get_loop", "get_name", "get_stack", "print_stack", "remove_done_callback", "result", "set_exception",
    "set_name", "set_result", "uncancel",
];

pub const FUTURE: &[&str] = &[
    "__await__", "__class__", "__class_getitem__", "__del__", "__delattr__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__iter__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "_asyncio_future_blocking",
    "_callbacks", "_cancel_message", "_exception", "_log_traceback", "_loop", "_make_cancelled_error",
    "_result", "_source_traceback", "_state", "add_done_callback", "cancel", "cancelled", "done", "exception",
    "get_loop", "remove_done_callback", "result", "set_exception", "set_result",
];

pub const EVENT_LOOP: &[&str] = &[
    "__class__", "__del__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__",
    "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
    "__sizeof__", "__str__", "__subclasshook__", "__weakref__", "_accept_connection", "_accept_connection2",
    "_add_callback", "_add_callback_signalsafe", "_add_reader", "_add_writer", "_asyncgen_finalizer_hook",
    "_asyncgen_firstiter_hook", "_call_soon", "_check_callback", "_check_closed", "_check_default_executor",
    "_check_running", "_check_sendfile_params", "_check_signal", "_check_thread", "_child_watcher_callback",
    "_close_self_pipe", "_connect_sock", "_create_connection_transport", "_create_server_getaddrinfo",
    "_do_shutdown", "_ensure_fd_no_transport", "_ensure_resolved", "_getaddrinfo_debug", "_handle_signal",
    "_log_subprocess", "_make_datagram_transport", "_make_read_pipe_transport", "_make_self_pipe",
    "_make_socket_transport", "_make_ssl_transport", "_make_subprocess_transport",
    "_make_write_pipe_transport", "_process_events", "_process_self_data", "_read_from_self",
    "_remove_reader", "_remove_writer", "_run_once", "_sendfile_fallback", "_sendfile_native",
    "_set_coroutine_origin_tracking", "_sock_accept", "_sock_add_cancellation_callback", "_sock_connect",
    "_sock_connect_cb", "_sock_read_done", "_sock_recv", "_sock_recv_into", "_sock_recvfrom",
    "_sock_recvfrom_into", "_sock_sendall", "_sock_sendfile_fallback", "_sock_sendfile_native",
    "_sock_sendfile_native_impl", "_sock_sendfile_update_filepos", "_sock_sendto", "_sock_write_done",
    "_start_serving", "_stop_serving", "_timer_handle_cancelled", "_write_to_self", "add_reader",
    "add_signal_handler", "add_writer", "call_at", "call_exception_handler", "call_later", "call_soon",
    "call_soon_threadsafe", "close", "connect_accepted_socket", "connect_read_pipe", "connect_write_pipe",
    "create_connection", "create_datagram_endpoint", "create_future", "create_server", "create_task",
    "create_unix_connection", "create_unix_server", "default_exception_handler", "get_debug",
    "get_exception_handler", "get_task_factory", "getaddrinfo", "getnameinfo", "is_closed", "is_running",
    "remove_reader", "remove_signal_handler", "remove_writer", "run_forever", "run_in_executor",
    "run_until_complete", "sendfile", "set_debug", "set_default_executor", "set_exception_handler",
    "set_task_factory", "shutdown_asyncgens", "shutdown_default_executor", "sock_accept", "sock_connect",
    "sock_recv", "sock_recv_into", "sock_recvfrom", "sock_recvfrom_into", "sock_sendall", "sock_sendfile",
    "sock_sendto", "start_tls", "stop", "subprocess_exec", "subprocess_shell", "time",
];

pub const QUEUE: &[&str] = &[
    "__class__", "__class_getitem__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__",
    "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "__weakref__", "_format", "_get", "_get_loop",
    "_init", "_loop", "_put", "_wakeup_next", "empty", "full", "get", "get_nowait", "join", "maxsize", "put",
    "put_nowait", "qsize", "task_done",
];

pub const LOCK: &[&str] = &[
    "__aenter__", "__aexit__", "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "__weakref__", "_get_loop",
    "_loop", "_wake_up_first", "acquire", "locked", "release",
];

pub const EVENT: &[&str] = &[
    "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__",
    "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
    "__sizeof__", "__str__", "__subclasshook__", "__weakref__", "_get_loop", "_loop", "clear", "is_set",
    "set", "wait",
];

pub const SEMAPHORE: &[&str] = &[
    "__aenter__", "__aexit__", "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "__weakref__", "_get_loop",
    "_loop", "_wake_up_next", "acquire", "locked", "release",
];

pub const CONDITION: &[&str] = &[
    "__aenter__", "__aexit__", "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "__weakref__", "_get_loop",
    "_loop", "notify", "notify_all", "wait", "wait_for",
];

pub const TASK_GROUP: &[&str] = &[
    "__aenter__", "__aexit__", "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "__weakref__", "_abort",
    "_is_base_error", "_on_task_done", "create_task",
];

pub const TIMEOUT: &[&str] = &[
    "__aenter__", "__aexit__", "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__",
    "__final__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "__weakref__", "_on_timeout",
    "expired", "reschedule", "when",
];

pub const RANDOM: &[&str] = &[
    "VERSION", "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__",
    "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
    "__setstate__", "__sizeof__", "__str__", "__subclasshook__", "__weakref__", "_randbelow",
    "_randbelow_with_getrandbits", "_randbelow_without_getrandbits", "betavariate", "choice", "choices",
    "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
    "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle",
    "triangular", "uniform", "vonmisesvariate", "weibullvariate",
];

pub const STRUCT_TIME: &[&str] = &[
    "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__", "__doc__",
    "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getnewargs__", "__getstate__",
    "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__",
    "__match_args__", "__module__", "__mul__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__rmul__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "count", "index", "n_fields",
    "n_sequence_fields", "n_unnamed_fields", "tm_gmtoff", "tm_hour", "tm_isdst", "tm_mday", "tm_min",
    "tm_mon", "tm_sec", "tm_wday", "tm_yday", "tm_year", "tm_zone",
];

pub const HANDLE: &[&str] = &[
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__module__",
    "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__slots__",
    "__str__", "__subclasshook__", "__weakref__", "_args", "_callback", "_cancelled", "_context", "_loop",
    "_repr", "_repr_info", "_run", "_source_traceback", "cancel", "cancelled",
];

pub const TIMER_HANDLE: &[&str] = &[
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__module__",
    "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__slots__",
    "__str__", "__subclasshook__", "__weakref__", "_args", "_callback", "_cancelled", "_context", "_loop",
    "_repr", "_repr_info", "_run", "_scheduled", "_source_traceback", "_when", "cancel", "cancelled", "when",
];

pub const RUNNER: &[&str] = &[
    "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__enter__", "__eq__", "__exit__",
    "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "__weakref__", "_lazy_init",
    "_on_sigint", "close", "get_loop", "run",
];

pub const MODULE_ASYNCIO: &[&str] = &[
    "ALL_COMPLETED", "AbstractChildWatcher", "AbstractEventLoop", "AbstractEventLoopPolicy", "AbstractServer",
    "Barrier", "BaseEventLoop", "BaseProtocol", "BaseTransport", "BoundedSemaphore", "BrokenBarrierError",
    "BufferedProtocol", "CancelledError", "Condition", "DatagramProtocol", "DatagramTransport",
    "DefaultEventLoopPolicy", "Event", "FIRST_COMPLETED", "FIRST_EXCEPTION", "FastChildWatcher", "Future",
    "Handle", "IncompleteReadError", "InvalidStateError", "LifoQueue", "LimitOverrunError", "Lock",
    "MultiLoopChildWatcher", "PidfdChildWatcher", "PriorityQueue", "Protocol", "Queue", "QueueEmpty",
    "QueueFull", "ReadTransport", "Runner", "SafeChildWatcher", "SelectorEventLoop", "Semaphore",
    "SendfileNotAvailableError", "Server", "StreamReader", "StreamReaderProtocol", "StreamWriter",
    "SubprocessProtocol", "SubprocessTransport", "Task", "TaskGroup", "ThreadedChildWatcher", "Timeout",
    "TimeoutError", "TimerHandle", "Transport", "WriteTransport", "__all__", "__builtins__", "__cached__",
    "__doc__", "__file__", "__loader__", "__name__", "__package__", "__path__", "__spec__", "_enter_task",
    "_get_running_loop", "_leave_task", "_register_task", "_set_running_loop", "_unregister_task",
    "all_tasks", "as_completed", "base_events", "base_futures", "base_subprocess", "base_tasks", "constants",
    "coroutines", "create_subprocess_exec", "create_subprocess_shell", "create_task", "current_task",
    "ensure_future", "events", "exceptions", "format_helpers", "futures", "gather", "get_child_watcher",
    "get_event_loop", "get_event_loop_policy", "get_running_loop", "iscoroutine", "iscoroutinefunction",
    "isfuture", "locks", "log", "mixins", "new_event_loop", "open_connection", "open_unix_connection",
    "protocols", "queues", "run", "run_coroutine_threadsafe", "runners", "selector_events",
    "set_child_watcher", "set_event_loop", "set_event_loop_policy", "shield", "sleep", "sslproto",
    "staggered", "start_server", "start_unix_server", "streams", "subprocess", "sys", "taskgroups", "tasks",
    "threads", "timeout", "timeout_at", "timeouts", "to_thread", "transports", "trsock", "unix_events",
    "wait", "wait_for", "wrap_future",
];

pub const MODULE_TIME: &[&str] = &[
    "CLOCK_BOOTTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_REALTIME",
    "CLOCK_TAI", "CLOCK_THREAD_CPUTIME_ID", "_STRUCT_TM_ITEMS", "__doc__", "__loader__", "__name__",
    "__package__", "__spec__", "altzone", "asctime", "clock_getres", "clock_gettime", "clock_gettime_ns",
    "clock_settime", "clock_settime_ns", "ctime", "daylight", "get_clock_info", "gmtime", "localtime",
    "mktime", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time",
    "process_time_ns", "pthread_getcpuclockid", "sleep", "strftime", "strptime", "struct_time", "thread_time",
    "thread_time_ns", "time", "time_ns", "timezone", "tzname", "tzset",
];

pub const MODULE_RANDOM: &[&str] = &[
    "BPF", "LOG4", "NV_MAGICCONST", "RECIP_BPF", "Random", "SG_MAGICCONST", "SystemRandom", "TWOPI", "_ONE",
    "_Sequence", "_Set", "__all__", "__builtins__", "__cached__", "__doc__", "__file__", "__loader__",
    "__name__", "__package__", "__spec__", "_accumulate", "_acos", "_bisect", "_ceil", "_cos", "_e", "_exp",
    "_floor", "_index", "_inst", "_isfinite", "_log", "_os", "_pi", "_random", "_repeat", "_sha512", "_sin",
    "_sqrt", "_test", "_test_generator", "_urandom", "_warn", "betavariate", "choice", "choices",
    "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
    "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle",
    "triangular", "uniform", "vonmisesvariate", "weibullvariate",
];

pub const BUILTINS: &[&str] = &[
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
    "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
    "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
    "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception",
    "ExceptionGroup", "False", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
    "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
    "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented", "NotImplementedError",
    "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
    "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
    "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit",
    "TabError", "TimeoutError", "True", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning",
    "ValueError", "Warning", "ZeroDivisionError", "__build_class__", "__debug__", "__doc__", "__import__",
    "__loader__", "__name__", "__package__", "__spec__", "abs", "aiter", "all", "anext", "any", "ascii",
    "bin", "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex",
    "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter",
    "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input",
    "int", "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map", "max", "memoryview",
    "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range", "repr",
    "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple",
    "type", "vars", "zip",
];
