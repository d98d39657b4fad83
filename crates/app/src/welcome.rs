//! The first run: a new journal opens on a short welcome (what Twinge is, that it stays
//! on this computer, and three offers: a passcode, the evening reminder, an import)
//! before the Log form. Finished or skipped, it is not shown again; Settings can show
//! it again without changing that.

use crate::{AppError, Journal};

/// The setting that says when the welcome was finished or skipped.
const WELCOMED: &str = "welcomed";

impl Journal {
    /// Whether the welcome is due: a journal that has never had it and has nothing in
    /// it yet (a journal from before the welcome, or filled by an import or the
    /// command line, opens on the Log form).
    pub fn welcome_due(&self) -> Result<bool, AppError> {
        let store = self.store();
        Ok(store.setting(WELCOMED)?.is_none() && store.count_episodes()? == 0)
    }

    /// The welcome was finished or skipped: it is not shown on its own again.
    pub fn finish_welcome(&mut self) -> Result<(), AppError> {
        let today = self.today();
        Ok(self.store_mut().set_setting(WELCOMED, &today)?)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::{DemoOptions, FixedClock, Journal};

    #[test]
    fn a_new_journal_is_welcomed_once_and_a_filled_one_never() {
        let clock = Arc::new(FixedClock::new(1_795_600_000_000, 60));
        let mut j = Journal::in_memory(clock.clone()).unwrap();
        assert!(j.welcome_due().unwrap());
        j.finish_welcome().unwrap();
        assert!(!j.welcome_due().unwrap(), "skipped or finished: not again");

        let mut filled = Journal::in_memory(clock).unwrap();
        filled
            .demo(DemoOptions {
                episodes: 3,
                seed: 1,
            })
            .unwrap();
        assert!(
            !filled.welcome_due().unwrap(),
            "a journal with entries opens on Log"
        );
    }
}
