//! The first half of the pass: what every name of every scope may hold, and the names
//! the program gives to objects itself.
//!
//! Only one thing matters about a binding: whether it makes the name hold one known
//! module (`import asyncio as aio`) or anything else. A name all of whose bindings in
//! its scope import the same module holds that module wherever it is read from there;
//! one other binding anywhere (`aio = None` in that scope, or in a function declaring it
//! `global`) and the pass knows nothing about it.

use super::walk::{Hooks, How, ScopeId, Walk};
use crate::compile::scope::{Binding, ScopeKind, Scopes};
use crate::syntax::ast::{Module, Name};
use crate::syntax::visit::walk_body;
use std::collections::{HashMap, HashSet};

/// What a name holds in the scope that owns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Holds {
    /// Always this module (`asyncio`, `time`, `asyncio.events`...: a path that may not
    /// be a module at all, `asyncio.sleep`, which the finder then ignores).
    Module(String),
    Other,
}

#[derive(Debug, Default)]
pub struct Bound {
    /// Per compiler scope: what each name bound there holds.
    pub tables: Vec<HashMap<Name, Holds>>,
    /// Every name the program binds anywhere, gives objects as an attribute, passes as
    /// a keyword argument, or writes as a string: an attribute of that name may exist.
    pub defined: HashSet<Name>,
    /// Attribute names assigned or deleted (`asyncio.to_thread = f`), and strings (for
    /// `setattr`): a module's attribute of that name may exist.
    pub attr_defined: HashSet<Name>,
    /// `from m import *` somewhere: module-level names are unknown.
    pub star_import: bool,
}

impl Bound {
    /// The scope that owns `name` when scope `s` binds it (the compiler's resolution:
    /// `global` sends it to the module, `nonlocal` and walrus targets to an enclosing
    /// function).
    pub fn owner(scopes: &Scopes, s: usize, name: &str) -> Option<usize> {
        match scopes.scopes[s].binding(name) {
            Binding::Local | Binding::Cell | Binding::ClassName => Some(s),
            Binding::Global => Some(0),
            Binding::Free => cell_owner(scopes, s, name),
        }
    }
}

/// The enclosing function scope that holds `name`'s cell.
pub fn cell_owner(scopes: &Scopes, s: usize, name: &str) -> Option<usize> {
    let mut p = scopes.scopes[s].parent;
    while let Some(id) = p {
        let scope = &scopes.scopes[id];
        if matches!(scope.kind, ScopeKind::Function | ScopeKind::Comprehension)
            && scope.bindings.get(name) == Some(&Binding::Cell)
        {
            return Some(id);
        }
        p = scope.parent;
    }
    None
}

struct Collect<'s> {
    scopes: &'s Scopes,
    bound: Bound,
}

impl<'a> Hooks<'a> for Collect<'_> {
    fn bind(&mut self, scope: ScopeId, name: Name, how: How) {
        let owner = scope.and_then(|s| Bound::owner(self.scopes, s, &name));
        if let Some(table) = owner.and_then(|o| self.bound.tables.get_mut(o)) {
            let holds = match how {
                How::Module(path) => Holds::Module(path),
                How::Other => Holds::Other,
            };
            table
                .entry(name.clone())
                .and_modify(|h| {
                    if *h != holds {
                        *h = Holds::Other;
                    }
                })
                .or_insert(holds);
        } else if let Some(table) = self.bound.tables.get_mut(0) {
            // A binding the pass cannot place: the name is unknown at module level too.
            table.insert(name.clone(), Holds::Other);
        }
        self.bound.defined.insert(name);
    }

    fn attr_target(&mut self, attr: &'a Name) {
        self.bound.defined.insert(attr.clone());
        self.bound.attr_defined.insert(attr.clone());
    }

    fn string(&mut self, s: &'a str) {
        self.bound.defined.insert(s.into());
        self.bound.attr_defined.insert(s.into());
    }

    fn keyword(&mut self, name: &'a Name) {
        self.bound.defined.insert(name.clone());
    }

    fn star_import(&mut self) {
        self.bound.star_import = true;
    }
}

/// Collects the bindings of the whole program.
pub fn collect(module: &Module, scopes: &Scopes) -> Bound {
    let bound = Bound { tables: vec![HashMap::new(); scopes.scopes.len()], ..Bound::default() };
    let mut walk = Walk::new(module, scopes, Collect { scopes, bound });
    walk_body(&mut walk, &module.body);
    walk.hooks.bound
}
