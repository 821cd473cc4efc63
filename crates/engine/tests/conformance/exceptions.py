"""Conformance: exceptions — raising and catching every built-in exception class,
e.args / str(e) / repr(e) with 0, 1 and 2 arguments, the class hierarchy, user
exception classes, raise ... from ..., __cause__/__context__, try/except/else/finally
ordering, except (A, B), ExceptionGroup / BaseExceptionGroup and except*, add_note,
and the exact messages of the common runtime errors (TypeError for argument counts,
unpacking, unbound locals, missing attributes, recursion...).
(UnicodeDecodeError is only constructed with a wrong argument count: its real
constructor takes bytes.)

Generated expectations: the .jsonl beside this file (see README.md)."""

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
        return
    print(label, "->", repr(r))


def raise_catch(cls, *args):
    try:
        raise cls(*args)
    except BaseException as e:
        return type(e).__name__, str(e), repr(e), e.args

# ---------------------------------------------------------------- every built-in exception class
check('raise_catch(ArithmeticError)', lambda: (raise_catch(ArithmeticError)))
check("raise_catch(ArithmeticError, 'msg')", lambda: (raise_catch(ArithmeticError, 'msg')))
check("raise_catch(ArithmeticError, 'a', 2)", lambda: (raise_catch(ArithmeticError, 'a', 2)))
check('raise_catch(AssertionError)', lambda: (raise_catch(AssertionError)))
check("raise_catch(AssertionError, 'msg')", lambda: (raise_catch(AssertionError, 'msg')))
check("raise_catch(AssertionError, 'a', 2)", lambda: (raise_catch(AssertionError, 'a', 2)))
check('raise_catch(AttributeError)', lambda: (raise_catch(AttributeError)))
check("raise_catch(AttributeError, 'msg')", lambda: (raise_catch(AttributeError, 'msg')))
check("raise_catch(AttributeError, 'a', 2)", lambda: (raise_catch(AttributeError, 'a', 2)))
check('raise_catch(BaseException)', lambda: (raise_catch(BaseException)))
check("raise_catch(BaseException, 'msg')", lambda: (raise_catch(BaseException, 'msg')))
check("raise_catch(BaseException, 'a', 2)", lambda: (raise_catch(BaseException, 'a', 2)))
check('raise_catch(BlockingIOError)', lambda: (raise_catch(BlockingIOError)))
check("raise_catch(BlockingIOError, 'msg')", lambda: (raise_catch(BlockingIOError, 'msg')))
check("raise_catch(BlockingIOError, 'a', 2)", lambda: (raise_catch(BlockingIOError, 'a', 2)))
check('raise_catch(BrokenPipeError)', lambda: (raise_catch(BrokenPipeError)))
check("raise_catch(BrokenPipeError, 'msg')", lambda: (raise_catch(BrokenPipeError, 'msg')))
check("raise_catch(BrokenPipeError, 'a', 2)", lambda: (raise_catch(BrokenPipeError, 'a', 2)))
check('raise_catch(BufferError)', lambda: (raise_catch(BufferError)))
check("raise_catch(BufferError, 'msg')", lambda: (raise_catch(BufferError, 'msg')))
check("raise_catch(BufferError, 'a', 2)", lambda: (raise_catch(BufferError, 'a', 2)))
check('raise_catch(BytesWarning)', lambda: (raise_catch(BytesWarning)))
check("raise_catch(BytesWarning, 'msg')", lambda: (raise_catch(BytesWarning, 'msg')))
check("raise_catch(BytesWarning, 'a', 2)", lambda: (raise_catch(BytesWarning, 'a', 2)))
check('raise_catch(ChildProcessError)', lambda: (raise_catch(ChildProcessError)))
check("raise_catch(ChildProcessError, 'msg')", lambda: (raise_catch(ChildProcessError, 'msg')))
check("raise_catch(ChildProcessError, 'a', 2)", lambda: (raise_catch(ChildProcessError, 'a', 2)))
check('raise_catch(ConnectionAbortedError)', lambda: (raise_catch(ConnectionAbortedError)))
check("raise_catch(ConnectionAbortedError, 'msg')", lambda: (raise_catch(ConnectionAbortedError, 'msg')))
check("raise_catch(ConnectionAbortedError, 'a', 2)", lambda: (raise_catch(ConnectionAbortedError, 'a', 2)))
check('raise_catch(ConnectionError)', lambda: (raise_catch(ConnectionError)))
check("raise_catch(ConnectionError, 'msg')", lambda: (raise_catch(ConnectionError, 'msg')))
check("raise_catch(ConnectionError, 'a', 2)", lambda: (raise_catch(ConnectionError, 'a', 2)))
check('raise_catch(ConnectionRefusedError)', lambda: (raise_catch(ConnectionRefusedError)))
check("raise_catch(ConnectionRefusedError, 'msg')", lambda: (raise_catch(ConnectionRefusedError, 'msg')))
check("raise_catch(ConnectionRefusedError, 'a', 2)", lambda: (raise_catch(ConnectionRefusedError, 'a', 2)))
check('raise_catch(ConnectionResetError)', lambda: (raise_catch(ConnectionResetError)))
check("raise_catch(ConnectionResetError, 'msg')", lambda: (raise_catch(ConnectionResetError, 'msg')))
check("raise_catch(ConnectionResetError, 'a', 2)", lambda: (raise_catch(ConnectionResetError, 'a', 2)))
check('raise_catch(DeprecationWarning)', lambda: (raise_catch(DeprecationWarning)))
check("raise_catch(DeprecationWarning, 'msg')", lambda: (raise_catch(DeprecationWarning, 'msg')))
check("raise_catch(DeprecationWarning, 'a', 2)", lambda: (raise_catch(DeprecationWarning, 'a', 2)))
check('raise_catch(EOFError)', lambda: (raise_catch(EOFError)))
check("raise_catch(EOFError, 'msg')", lambda: (raise_catch(EOFError, 'msg')))
check("raise_catch(EOFError, 'a', 2)", lambda: (raise_catch(EOFError, 'a', 2)))
check('raise_catch(EncodingWarning)', lambda: (raise_catch(EncodingWarning)))
check("raise_catch(EncodingWarning, 'msg')", lambda: (raise_catch(EncodingWarning, 'msg')))
check("raise_catch(EncodingWarning, 'a', 2)", lambda: (raise_catch(EncodingWarning, 'a', 2)))
check('raise_catch(EnvironmentError)', lambda: (raise_catch(EnvironmentError)))
check("raise_catch(EnvironmentError, 'msg')", lambda: (raise_catch(EnvironmentError, 'msg')))
check("raise_catch(EnvironmentError, 'a', 2)", lambda: (raise_catch(EnvironmentError, 'a', 2)))
check('raise_catch(Exception)', lambda: (raise_catch(Exception)))
check("raise_catch(Exception, 'msg')", lambda: (raise_catch(Exception, 'msg')))
check("raise_catch(Exception, 'a', 2)", lambda: (raise_catch(Exception, 'a', 2)))
check('raise_catch(FileExistsError)', lambda: (raise_catch(FileExistsError)))
check("raise_catch(FileExistsError, 'msg')", lambda: (raise_catch(FileExistsError, 'msg')))
check("raise_catch(FileExistsError, 'a', 2)", lambda: (raise_catch(FileExistsError, 'a', 2)))
check('raise_catch(FileNotFoundError)', lambda: (raise_catch(FileNotFoundError)))
check("raise_catch(FileNotFoundError, 'msg')", lambda: (raise_catch(FileNotFoundError, 'msg')))
check("raise_catch(FileNotFoundError, 'a', 2)", lambda: (raise_catch(FileNotFoundError, 'a', 2)))
check('raise_catch(FloatingPointError)', lambda: (raise_catch(FloatingPointError)))
check("raise_catch(FloatingPointError, 'msg')", lambda: (raise_catch(FloatingPointError, 'msg')))
check("raise_catch(FloatingPointError, 'a', 2)", lambda: (raise_catch(FloatingPointError, 'a', 2)))
check('raise_catch(FutureWarning)', lambda: (raise_catch(FutureWarning)))
check("raise_catch(FutureWarning, 'msg')", lambda: (raise_catch(FutureWarning, 'msg')))
check("raise_catch(FutureWarning, 'a', 2)", lambda: (raise_catch(FutureWarning, 'a', 2)))
check('raise_catch(GeneratorExit)', lambda: (raise_catch(GeneratorExit)))
check("raise_catch(GeneratorExit, 'msg')", lambda: (raise_catch(GeneratorExit, 'msg')))
check("raise_catch(GeneratorExit, 'a', 2)", lambda: (raise_catch(GeneratorExit, 'a', 2)))
check('raise_catch(IOError)', lambda: (raise_catch(IOError)))
check("raise_catch(IOError, 'msg')", lambda: (raise_catch(IOError, 'msg')))
check("raise_catch(IOError, 'a', 2)", lambda: (raise_catch(IOError, 'a', 2)))
check('raise_catch(ImportError)', lambda: (raise_catch(ImportError)))
check("raise_catch(ImportError, 'msg')", lambda: (raise_catch(ImportError, 'msg')))
check("raise_catch(ImportError, 'a', 2)", lambda: (raise_catch(ImportError, 'a', 2)))
check('raise_catch(ImportWarning)', lambda: (raise_catch(ImportWarning)))
check("raise_catch(ImportWarning, 'msg')", lambda: (raise_catch(ImportWarning, 'msg')))
check("raise_catch(ImportWarning, 'a', 2)", lambda: (raise_catch(ImportWarning, 'a', 2)))
check('raise_catch(IndentationError)', lambda: (raise_catch(IndentationError)))
check("raise_catch(IndentationError, 'msg')", lambda: (raise_catch(IndentationError, 'msg')))
check("raise_catch(IndentationError, 'a', 2)", lambda: (raise_catch(IndentationError, 'a', 2)))
check('raise_catch(IndexError)', lambda: (raise_catch(IndexError)))
check("raise_catch(IndexError, 'msg')", lambda: (raise_catch(IndexError, 'msg')))
check("raise_catch(IndexError, 'a', 2)", lambda: (raise_catch(IndexError, 'a', 2)))
check('raise_catch(InterruptedError)', lambda: (raise_catch(InterruptedError)))
check("raise_catch(InterruptedError, 'msg')", lambda: (raise_catch(InterruptedError, 'msg')))
check("raise_catch(InterruptedError, 'a', 2)", lambda: (raise_catch(InterruptedError, 'a', 2)))
check('raise_catch(IsADirectoryError)', lambda: (raise_catch(IsADirectoryError)))
check("raise_catch(IsADirectoryError, 'msg')", lambda: (raise_catch(IsADirectoryError, 'msg')))
check("raise_catch(IsADirectoryError, 'a', 2)", lambda: (raise_catch(IsADirectoryError, 'a', 2)))
check('raise_catch(KeyError)', lambda: (raise_catch(KeyError)))
check("raise_catch(KeyError, 'msg')", lambda: (raise_catch(KeyError, 'msg')))
check("raise_catch(KeyError, 'a', 2)", lambda: (raise_catch(KeyError, 'a', 2)))
check('raise_catch(KeyboardInterrupt)', lambda: (raise_catch(KeyboardInterrupt)))
check("raise_catch(KeyboardInterrupt, 'msg')", lambda: (raise_catch(KeyboardInterrupt, 'msg')))
check("raise_catch(KeyboardInterrupt, 'a', 2)", lambda: (raise_catch(KeyboardInterrupt, 'a', 2)))
check('raise_catch(LookupError)', lambda: (raise_catch(LookupError)))
check("raise_catch(LookupError, 'msg')", lambda: (raise_catch(LookupError, 'msg')))
check("raise_catch(LookupError, 'a', 2)", lambda: (raise_catch(LookupError, 'a', 2)))
check('raise_catch(MemoryError)', lambda: (raise_catch(MemoryError)))
check("raise_catch(MemoryError, 'msg')", lambda: (raise_catch(MemoryError, 'msg')))
check("raise_catch(MemoryError, 'a', 2)", lambda: (raise_catch(MemoryError, 'a', 2)))
check('raise_catch(ModuleNotFoundError)', lambda: (raise_catch(ModuleNotFoundError)))
check("raise_catch(ModuleNotFoundError, 'msg')", lambda: (raise_catch(ModuleNotFoundError, 'msg')))
check("raise_catch(ModuleNotFoundError, 'a', 2)", lambda: (raise_catch(ModuleNotFoundError, 'a', 2)))
check('raise_catch(NameError)', lambda: (raise_catch(NameError)))
check("raise_catch(NameError, 'msg')", lambda: (raise_catch(NameError, 'msg')))
check("raise_catch(NameError, 'a', 2)", lambda: (raise_catch(NameError, 'a', 2)))
check('raise_catch(NotADirectoryError)', lambda: (raise_catch(NotADirectoryError)))
check("raise_catch(NotADirectoryError, 'msg')", lambda: (raise_catch(NotADirectoryError, 'msg')))
check("raise_catch(NotADirectoryError, 'a', 2)", lambda: (raise_catch(NotADirectoryError, 'a', 2)))
check('raise_catch(NotImplementedError)', lambda: (raise_catch(NotImplementedError)))
check("raise_catch(NotImplementedError, 'msg')", lambda: (raise_catch(NotImplementedError, 'msg')))
check("raise_catch(NotImplementedError, 'a', 2)", lambda: (raise_catch(NotImplementedError, 'a', 2)))
check('raise_catch(OSError)', lambda: (raise_catch(OSError)))
check("raise_catch(OSError, 'msg')", lambda: (raise_catch(OSError, 'msg')))
check("raise_catch(OSError, 'a', 2)", lambda: (raise_catch(OSError, 'a', 2)))
check('raise_catch(OverflowError)', lambda: (raise_catch(OverflowError)))
check("raise_catch(OverflowError, 'msg')", lambda: (raise_catch(OverflowError, 'msg')))
check("raise_catch(OverflowError, 'a', 2)", lambda: (raise_catch(OverflowError, 'a', 2)))
check('raise_catch(PendingDeprecationWarning)', lambda: (raise_catch(PendingDeprecationWarning)))
check("raise_catch(PendingDeprecationWarning, 'msg')", lambda: (raise_catch(PendingDeprecationWarning, 'msg')))
check("raise_catch(PendingDeprecationWarning, 'a', 2)", lambda: (raise_catch(PendingDeprecationWarning, 'a', 2)))
check('raise_catch(PermissionError)', lambda: (raise_catch(PermissionError)))
check("raise_catch(PermissionError, 'msg')", lambda: (raise_catch(PermissionError, 'msg')))
check("raise_catch(PermissionError, 'a', 2)", lambda: (raise_catch(PermissionError, 'a', 2)))
check('raise_catch(ProcessLookupError)', lambda: (raise_catch(ProcessLookupError)))
check("raise_catch(ProcessLookupError, 'msg')", lambda: (raise_catch(ProcessLookupError, 'msg')))
check("raise_catch(ProcessLookupError, 'a', 2)", lambda: (raise_catch(ProcessLookupError, 'a', 2)))
check('raise_catch(RecursionError)', lambda: (raise_catch(RecursionError)))
check("raise_catch(RecursionError, 'msg')", lambda: (raise_catch(RecursionError, 'msg')))
check("raise_catch(RecursionError, 'a', 2)", lambda: (raise_catch(RecursionError, 'a', 2)))
check('raise_catch(ReferenceError)', lambda: (raise_catch(ReferenceError)))
check("raise_catch(ReferenceError, 'msg')", lambda: (raise_catch(ReferenceError, 'msg')))
check("raise_catch(ReferenceError, 'a', 2)", lambda: (raise_catch(ReferenceError, 'a', 2)))
check('raise_catch(ResourceWarning)', lambda: (raise_catch(ResourceWarning)))
check("raise_catch(ResourceWarning, 'msg')", lambda: (raise_catch(ResourceWarning, 'msg')))
check("raise_catch(ResourceWarning, 'a', 2)", lambda: (raise_catch(ResourceWarning, 'a', 2)))
check('raise_catch(RuntimeError)', lambda: (raise_catch(RuntimeError)))
check("raise_catch(RuntimeError, 'msg')", lambda: (raise_catch(RuntimeError, 'msg')))
check("raise_catch(RuntimeError, 'a', 2)", lambda: (raise_catch(RuntimeError, 'a', 2)))
check('raise_catch(RuntimeWarning)', lambda: (raise_catch(RuntimeWarning)))
check("raise_catch(RuntimeWarning, 'msg')", lambda: (raise_catch(RuntimeWarning, 'msg')))
check("raise_catch(RuntimeWarning, 'a', 2)", lambda: (raise_catch(RuntimeWarning, 'a', 2)))
check('raise_catch(StopAsyncIteration)', lambda: (raise_catch(StopAsyncIteration)))
check("raise_catch(StopAsyncIteration, 'msg')", lambda: (raise_catch(StopAsyncIteration, 'msg')))
check("raise_catch(StopAsyncIteration, 'a', 2)", lambda: (raise_catch(StopAsyncIteration, 'a', 2)))
check('raise_catch(StopIteration)', lambda: (raise_catch(StopIteration)))
check("raise_catch(StopIteration, 'msg')", lambda: (raise_catch(StopIteration, 'msg')))
check("raise_catch(StopIteration, 'a', 2)", lambda: (raise_catch(StopIteration, 'a', 2)))
check('raise_catch(SyntaxError)', lambda: (raise_catch(SyntaxError)))
check("raise_catch(SyntaxError, 'msg')", lambda: (raise_catch(SyntaxError, 'msg')))
check("raise_catch(SyntaxError, 'a', 2)", lambda: (raise_catch(SyntaxError, 'a', 2)))
check('raise_catch(SyntaxWarning)', lambda: (raise_catch(SyntaxWarning)))
check("raise_catch(SyntaxWarning, 'msg')", lambda: (raise_catch(SyntaxWarning, 'msg')))
check("raise_catch(SyntaxWarning, 'a', 2)", lambda: (raise_catch(SyntaxWarning, 'a', 2)))
check('raise_catch(SystemError)', lambda: (raise_catch(SystemError)))
check("raise_catch(SystemError, 'msg')", lambda: (raise_catch(SystemError, 'msg')))
check("raise_catch(SystemError, 'a', 2)", lambda: (raise_catch(SystemError, 'a', 2)))
check('raise_catch(SystemExit)', lambda: (raise_catch(SystemExit)))
check("raise_catch(SystemExit, 'msg')", lambda: (raise_catch(SystemExit, 'msg')))
check("raise_catch(SystemExit, 'a', 2)", lambda: (raise_catch(SystemExit, 'a', 2)))
check('raise_catch(TabError)', lambda: (raise_catch(TabError)))
check("raise_catch(TabError, 'msg')", lambda: (raise_catch(TabError, 'msg')))
check("raise_catch(TabError, 'a', 2)", lambda: (raise_catch(TabError, 'a', 2)))
check('raise_catch(TimeoutError)', lambda: (raise_catch(TimeoutError)))
check("raise_catch(TimeoutError, 'msg')", lambda: (raise_catch(TimeoutError, 'msg')))
check("raise_catch(TimeoutError, 'a', 2)", lambda: (raise_catch(TimeoutError, 'a', 2)))
check('raise_catch(TypeError)', lambda: (raise_catch(TypeError)))
check("raise_catch(TypeError, 'msg')", lambda: (raise_catch(TypeError, 'msg')))
check("raise_catch(TypeError, 'a', 2)", lambda: (raise_catch(TypeError, 'a', 2)))
check('raise_catch(UnboundLocalError)', lambda: (raise_catch(UnboundLocalError)))
check("raise_catch(UnboundLocalError, 'msg')", lambda: (raise_catch(UnboundLocalError, 'msg')))
check("raise_catch(UnboundLocalError, 'a', 2)", lambda: (raise_catch(UnboundLocalError, 'a', 2)))
check("raise_catch(UnicodeDecodeError, 'msg')", lambda: (raise_catch(UnicodeDecodeError, 'msg')))
check("raise_catch(UnicodeEncodeError, 'msg')", lambda: (raise_catch(UnicodeEncodeError, 'msg')))
check('raise_catch(UnicodeError)', lambda: (raise_catch(UnicodeError)))
check("raise_catch(UnicodeError, 'msg')", lambda: (raise_catch(UnicodeError, 'msg')))
check("raise_catch(UnicodeError, 'a', 2)", lambda: (raise_catch(UnicodeError, 'a', 2)))
check("raise_catch(UnicodeTranslateError, 'msg')", lambda: (raise_catch(UnicodeTranslateError, 'msg')))
check('raise_catch(UnicodeWarning)', lambda: (raise_catch(UnicodeWarning)))
check("raise_catch(UnicodeWarning, 'msg')", lambda: (raise_catch(UnicodeWarning, 'msg')))
check("raise_catch(UnicodeWarning, 'a', 2)", lambda: (raise_catch(UnicodeWarning, 'a', 2)))
check('raise_catch(UserWarning)', lambda: (raise_catch(UserWarning)))
check("raise_catch(UserWarning, 'msg')", lambda: (raise_catch(UserWarning, 'msg')))
check("raise_catch(UserWarning, 'a', 2)", lambda: (raise_catch(UserWarning, 'a', 2)))
check('raise_catch(ValueError)', lambda: (raise_catch(ValueError)))
check("raise_catch(ValueError, 'msg')", lambda: (raise_catch(ValueError, 'msg')))
check("raise_catch(ValueError, 'a', 2)", lambda: (raise_catch(ValueError, 'a', 2)))
check('raise_catch(Warning)', lambda: (raise_catch(Warning)))
check("raise_catch(Warning, 'msg')", lambda: (raise_catch(Warning, 'msg')))
check("raise_catch(Warning, 'a', 2)", lambda: (raise_catch(Warning, 'a', 2)))
check('raise_catch(ZeroDivisionError)', lambda: (raise_catch(ZeroDivisionError)))
check("raise_catch(ZeroDivisionError, 'msg')", lambda: (raise_catch(ZeroDivisionError, 'msg')))
check("raise_catch(ZeroDivisionError, 'a', 2)", lambda: (raise_catch(ZeroDivisionError, 'a', 2)))
check('issubclass(ArithmeticError, Exception)', lambda: (issubclass(ArithmeticError, Exception)))
check('issubclass(AssertionError, Exception)', lambda: (issubclass(AssertionError, Exception)))
check('issubclass(AttributeError, Exception)', lambda: (issubclass(AttributeError, Exception)))
check('issubclass(BaseExceptionGroup, BaseException)', lambda: (issubclass(BaseExceptionGroup, BaseException)))
check('issubclass(BlockingIOError, OSError)', lambda: (issubclass(BlockingIOError, OSError)))
check('issubclass(BrokenPipeError, ConnectionError)', lambda: (issubclass(BrokenPipeError, ConnectionError)))
check('issubclass(BufferError, Exception)', lambda: (issubclass(BufferError, Exception)))
check('issubclass(BytesWarning, Warning)', lambda: (issubclass(BytesWarning, Warning)))
check('issubclass(ChildProcessError, OSError)', lambda: (issubclass(ChildProcessError, OSError)))
check('issubclass(ConnectionAbortedError, ConnectionError)', lambda: (issubclass(ConnectionAbortedError, ConnectionError)))
check('issubclass(ConnectionError, OSError)', lambda: (issubclass(ConnectionError, OSError)))
check('issubclass(ConnectionRefusedError, ConnectionError)', lambda: (issubclass(ConnectionRefusedError, ConnectionError)))
check('issubclass(ConnectionResetError, ConnectionError)', lambda: (issubclass(ConnectionResetError, ConnectionError)))
check('issubclass(DeprecationWarning, Warning)', lambda: (issubclass(DeprecationWarning, Warning)))
check('issubclass(EOFError, Exception)', lambda: (issubclass(EOFError, Exception)))
check('issubclass(EncodingWarning, Warning)', lambda: (issubclass(EncodingWarning, Warning)))
check('EnvironmentError is OSError', lambda: (EnvironmentError is OSError))
check('issubclass(Exception, BaseException)', lambda: (issubclass(Exception, BaseException)))
check('issubclass(ExceptionGroup, BaseExceptionGroup)', lambda: (issubclass(ExceptionGroup, BaseExceptionGroup)))
check('issubclass(FileExistsError, OSError)', lambda: (issubclass(FileExistsError, OSError)))
check('issubclass(FileNotFoundError, OSError)', lambda: (issubclass(FileNotFoundError, OSError)))
check('issubclass(FloatingPointError, ArithmeticError)', lambda: (issubclass(FloatingPointError, ArithmeticError)))
check('issubclass(FutureWarning, Warning)', lambda: (issubclass(FutureWarning, Warning)))
check('issubclass(GeneratorExit, BaseException)', lambda: (issubclass(GeneratorExit, BaseException)))
check('IOError is OSError', lambda: (IOError is OSError))
check('issubclass(ImportError, Exception)', lambda: (issubclass(ImportError, Exception)))
check('issubclass(ImportWarning, Warning)', lambda: (issubclass(ImportWarning, Warning)))
check('issubclass(IndentationError, SyntaxError)', lambda: (issubclass(IndentationError, SyntaxError)))
check('issubclass(IndexError, LookupError)', lambda: (issubclass(IndexError, LookupError)))
check('issubclass(InterruptedError, OSError)', lambda: (issubclass(InterruptedError, OSError)))
check('issubclass(IsADirectoryError, OSError)', lambda: (issubclass(IsADirectoryError, OSError)))
check('issubclass(KeyError, LookupError)', lambda: (issubclass(KeyError, LookupError)))
check('issubclass(KeyboardInterrupt, BaseException)', lambda: (issubclass(KeyboardInterrupt, BaseException)))
check('issubclass(LookupError, Exception)', lambda: (issubclass(LookupError, Exception)))
check('issubclass(MemoryError, Exception)', lambda: (issubclass(MemoryError, Exception)))
check('issubclass(ModuleNotFoundError, ImportError)', lambda: (issubclass(ModuleNotFoundError, ImportError)))
check('issubclass(NameError, Exception)', lambda: (issubclass(NameError, Exception)))
check('issubclass(NotADirectoryError, OSError)', lambda: (issubclass(NotADirectoryError, OSError)))
check('issubclass(NotImplementedError, RuntimeError)', lambda: (issubclass(NotImplementedError, RuntimeError)))
check('issubclass(OSError, Exception)', lambda: (issubclass(OSError, Exception)))
check('issubclass(OverflowError, ArithmeticError)', lambda: (issubclass(OverflowError, ArithmeticError)))
check('issubclass(PendingDeprecationWarning, Warning)', lambda: (issubclass(PendingDeprecationWarning, Warning)))
check('issubclass(PermissionError, OSError)', lambda: (issubclass(PermissionError, OSError)))
check('issubclass(ProcessLookupError, OSError)', lambda: (issubclass(ProcessLookupError, OSError)))
check('issubclass(RecursionError, RuntimeError)', lambda: (issubclass(RecursionError, RuntimeError)))
check('issubclass(ReferenceError, Exception)', lambda: (issubclass(ReferenceError, Exception)))
check('issubclass(ResourceWarning, Warning)', lambda: (issubclass(ResourceWarning, Warning)))
check('issubclass(RuntimeError, Exception)', lambda: (issubclass(RuntimeError, Exception)))
check('issubclass(RuntimeWarning, Warning)', lambda: (issubclass(RuntimeWarning, Warning)))
check('issubclass(StopAsyncIteration, Exception)', lambda: (issubclass(StopAsyncIteration, Exception)))
check('issubclass(StopIteration, Exception)', lambda: (issubclass(StopIteration, Exception)))
check('issubclass(SyntaxError, Exception)', lambda: (issubclass(SyntaxError, Exception)))
check('issubclass(SyntaxWarning, Warning)', lambda: (issubclass(SyntaxWarning, Warning)))
check('issubclass(SystemError, Exception)', lambda: (issubclass(SystemError, Exception)))
check('issubclass(SystemExit, BaseException)', lambda: (issubclass(SystemExit, BaseException)))
check('issubclass(TabError, IndentationError)', lambda: (issubclass(TabError, IndentationError)))
check('issubclass(TimeoutError, OSError)', lambda: (issubclass(TimeoutError, OSError)))
check('issubclass(TypeError, Exception)', lambda: (issubclass(TypeError, Exception)))
check('issubclass(UnboundLocalError, NameError)', lambda: (issubclass(UnboundLocalError, NameError)))
check('issubclass(UnicodeDecodeError, UnicodeError)', lambda: (issubclass(UnicodeDecodeError, UnicodeError)))
check('issubclass(UnicodeEncodeError, UnicodeError)', lambda: (issubclass(UnicodeEncodeError, UnicodeError)))
check('issubclass(UnicodeError, ValueError)', lambda: (issubclass(UnicodeError, ValueError)))
check('issubclass(UnicodeTranslateError, UnicodeError)', lambda: (issubclass(UnicodeTranslateError, UnicodeError)))
check('issubclass(UnicodeWarning, Warning)', lambda: (issubclass(UnicodeWarning, Warning)))
check('issubclass(UserWarning, Warning)', lambda: (issubclass(UserWarning, Warning)))
check('issubclass(ValueError, Exception)', lambda: (issubclass(ValueError, Exception)))
check('issubclass(Warning, Exception)', lambda: (issubclass(Warning, Exception)))
check('issubclass(ZeroDivisionError, ArithmeticError)', lambda: (issubclass(ZeroDivisionError, ArithmeticError)))
check("raise_catch(UnicodeEncodeError, 'utf-8', 'é', 0, 1, 'bad char')", lambda: (raise_catch(UnicodeEncodeError, 'utf-8', 'é', 0, 1, 'bad char')))
check("raise_catch(UnicodeTranslateError, 'é', 0, 1, 'bad char')", lambda: (raise_catch(UnicodeTranslateError, 'é', 0, 1, 'bad char')))
check("raise_catch(OSError, 2, 'No such file or directory')", lambda: (raise_catch(OSError, 2, 'No such file or directory')))
check("raise_catch(OSError, 2, 'No such file', 'x.txt')", lambda: (raise_catch(OSError, 2, 'No such file', 'x.txt')))
check("raise_catch(OSError, 13, 'denied')", lambda: (raise_catch(OSError, 13, 'denied')))
check("raise_catch(OSError, 999, 'unknown errno')", lambda: (raise_catch(OSError, 999, 'unknown errno')))
check("OSError(2, 'x').errno", lambda: (OSError(2, 'x').errno))
check("OSError(2, 'x').strerror", lambda: (OSError(2, 'x').strerror))
check("OSError(2, 'x', 'f').filename", lambda: (OSError(2, 'x', 'f').filename))
check("OSError('just one').errno", lambda: (OSError('just one').errno))
check("raise_catch(KeyError, 'k')", lambda: (raise_catch(KeyError, 'k')))
check("raise_catch(KeyError, ('a', 1))", lambda: (raise_catch(KeyError, ('a', 1))))
check("raise_catch(KeyError, '')", lambda: (raise_catch(KeyError, '')))
check('raise_catch(KeyError, None)', lambda: (raise_catch(KeyError, None)))
check('raise_catch(SystemExit, 3)', lambda: (raise_catch(SystemExit, 3)))
check('SystemExit(3).code', lambda: (SystemExit(3).code))
check('SystemExit().code', lambda: (SystemExit().code))
check('SystemExit(1, 2).code', lambda: (SystemExit(1, 2).code))
check('StopIteration(5).value', lambda: (StopIteration(5).value))
check('StopIteration().value', lambda: (StopIteration().value))
check('StopIteration(1, 2).value', lambda: (StopIteration(1, 2).value))
check("raise_catch(SyntaxError, 'bad', ('f.py', 1, 2, 'x = ', 1, 3))", lambda: (raise_catch(SyntaxError, 'bad', ('f.py', 1, 2, 'x = ', 1, 3))))
check("SyntaxError('bad', ('f.py', 3, 4, 'code', 3, 5)).lineno", lambda: (SyntaxError('bad', ('f.py', 3, 4, 'code', 3, 5)).lineno))
check("SyntaxError('bad').msg", lambda: (SyntaxError('bad').msg))
check("NameError('n', name='x').name", lambda: (NameError('n', name='x').name))
check("AttributeError('a', name='attr', obj=5).obj", lambda: (AttributeError('a', name='attr', obj=5).obj))
check("AttributeError('a').name", lambda: (AttributeError('a').name))
check("ImportError('i', name='m').name", lambda: (ImportError('i', name='m').name))
check('raise_catch(ValueError, None)', lambda: (raise_catch(ValueError, None)))
check('raise_catch(ValueError, 5)', lambda: (raise_catch(ValueError, 5)))
check("raise_catch(ValueError, [1, 'a'])", lambda: (raise_catch(ValueError, [1, 'a'])))
check("raise_catch(ValueError, '')", lambda: (raise_catch(ValueError, '')))
check("raise_catch(ValueError, ('t',))", lambda: (raise_catch(ValueError, ('t',))))
check("raise_catch(ValueError, 'quote\\'s')", lambda: (raise_catch(ValueError, 'quote\'s')))
check("raise_catch(ValueError, 'line1\\nline2')", lambda: (raise_catch(ValueError, 'line1\nline2')))
check("raise_catch(Exception, 'a', 'b', 'c')", lambda: (raise_catch(Exception, 'a', 'b', 'c')))
check("ValueError('x') == ValueError('x')", lambda: (ValueError('x') == ValueError('x')))
check("ValueError('x').args == ValueError('x').args", lambda: (ValueError('x').args == ValueError('x').args))
check("type(ValueError('x')).__name__", lambda: (type(ValueError('x')).__name__))
check('ValueError.__name__', lambda: (ValueError.__name__))
check('isinstance(ValueError(), Exception)', lambda: (isinstance(ValueError(), Exception)))
check('isinstance(KeyboardInterrupt(), Exception)', lambda: (isinstance(KeyboardInterrupt(), Exception)))
check('isinstance(KeyboardInterrupt(), BaseException)', lambda: (isinstance(KeyboardInterrupt(), BaseException)))
check('issubclass(ExceptionGroup, Exception)', lambda: (issubclass(ExceptionGroup, Exception)))
check('issubclass(BaseExceptionGroup, Exception)', lambda: (issubclass(BaseExceptionGroup, Exception)))
check('issubclass(ZeroDivisionError, (ValueError, ArithmeticError))', lambda: (issubclass(ZeroDivisionError, (ValueError, ArithmeticError))))
check('issubclass(KeyError, Exception)', lambda: (issubclass(KeyError, Exception)))
check('issubclass(GeneratorExit, Exception)', lambda: (issubclass(GeneratorExit, Exception)))
check('issubclass(SystemExit, Exception)', lambda: (issubclass(SystemExit, Exception)))
check("ValueError('x').nosuch", lambda: (ValueError('x').nosuch))
def case_args_are_mutable_attribute():
    e = ValueError('a')
    e.args = ('b', 'c')
    return str(e), repr(e)
check('args_are_mutable_attribute', case_args_are_mutable_attribute)
def case_custom_attribute_on_builtin_exception():
    e = ValueError('a')
    e.detail = 42
    return e.detail

# ---------------------------------------------------------------- raising: forms and errors
check('custom_attribute_on_builtin_exception', case_custom_attribute_on_builtin_exception)
def case_raise_class():
    raise ValueError
check('raise_class', case_raise_class)
def case_raise_instance_no_args():
    raise ValueError()
check('raise_instance_no_args', case_raise_instance_no_args)
def case_raise_non_exception():
    raise 5
check('raise_non_exception', case_raise_non_exception)
def case_raise_non_exception_class():
    raise int
check('raise_non_exception_class', case_raise_non_exception_class)
def case_raise_string():
    raise 'oops'
check('raise_string', case_raise_string)
def case_reraise_without_active():
    raise
check('reraise_without_active', case_reraise_without_active)
def case_raise_from_non_exception():
    raise ValueError('x') from 5
check('raise_from_non_exception', case_raise_from_non_exception)
def case_raise_class_whose_init_fails():
    class Needs(Exception):
        def __init__(self, a):
            super().__init__(a)
    raise Needs
check('raise_class_whose_init_fails', case_raise_class_whose_init_fails)
def case_assert_false():
    assert False
check('assert_false', case_assert_false)
def case_assert_message():
    x = 3
    assert x == 2, 'x should be 2, got ' + str(x)
check('assert_message', case_assert_message)
def case_assert_true():
    assert 1 == 1, 'never'
    return 'passed'
check('assert_true', case_assert_true)
def case_assert_message_object():
    assert [], ['a', 1]
check('assert_message_object', case_assert_message_object)
def case_assert_message_evaluated_lazily():
    calls = []
    def msg():
        calls.append(1)
        return 'm'
    assert True, msg()
    return calls

# ---------------------------------------------------------------- catching
check('assert_message_evaluated_lazily', case_assert_message_evaluated_lazily)
def case_except_tuple():
    out = []
    for exc in [ValueError('v'), TypeError('t'), KeyError('k')]:
        try:
            raise exc
        except (ValueError, TypeError) as e:
            out.append('caught ' + type(e).__name__)
        except LookupError as e:
            out.append('lookup ' + repr(e))
    return out
check('except_tuple', case_except_tuple)
def case_first_matching_clause_wins():
    try:
        raise KeyError('k')
    except LookupError:
        return 'LookupError clause'
    except KeyError:
        return 'KeyError clause'
check('first_matching_clause_wins', case_first_matching_clause_wins)
def case_bare_except():
    try:
        1 / 0
    except:
        return 'bare'
check('bare_except', case_bare_except)
def case_except_exception_does_not_catch_base():
    try:
        try:
            raise KeyboardInterrupt('ki')
        except Exception:
            return 'wrong'
    except BaseException as e:
        return 'outer got ' + repr(e)
check('except_exception_does_not_catch_base', case_except_exception_does_not_catch_base)
def case_except_base_catches_system_exit():
    try:
        raise SystemExit(2)
    except BaseException as e:
        return type(e).__name__, e.code
check('except_base_catches_system_exit', case_except_base_catches_system_exit)
def case_generator_exit_is_base():
    try:
        raise GeneratorExit('g')
    except Exception:
        return 'wrong'
    except BaseException as e:
        return repr(e)
check('generator_exit_is_base', case_generator_exit_is_base)
def case_except_variable_deleted():
    try:
        raise ValueError('v')
    except ValueError as e:
        pass
    return e
check('except_variable_deleted', case_except_variable_deleted)
def case_except_variable_shadows_and_deletes():
    e = 'before'
    try:
        raise ValueError('v')
    except ValueError as e:
        pass
    try:
        return e
    except NameError as ne:
        return 'NameError after except: ' + str(ne)
check('except_variable_shadows_and_deletes', case_except_variable_shadows_and_deletes)
def case_except_non_class():
    try:
        raise ValueError('v')
    except 'ValueError':
        return 'never'
check('except_non_class', case_except_non_class)
def case_except_non_class_not_evaluated_when_no_error():
    try:
        x = 1
    except 'anything':
        return 'never'
    return 'no error, clause not evaluated'
check('except_non_class_not_evaluated_when_no_error', case_except_non_class_not_evaluated_when_no_error)
def case_reraise_bare():
    try:
        try:
            raise ValueError('inner')
        except ValueError:
            raise
    except ValueError as e:
        return 'reraised ' + repr(e)
check('reraise_bare', case_reraise_bare)
def case_reraise_named():
    try:
        try:
            raise ValueError('inner')
        except ValueError as e:
            raise e
    except ValueError as e:
        return repr(e)
check('reraise_named', case_reraise_named)
def case_exception_in_except_sets_context():
    try:
        try:
            raise ValueError('first')
        except ValueError:
            raise TypeError('second')
    except TypeError as e:
        return repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__
check('exception_in_except_sets_context', case_exception_in_except_sets_context)
def case_raise_from_sets_cause():
    try:
        try:
            raise ValueError('first')
        except ValueError as v:
            raise TypeError('second') from v
    except TypeError as e:
        return repr(e.__cause__), repr(e.__context__), e.__suppress_context__
check('raise_from_sets_cause', case_raise_from_sets_cause)
def case_raise_from_none():
    try:
        try:
            raise ValueError('first')
        except ValueError:
            raise TypeError('second') from None
    except TypeError as e:
        return e.__cause__, repr(e.__context__), e.__suppress_context__
check('raise_from_none', case_raise_from_none)
def case_raise_from_outside_handler():
    try:
        raise RuntimeError('r') from KeyError('k')
    except RuntimeError as e:
        return repr(e.__cause__), e.__context__
check('raise_from_outside_handler', case_raise_from_outside_handler)
def case_raise_from_class():
    try:
        raise RuntimeError('r') from KeyError
    except RuntimeError as e:
        return repr(e.__cause__)
check('raise_from_class', case_raise_from_class)
def case_context_chain_three():
    try:
        try:
            try:
                raise ValueError(1)
            except ValueError:
                raise TypeError(2)
        except TypeError:
            raise KeyError(3)
    except KeyError as e:
        return repr(e), repr(e.__context__), repr(e.__context__.__context__)
check('context_chain_three', case_context_chain_three)
def case_fresh_exception_has_no_context():
    e = ValueError('x')
    return e.__context__, e.__cause__, e.__suppress_context__
check('fresh_exception_has_no_context', case_fresh_exception_has_no_context)
def case_add_note():
    try:
        e = ValueError('x')
        e.add_note('note 1')
        e.add_note('note 2')
        raise e
    except ValueError as err:
        return err.__notes__, str(err)
check('add_note', case_add_note)
def case_add_note_non_string():
    ValueError('x').add_note(5)
check('add_note_non_string', case_add_note_non_string)
def case_notes_absent():
    return hasattr(ValueError('x'), '__notes__')

# ---------------------------------------------------------------- try / except / else / finally ordering
check('notes_absent', case_notes_absent)
def case_order_no_error():
    log = []
    try:
        log.append('try')
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
check('order_no_error', case_order_no_error)
def case_order_with_error():
    log = []
    try:
        log.append('try')
        raise ValueError
        log.append('not reached')
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
check('order_with_error', case_order_with_error)
def case_error_in_else_not_caught_by_same_try():
    log = []
    try:
        try:
            log.append('try')
        except ValueError:
            log.append('except')
        else:
            log.append('else')
            raise ValueError('from else')
        finally:
            log.append('finally')
    except ValueError as e:
        log.append('outer ' + str(e))
    return log
check('error_in_else_not_caught_by_same_try', case_error_in_else_not_caught_by_same_try)
def case_finally_runs_on_return():
    log = []
    def f():
        try:
            log.append('try')
            return 'from try'
        finally:
            log.append('finally')
    return f(), log
check('finally_runs_on_return', case_finally_runs_on_return)
def case_finally_return_overrides():
    def f():
        try:
            return 'try'
        finally:
            return 'finally'
    return f()
check('finally_return_overrides', case_finally_return_overrides)
def case_finally_return_swallows_exception():
    def f():
        try:
            raise ValueError('lost')
        finally:
            return 'swallowed'
    return f()
check('finally_return_swallows_exception', case_finally_return_swallows_exception)
def case_return_value_evaluated_before_finally():
    def f():
        x = [1]
        try:
            return x
        finally:
            x.append(2)
    return f()
check('return_value_evaluated_before_finally', case_return_value_evaluated_before_finally)
def case_finally_on_break_and_continue():
    log = []
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            log.append('body ' + str(i))
        finally:
            log.append('finally ' + str(i))
    return log
check('finally_on_break_and_continue', case_finally_on_break_and_continue)
def case_continue_in_finally():
    log = []
    for i in range(2):
        try:
            raise ValueError(i)
        finally:
            log.append(i)
            continue
    return log
check('continue_in_finally', case_continue_in_finally)
def case_break_in_finally_swallows():
    for i in range(1):
        try:
            raise ValueError('gone')
        finally:
            break
    return 'after loop'
check('break_in_finally_swallows', case_break_in_finally_swallows)
def case_error_in_finally_replaces():
    try:
        try:
            raise ValueError('original')
        finally:
            raise TypeError('from finally')
    except Exception as e:
        return repr(e), repr(e.__context__)
check('error_in_finally_replaces', case_error_in_finally_replaces)
def case_uncaught_passes_through_finally():
    log = []
    try:
        try:
            raise KeyError('k')
        except ValueError:
            log.append('wrong handler')
        finally:
            log.append('finally')
    except KeyError as e:
        log.append('outer ' + repr(e))
    return log
check('uncaught_passes_through_finally', case_uncaught_passes_through_finally)
def case_nested_handlers():
    log = []
    try:
        try:
            raise ValueError('inner')
        except TypeError:
            log.append('inner TypeError')
        finally:
            log.append('inner finally')
        log.append('not reached')
    except ValueError as e:
        log.append('outer ValueError ' + str(e))
    else:
        log.append('outer else')
    finally:
        log.append('outer finally')
    return log
check('nested_handlers', case_nested_handlers)
def case_try_finally_without_except():
    log = []
    try:
        try:
            log.append('body')
            1 / 0
        finally:
            log.append('cleanup')
    except ZeroDivisionError:
        log.append('handled')
    return log
check('try_finally_without_except', case_try_finally_without_except)
def case_exception_in_loop_continues():
    results = []
    for x in [1, 0, 2, 'a', 4]:
        try:
            results.append(10 // x)
        except ZeroDivisionError:
            results.append('div0')
        except TypeError as e:
            results.append('type: ' + str(e))
    return results
check('exception_in_loop_continues', case_exception_in_loop_continues)
def case_while_else_and_try():
    n = 0
    while n < 3:
        try:
            n += 1
            if n == 2:
                raise ValueError
        except ValueError:
            continue
    else:
        return 'while else ran, n=' + str(n)

# ---------------------------------------------------------------- user exception classes
check('while_else_and_try', case_while_else_and_try)
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__('not found: ' + repr(key))
        self.key = key
class WithStr(Exception):
    def __init__(self, code, text):
        self.code = code
        self.text = text
    def __str__(self):
        return '[' + str(self.code) + '] ' + self.text
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
class DefaultMessage(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
class BadStr(Exception):
    def __str__(self):
        return 42
check('raise_catch(AppError)', lambda: (raise_catch(AppError)))
check("raise_catch(AppError, 'boom')", lambda: (raise_catch(AppError, 'boom')))
check("raise_catch(NotFound, 'k')", lambda: (raise_catch(NotFound, 'k')))
check("NotFound('k').key", lambda: (NotFound('k').key))
check("isinstance(NotFound('k'), AppError)", lambda: (isinstance(NotFound('k'), AppError)))
check("isinstance(NotFound('k'), Exception)", lambda: (isinstance(NotFound('k'), Exception)))
check('issubclass(NotFound, AppError)', lambda: (issubclass(NotFound, AppError)))
check("raise_catch(WithStr, 404, 'missing')", lambda: (raise_catch(WithStr, 404, 'missing')))
check("WithStr(1, 't').args", lambda: (WithStr(1, 't').args))
check("raise_catch(WithRepr, 'x')", lambda: (raise_catch(WithRepr, 'x')))
check('raise_catch(NoSuperInit, 1, 2)', lambda: (raise_catch(NoSuperInit, 1, 2)))
check('NoSuperInit(1, 2).a', lambda: (NoSuperInit(1, 2).a))
check('raise_catch(DefaultMessage)', lambda: (raise_catch(DefaultMessage)))
check("raise_catch(DefaultMessage, 'custom')", lambda: (raise_catch(DefaultMessage, 'custom')))
check("str(BadStr('x'))", lambda: (str(BadStr('x'))))
check("repr(BadStr('x'))", lambda: (repr(BadStr('x'))))
check('raise_catch(NotFound)', lambda: (raise_catch(NotFound)))
check('raise_catch(NotFound, 1, 2)', lambda: (raise_catch(NotFound, 1, 2)))
check("type(NotFound('k')).__name__", lambda: (type(NotFound('k')).__name__))
check('NotFound.__name__', lambda: (NotFound.__name__))
check('repr(AppError)', lambda: (repr(AppError)))
def case_catch_by_base_class():
    try:
        raise NotFound('x')
    except AppError as e:
        return 'AppError handler: ' + str(e)
check('catch_by_base_class', case_catch_by_base_class)
def case_user_exception_in_fstring():
    e = WithStr(7, 'seven')
    return f'{e}', f'{e!r}', f'{e!s}', '%s' % e
check('user_exception_in_fstring', case_user_exception_in_fstring)
def case_user_exception_hierarchy_dispatch():
    out = []
    for exc in [NotFound(1), AppError('a'), WithStr(2, 'b')]:
        try:
            raise exc
        except NotFound:
            out.append('NotFound')
        except AppError:
            out.append('AppError')
        except Exception:
            out.append('Exception')
    return out

# ---------------------------------------------------------------- ExceptionGroup / BaseExceptionGroup / except*
check('user_exception_hierarchy_dispatch', case_user_exception_hierarchy_dispatch)
check("ExceptionGroup('eg', [ValueError(1), TypeError(2)])", lambda: (ExceptionGroup('eg', [ValueError(1), TypeError(2)])))
check("str(ExceptionGroup('eg', [ValueError(1), TypeError(2)]))", lambda: (str(ExceptionGroup('eg', [ValueError(1), TypeError(2)]))))
check("str(ExceptionGroup('eg', [ValueError(1)]))", lambda: (str(ExceptionGroup('eg', [ValueError(1)]))))
check("ExceptionGroup('eg', [ValueError(1)]).exceptions", lambda: (ExceptionGroup('eg', [ValueError(1)]).exceptions))
check("ExceptionGroup('eg', (ValueError(1),)).message", lambda: (ExceptionGroup('eg', (ValueError(1),)).message))
check("ExceptionGroup('eg', [ValueError(1)]).args", lambda: (ExceptionGroup('eg', [ValueError(1)]).args))
check("type(BaseExceptionGroup('b', [ValueError(1)])).__name__", lambda: (type(BaseExceptionGroup('b', [ValueError(1)])).__name__))
check("type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__", lambda: (type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__))
check("BaseExceptionGroup('b', [KeyboardInterrupt()])", lambda: (BaseExceptionGroup('b', [KeyboardInterrupt()])))
check("ExceptionGroup('eg', [KeyboardInterrupt()])", lambda: (ExceptionGroup('eg', [KeyboardInterrupt()])))
check("ExceptionGroup('eg', [])", lambda: (ExceptionGroup('eg', [])))
check("ExceptionGroup('eg', [1])", lambda: (ExceptionGroup('eg', [1])))
check("ExceptionGroup('eg', ValueError(1))", lambda: (ExceptionGroup('eg', ValueError(1))))
check('ExceptionGroup(1, [ValueError()])', lambda: (ExceptionGroup(1, [ValueError()])))
check("ExceptionGroup('eg')", lambda: (ExceptionGroup('eg')))
check("ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2)])])", lambda: (ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2)])])))
check("ExceptionGroup('eg', [ValueError(1), TypeError(2)]).split(ValueError)", lambda: (ExceptionGroup('eg', [ValueError(1), TypeError(2)]).split(ValueError)))
check("ExceptionGroup('eg', [ValueError(1), TypeError(2)]).split(KeyError)", lambda: (ExceptionGroup('eg', [ValueError(1), TypeError(2)]).split(KeyError)))
check("ExceptionGroup('eg', [ValueError(1), TypeError(2)]).split((ValueError, TypeError))", lambda: (ExceptionGroup('eg', [ValueError(1), TypeError(2)]).split((ValueError, TypeError))))
check("ExceptionGroup('eg', [ValueError(1), TypeError(2)]).subgroup(TypeError)", lambda: (ExceptionGroup('eg', [ValueError(1), TypeError(2)]).subgroup(TypeError)))
check("ExceptionGroup('eg', [ValueError(1), TypeError(2)]).subgroup(lambda e: isinstance(e, ValueError))", lambda: (ExceptionGroup('eg', [ValueError(1), TypeError(2)]).subgroup(lambda e: isinstance(e, ValueError))))
check("ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])]).subgroup(ValueError)", lambda: (ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])]).subgroup(ValueError)))
check("ExceptionGroup('eg', [ValueError(1)]).derive([KeyError(9)])", lambda: (ExceptionGroup('eg', [ValueError(1)]).derive([KeyError(9)])))
check("isinstance(ExceptionGroup('eg', [ValueError(1)]), Exception)", lambda: (isinstance(ExceptionGroup('eg', [ValueError(1)]), Exception)))
check("raise_catch(ExceptionGroup, 'eg', [ValueError(1)])", lambda: (raise_catch(ExceptionGroup, 'eg', [ValueError(1)])))
def case_except_group_plain():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except ExceptionGroup as eg:
        return [repr(e) for e in eg.exceptions]
check('except_group_plain', case_except_group_plain)
def case_except_star_splits():
    log = []
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as eg:
        log.append(('ValueError', repr(eg), eg.exceptions))
    except* TypeError as eg:
        log.append(('TypeError', repr(eg)))
    return log
check('except_star_splits', case_except_star_splits)
def case_except_star_unhandled_reraised():
    log = []
    try:
        try:
            raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
        except* ValueError as eg:
            log.append('handled ' + repr(eg.exceptions))
    except ExceptionGroup as rest:
        log.append('rest ' + repr(rest))
    return log
check('except_star_unhandled_reraised', case_except_star_unhandled_reraised)
def case_except_star_naked_exception_wrapped():
    try:
        raise ValueError('naked')
    except* ValueError as eg:
        got = type(eg).__name__, repr(eg), str(eg), eg.exceptions
    return got
check('except_star_naked_exception_wrapped', case_except_star_naked_exception_wrapped)
def case_except_star_tuple():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as eg:
        got = repr(eg)
    except* KeyError as eg:
        got2 = repr(eg)
    return got, got2
check('except_star_tuple', case_except_star_tuple)
def case_except_star_nested_groups():
    log = []
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [ValueError(2), TypeError(3)])])
    except* ValueError as eg:
        log.append(repr(eg))
    except* TypeError as eg:
        log.append(repr(eg))
    return log
check('except_star_nested_groups', case_except_star_nested_groups)
def case_except_star_with_else_finally():
    log = []
    try:
        log.append('try')
    except* ValueError:
        log.append('except*')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
check('except_star_with_else_finally', case_except_star_with_else_finally)
def case_except_star_exception_group_type_error():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ExceptionGroup:
        pass
    return 'never'
check('except_star_exception_group_type_error', case_except_star_exception_group_type_error)
def case_except_star_raise_in_handler():
    try:
        try:
            raise ExceptionGroup('eg', [ValueError(1)])
        except* ValueError:
            raise KeyError('from handler')
    except ExceptionGroup as eg:
        return repr(eg), repr(eg.exceptions[0].__context__)
    except KeyError as e:
        return 'plain ' + repr(e)
check('except_star_raise_in_handler', case_except_star_raise_in_handler)
def case_except_star_base_group():
    try:
        raise BaseExceptionGroup('beg', [KeyboardInterrupt('k'), ValueError('v')])
    except* KeyboardInterrupt as eg:
        got = repr(eg)
    except* ValueError as eg:
        got2 = repr(eg)
    return got, got2
check('except_star_base_group', case_except_star_base_group)
def case_except_star_no_match_plain_exception():
    try:
        try:
            raise KeyError('k')
        except* ValueError:
            pass
        return 'never'
    except KeyError as e:
        return 'plain KeyError passes through: ' + repr(e)
check('except_star_no_match_plain_exception', case_except_star_no_match_plain_exception)
def case_exception_group_iteration_flatten():
    eg = ExceptionGroup('o', [ValueError(1), ExceptionGroup('i', [TypeError(2)])])
    flat = []
    def walk(g):
        for e in g.exceptions:
            if isinstance(e, BaseExceptionGroup):
                walk(e)
            else:
                flat.append(repr(e))
    walk(eg)
    return flat

# ---------------------------------------------------------------- messages of common runtime errors
check('exception_group_iteration_flatten', case_exception_group_iteration_flatten)
def f2(a, b):
    return a + b
def f_kwonly(a, *, k):
    return a, k
def f_defaults(a, b=2):
    return a, b
def f_posonly(a, b, /, c):
    return a, b, c
def f_none():
    return None
def f3(a, b, c):
    return a
class Thing:
    cls_attr = 1
    def method(self, x):
        return x
class NoInit:
    pass
class InitTakesOne:
    def __init__(self, x):
        self.x = x
class InitReturns:
    def __init__(self):
        return 5
class StrReturnsInt:
    def __str__(self):
        return 5
class ReprReturnsNone:
    def __repr__(self):
        return None
check("'abc'[0].upper() + 1", lambda: ('abc'[0].upper() + 1))
check('[1, 2, 3][3]', lambda: ([1, 2, 3][3]))
check('(1, 2)[2]', lambda: ((1, 2)[2]))
check("'abc'[3]", lambda: ('abc'[3]))
check("1 + 'a'", lambda: (1 + 'a'))
check("'a' + 1", lambda: ('a' + 1))
check("'a' - 1", lambda: ('a' - 1))
check("[1] + 'a'", lambda: ([1] + 'a'))
check('None[0]', lambda: (None[0]))
check('None.append(1)', lambda: (None.append(1)))
check('[3, 1].sort().append(2)', lambda: ([3, 1].sort().append(2)))
check("{'a': 1}['b']", lambda: ({'a': 1}['b']))
check("{'a': 1}[('x', 1)]", lambda: ({'a': 1}[('x', 1)]))
check('{}[None]', lambda: ({}[None]))
check('1 / 0', lambda: (1 / 0))
check('1 // 0', lambda: (1 // 0))
check('1 % 0', lambda: (1 % 0))
check('1.0 / 0', lambda: (1.0 / 0))
check('1.0 // 0', lambda: (1.0 // 0))
check('1.0 % 0', lambda: (1.0 % 0))
check('divmod(1, 0)', lambda: (divmod(1, 0)))
check("int('x')", lambda: (int('x')))
check("int('3.5')", lambda: (int('3.5')))
check("int('')", lambda: (int('')))
check("float('x')", lambda: (float('x')))
check('len()', lambda: (len()))
check('len(1, 2)', lambda: (len(1, 2)))
check('abs()', lambda: (abs()))
check('f2(1)', lambda: (f2(1)))
check('f2()', lambda: (f2()))
check('f3(1)', lambda: (f3(1)))
check('f3()', lambda: (f3()))
check('f2(1, 2, 3)', lambda: (f2(1, 2, 3)))
check('f_defaults()', lambda: (f_defaults()))
check('f_defaults(1, 2, 3)', lambda: (f_defaults(1, 2, 3)))
check('f_none(1)', lambda: (f_none(1)))
check('f2(1, b=2, c=3)', lambda: (f2(1, b=2, c=3)))
check('f2(1, a=2)', lambda: (f2(1, a=2)))
check("f2(b=1, a=2, **{'c': 3})", lambda: (f2(b=1, a=2, **{'c': 3})))
check("f2(1, **{'b': 2, 'a': 1})", lambda: (f2(1, **{'b': 2, 'a': 1})))
check("f2(**{'a': 1}, **{'a': 2})", lambda: (f2(**{'a': 1}, **{'a': 2})))
check('f2(*5)', lambda: (f2(*5)))
check('f2(**5)', lambda: (f2(**5)))
check('f2(**{1: 2})', lambda: (f2(**{1: 2})))
check('f_kwonly(1)', lambda: (f_kwonly(1)))
check('f_kwonly(1, 2)', lambda: (f_kwonly(1, 2)))
check('f_kwonly(1, 2, k=3)', lambda: (f_kwonly(1, 2, k=3)))
check('f_kwonly()', lambda: (f_kwonly()))
check('f_posonly(1, 2)', lambda: (f_posonly(1, 2)))
check('f_posonly(a=1, b=2, c=3)', lambda: (f_posonly(a=1, b=2, c=3)))
check('f_posonly(1, b=2, c=3)', lambda: (f_posonly(1, b=2, c=3)))
check('Thing().method()', lambda: (Thing().method()))
check('Thing().method(1, 2)', lambda: (Thing().method(1, 2)))
check('Thing.method(1)', lambda: (Thing.method(1)))
check('Thing().method(x=1, y=2)', lambda: (Thing().method(x=1, y=2)))
check('NoInit(1)', lambda: (NoInit(1)))
check('NoInit(a=1)', lambda: (NoInit(a=1)))
check('InitTakesOne()', lambda: (InitTakesOne()))
check('InitTakesOne(1, 2)', lambda: (InitTakesOne(1, 2)))
check('InitReturns()', lambda: (InitReturns()))
check('str(StrReturnsInt())', lambda: (str(StrReturnsInt())))
check('repr(ReprReturnsNone())', lambda: (repr(ReprReturnsNone())))
check("f'{StrReturnsInt()}'", lambda: (f'{StrReturnsInt()}'))
check('(lambda x: x)()', lambda: ((lambda x: x)()))
check('(lambda: 0)(1)', lambda: ((lambda: 0)(1)))
check('Thing().nope', lambda: (Thing().nope))
check('Thing.nope', lambda: (Thing.nope))
check('Thing().cls_attr.nope', lambda: (Thing().cls_attr.nope))
check('[].foo', lambda: ([].foo))
check('[].foo()', lambda: ([].foo()))
check('{}.append(1)', lambda: ({}.append(1)))
check("'abc'.append('d')", lambda: ('abc'.append('d')))
check('(1).foo', lambda: ((1).foo))
check('len.foo', lambda: (len.foo))
check('5()', lambda: (5()))
check("'abc'()", lambda: ('abc'()))
check('[1]()', lambda: ([1]()))
check('Thing()()', lambda: (Thing()()))
check('f2(1, 2)()', lambda: (f2(1, 2)()))
check('5[0]', lambda: (5[0]))
check('len[0]', lambda: (len[0]))
check('f2[0]', lambda: (f2[0]))
check('(x for x in [])[0]', lambda: ((x for x in [])[0]))
check('Thing()[0]', lambda: (Thing()[0]))
check('1 in 5', lambda: (1 in 5))
check("'a' in 5", lambda: ('a' in 5))
check('1 in Thing()', lambda: (1 in Thing()))
check('len(5)', lambda: (len(5)))
check('len(Thing())', lambda: (len(Thing())))
check('iter(5)', lambda: (iter(5)))
check('list(5)', lambda: (list(5)))
check('Thing() < Thing()', lambda: (Thing() < Thing()))
check('Thing() + 1', lambda: (Thing() + 1))
check('-Thing()', lambda: (-Thing()))
check("-'a'", lambda: (-'a'))
check('~1.5', lambda: (~1.5))
check('hash([])', lambda: (hash([])))
check('{[1]: 2}', lambda: ({[1]: 2}))
check("range('a')", lambda: (range('a')))
check('range([1])', lambda: (range([1])))
check("'a' * 1.5", lambda: ('a' * 1.5))
check('[1, 2][1.0]', lambda: ([1, 2][1.0]))
check("'abc'['a']", lambda: ('abc'['a']))
check("f'{[1]:>5}'", lambda: (f'{[1]:>5}'))
check("', '.join([1])", lambda: (', '.join([1])))
check('int(None)', lambda: (int(None)))
check('float([1])', lambda: (float([1])))
def case_unpack_not_enough():
    a, b, c = [1, 2]
check('unpack_not_enough', case_unpack_not_enough)
def case_unpack_too_many():
    a, b = [1, 2, 3]
check('unpack_too_many', case_unpack_too_many)
def case_unpack_too_many_from_generator():
    a, b = (x for x in range(10))
check('unpack_too_many_from_generator', case_unpack_too_many_from_generator)
def case_unpack_star_not_enough():
    a, b, *c = [1]
check('unpack_star_not_enough', case_unpack_star_not_enough)
def case_unpack_non_iterable():
    a, b = 5
check('unpack_non_iterable', case_unpack_non_iterable)
def case_unpack_none():
    a, b = None
check('unpack_none', case_unpack_none)
def case_unpack_in_for():
    for a, b in [(1, 2), (3,)]:
        pass
check('unpack_in_for', case_unpack_in_for)
def case_unpack_string_too_long():
    a, b = 'abc'
check('unpack_string_too_long', case_unpack_string_too_long)
def case_unpack_dict_items_wrongly():
    for k, v in {'ab': 1, 'cde': 2}:
        pass
check('unpack_dict_items_wrongly', case_unpack_dict_items_wrongly)
def case_name_not_defined():
    return undefined_variable
check('name_not_defined', case_name_not_defined)
def case_name_not_defined_call():
    return pritn('x')
check('name_not_defined_call', case_name_not_defined_call)
def case_unbound_local():
    x = 1
    def inner():
        y = x
        x = 2
        return y
    return inner()
check('unbound_local', case_unbound_local)
def case_unbound_local_augmented():
    counter = 0
    def inc():
        counter += 1
    inc()
check('unbound_local_augmented', case_unbound_local_augmented)
def case_unbound_local_conditional():
    def f(flag):
        if flag:
            value = 1
        return value
    return f(False)
check('unbound_local_conditional', case_unbound_local_conditional)
def case_free_variable_not_yet_assigned():
    def outer():
        def inner():
            return v
        r = inner()
        v = 1
        return r
    return outer()
check('free_variable_not_yet_assigned', case_free_variable_not_yet_assigned)
def case_global_declared_but_missing():
    def f():
        global never_assigned_global
        return never_assigned_global
    return f()
check('global_declared_but_missing', case_global_declared_but_missing)
def case_del_then_use():
    x = 1
    del x
    return x
check('del_then_use', case_del_then_use)
def case_recursion():
    def down(n):
        return down(n + 1)
    try:
        down(0)
    except RecursionError as e:
        return type(e).__name__, str(e).startswith('maximum recursion depth exceeded')
check('recursion', case_recursion)
def case_mutual_recursion():
    def ping(n):
        return pong(n + 1)
    def pong(n):
        return ping(n + 1)
    try:
        ping(0)
    except RecursionError as e:
        return 'RecursionError caught, isinstance RuntimeError: ' + str(isinstance(e, RuntimeError))
check('mutual_recursion', case_mutual_recursion)
def case_recursion_then_recovers():
    def down(n):
        return down(n + 1)
    try:
        down(0)
    except RecursionError:
        pass
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(50) % 1000007
check('recursion_then_recovers', case_recursion_then_recovers)
def case_generator_raises_stop_iteration():
    def g():
        yield 1
        raise StopIteration('inside')
    return list(g())
check('generator_raises_stop_iteration', case_generator_raises_stop_iteration)
def case_next_on_exhausted_generator():
    def g():
        yield 1
    it = g()
    next(it)
    next(it)
check('next_on_exhausted_generator', case_next_on_exhausted_generator)
def case_generator_return_value_in_stop_iteration():
    def g():
        yield 1
        return 'result'
    it = g()
    next(it)
    try:
        next(it)
    except StopIteration as e:
        return repr(e), e.value, e.args
check('generator_return_value_in_stop_iteration', case_generator_return_value_in_stop_iteration)
def case_generator_already_executing():
    def g():
        yield next(it)
    it = g()
    return next(it)
check('generator_already_executing', case_generator_already_executing)
def case_modify_dict_while_iterating():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
check('modify_dict_while_iterating', case_modify_dict_while_iterating)
def case_int_overflow_float():
    return float(10 ** 400)
check('int_overflow_float', case_int_overflow_float)
def case_float_pow_overflow():
    return 10.0 ** 400
check('float_pow_overflow', case_float_pow_overflow)
def case_index_error_list_pop():
    return [].pop()
check('index_error_list_pop', case_index_error_list_pop)
def case_key_error_from_set_remove():
    s = {1}
    s.remove(2)
check('key_error_from_set_remove', case_key_error_from_set_remove)
def case_str_item_assignment():
    s = 'abc'
    s[0] = 'x'
check('str_item_assignment', case_str_item_assignment)
def case_tuple_item_assignment():
    t = (1, 2)
    t[0] = 'x'
check('tuple_item_assignment', case_tuple_item_assignment)
def case_str_not_callable_after_shadowing():
    str = 'oops'
    return str(5)
check('str_not_callable_after_shadowing', case_str_not_callable_after_shadowing)
def case_list_not_callable_after_shadowing():
    list = [1, 2]
    return list('ab')
check('list_not_callable_after_shadowing', case_list_not_callable_after_shadowing)
def case_missing_self():
    class K:
        def m():
            return 1
    return K().m()
check('missing_self', case_missing_self)
def case_attribute_error_on_class():
    class K:
        pass
    return K.missing
check('attribute_error_on_class', case_attribute_error_on_class)
def case_calling_instance_method_on_class():
    class K:
        def m(self):
            return 1
    return K.m()
check('calling_instance_method_on_class', case_calling_instance_method_on_class)
def case_assign_to_method_call_result():
    l = [1]
    l.copy()[0] = 5
    return l
check('assign_to_method_call_result', case_assign_to_method_call_result)
def case_comparing_incompatible_in_sort_key():
    return sorted([(1, 'a'), (1, None)])
check('comparing_incompatible_in_sort_key', case_comparing_incompatible_in_sort_key)
def case_exception_message_with_traceback_free_str():
    try:
        {}['missing key']
    except KeyError as e:
        return str(e), repr(e), e.args
check('exception_message_with_traceback_free_str', case_exception_message_with_traceback_free_str)
def case_error_type_names_listing():
    names = []
    for f in [lambda: 1 / 0, lambda: [][1], lambda: {}[1], lambda: int('x'),
              lambda: None.x, lambda: undefined, lambda: 1 + 'a', lambda: next(iter([]))]:
        try:
            f()
        except Exception as e:
            names.append(type(e).__name__)
    return names
check('error_type_names_listing', case_error_type_names_listing)
