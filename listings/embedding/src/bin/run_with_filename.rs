extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt;
use rustpython_vm::builtins::PyBaseExceptionRef;
use rustpython_vm::{InterpreterBuilder, PyResult, VirtualMachine};

const RULES: &str = "\
def discount(total):
    return total / (total - 100)

price = discount(100)
";

/// Format an exception with Python's own `traceback` module, which reads
/// source lines through `linecache`.
fn python_traceback(vm: &VirtualMachine, exc: PyBaseExceptionRef) -> PyResult<String> {
    let traceback = vm.import("traceback", 0)?;
    let lines = vm.call_method(&traceback, "format_exception", (exc,))?;
    let lines: Vec<String> = lines.try_into_value(vm)?;
    Ok(lines.concat())
}

fn main() {
    std::fs::write("rules.py", RULES).unwrap(); // the plugin, as a real file
    let interpreter = InterpreterBuilder::new().init_stdlib().interpreter();
    interpreter.enter(|vm| {
        for filename in ["<string>", "rules.py"] {
            let scope = vm.new_scope_with_builtins();
            // The name is compiled into every code object as co_filename.
            let exc = vm.run_string(scope, RULES, filename.to_owned()).unwrap_err();
            println!("--- run as {filename}\n{}", python_traceback(vm, exc).unwrap());
        }
    });
}
