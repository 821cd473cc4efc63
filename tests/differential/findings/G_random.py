import random
random.seed(0)  # what the oracle and Loopscope do before every run (SPEC 1a)
print(random.randint(1, 6), random.random())
