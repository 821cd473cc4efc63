//! The second half of the pass: every read of a name Loopscope lacks, where the tree
//! shows for sure what is read.

use super::bindings::{Bound, Holds, cell_owner};
use super::lacking::Lacking;
use super::walk::{Hooks, ScopeId, Walk};
use crate::compile::scope::{Binding, Scopes};
use crate::syntax::Diagnostic;
use crate::syntax::ast::{Alias, Expr, ExprKind, Module, Name, Span};
use crate::syntax::visit::walk_body;

/// What a name read from some scope is, as far as the pass can tell.
#[derive(Debug, PartialEq, Eq)]
enum Read<'b> {
    /// Always this module (a path the finder still checks is a module).
    Module(&'b str),
    /// A builtin: the program binds the name nowhere on the way.
    Builtin,
    Unknown,
}

struct Find<'b> {
    source: &'b str,
    scopes: &'b Scopes,
    bound: &'b Bound,
    lacking: &'b Lacking,
    out: Vec<Diagnostic>,
}

impl<'b> Find<'b> {
    fn refuse(&mut self, what: String, span: Span) {
        self.out.push(Diagnostic::syntax(format!("{what} is not supported by Loopscope"), span, self.source));
    }

    fn table(&self, scope: usize, name: &str) -> Option<&'b Holds> {
        self.bound.tables.get(scope).and_then(|t| t.get(name))
    }

    /// What `name`, read in `scope`, holds.
    fn read(&self, scope: ScopeId, name: &str) -> Read<'b> {
        let Some(s) = scope else { return Read::Unknown };
        let holds = match self.scopes.scopes[s].binding(name) {
            Binding::Local | Binding::Cell => self.table(s, name),
            Binding::Free => match cell_owner(self.scopes, s, name) {
                Some(owner) => self.table(owner, name),
                None => return Read::Unknown,
            },
            // A class body reads its own namespace first, then the module's: both must
            // agree unless the class binds nothing.
            Binding::ClassName => match (self.table(s, name), self.table(0, name)) {
                (None, global) => return self.global(global),
                (Some(class), None) => Some(class),
                (Some(class), Some(global)) if class == global => Some(class),
                _ => return Read::Unknown,
            },
            Binding::Global => return self.global(self.table(0, name)),
        };
        match holds {
            Some(Holds::Module(path)) => Read::Module(path),
            _ => Read::Unknown,
        }
    }

    /// A module-level name: its bindings there, or a builtin when it has none.
    fn global(&self, holds: Option<&'b Holds>) -> Read<'b> {
        match holds {
            Some(Holds::Module(path)) => Read::Module(path),
            Some(Holds::Other) => Read::Unknown,
            None if self.bound.star_import => Read::Unknown,
            None => Read::Builtin,
        }
    }

    /// The module `value` surely is: a name holding it, or a submodule of one
    /// (`asyncio.events`); only paths whose names the VM was asked about.
    fn module_of(&self, scope: ScopeId, value: &Expr) -> Option<String> {
        let path = match &value.kind {
            ExprKind::Name(n) => match self.read(scope, n) {
                Read::Module(path) => path.to_string(),
                _ => return None,
            },
            ExprKind::Attribute { value: inner, attr, .. } => {
                let outer = self.module_of(scope, inner)?;
                if self.lacking.module(&outer)?.contains(&**attr) {
                    return None;
                }
                format!("{outer}.{attr}")
            }
            _ => return None,
        };
        self.lacking.module(&path).is_some().then_some(path)
    }

    fn module_attr_lacking(&self, path: &str, attr: &str) -> bool {
        self.lacking.module(path).is_some_and(|names| names.contains(attr)) && !self.bound.attr_defined.contains(attr)
    }
}

impl<'a, 'b> Hooks<'a> for Find<'b> {
    fn load(&mut self, scope: ScopeId, name: &'a Name, span: Span) {
        if self.lacking.builtins.contains(&**name) && self.read(scope, name) == Read::Builtin {
            self.refuse(format!("the builtin '{name}'"), span);
        }
    }

    fn attribute(&mut self, scope: ScopeId, value: &'a Expr, attr: &'a Name, attr_span: Span) {
        if let Some(path) = self.module_of(scope, value) {
            if self.module_attr_lacking(&path, attr) {
                self.refuse(format!("'{path}.{attr}'"), attr_span);
            }
            return;
        }
        if self.lacking.loop_methods.contains(&**attr) && !self.bound.defined.contains(&**attr) {
            self.refuse(format!("'loop.{attr}()'"), attr_span);
        }
    }

    fn import_module(&mut self, module: &'a str, span: Span, from: bool) {
        // The parser lets every `asyncio.X` through; only the submodules the VM has are
        // modules here (`asyncio.sslproto` is CPython's, not Loopscope's).
        if module.starts_with("asyncio.") && self.lacking.module(module).is_none() {
            let what = if from { format!("'from {module} import ...'") } else { format!("'import {module}'") };
            self.refuse(what, span);
        }
    }

    fn import_from(&mut self, module: &'a str, alias: &'a Alias) {
        if self.module_attr_lacking(module, &alias.name) {
            self.refuse(format!("'{module}.{}'", alias.name), alias.span);
        }
    }
}

/// Every refused read in `module`, in source order.
pub fn find(module: &Module, source: &str, scopes: &Scopes, bound: &Bound, lacking: &Lacking) -> Vec<Diagnostic> {
    let find = Find { source, scopes, bound, lacking, out: Vec::new() };
    let mut walk = Walk::new(module, scopes, find);
    walk_body(&mut walk, &module.body);
    let mut out = walk.hooks.out;
    out.sort_by_key(|d| d.span.start);
    out
}
