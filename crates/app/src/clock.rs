//! Where the current time comes from.

use std::sync::atomic::{AtomicI64, Ordering};

/// The current time and the local UTC offset.
pub trait Clock: Send + Sync {
    /// Unix milliseconds, UTC.
    fn now_ms(&self) -> i64;
    /// The UTC offset in force here now, in minutes.
    fn local_offset_min(&self) -> i32;
}

/// The machine's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

// The one place in app that asks the system for the time (see clippy.toml).
#[allow(clippy::disallowed_methods)]
impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64
    }

    fn local_offset_min(&self) -> i32 {
        time::UtcOffset::current_local_offset()
            .map(|o| i32::from(o.whole_minutes()))
            .unwrap_or(0)
    }
}

/// A clock that stands still until moved: for tests.
#[derive(Debug)]
pub struct FixedClock {
    now_ms: AtomicI64,
    offset_min: i32,
}

impl FixedClock {
    pub fn new(now_ms: i64, offset_min: i32) -> Self {
        FixedClock {
            now_ms: AtomicI64::new(now_ms),
            offset_min,
        }
    }

    /// Moves the clock forward.
    pub fn advance_ms(&self, ms: i64) {
        self.now_ms.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now_ms(&self) -> i64 {
        self.now_ms.load(Ordering::SeqCst)
    }

    fn local_offset_min(&self) -> i32 {
        self.offset_min
    }
}
