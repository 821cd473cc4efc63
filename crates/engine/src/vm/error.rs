//! How operations fail: a Python exception (made lazily from a kind and a message, or an
//! exception object), or the run stopping (a limit, a deadlock, Stop), or a request to
//! the driver (running an event loop from module-level code).

use super::object::PyInstance;
use std::rc::Rc;

/// The built-in exception classes, in a fixed order (their classes are made when a run
/// starts, by `vm::types`).
macro_rules! exc_kinds {
    ($($kind:ident: $($parent:ident)|*;)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ExcKind { $($kind),* }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind),*];

            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$kind => stringify!($kind)),* }
            }

            /// The direct bases (empty for BaseException).
            pub fn bases(self) -> &'static [ExcKind] {
                match self { $(ExcKind::$kind => &[$(ExcKind::$parent),*]),* }
            }
        }
    };
}

exc_kinds! {
    BaseException: ;
    BaseExceptionGroup: BaseException;
    GeneratorExit: BaseException;
    KeyboardInterrupt: BaseException;
    SystemExit: BaseException;
    Exception: BaseException;
    ArithmeticError: Exception;
    FloatingPointError: ArithmeticError;
    OverflowError: ArithmeticError;
    ZeroDivisionError: ArithmeticError;
    AssertionError: Exception;
    AttributeError: Exception;
    BufferError: Exception;
    EOFError: Exception;
    ExceptionGroup: BaseExceptionGroup | Exception;
    ImportError: Exception;
    ModuleNotFoundError: ImportError;
    LookupError: Exception;
    IndexError: LookupError;
    KeyError: LookupError;
    MemoryError: Exception;
    NameError: Exception;
    UnboundLocalError: NameError;
    OSError: Exception;
    BlockingIOError: OSError;
    ChildProcessError: OSError;
    ConnectionError: OSError;
    BrokenPipeError: ConnectionError;
    ConnectionAbortedError: ConnectionError;
    ConnectionRefusedError: ConnectionError;
    ConnectionResetError: ConnectionError;
    FileExistsError: OSError;
    FileNotFoundError: OSError;
    InterruptedError: OSError;
    IsADirectoryError: OSError;
    NotADirectoryError: OSError;
    PermissionError: OSError;
    ProcessLookupError: OSError;
    TimeoutError: OSError;
    ReferenceError: Exception;
    RuntimeError: Exception;
    NotImplementedError: RuntimeError;
    RecursionError: RuntimeError;
    StopAsyncIteration: Exception;
    StopIteration: Exception;
    SyntaxError: Exception;
    IndentationError: SyntaxError;
    TabError: IndentationError;
    SystemError: Exception;
    TypeError: Exception;
    ValueError: Exception;
    UnicodeError: ValueError;
    UnicodeDecodeError: UnicodeError;
    UnicodeEncodeError: UnicodeError;
    UnicodeTranslateError: UnicodeError;
    Warning: Exception;
    BytesWarning: Warning;
    DeprecationWarning: Warning;
    EncodingWarning: Warning;
    FutureWarning: Warning;
    ImportWarning: Warning;
    PendingDeprecationWarning: Warning;
    ResourceWarning: Warning;
    RuntimeWarning: Warning;
    SyntaxWarning: Warning;
    UnicodeWarning: Warning;
    UserWarning: Warning;
}

/// Why a run stops without a Python exception.
#[derive(Debug, Clone, PartialEq)]
pub enum Halt {
    /// An engine error with its full text (`LimitError: step limit reached`,
    /// `Deadlock: no task can make progress`...).
    Error(String),
    /// The user pressed Stop.
    Stopped,
}

/// What can go wrong. Boxed: a `Result<Value, PyErr>` stays small.
#[derive(Debug)]
pub struct PyErr(pub Box<ErrKind>);

#[derive(Debug)]
pub enum ErrKind {
    /// An exception not made yet: its class and message.
    New(ExcKind, String),
    /// An exception object (raised by the program, or made already).
    Exc(Rc<PyInstance>),
    Halt(Halt),
    /// A request to the driver that unwinds the VM without running handlers: module-level
    /// code called `asyncio.run()` (or `run_until_complete`...).
    Signal(super::signal::Signal),
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(kind: ExcKind, message: impl Into<String>) -> PyErr {
        PyErr(Box::new(ErrKind::New(kind, message.into())))
    }

    pub fn exc(e: Rc<PyInstance>) -> PyErr {
        PyErr(Box::new(ErrKind::Exc(e)))
    }

    pub fn halt(message: impl Into<String>) -> PyErr {
        PyErr(Box::new(ErrKind::Halt(Halt::Error(message.into()))))
    }

    pub fn stopped() -> PyErr {
        PyErr(Box::new(ErrKind::Halt(Halt::Stopped)))
    }

    /// Whether Python code may catch it (halts and signals unwind everything).
    pub fn is_exception(&self) -> bool {
        matches!(*self.0, ErrKind::New(..) | ErrKind::Exc(_))
    }

    /// For a not-yet-made exception: whether it is of this kind exactly.
    pub fn is_new(&self, kind: ExcKind) -> bool {
        matches!(&*self.0, ErrKind::New(k, _) if *k == kind)
    }
}

pub fn type_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, message)
}

pub fn value_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ValueError, message)
}

pub fn index_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::IndexError, message)
}

pub fn overflow_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::OverflowError, message)
}

pub fn zero_division(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, message)
}

pub fn runtime_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::RuntimeError, message)
}

pub fn attribute_error(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::AttributeError, message)
}

/// Something CPython has and Loopscope does not (SPEC section 1, rule zero): never an
/// AttributeError or NameError that blames the learner. It stops the run (a program
/// cannot catch it): what would follow could no longer be CPython's behaviour.
pub fn not_supported(what: impl std::fmt::Display) -> PyErr {
    PyErr::halt(format!("NotImplementedError: {what} is not supported by Loopscope"))
}
