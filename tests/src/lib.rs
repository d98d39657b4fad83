//! Test helpers for Twinge's end-to-end tests (tests/e2e.rs holds only the scenarios):
//! [`harness`] starts the virtual display and the driver and ends them whole;
//! [`driver`] uses the real window as a person would; [`steps`] are the steps the
//! scenarios share (log a cramp, read History).

pub mod driver;
pub mod harness;
pub mod steps;
