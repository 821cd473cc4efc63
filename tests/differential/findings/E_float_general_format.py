print(format(1.5, ".1"), format(25.0, ".2"), format(1e16, "#"), format(-0.0, "#.0"), f"{3.14159:.0}")
