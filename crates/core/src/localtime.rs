//! An instant together with the UTC offset that was in force where the person was.
//!
//! Charts by local hour and weekday use each episode's own offset, so they stay
//! right across daylight-saving changes and travel. No time-zone database is
//! needed here: the offset is captured when the episode is logged.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime, PrimitiveDateTime, UtcOffset, Weekday};

/// Largest offset accepted, in minutes (UTC−14:00 … UTC+14:00 cover every zone in use).
pub const MAX_OFFSET_MIN: i16 = 14 * 60;

/// Why a time could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    #[error("“{0}” is not a date and time like 2026-11-20T03:10:00+01:00")]
    Unreadable(String),
    #[error("a UTC offset of {0} minutes is not used anywhere on Earth")]
    OffsetOutOfRange(i32),
    #[error("that date is outside the years 1900 to 9999")]
    OutOfRange,
}

/// A moment (whole seconds since the Unix epoch, UTC) and the local UTC offset in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalInstant {
    utc_s: i64,
    offset_min: i16,
}

impl LocalInstant {
    /// Builds an instant; the offset must be within ±14 h and the date within years 1900–9999.
    pub fn new(utc_s: i64, offset_min: i32) -> Result<Self, TimeError> {
        if offset_min.unsigned_abs() > MAX_OFFSET_MIN as u32 {
            return Err(TimeError::OffsetOutOfRange(offset_min));
        }
        let me = LocalInstant {
            utc_s,
            offset_min: offset_min as i16,
        };
        let year = me.offset_date_time()?.year();
        if !(1900..=9999).contains(&year) {
            return Err(TimeError::OutOfRange);
        }
        Ok(me)
    }

    /// Reads an RFC 3339 date-time with an offset, e.g. `2026-11-20T03:10:00+01:00`.
    /// Fractions of a second are dropped.
    pub fn parse_rfc3339(text: &str) -> Result<Self, TimeError> {
        let odt = OffsetDateTime::parse(text.trim(), &Rfc3339)
            .map_err(|_| TimeError::Unreadable(text.to_string()))?;
        let off = odt.offset();
        if off.seconds_past_minute() != 0 {
            return Err(TimeError::Unreadable(text.to_string()));
        }
        Self::new(odt.unix_timestamp(), off.whole_minutes() as i32)
    }

    /// Builds an instant from a local wall-clock time and the offset in force then.
    pub fn from_local(local: PrimitiveDateTime, offset_min: i32) -> Result<Self, TimeError> {
        if offset_min.unsigned_abs() > MAX_OFFSET_MIN as u32 {
            return Err(TimeError::OffsetOutOfRange(offset_min));
        }
        let utc_s = local.assume_utc().unix_timestamp() - i64::from(offset_min) * 60;
        Self::new(utc_s, offset_min)
    }

    /// Seconds since the Unix epoch (UTC).
    pub fn utc_s(self) -> i64 {
        self.utc_s
    }

    /// The UTC offset in minutes that was in force locally.
    pub fn offset_min(self) -> i16 {
        self.offset_min
    }

    fn offset_date_time(self) -> Result<OffsetDateTime, TimeError> {
        let offset = UtcOffset::from_whole_seconds(i32::from(self.offset_min) * 60)
            .map_err(|_| TimeError::OffsetOutOfRange(i32::from(self.offset_min)))?;
        Ok(OffsetDateTime::from_unix_timestamp(self.utc_s)
            .map_err(|_| TimeError::OutOfRange)?
            .to_offset(offset))
    }

    fn odt(self) -> OffsetDateTime {
        // `new` has checked that this instant is representable.
        self.offset_date_time()
            .unwrap_or(OffsetDateTime::UNIX_EPOCH)
    }

    /// The local wall-clock date and time.
    pub fn local(self) -> PrimitiveDateTime {
        let odt = self.odt();
        PrimitiveDateTime::new(odt.date(), odt.time())
    }

    /// The local calendar date.
    pub fn local_date(self) -> Date {
        self.odt().date()
    }

    /// The local hour, 0–23.
    pub fn local_hour(self) -> u8 {
        self.odt().hour()
    }

    /// The local weekday, Monday = 0 … Sunday = 6.
    pub fn local_weekday(self) -> u8 {
        self.odt().weekday().number_days_from_monday()
    }

    /// The local weekday as a `time` value.
    pub fn weekday(self) -> Weekday {
        self.odt().weekday()
    }

    /// RFC 3339 with the local offset, e.g. `2026-11-20T03:10:00+01:00`.
    pub fn to_rfc3339(self) -> String {
        self.odt()
            .format(&Rfc3339)
            .unwrap_or_else(|_| self.utc_s.to_string())
    }
}

impl std::fmt::Display for LocalInstant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for LocalInstant {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for LocalInstant {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        LocalInstant::parse_rfc3339(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::macros::datetime;

    #[test]
    fn parses_and_keeps_the_offset() {
        let t = LocalInstant::parse_rfc3339("2026-11-20T03:10:00+01:00").unwrap();
        assert_eq!(t.offset_min(), 60);
        assert_eq!(t.local_hour(), 3);
        assert_eq!(t.utc_s(), 1_795_140_600);
        assert_eq!(t.to_rfc3339(), "2026-11-20T03:10:00+01:00");
        // 2026-11-20 is a Friday.
        assert_eq!(t.local_weekday(), 4);
    }

    #[test]
    fn rejects_bad_text_and_offsets() {
        assert!(matches!(
            LocalInstant::parse_rfc3339("yesterday"),
            Err(TimeError::Unreadable(_))
        ));
        assert!(matches!(
            LocalInstant::parse_rfc3339("2026-11-20T03:10:00"),
            Err(TimeError::Unreadable(_))
        ));
        assert_eq!(
            LocalInstant::new(0, 15 * 60),
            Err(TimeError::OffsetOutOfRange(900))
        );
        assert_eq!(
            LocalInstant::new(-3_000_000_000, 0),
            Err(TimeError::OutOfRange)
        );
    }

    /// Central European time: UTC+1, and UTC+2 from the last Sunday of March
    /// 01:00 UTC to the last Sunday of October 01:00 UTC.
    fn berlin_offset_min(utc_s: i64) -> i32 {
        let t = OffsetDateTime::from_unix_timestamp(utc_s).unwrap();
        let year = t.year();
        let last_sunday = |month: time::Month| {
            let mut d = Date::from_calendar_date(year, month, 31).unwrap();
            while d.weekday() != Weekday::Sunday {
                d = d.previous_day().unwrap();
            }
            PrimitiveDateTime::new(d, time::Time::from_hms(1, 0, 0).unwrap())
                .assume_utc()
                .unix_timestamp()
        };
        let start = last_sunday(time::Month::March);
        let end = last_sunday(time::Month::October);
        if utc_s >= start && utc_s < end {
            120
        } else {
            60
        }
    }

    #[test]
    fn spring_forward_skips_two_oclock() {
        // 2026-03-29 00:59:59 UTC is 01:59:59 CET; one second later it is 03:00 CEST.
        let before = datetime!(2026-03-29 00:59:59 UTC).unix_timestamp();
        let a = LocalInstant::new(before, berlin_offset_min(before)).unwrap();
        let b = LocalInstant::new(before + 1, berlin_offset_min(before + 1)).unwrap();
        assert_eq!((a.local_hour(), b.local_hour()), (1, 3));
        assert_eq!(a.local_date(), b.local_date());
    }

    #[test]
    fn fall_back_repeats_two_oclock_in_order() {
        let first = datetime!(2026-10-25 00:30:00 UTC).unix_timestamp();
        let second = first + 3600;
        let a = LocalInstant::new(first, berlin_offset_min(first)).unwrap();
        let b = LocalInstant::new(second, berlin_offset_min(second)).unwrap();
        assert_eq!((a.local_hour(), b.local_hour()), (2, 2));
        assert!(
            a < b,
            "instants stay ordered by UTC even when local clocks repeat"
        );
    }

    proptest! {
        #[test]
        fn rfc3339_round_trips(utc_s in -2_000_000_000i64..7_000_000_000, off in -840i32..=840) {
            let t = LocalInstant::new(utc_s, off).unwrap();
            let back = LocalInstant::parse_rfc3339(&t.to_rfc3339()).unwrap();
            prop_assert_eq!(t, back);
        }

        #[test]
        fn local_fields_follow_the_offset(utc_s in 0i64..7_000_000_000, off in -840i32..=840) {
            let t = LocalInstant::new(utc_s, off).unwrap();
            let shifted = utc_s + i64::from(off) * 60;
            prop_assert_eq!(i64::from(t.local_hour()), shifted.rem_euclid(86_400) / 3600);
            // 1970-01-01 was a Thursday (Monday = 0 → 3).
            let day = shifted.div_euclid(86_400);
            prop_assert_eq!(i64::from(t.local_weekday()), (day + 3).rem_euclid(7));
            let back = LocalInstant::from_local(t.local(), off).unwrap();
            prop_assert_eq!(back, t);
        }

        #[test]
        fn dst_zone_wall_clock_is_consistent(utc_s in 1_700_000_000i64..1_900_000_000) {
            let off = berlin_offset_min(utc_s);
            let t = LocalInstant::new(utc_s, off).unwrap();
            // The same wall clock read back with the same offset is the same instant,
            // and the hour counted by the offset the zone used is the one shown.
            prop_assert_eq!(LocalInstant::from_local(t.local(), off).unwrap(), t);
            let expected_hour = (utc_s + i64::from(off) * 60).rem_euclid(86_400) / 3600;
            prop_assert_eq!(i64::from(t.local_hour()), expected_hour);
            prop_assert!(off == 60 || off == 120);
        }
    }
}
