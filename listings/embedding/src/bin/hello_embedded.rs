extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt;
use rustpython_vm::InterpreterBuilder;

fn main() {
    let interpreter = InterpreterBuilder::new().init_stdlib().interpreter();
    // `run` enters the VM, then finalises it: flushes stdout, joins threads,
    // runs atexit handlers. Without it, buffered output can be lost at exit.
    let exit_code = interpreter.run(|vm| {
        let scope = vm.new_scope_with_builtins();
        let source = "import sys\nprint('hello from', sys.implementation.name)\n";
        vm.run_string(scope, source, "<embedded>".to_owned()).map(drop)
    });
    std::process::exit(exit_code as i32);
}
