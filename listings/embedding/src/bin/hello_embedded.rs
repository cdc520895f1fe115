extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt;
use rustpython_vm::InterpreterBuilder;

fn main() {
    // Build once: sys, builtins and the import system, plus the standard
    // library that this binary carries frozen inside it.
    let interpreter = InterpreterBuilder::new().init_stdlib().interpreter();

    // A scope is a module namespace: globals (and builtins) for the code we run.
    let scope = interpreter.enter(|vm| vm.new_scope_with_builtins());

    // Each `enter` borrows the VM for a while; state persists between them.
    for source in ["import sys\ncount = 1\n", "count += 1\n", "print(sys.implementation.name, count)\n"] {
        interpreter
            .enter(|vm| vm.run_string(scope.clone(), source, "<embedded>".to_owned()))
            .expect("the snippet raised");
    }
    println!("[Rust] snippets done");

    // finalize flushes sys.stdout, runs atexit handlers, joins threads.
    // Without it, what print() buffered can be lost when the process exits.
    let exit_code = interpreter.finalize(None);
    std::process::exit(exit_code as i32);
}
