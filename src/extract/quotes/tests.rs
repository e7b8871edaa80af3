//! Quote detection and attribution on invented articles, one pattern per test.
