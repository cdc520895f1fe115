extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt;
use rustpython_vm::InterpreterBuilder;

fn main() {
    let interpreter = InterpreterBuilder::new().init_stdlib().interpreter();
    interpreter.enter(|vm| {
        let _ = vm.run_string(vm.new_scope_with_builtins(), "print(2 + 2)\n", "<x>".to_owned());
    });
}
