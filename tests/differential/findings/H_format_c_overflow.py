try:
    format(2 ** 70, "c")
except OverflowError as e:
    print(e)
