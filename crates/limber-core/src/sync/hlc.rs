//! The hybrid logical clock that orders changes across devices, and the device id that breaks its
//! ties. A clock reading is wall-clock milliseconds plus a counter: it follows real time where the
//! devices' clocks agree, and never runs backwards or behind a change the device has already seen.
//! So a device whose clock is wrong (a year ahead) cannot win forever: once another device has seen
//! its changes, that device's next change is later still. It must never read a clock itself.

use std::fmt;

/// A device's id: 16 lowercase hexadecimal characters, chosen once per data directory.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DeviceId(String);

impl DeviceId {
    /// The id made of eight random bytes the caller drew.
    pub fn from_bytes(bytes: [u8; 8]) -> DeviceId {
        DeviceId(bytes.iter().map(|byte| format!("{byte:02x}")).collect())
    }

    /// Reads an id; anything but 16 lowercase hex characters is not one.
    pub fn parse(text: &str) -> Option<DeviceId> {
        let valid = text.len() == 16
            && text
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        valid.then(|| DeviceId(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The first characters, enough to tell two devices apart on a screen.
    pub fn short(&self) -> &str {
        &self.0[..4]
    }
}

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One reading of a device's hybrid logical clock. Ordered by time, then counter, then device, so
/// two different changes never compare equal.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hlc {
    pub millis: i64,
    pub counter: u32,
    pub device: DeviceId,
}

impl Hlc {
    /// Reads the text form `<millis>-<counter>-<device>`.
    pub fn parse(text: &str) -> Option<Hlc> {
        // Read from the right: the time may be negative (a clock set before 1970).
        let mut parts = text.rsplitn(3, '-');
        let device = DeviceId::parse(parts.next()?)?;
        let counter = parts.next()?.parse().ok()?;
        let millis = parts.next()?.parse().ok()?;
        Some(Hlc {
            millis,
            counter,
            device,
        })
    }
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}-{}", self.millis, self.counter, self.device)
    }
}

/// A device's clock: the latest reading it made or saw.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HlcClock {
    last: Option<(i64, u32)>,
}

impl HlcClock {
    /// A clock that has seen `last` (the greatest reading among its own and the others' changes).
    pub fn after(last: Option<&Hlc>) -> HlcClock {
        HlcClock {
            last: last.map(|hlc| (hlc.millis, hlc.counter)),
        }
    }

    /// The reading for a new change made at wall-clock `now_millis`: later than everything seen.
    pub fn tick(&mut self, now_millis: i64, device: &DeviceId) -> Hlc {
        let (millis, counter) = match self.last {
            Some((millis, counter)) if millis >= now_millis => (millis, counter.saturating_add(1)),
            _ => (now_millis, 0),
        };
        self.last = Some((millis, counter));
        Hlc {
            millis,
            counter,
            device: device.clone(),
        }
    }

    /// Takes in another device's reading, so this device's next change comes after it.
    pub fn observe(&mut self, seen: &Hlc) {
        let seen = (seen.millis, seen.counter);
        if self.last.is_none_or(|last| seen > last) {
            self.last = Some(seen);
        }
    }
}
