//! Names and assignment targets: loading, storing and deleting variables wherever they
//! live, unpacking, and storing into attributes and items.

use super::{CResult, Compiler};
use crate::compile::code::*;
use crate::compile::scope::Binding;
use crate::syntax::ast::*;

impl<'a> Compiler<'a> {
    /// The register of a local variable, if `name` is one here.
    pub(super) fn local_reg(&self, name: &str) -> Option<Reg> {
        let mangled = if name.starts_with("__") { self.mangled(name) } else { None };
        let name = mangled.as_deref().unwrap_or(name);
        match self.binding(name) {
            Binding::Local => self.unit().regs.get(name).copied(),
            _ => None,
        }
    }

    /// A `CheckBound` unless the local is certainly bound here.
    fn check_bound(&mut self, name: &str, reg: Reg) {
        if !self.unit().assigned.contains(name) {
            let n = self.name(name);
            self.emit(Op::CheckBound { reg, name: n });
        }
    }

    /// Loads a variable into `dst`.
    pub(super) fn load_name(&mut self, name: &Name, dst: Reg) -> CResult<()> {
        let mangled = if name.starts_with("__") { self.mangled(name) } else { None };
        let name = mangled.as_ref().unwrap_or(name);
        match self.binding(name) {
            Binding::Local => {
                let reg = self.unit().regs.get(name).copied().unwrap_or(0);
                self.check_bound(name, reg);
                if reg != dst {
                    self.emit(Op::Move { dst, src: reg });
                }
            }
            Binding::Cell | Binding::Free => {
                let cell = self.unit().regs.get(name).copied().unwrap_or(0);
                if self.unit().kind == CodeKind::Class {
                    let n = self.name(name);
                    self.emit(Op::LoadClassDeref { dst, cell, name: n });
                } else {
                    self.emit(Op::LoadDeref { dst, cell });
                }
            }
            Binding::Global => {
                let slot = self.global_slot(name);
                self.emit(Op::LoadGlobal { dst, slot });
            }
            Binding::ClassName => {
                let n = self.name(name);
                self.emit(Op::LoadName { dst, name: n });
            }
        }
        Ok(())
    }

    /// A register holding the variable's value: the local's own register when that is
    /// safe, a new temporary otherwise.
    pub(super) fn operand_name(&mut self, name: &Name) -> CResult<Reg> {
        if let Some(reg) = self.local_reg(name)
            && !self.unit().walrus_targets.contains(name)
        {
            self.check_bound(name, reg);
            return Ok(reg);
        }
        let r = self.alloc()?;
        self.load_name(name, r)?;
        Ok(r)
    }

    /// Stores `src` into a variable.
    pub(super) fn store_name(&mut self, name: &Name, src: Reg) -> CResult<()> {
        let mangled = if name.starts_with("__") { self.mangled(name) } else { None };
        let name = mangled.as_ref().unwrap_or(name);
        match self.binding(name) {
            Binding::Local => {
                let reg = self.unit().regs.get(name).copied().unwrap_or(0);
                if reg != src {
                    self.emit(Op::Move { dst: reg, src });
                }
                self.u().assigned.insert(name.clone());
            }
            Binding::Cell | Binding::Free => {
                let cell = self.unit().regs.get(name).copied().unwrap_or(0);
                self.emit(Op::StoreDeref { cell, src });
            }
            Binding::Global => {
                let slot = self.global_slot(name);
                self.emit(Op::StoreGlobal { slot, src });
            }
            Binding::ClassName => {
                let n = self.name(name);
                self.emit(Op::StoreName { name: n, src });
            }
        }
        Ok(())
    }

    pub(super) fn delete_name(&mut self, name: &Name) -> CResult<()> {
        let mangled = if name.starts_with("__") { self.mangled(name) } else { None };
        let name = mangled.as_ref().unwrap_or(name);
        match self.binding(name) {
            Binding::Local => {
                let reg = self.unit().regs.get(name).copied().unwrap_or(0);
                let n = self.name(name);
                self.emit(Op::CheckBound { reg, name: n });
                self.emit(Op::ClearLocal { reg });
                self.u().assigned.remove(&**name);
            }
            Binding::Cell | Binding::Free => {
                let cell = self.unit().regs.get(name).copied().unwrap_or(0);
                self.emit(Op::DeleteDeref { cell });
            }
            Binding::Global => {
                let slot = self.global_slot(name);
                self.emit(Op::DeleteGlobal { slot });
            }
            Binding::ClassName => {
                let n = self.name(name);
                self.emit(Op::DeleteName { name: n });
            }
        }
        Ok(())
    }

    /// Stores the value in `src` into an assignment target.
    pub(super) fn store_target(&mut self, t: &'a Target, src: Reg) -> CResult<()> {
        self.with_span(t.span(), |c| match t {
            Target::Name(n, _) => c.store_name(n, src),
            Target::Attribute { value, attr, .. } => {
                let m = c.mark();
                let obj = c.operand(value)?;
                let name = c.name(attr);
                c.emit(Op::StoreAttr { obj, name, src });
                c.release(m);
                Ok(())
            }
            Target::Subscript { value, index, .. } => {
                let m = c.mark();
                let obj = c.operand(value)?;
                let key = c.operand(index)?;
                c.emit(Op::SetItem { obj, key, src });
                c.release(m);
                Ok(())
            }
            Target::Tuple(items, _) => c.unpack_into(items, src),
            Target::Starred(_, span) => c.err("starred assignment target must be in a list or tuple", *span),
        })
    }

    /// `a, *b, c = src`.
    fn unpack_into(&mut self, items: &'a [Target], src: Reg) -> CResult<()> {
        let m = self.mark();
        let star = items.iter().position(|t| matches!(t, Target::Starred(..)));
        let n = items.len() as u16;
        let dst = self.alloc_n(n)?;
        match star {
            None => {
                self.emit(Op::Unpack { src, dst, count: n });
            }
            Some(i) => {
                let before = i as u8;
                let after = (items.len() - i - 1) as u8;
                self.emit(Op::UnpackEx { src, dst, before, after });
            }
        }
        for (k, t) in items.iter().enumerate() {
            let t = match t {
                Target::Starred(inner, _) => inner,
                other => other,
            };
            self.store_target(t, dst + k as Reg)?;
        }
        self.release(m);
        Ok(())
    }

    pub(super) fn delete_target(&mut self, t: &'a Target) -> CResult<()> {
        self.with_span(t.span(), |c| match t {
            Target::Name(n, _) => c.delete_name(n),
            Target::Attribute { value, attr, .. } => {
                let m = c.mark();
                let obj = c.operand(value)?;
                let name = c.name(attr);
                c.emit(Op::DeleteAttr { obj, name });
                c.release(m);
                Ok(())
            }
            Target::Subscript { value, index, .. } => {
                let m = c.mark();
                let obj = c.operand(value)?;
                let key = c.operand(index)?;
                c.emit(Op::DeleteItem { obj, key });
                c.release(m);
                Ok(())
            }
            Target::Tuple(items, _) => {
                for i in items {
                    c.delete_target(i)?;
                }
                Ok(())
            }
            Target::Starred(inner, _) => c.delete_target(inner),
        })
    }

    /// The names a target binds (for definite assignment).
    pub(super) fn target_names(t: &Target, out: &mut Vec<Name>) {
        match t {
            Target::Name(n, _) => out.push(n.clone()),
            Target::Tuple(items, _) => items.iter().for_each(|i| Self::target_names(i, out)),
            Target::Starred(inner, _) => Self::target_names(inner, out),
            _ => {}
        }
    }
}
