import io
import tokenize

source = 'total = price * 1.2  # with tax\nlabel = f"{total:.2f} EUR"\n'

for tok in tokenize.generate_tokens(io.StringIO(source).readline):
    kind = tokenize.tok_name[tok.type]
    print(f"{kind:<15} {tok.string!r:<14} start={tok.start} end={tok.end}")
