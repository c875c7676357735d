"""Reference outputs for Tests/SyntheticTests/RandomTests.swift, from the published C algorithms
(splitmix64.c and xoshiro256starstar.c by Blackman & Vigna, https://prng.di.unimi.it/), re-implemented here in
Python with explicit 64-bit masking. Run: python3 scripts/reference/synthetic_reference.py"""
M = (1 << 64) - 1


def splitmix64(seed):
    state = seed
    while True:
        state = (state + 0x9E3779B97F4A7C15) & M
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
        yield z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M


def xoshiro256starstar(s):
    s = list(s)
    while True:
        result = (rotl((s[1] * 5) & M, 7) * 9) & M
        t = (s[1] << 17) & M
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        yield result


g = splitmix64(1234567)
print("splitmix64(1234567):", [next(g) for _ in range(5)])
sm = splitmix64(42)
state = [next(sm) for _ in range(4)]
x = xoshiro256starstar(state)
print("xoshiro256** seeded by splitmix64(42):", [next(x) for _ in range(4)])
