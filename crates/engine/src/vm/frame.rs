//! Frames and stacks. Every task (and the module's code, and each nested call made from
//! native code) runs on its own [`Stack`]: one vector of registers shared by all its
//! frames, each frame a window of it. A Python call pushes a frame and stays in the
//! dispatch loop; a return pops it. The native stack does not grow with Python's, so
//! the recursion limit is a counter, in the browser as natively.

use super::object::generator::PyGen;
use super::object::{LoadedCode, PyClass, PyDict, PyInstance};
use super::value::Value;
use crate::compile::code::Reg;
use std::rc::Rc;

/// What happens when a frame returns or yields: how it hands its result to the frame
/// below.
#[derive(Debug, Clone)]
pub enum Link {
    /// The bottom of its stack: returning ends the run of the stack.
    Root,
    /// A call (or an awaited coroutine): the result goes to register `dst` below.
    Call { dst: Reg },
    /// `__init__` of a new instance: the instance (not the result, which must be None)
    /// goes to `dst`.
    Init { dst: Reg, instance: Rc<PyInstance> },
    /// A generator resumed by the frame below.
    Gen { dst: Reg, mode: GenMode },
    /// A class body: when it returns, the class is made from its namespace.
    ClassBody { dst: Reg, bases: Value },
}

/// Who resumed a generator, which decides what its `yield` and its `return` do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenMode {
    /// A `for` loop: a yield goes to `dst`; a return jumps to `exit`.
    ForIter { exit: u32 },
    /// `yield from` / `await` of a generator-based awaitable in the frame below: a
    /// yield passes through it; a return gives `dst` its value.
    YieldFrom,
    /// `await agen.__anext__()` of an async generator: a yield gives `dst` its value; a
    /// return raises StopAsyncIteration below.
    AsyncNext,
    /// `await agen.aclose()`: GeneratorExit was thrown in; a yield raises RuntimeError
    /// below, a return (or GeneratorExit / StopAsyncIteration escaping) gives `dst` None.
    AsyncClose,
    /// `next()`/`send()` from native code at the bottom of a nested stack: a yield ends
    /// the run with the value; a return raises StopIteration.
    Native,
    /// `await` of a generator-based iterator (what a class's `__await__` returns): a
    /// yield suspends the task; a return gives `dst` its value.
    Await,
}

/// What a suspended stack waits for, and where the result goes.
#[derive(Debug)]
pub enum Waiting {
    /// A native awaitable (an asyncio future) that yielded.
    Native { dst: Reg, aw: Rc<super::object::NativeBox> },
    /// A generator-based iterator awaited by the top frame.
    Gen { dst: Reg, generator: Rc<PyGen> },
    /// The result of a driver request (`asyncio.run` from module-level code).
    Result { dst: Reg },
}

#[derive(Debug)]
pub struct Frame {
    pub code: Rc<LoadedCode>,
    /// The next instruction.
    pub ip: u32,
    /// Where the frame's registers start in `Stack::values`.
    pub base: u32,
    pub link: Link,
    /// Exceptions being handled by this frame's `except` blocks (innermost last).
    pub exc_info: Vec<Value>,
    /// A class body's namespace.
    pub ns: Option<Rc<PyDict>>,
    /// The generator or coroutine this frame belongs to.
    pub generator: Option<Rc<PyGen>>,
    /// The class a class body is making (set once the class exists; for `__class__`).
    pub class: Option<Rc<PyClass>>,
}

impl Frame {
    pub fn new(code: Rc<LoadedCode>, base: usize, link: Link) -> Frame {
        Frame { code, ip: 0, base: base as u32, link, exc_info: Vec::new(), ns: None, generator: None, class: None }
    }
}

/// How a suspended stack is to be resumed.
#[derive(Debug)]
pub enum Resume {
    /// With the value a native awaitable's step gets (None for asyncio).
    Send(Value),
    /// By raising this exception where the stack stands (a cancellation).
    Throw(Value),
}

#[derive(Debug, Default)]
pub struct Stack {
    pub frames: Vec<Frame>,
    pub values: Vec<Value>,
    /// Set before running a suspended stack again.
    pub resume: Option<Resume>,
    /// Set when the stack suspends.
    pub waiting: Option<Waiting>,
}

impl Stack {
    pub fn new() -> Stack {
        Stack::default()
    }

    pub fn depth(&self) -> usize {
        self.frames.len()
    }

    pub fn is_empty(&self) -> bool {
        self.frames.is_empty()
    }

    /// Sets the number of registers in use: drops the values past `len`, or fills the
    /// new ones with `Unbound`. Calls and returns do this on every frame, so it writes
    /// the new registers directly instead of cloning a fill value (`Vec::resize`), and
    /// drops in place instead of collecting the dead values first. Containers' own
    /// drops keep the native stack flat (`heap::drop_values`).
    #[inline]
    pub fn set_len(&mut self, len: usize) {
        set_len(&mut self.values, len);
    }

    /// The innermost exception being handled, across frames.
    pub fn handled(&self) -> Option<&Value> {
        self.frames.iter().rev().find_map(|f| f.exc_info.last())
    }

    /// Releases every value (a stopped task, the end of a run).
    pub fn clear(&mut self) {
        let values = std::mem::take(&mut self.values);
        let frames = std::mem::take(&mut self.frames);
        super::heap::drop_values(values);
        let mut rest = Vec::new();
        for f in frames {
            rest.extend(f.exc_info);
            if let Link::Init { instance, .. } = f.link {
                rest.push(Value::Instance(instance));
            }
        }
        super::heap::drop_values(rest);
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        self.clear();
    }
}

/// [`Stack::set_len`] on a vector of registers.
#[inline]
pub fn set_len(values: &mut Vec<Value>, len: usize) {
    let now = values.len();
    if len <= now {
        values.truncate(len);
    } else {
        // `repeat_with(..).take(n)` has a trusted length: one reservation, no clones.
        values.extend(std::iter::repeat_with(|| Value::Unbound).take(len - now));
    }
}
