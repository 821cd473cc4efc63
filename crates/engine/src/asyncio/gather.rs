//! `asyncio.gather`, as `tasks.py` writes it: a `_GatheringFuture` and one
//! `_done_callback` per distinct child.

use super::future::{self, Callback, Fut, FutState, GatherPart, Role, as_fut};
use crate::vm::Vm;
use crate::vm::error::PyResult;
use crate::vm::object::PyList;
use crate::vm::object::native::NativeBox;
use crate::vm::value::Value;
use std::cell::Cell;
use std::cell::RefCell;
use std::rc::Rc;

/// `gather(*args, return_exceptions=...)`.
pub fn gather(vm: &mut Vm, args: &[Value], return_exceptions: bool) -> PyResult<Value> {
    if args.is_empty() {
        let lp = super::module::event_loop(vm)?;
        let outer = Fut::new(Some(lp), gather_role(Vec::new(), 0, return_exceptions)).boxed();
        if let Some(f) = as_fut(&outer) {
            *f.state.borrow_mut() = FutState::Done(Value::List(PyList::new(Vec::new())));
        }
        return Ok(Value::Native(outer));
    }
    // `arg_to_fut`: the same awaitable twice is one child (by identity: futures and
    // coroutines hash by it).
    let mut seen: crate::fxhash::FxHashMap<usize, Rc<NativeBox>> = Default::default();
    let mut children = Vec::with_capacity(args.len());
    let mut lp = None;
    // Each child's callback is registered before the outer future exists (a child
    // already done has its callback queued at once).
    let outer_slot: Rc<RefCell<Option<Rc<NativeBox>>>> = Rc::new(RefCell::new(None));
    let mut nfuts = 0;
    let mut pending_callbacks = Vec::new();
    for arg in args {
        let fut = match seen.get(&arg.address()) {
            Some(f) => f.clone(),
            None => {
                let f = super::module::ensure_future(vm, arg.clone(), lp.clone())?;
                if lp.is_none() {
                    lp = as_fut(&f).and_then(|x| x.loop_.borrow().clone());
                }
                nfuts += 1;
                seen.insert(arg.address(), f.clone());
                pending_callbacks.push(f.clone());
                f
            }
        };
        children.push(fut);
    }
    let outer = Fut::new(lp, gather_role(children, nfuts, return_exceptions)).boxed();
    *outer_slot.borrow_mut() = Some(outer.clone());
    for f in pending_callbacks {
        future::add_done_callback(vm, &f, Callback::GatherChild(outer.clone()));
    }
    Ok(Value::Native(outer))
}

fn gather_role(children: Vec<Rc<NativeBox>>, nfuts: usize, return_exceptions: bool) -> Role {
    Role::Gather(Box::new(GatherPart {
        children: RefCell::new(children),
        nfuts: Cell::new(nfuts),
        nfinished: Cell::new(0),
        return_exceptions,
        cancel_requested: Cell::new(false),
    }))
}

/// `_done_callback(fut)` of the gather `outer`.
pub fn child_done(vm: &mut Vm, outer: &Rc<NativeBox>, fut: &Rc<NativeBox>) {
    let (Some(o), Some(f)) = (as_fut(outer), as_fut(fut)) else { return };
    let Some(g) = o.gather() else { return };
    g.nfinished.set(g.nfinished.get() + 1);
    if o.done() {
        return;
    }
    if !g.return_exceptions {
        if f.cancelled() {
            let exc = future::make_cancelled_error(vm, f);
            future::set_exception(vm, outer, exc);
            return;
        }
        if let FutState::Failed(e) = &*f.state.borrow() {
            let e = e.clone();
            future::set_exception(vm, outer, e);
            return;
        }
    }
    if g.nfinished.get() < g.nfuts.get() {
        return;
    }
    let children = g.children.borrow().clone();
    let mut results = Vec::with_capacity(children.len());
    for child in &children {
        let Some(c) = as_fut(child) else { continue };
        let state = c.state.borrow().clone();
        results.push(match state {
            FutState::Cancelled => {
                let msg = c.cancel_message.borrow().clone();
                let msg = if msg.is_none() { Value::str("") } else { msg };
                future::cancelled_error(vm, &msg)
            }
            FutState::Failed(e) => e,
            FutState::Done(v) => v,
            FutState::Pending => Value::None,
        });
    }
    if g.cancel_requested.get() {
        // CPython uses the loop variable left over from building the results: the
        // last child.
        let last = children.last().cloned().unwrap_or_else(|| fut.clone());
        let exc = as_fut(&last).map(|l| future::make_cancelled_error(vm, l)).unwrap_or(Value::None);
        future::set_exception(vm, outer, exc);
    } else {
        future::set_result(vm, outer, Value::List(PyList::new(results)));
    }
}
