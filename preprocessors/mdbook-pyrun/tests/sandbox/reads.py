# A listing reads what a program needs, not the machine's other files.
import ctypes, ctypes.util, os
attempt("read a secret in the book", lambda: open("{BOOK}/secret.txt").read())
attempt("list the user's home", lambda: os.listdir(os.path.expanduser("~{USER}")))
attempt("read /etc/shadow", lambda: open("/etc/shadow").read())
attempt("read own /proc entry", lambda: open("/proc/self/status").read())
attempt("load libc with ctypes", lambda: ctypes.CDLL(ctypes.util.find_library("c")).abs(-1))
# expect: read a secret in the book blocked
# expect: list the user's home blocked
# expect: read /etc/shadow blocked
# expect: read own /proc entry allowed
# expect: load libc with ctypes allowed
