//! Which process runs an import, recorded so that a later import can tell a dead run from a live one.
//!
//! A pid alone is not enough: pids are reused, the machine may have rebooted since, and a pid means
//! something else in another container (pid namespace) or on another machine sharing the file. So
//! the identity is the host name, the boot id, the pid namespace, the pid and the process's start
//! time (Linux `/proc`). A run is known dead only when it was recorded on this host, and either the
//! machine has rebooted since, or in this pid namespace no process with that pid and start time
//! exists. Anything else (another host or container, no `/proc`) is "cannot tell", and the run is
//! left as it is.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    host: String,
    boot: String,
    pid_ns: String,
    pid: u32,
    /// Clock ticks after boot at which the process started (field 22 of `/proc/PID/stat`).
    start: u64,
}

impl Identity {
    /// This process, or `None` where `/proc` does not say (not Linux, or /proc not mounted).
    pub fn current() -> Option<Identity> {
        let pid = std::process::id();
        Some(Identity {
            host: read_trimmed("/proc/sys/kernel/hostname")?,
            boot: read_trimmed("/proc/sys/kernel/random/boot_id")?,
            pid_ns: pid_namespace("self")?,
            pid,
            start: start_time(&pid.to_string())?,
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(text: &str) -> Option<Identity> {
        serde_json::from_str(text).ok()
    }

    /// Whether `other` (seen from this process) has certainly ended.
    pub fn knows_dead(&self, other: &Identity) -> bool {
        if other.host != self.host {
            return false; // another machine (or container with its own name): cannot tell
        }
        if other.boot != self.boot {
            return true; // the machine rebooted since: every process of then is gone
        }
        if other.pid_ns != self.pid_ns {
            return false; // another container on this machine: its pids are not ours to look up
        }
        match start_time(&other.pid.to_string()) {
            Some(start) => start != other.start, // the pid was reused by a later process
            None => !std::path::Path::new(&format!("/proc/{}", other.pid)).exists(),
        }
    }
}

fn read_trimmed(path: &str) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(text.trim().to_string()).filter(|t| !t.is_empty())
}

fn pid_namespace(pid: &str) -> Option<String> {
    let link = std::fs::read_link(format!("/proc/{pid}/ns/pid")).ok()?;
    Some(link.to_string_lossy().into_owned())
}

/// Field 22 of `/proc/PID/stat`: the fields after the command name, which is in parentheses and may
/// hold spaces or parentheses itself, so counting starts after the last ')'.
fn start_time(pid: &str) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after_name = &stat[stat.rfind(')')? + 1..];
    // After the name come state (field 3) ... starttime (field 22): index 19 of the rest.
    after_name.split_whitespace().nth(19)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_live_process_is_alive_and_a_gone_one_dead() {
        let Some(me) = Identity::current() else {
            return; // no /proc here: nothing can be known dead, nothing to test
        };
        assert!(!me.knows_dead(&me));
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let gone = Identity {
            pid: child.id(),
            start: start_time(&child.id().to_string()).unwrap_or(0),
            ..me.clone()
        };
        child.wait().unwrap();
        assert!(me.knows_dead(&gone));
        let reused = Identity {
            start: me.start + 1,
            ..me.clone()
        };
        assert!(me.knows_dead(&reused), "same pid, other start: reused");
        let elsewhere = Identity {
            host: format!("{}-other", me.host),
            ..gone.clone()
        };
        assert!(!me.knows_dead(&elsewhere));
        let rebooted = Identity {
            boot: "another-boot".into(),
            ..me.clone()
        };
        assert!(me.knows_dead(&rebooted));
    }
}
