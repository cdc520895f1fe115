# A listing writes only inside its own folder.
import os
attempt("write in own folder", lambda: open("mine.txt", "w").write("x"))
attempt("write by absolute path", lambda: open("{SCRATCH}/escaped.txt", "w").write("x"))
attempt("write into the book", lambda: open("{BOOK}/pwned.md", "w").write("x"))
attempt("write via the parent's cwd", lambda: open(f"/proc/{os.getppid()}/cwd/pwned.md", "w").write("x"))
attempt("write in /dev/shm, which is private", lambda: open("/dev/shm/mine", "w").write("x"))
attempt("write to /dev/null", lambda: open("/dev/null", "w").write("x"))
# expect: write in own folder allowed
# expect: write by absolute path blocked
# expect: write into the book blocked
# expect: write via the parent's cwd blocked
# expect: write in /dev/shm, which is private allowed
# expect: write to /dev/null allowed
