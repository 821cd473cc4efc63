//! Raising and catching: `raise X from Y`, `except` matching, exception groups and
//! `except*`.

use super::Vm;
use super::error::{ExcKind, PyErr, PyResult, type_error};
use super::object::{PyInstance, PyTuple};
use super::value::Value;
use std::rc::Rc;

impl Vm {
    /// An exception object from what `raise` was given (a class is instantiated).
    pub fn exception_from(&mut self, v: Value) -> PyResult<Rc<PyInstance>> {
        match v {
            Value::Instance(i) if i.exc.is_some() => Ok(i),
            Value::Class(c) if c.is_exception() => match self.call_sync(&Value::Class(c.clone()), &[])? {
                Value::Instance(i) if i.exc.is_some() => Ok(i),
                other => Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    self.repr(&Value::Class(c))?,
                    self.type_name_of(&other)
                ))),
            },
            _ => Err(type_error("exceptions must derive from BaseException")),
        }
    }

    /// `raise e [from cause]`.
    pub fn raise_value(&mut self, e: Value, cause: Option<Value>) -> PyErr {
        let exc = match self.exception_from(e) {
            Ok(x) => x,
            Err(err) => return err,
        };
        if let Some(state) = &exc.exc {
            // A new raise point.
            state.at.set(None);
            if let Some(c) = cause {
                let c = match c {
                    Value::None => Value::None,
                    other => match self.exception_from(other) {
                        Ok(x) => Value::Instance(x),
                        Err(_) => return type_error("exception causes must derive from BaseException"),
                    },
                };
                *state.cause.borrow_mut() = c;
                state.suppress_context.set(true);
            }
        }
        PyErr::exc(exc)
    }

    /// Raises a caught exception again, unchanged.
    pub fn reraise(&mut self, e: Value) -> PyErr {
        match e {
            Value::Instance(i) if i.exc.is_some() => PyErr::exc(i),
            _ => PyErr::halt("RuntimeError: re-raise of a non-exception (a Loopscope bug)"),
        }
    }

    /// `except class:` (a class or a tuple of classes) against exception `e`.
    pub fn exc_match(&mut self, e: &Value, class: &Value) -> PyResult<bool> {
        let classes: Vec<Value> = match class {
            Value::Tuple(t) => t.items().to_vec(),
            other => vec![other.clone()],
        };
        let mut matched = false;
        for c in &classes {
            match c {
                Value::Class(c) if c.is_exception() || Rc::ptr_eq(c, self.types.exc(ExcKind::BaseException)) => {
                    if let Value::Instance(i) = e
                        && i.class.is_subclass(c)
                    {
                        matched = true;
                    }
                }
                _ => return Err(type_error("catching classes that do not inherit from BaseException is not allowed")),
            }
        }
        Ok(matched)
    }

    fn is_group(&self, e: &Rc<PyInstance>) -> bool {
        self.instance_is(e, ExcKind::BaseExceptionGroup)
    }

    fn group_parts(&self, e: &Rc<PyInstance>) -> (Value, Vec<Value>) {
        let args = e.exc.as_ref().map(|s| s.args()).unwrap_or_else(PyTuple::empty);
        let message = args.items().first().cloned().unwrap_or(Value::str(""));
        let excs = match args.items().get(1) {
            Some(Value::Tuple(t)) => t.items().to_vec(),
            Some(Value::List(l)) => l.snapshot(),
            _ => Vec::new(),
        };
        (message, excs)
    }

    /// A group like `template` (same class family and message) holding `excs`.
    fn derive_group(&mut self, template: &Rc<PyInstance>, excs: Vec<Value>) -> Value {
        let (message, _) = self.group_parts(template);
        let all_exceptions =
            excs.iter().all(|x| matches!(x, Value::Instance(i) if self.instance_is(i, ExcKind::Exception)));
        let kind = if all_exceptions { ExcKind::ExceptionGroup } else { ExcKind::BaseExceptionGroup };
        let g = self.new_exception(kind, vec![message, Value::List(super::object::PyList::new(excs))]);
        if let (Some(s), Some(t)) = (&g.exc, &template.exc) {
            *s.cause.borrow_mut() = t.cause.borrow().clone();
            *s.context.borrow_mut() = t.context.borrow().clone();
            s.at.set(t.at.get());
        }
        Value::Instance(g)
    }

    /// Splits `e` by `class`: (matching part, rest), each None when empty.
    fn split(&mut self, e: &Rc<PyInstance>, class: &Value) -> PyResult<(Value, Value)> {
        if self.exc_match(&Value::Instance(e.clone()), class)? {
            return Ok((Value::Instance(e.clone()), Value::None));
        }
        if !self.is_group(e) {
            return Ok((Value::None, Value::Instance(e.clone())));
        }
        let (_, excs) = self.group_parts(e);
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        for x in excs {
            let Value::Instance(i) = &x else { continue };
            let (m, r) = self.split(i, class)?;
            if !m.is_none() {
                matched.push(m);
            }
            if !r.is_none() {
                rest.push(r);
            }
        }
        let m = if matched.is_empty() { Value::None } else { self.derive_group(e, matched) };
        let r = if rest.is_empty() { Value::None } else { self.derive_group(e, rest) };
        Ok((m, r))
    }

    /// `except* class`: the part of `e` that matches (a group; a naked exception is
    /// wrapped in one), and what is left.
    pub fn exc_star_match(&mut self, e: &Value, class: &Value) -> PyResult<(Value, Value)> {
        let Value::Instance(i) = e else { return Ok((Value::None, Value::None)) };
        if let Value::Class(c) = class
            && c.is_subclass(self.types.exc(ExcKind::BaseExceptionGroup))
        {
            return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
        if !self.is_group(i) {
            if self.exc_match(e, class)? {
                let g = self.new_exception(
                    ExcKind::ExceptionGroup,
                    vec![Value::str(""), Value::Tuple(PyTuple::new(vec![e.clone()]))],
                );
                if let (Some(s), Some(t)) = (&g.exc, &i.exc) {
                    s.at.set(t.at.get());
                }
                return Ok((Value::Instance(g), Value::None));
            }
            return Ok((Value::None, e.clone()));
        }
        self.split(i, class)
    }

    /// The end of `try ... except*`: what remains unhandled and what the handlers
    /// raised, combined as CPython raises them (`None`: nothing to raise).
    pub fn exc_star_reraise(&mut self, orig: &Value, rest: &Value, raised: &Value) -> PyResult<Option<PyErr>> {
        let raised: Vec<Value> = match raised {
            Value::List(l) => l.snapshot(),
            _ => Vec::new(),
        };
        let mut parts = Vec::new();
        if !rest.is_none() {
            parts.push(rest.clone());
        }
        parts.extend(raised);
        Ok(match parts.len() {
            0 => None,
            1 => Some(self.reraise(parts.remove(0))),
            _ => {
                let template = match orig {
                    Value::Instance(i) => i.clone(),
                    _ => return Ok(Some(self.reraise(parts.remove(0)))),
                };
                let mut g = self.derive_group(&template, parts);
                if let Value::Instance(gi) = &mut g
                    && let Some(s) = &gi.exc
                {
                    *s.args.borrow_mut() =
                        PyTuple::new(vec![Value::str(""), s.args().items().get(1).cloned().unwrap_or(Value::None)]);
                }
                Some(self.reraise(g))
            }
        })
    }
}
