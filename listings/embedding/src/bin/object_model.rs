extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt;
use rustpython_vm::builtins::{PyInt, PyList};
use rustpython_vm::{AsObject, InterpreterBuilder, PyObject, PyObjectRef, PyRef};
use std::mem::size_of;

fn main() {
    // A reference is one pointer; the niche makes Option<...> free (NULL = None).
    println!("PyObjectRef {} bytes, Option<PyObjectRef> {} bytes, PyRef<PyList> {} bytes",
        size_of::<PyObjectRef>(), size_of::<Option<PyObjectRef>>(), size_of::<PyRef<PyList>>());

    let interpreter = InterpreterBuilder::new().init_stdlib().interpreter();
    interpreter.enter(|vm| {
        let list: PyRef<PyList> = vm.ctx.new_list(vec![vm.new_pyobj(1), vm.new_pyobj(2)]);
        let obj: PyObjectRef = list.clone().into(); // erase the type: same pointer
        println!("same object: {}, strong count: {}", obj.is(&list), obj.strong_count());
        println!("id() is the address: {}", obj.get_id() == &*obj as *const PyObject as usize);
        println!("class from the header: {}", obj.class().name());

        // The payload is an ordinary Rust value; downcasting checks its TypeId.
        println!("payload as PyList: len {}", obj.downcast_ref::<PyList>().unwrap().borrow_vec().len());
        println!("payload as PyInt: {}", obj.downcast_ref::<PyInt>().is_some());

        // __dict__ and the weakref list exist only when the type asks for them.
        let scope = vm.new_scope_with_builtins();
        vm.run_string(scope.clone(), "class Point: pass\np = Point()", "<demo>".to_owned()).unwrap();
        let p = scope.globals.get_item("p", vm).unwrap();
        let weak = p.downgrade(None, vm).unwrap();
        println!("list: dict {}, weakrefs {:?}", obj.dict().is_some(), obj.weak_count());
        println!("Point(): dict {}, weakrefs {:?}", p.dict().is_some(), p.weak_count());
        drop(p);
        scope.globals.del_item("p", vm).unwrap(); // last strong reference gone
        println!("after del, weakref alive: {}", weak.upgrade().is_some());
    });
}
