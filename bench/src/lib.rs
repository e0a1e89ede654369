//! Shared helpers for Limber's benchmarks. Each benchmark is a binary in `src/bin/` that prints its
//! figures beside their targets; none of them is a timed unit test.

use std::time::Duration;

/// Formats a duration as milliseconds with three decimals, the unit every benchmark prints.
pub fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

/// Median of a sample; `None` when it is empty.
pub fn median(samples: &mut [Duration]) -> Option<Duration> {
    if samples.is_empty() {
        return None;
    }
    samples.sort();
    Some(samples[samples.len() / 2])
}

/// A small deterministic generator (xorshift64), so every run of a benchmark measures the same data.
pub struct XorShift(pub u64);

impl XorShift {
    /// A value in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}
