//! Reading the due dates people type, in English and Chinese: `2026-12-31`,
//! `12-31`, `+2w`, `+10d`, `today`, `tomorrow`, `next monday`, `下周一`, `明天`,
//! `3天后`, `12月31日`. Relative forms count from `today`, which the caller passes
//! in so that the result never depends on the clock.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// The date `text` means, or `None` when it cannot be read.
pub fn parse_due(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let text = text.trim().to_lowercase();
    let text = text.as_str();
    if text.is_empty() {
        return None;
    }
    full_date(text)
        .or_else(|| month_day(text, today))
        .or_else(|| offset(text, today))
        .or_else(|| named_day(text, today))
        .or_else(|| weekday(text, today))
}

fn full_date(text: &str) -> Option<NaiveDate> {
    let normal = text.replace(['/', '.'], "-");
    NaiveDate::parse_from_str(&normal, "%Y-%m-%d")
        .ok()
        .or_else(|| {
            let digits = numbers(text);
            match (digits.as_slice(), text.contains('年')) {
                ([year, month, day], true) => NaiveDate::from_ymd_opt(*year as i32, *month, *day),
                _ => None,
            }
        })
}

/// `12-31`, `12/31`, `12月31日`: this year, or next year when that day has passed.
fn month_day(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let chinese = text.contains('月');
    let plain = text
        .chars()
        .all(|c| c.is_ascii_digit() || c == '-' || c == '/');
    if !(chinese || plain) {
        return None;
    }
    let [month, day] = numbers(text)[..] else {
        return None;
    };
    let this_year = NaiveDate::from_ymd_opt(today.year(), month, day)?;
    if this_year >= today {
        Some(this_year)
    } else {
        NaiveDate::from_ymd_opt(today.year() + 1, month, day)
    }
}

/// `+10d`, `+2w`, `+1m`, `3天后`, `2周后`, `两周后`, `in 3 days`.
fn offset(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let text = text.replace("in ", "+").replace("两", "2");
    let amount = *numbers(&text).first()? as i64;
    let unit_days = if text.ends_with('d') || text.contains("day") || text.contains('天') {
        1
    } else if text.ends_with('w')
        || text.contains("week")
        || text.contains('周')
        || text.contains("星期")
    {
        7
    } else if text.ends_with('m') || text.contains("month") || text.contains("个月") {
        return add_months(today, amount);
    } else {
        return None;
    };
    let relative = text.starts_with('+') || text.ends_with('后') || text.contains("later");
    relative.then(|| today + Duration::days(amount * unit_days))
}

fn add_months(today: NaiveDate, months: i64) -> Option<NaiveDate> {
    let total = today.year() as i64 * 12 + i64::from(today.month0()) + months;
    let (year, month) = ((total / 12) as i32, (total % 12) as u32 + 1);
    (0..4).find_map(|back| NaiveDate::from_ymd_opt(year, month, today.day() - back))
}

fn named_day(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let days = match text {
        "today" | "今天" => 0,
        "tomorrow" | "明天" => 1,
        "后天" => 2,
        _ => return None,
    };
    Some(today + Duration::days(days))
}

/// `monday`, `next monday`, `周一`, `下周一`, `星期五`, `下星期五`.
fn weekday(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let next_week = text.starts_with("next ") || text.starts_with('下');
    let name = text
        .trim_start_matches("next ")
        .trim_start_matches('下')
        .trim_start_matches("this ")
        .trim_start_matches('本')
        .trim_start_matches('这');
    let english = [
        ("mon", Weekday::Mon),
        ("tue", Weekday::Tue),
        ("wed", Weekday::Wed),
        ("thu", Weekday::Thu),
        ("fri", Weekday::Fri),
        ("sat", Weekday::Sat),
        ("sun", Weekday::Sun),
    ];
    let chinese = ["一", "二", "三", "四", "五", "六", "日"];
    let wanted = english
        .iter()
        .find(|(prefix, _)| name.starts_with(prefix))
        .map(|(_, day)| *day)
        .or_else(|| {
            let rest = name
                .strip_prefix('周')
                .or_else(|| name.strip_prefix("星期"))?;
            let rest = if rest == "天" { "日" } else { rest };
            chinese
                .iter()
                .position(|c| *c == rest)
                .map(|i| english[i].1)
        })?;
    let ahead = (wanted.num_days_from_monday() as i64
        - today.weekday().num_days_from_monday() as i64)
        .rem_euclid(7);
    let days = if next_week {
        // "next Monday" is the Monday of next week.
        7 - today.weekday().num_days_from_monday() as i64 + wanted.num_days_from_monday() as i64
    } else if ahead == 0 {
        7
    } else {
        ahead
    };
    Some(today + Duration::days(days))
}

fn numbers(text: &str) -> Vec<u32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .filter_map(|part| part.parse().ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Wednesday, 25 November 2026.
    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[test]
    fn every_written_form_reads_as_the_right_day() {
        let cases = [
            ("2026-12-31", "2026-12-31"),
            ("2027/1/15", "2027-01-15"),
            ("2027年1月15日", "2027-01-15"),
            ("12-31", "2026-12-31"),
            ("3-1", "2027-03-01"),
            ("12月31日", "2026-12-31"),
            ("+10d", "2026-12-05"),
            ("+2w", "2026-12-09"),
            ("+1m", "2026-12-25"),
            ("in 3 days", "2026-11-28"),
            ("3天后", "2026-11-28"),
            ("两周后", "2026-12-09"),
            ("today", "2026-11-25"),
            ("Tomorrow", "2026-11-26"),
            ("明天", "2026-11-26"),
            ("后天", "2026-11-27"),
            ("friday", "2026-11-27"),
            ("wednesday", "2026-12-02"),
            ("next monday", "2026-11-30"),
            ("next friday", "2026-12-04"),
            ("下周一", "2026-11-30"),
            ("下星期五", "2026-12-04"),
            ("周日", "2026-11-29"),
        ];
        for (typed, expected) in cases {
            let parsed = parse_due(typed, today()).map(|d| d.to_string());
            assert_eq!(parsed.as_deref(), Some(expected), "{typed}");
        }
    }

    #[test]
    fn nonsense_is_not_a_date() {
        for typed in [
            "",
            "soon",
            "2026-13-01",
            "12-32",
            "next blursday",
            "+xd",
            "下下下",
            "2月30日",
        ] {
            assert_eq!(parse_due(typed, today()), None, "{typed}");
        }
    }
}
