x = 3.14159
name = "A"
print(f"{x:.2f} {name:>5} {x!r} {{literal}} {f'{x}'} {x=}")
print(f"""multi
{name}""", end="")
s = r"raw\n" + b"" if False else "no"
