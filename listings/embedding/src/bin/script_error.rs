extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt; // hide
use rustpython_vm::builtins::PyBaseExceptionRef; // hide
use rustpython_vm::{AsObject, InterpreterBuilder, VirtualMachine}; // hide
use std::fmt; // hide
 // hide
/// A Rust error that outlives the VM: plain strings, no Python objects.
#[derive(Debug)]
struct ScriptError {
    kind: String,      // the exception's class name
    message: String,   // str(exc)
    traceback: String, // what Python would print
}

impl fmt::Display for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "script failed with {}: {}", self.kind, self.message)
    }
}
impl std::error::Error for ScriptError {}

fn to_rust_error(vm: &VirtualMachine, exc: PyBaseExceptionRef) -> ScriptError {
    let mut traceback = String::new();
    vm.write_exception(&mut traceback, &exc).expect("formatting into a String");
    let message = exc.as_object().str(vm).map(|s| s.to_string()).unwrap_or_default();
    ScriptError { kind: exc.class().name().to_string(), message, traceback }
}

fn run(source: &str, filename: &str) -> Result<(), ScriptError> {
    let interpreter = InterpreterBuilder::new().init_stdlib().interpreter();
    interpreter.enter(|vm| {
        let scope = vm.new_scope_with_builtins();
        vm.run_string(scope, source, filename.to_owned()).map(drop).map_err(|exc| to_rust_error(vm, exc))
    })
}

fn main() {
    let outcome = run("import json\njson.loads('{\"a\": 1,}')\n", "load_config.py");
    if let Err(err) = outcome {
        println!("{err}");                       // Display, for a log line
        println!("kind = {:?}", err.kind);       // fields, for matching
        print!("{}", err.traceback);             // the full Python traceback
        let boxed: Box<dyn std::error::Error> = err.into(); // so `?` works in callers
        println!("boxed: {boxed}");
    }
}
