extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt; // hide
use rustpython_vm::builtins::PyStrRef; // hide
use rustpython_vm::compiler::Mode; // hide
use rustpython_vm::{AsObject, InterpreterBuilder, PyObjectRef, PyResult, VirtualMachine}; // hide
use std::sync::atomic::{AtomicUsize, Ordering}; // hide
use std::sync::Arc; // hide
 // hide
const RUNAWAY: &str = "n = 0\nwhile True:\n    n += 1\n";
const BUDGET: usize = 1000; // "line" events the script may use

fn main() {
    let interpreter = InterpreterBuilder::new().init_stdlib().interpreter();
    interpreter.enter(|vm| {
        let used = Arc::new(AtomicUsize::new(0));
        let counter = used.clone();
        // A trace function written in Rust. Returning itself (sys.gettrace()) from
        // the "call" event asks for "line" events in that frame, as in CPython.
        let tracer = vm.new_function(
            "budget_tracer",
            move |_frame: PyObjectRef, event: PyStrRef, _arg: PyObjectRef, vm: &VirtualMachine| -> PyResult {
                if event.to_str() == Some("line") && counter.fetch_add(1, Ordering::Relaxed) >= BUDGET {
                    // invoke_exception runs TimeoutError's constructor, as Python's raise would.
                    let kind = vm.ctx.exceptions.timeout_error.to_owned();
                    let message = vm.new_pyobj(format!("used all {BUDGET} line events"));
                    return Err(vm.invoke_exception(kind, vec![message])?);
                }
                Ok(vm.trace_func.borrow().clone()) // the tracer itself, as sys.gettrace() gives
            },
        );
        // Compile first, so that only the script's own lines are charged.
        let code = vm.compile(RUNAWAY, Mode::Exec, "<runaway>".to_owned()).unwrap();
        let sys = vm.import("sys", 0).unwrap();
        vm.call_method(&sys, "settrace", (tracer,)).unwrap();
        let scope = vm.new_scope_with_builtins();
        let exc = vm.run_code_obj(code, scope.clone()).unwrap_err();
        vm.call_method(&sys, "settrace", (vm.ctx.none(),)).unwrap();

        let n: i64 = scope.globals.get_item("n", vm).unwrap().try_into_value(vm).unwrap();
        println!("stopped by {}: {}", exc.class().name(), exc.as_object().str(vm).unwrap());
        println!("line events used: {}, loop iterations: {n}", used.load(Ordering::Relaxed));
    });
}
