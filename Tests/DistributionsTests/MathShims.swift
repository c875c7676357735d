#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's functions, for the closed-form checks.
func atanValue(_ x: Double) -> Double { atan(x) }
func expValue(_ x: Double) -> Double { exp(x) }
