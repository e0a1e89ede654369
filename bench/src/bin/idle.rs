//! Idle benchmark: what a running Limber costs while its window is closed and it waits in the tray for the
//! next reminder (on Linux that is the `limber-tray` process, which takes over when the window closes). It measures a Limber that is already running (yours, on a real desktop with a real tray,
//! or one started by a script), so it complements `bench/footprint/`, which launches its own under Xvfb.
//!
//! It reads only `/proc`: the PSS of the whole process tree (`/proc/<pid>/smaps_rollup`, the Limber process
//! and every process it started) and the user + system CPU seconds the tree spends over `--seconds` (300 by
//! default, the target's five minutes; shorter runs are scaled to five minutes and say so). It prints each
//! figure beside its target and never signals or changes the process it watches.
//!
//! ```sh
//! cargo run --release -p limber-bench --bin idle                 # the one Limber of this user, 5 minutes
//! cargo run --release -p limber-bench --bin idle -- --seconds 60 --pid 12345
//! ```

// A benchmark's whole purpose is to print its figures.
#![allow(clippy::print_stdout)]

use std::collections::BTreeMap;
use std::fs;
use std::process::ExitCode;
use std::time::Duration;

const MB: f64 = 1_000_000.0;
const PSS_TARGET_MB: f64 = 30.0;
const CPU_TARGET_PER_5_MIN: f64 = 0.1;
const FIVE_MINUTES: f64 = 300.0;

/// Linux reports CPU times in USER_HZ ticks, which the kernel fixes at 100 for user space on every
/// architecture Limber ships for.
const TICKS_PER_SECOND: f64 = 100.0;

struct Options {
    pid: Option<u32>,
    seconds: f64,
}

fn parse(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        pid: None,
        seconds: FIVE_MINUTES,
    };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--pid" => {
                options.pid = Some(value()?.parse().map_err(|_| "--pid needs a number")?);
            }
            "--seconds" => {
                let seconds: f64 = value()?.parse().map_err(|_| "--seconds needs a number")?;
                if !(seconds.is_finite() && seconds >= 1.0) {
                    return Err("--seconds must be at least 1".into());
                }
                options.seconds = seconds;
            }
            "--help" | "-h" => {
                return Err("usage: idle [--pid PID] [--seconds N (default 300)]".into());
            }
            other => return Err(format!("unknown option {other}; try --help")),
        }
    }
    Ok(options)
}

/// One process as `/proc/<pid>/stat` describes it.
#[derive(Debug, Clone)]
struct Process {
    pid: u32,
    parent: u32,
    name: String,
    /// User + system time, in ticks.
    ticks: u64,
}

fn read_process(pid: u32) -> Option<Process> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The name is in parentheses and may itself contain spaces or parentheses: split at the last ')'.
    let open = stat.find('(')?;
    let close = stat.rfind(')')?;
    let name = stat.get(open + 1..close)?.to_owned();
    let fields: Vec<&str> = stat.get(close + 2..)?.split(' ').collect();
    // After the name: state(0) ppid(1) ... utime(11) stime(12).
    let parent = fields.get(1)?.parse().ok()?;
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(Process {
        pid,
        parent,
        name,
        ticks: utime + stime,
    })
}

fn all_processes() -> Vec<Process> {
    let Ok(entries) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(read_process)
        .collect()
}

/// The root and every process below it.
fn tree(root: u32) -> Vec<Process> {
    let processes = all_processes();
    let mut members: Vec<Process> = processes
        .iter()
        .filter(|p| p.pid == root)
        .cloned()
        .collect();
    let mut frontier = vec![root];
    while let Some(parent) = frontier.pop() {
        for child in processes.iter().filter(|p| p.parent == parent) {
            frontier.push(child.pid);
            members.push(child.clone());
        }
    }
    members
}

/// The Limber to watch: the one given, or the only `limber` process whose parent is not a `limber` too.
fn find_limber(pid: Option<u32>) -> Result<u32, String> {
    if let Some(pid) = pid {
        return read_process(pid)
            .map(|p| p.pid)
            .ok_or(format!("no process {pid}"));
    }
    let processes = all_processes();
    // With the window closed, Linux runs `limber-tray` instead of the app; the app itself stays in the tray
    // elsewhere or with LIMBER_TRAY_PROCESS=off. A running app means the window may be open: the tray process
    // is what this measures when there is one.
    let trays: Vec<&Process> = processes
        .iter()
        .filter(|p| p.name == "limber-tray")
        .collect();
    if let [one] = trays.as_slice() {
        return Ok(one.pid);
    }
    let limbers: Vec<&Process> = processes
        .iter()
        .filter(|p| p.name == "limber")
        .filter(|p| {
            !processes
                .iter()
                .any(|parent| parent.pid == p.parent && parent.name == "limber")
        })
        .collect();
    match limbers.as_slice() {
        [one] => Ok(one.pid),
        [] => Err("no running Limber found; start it, close its window, then run this".into()),
        many => Err(format!(
            "{} Limber processes are running ({}); pick one with --pid",
            many.len(),
            many.iter()
                .map(|p| p.pid.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// PSS in bytes, from the kernel's rollup (kB).
fn pss_bytes(pid: u32) -> Option<f64> {
    let rollup = fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    rollup
        .lines()
        .find_map(|line| line.strip_prefix("Pss:"))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<f64>()
                .ok()
        })
        .map(|kb| kb * 1000.0)
}

fn verdict(value: f64, target: f64) -> &'static str {
    if value < target {
        "meets the target"
    } else {
        "ABOVE the target"
    }
}

fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let root = match find_limber(options.pid) {
        Ok(pid) => pid,
        Err(message) => {
            eprintln!("idle: {message}");
            return ExitCode::FAILURE;
        }
    };

    let before = tree(root);
    if before.iter().any(|p| p.name.starts_with("WebKitWebProces")) {
        println!("note: a WebKitWebProcess is alive, so the window looks open; close it for the idle figure");
    }
    println!(
        "idle benchmark: Limber pid {root}, {} processes, watching for {} s",
        before.len(),
        options.seconds
    );
    std::thread::sleep(Duration::from_secs_f64(options.seconds));
    let after = tree(root);
    if after.iter().all(|p| p.pid != root) {
        eprintln!("idle: Limber {root} ended during the measurement");
        return ExitCode::FAILURE;
    }

    // Memory at the end of the wait, by process name.
    let mut pss_by_name: BTreeMap<String, f64> = BTreeMap::new();
    for process in &after {
        if let Some(bytes) = pss_bytes(process.pid) {
            *pss_by_name.entry(process.name.clone()).or_default() += bytes;
        }
    }
    let pss_total: f64 = pss_by_name.values().sum();

    // CPU over the wait, for processes alive at both ends.
    let mut cpu_by_name: BTreeMap<String, f64> = BTreeMap::new();
    for process in &after {
        if let Some(start) = before.iter().find(|p| p.pid == process.pid) {
            let ticks = process.ticks.saturating_sub(start.ticks);
            #[allow(clippy::cast_precision_loss)]
            let seconds = ticks as f64 / TICKS_PER_SECOND;
            *cpu_by_name.entry(process.name.clone()).or_default() += seconds;
        }
    }
    let cpu_total: f64 = cpu_by_name.values().sum();
    let cpu_per_5_min = cpu_total * FIVE_MINUTES / options.seconds;

    println!();
    println!(
        "PSS, process tree   {:>8.1} MB           target < {PSS_TARGET_MB} MB: {}",
        pss_total / MB,
        verdict(pss_total / MB, PSS_TARGET_MB)
    );
    let mut by_size: Vec<(&String, &f64)> = pss_by_name.iter().collect();
    by_size.sort_by(|a, b| b.1.total_cmp(a.1));
    for (name, bytes) in by_size {
        println!("  {name:<20}{:>8.1} MB", bytes / MB);
    }
    let scaled = if (options.seconds - FIVE_MINUTES).abs() < f64::EPSILON {
        String::new()
    } else {
        format!(
            " (measured {cpu_total:.2} s over {} s, scaled)",
            options.seconds
        )
    };
    println!(
        "CPU, process tree   {cpu_per_5_min:>8.3} s per 5 min  target < {CPU_TARGET_PER_5_MIN} s: {}{scaled}",
        verdict(cpu_per_5_min, CPU_TARGET_PER_5_MIN)
    );
    for (name, seconds) in &cpu_by_name {
        println!("  {name:<20}{seconds:>8.3} s");
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_parse() {
        fn check(args: &[&str], expected: Result<(Option<u32>, f64), &str>) {
            let parsed = parse(args.iter().map(|a| (*a).to_owned())).map(|o| (o.pid, o.seconds));
            assert_eq!(parsed, expected.map_err(str::to_owned), "{args:?}");
        }
        check(&[], Ok((None, 300.0)));
        check(&["--seconds", "60"], Ok((None, 60.0)));
        check(&["--pid", "42", "--seconds", "5"], Ok((Some(42), 5.0)));
        check(&["--seconds", "0"], Err("--seconds must be at least 1"));
        check(&["--seconds"], Err("--seconds needs a value"));
        check(&["--pid", "x"], Err("--pid needs a number"));
        check(&["--fast"], Err("unknown option --fast; try --help"));
    }

    #[test]
    fn this_process_reads_from_proc() {
        let me = std::process::id();
        let process = read_process(me).unwrap();
        assert_eq!(process.pid, me);
        assert!(pss_bytes(me).unwrap() > 0.0);
        assert!(tree(me).iter().any(|p| p.pid == me));
    }
}
