extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt;
use rustpython_vm::builtins::{PyList, PyStr};
use rustpython_vm::{InterpreterBuilder, PyObject, PyObjectRef, PyRef};

/// Takes a borrowed reference: reads the object, never changes its count.
fn describe(obj: &PyObject) -> String {
    format!("{} (count {})", obj.class().name(), obj.strong_count())
}

fn main() {
    let interpreter = InterpreterBuilder::new().init_stdlib().interpreter();
    interpreter.enter(|vm| {
        let text: PyRef<PyStr> = vm.ctx.new_str("payload"); // a new, owned reference
        let item: PyObjectRef = text.into(); // same pointer, type erased: no count change
        println!("new:          {}", describe(&item));
        let second = item.clone(); // Py_INCREF
        println!("after clone:  {}", describe(&item));
        drop(second); // Py_DECREF
        println!("after drop:   {}", describe(&item));

        // The Vec's reference moves into the list: ownership is "stolen".
        let list = vm.ctx.new_list(vec![item.clone()]);
        println!("in a list:    {}", describe(&item));
        let list: PyObjectRef = list.into();
        println!("list payload: {}", list.downcast_ref::<PyList>().is_some());
        println!("str payload:  {}", list.downcast_ref::<PyStr>().is_some());
        drop(list); // the list dies and releases its element
        println!("list dropped: {}", describe(&item));
    });
}
