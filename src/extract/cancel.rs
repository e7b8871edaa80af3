//! Stopping an extraction early: a [`Cancel`] handle the caller owns and the stages poll.
//!
//! Extraction stays pure: the handle is only a flag to read (an `AtomicBool` that the caller's
//! Ctrl-C handler sets). The stages check it per paragraph and per sentence, so even a 10 MB page
//! stops within a fraction of a second; a cancelled extraction returns [`Cancelled`] and no facts.

use std::sync::atomic::{AtomicBool, Ordering};

/// A request to stop, polled by the extraction stages. `Cancel::NEVER` never asks.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cancel<'a>(Option<&'a AtomicBool>);

/// The extraction was stopped by its [`Cancel`] handle before it finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cancelled;

impl std::fmt::Display for Cancelled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("extraction cancelled")
    }
}

impl std::error::Error for Cancelled {}

impl<'a> Cancel<'a> {
    /// A handle that never cancels.
    pub const NEVER: Cancel<'static> = Cancel(None);

    /// A handle that cancels once `flag` is set.
    pub fn on(flag: &'a AtomicBool) -> Cancel<'a> {
        Cancel(Some(flag))
    }

    /// Has the caller asked to stop?
    pub fn requested(&self) -> bool {
        self.0.is_some_and(|f| f.load(Ordering::Relaxed))
    }

    /// `Err(Cancelled)` once the caller has asked to stop: `cancel.check()?` between units of work.
    pub fn check(&self) -> Result<(), Cancelled> {
        if self.requested() {
            Err(Cancelled)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handle_cancels_once_its_flag_is_set() {
        let flag = AtomicBool::new(false);
        let cancel = Cancel::on(&flag);
        assert_eq!(cancel.check(), Ok(()));
        flag.store(true, Ordering::SeqCst);
        assert_eq!(cancel.check(), Err(Cancelled));
        assert_eq!(Cancel::NEVER.check(), Ok(()));
    }
}
