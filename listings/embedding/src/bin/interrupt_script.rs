extern crate rustpython; // hide
extern crate rustpython_vm; // hide
use rustpython::InterpreterBuilderExt;
use rustpython_vm::signal::{user_signal_channel, UserSignal};
use rustpython_vm::{AsObject, InterpreterBuilder};
use std::time::Duration;

const RUNAWAY: &str = "n = 0\nwhile True:\n    n += 1\n";

fn main() {
    let (sender, receiver) = user_signal_channel();
    let interpreter = InterpreterBuilder::new()
        .init_stdlib()
        .init_hook(move |vm| vm.set_user_signal_channel(receiver)) // before the VM starts
        .interpreter();

    // A watchdog thread: after the deadline, queue a closure for the VM to run.
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        let stop: UserSignal = Box::new(|vm| {
            let kind = vm.ctx.exceptions.keyboard_interrupt.to_owned();
            Err(vm.new_exception_msg(kind, "deadline exceeded".into()))
        });
        sender.send(stop).ok(); // also trips the VM's eval breaker
    });

    interpreter.enter(|vm| {
        let scope = vm.new_scope_with_builtins();
        let exc = vm.run_string(scope.clone(), RUNAWAY, "<runaway>".to_owned()).unwrap_err();
        let n: i64 = scope.globals.get_item("n", vm).unwrap().try_into_value(vm).unwrap();
        println!("stopped by {}: {}", exc.class().name(), exc.as_object().str(vm).unwrap());
        println!("the loop had run: {}", n > 0);
        println!("the VM is still usable: {}", vm.run_string(scope, "n = -1", "<after>".to_owned()).is_ok());
    });
    watchdog.join().unwrap();
}
