//! The HTML report in a real browser: headless Chromium takes screenshots and the
//! test reads the pixels.
//!
//! 1. The report of the Chinese example, at an A4-like 1240×1754 window: the PNG
//!    has the window's size, and the four quadrant colours and the three synergy
//!    series colours are on it (the overview shows both charts at the top).
//! 2. Chinese text, not boxes ("tofu"). A probe page carries the report's own
//!    `<style>` (so its font stack) and draws characters of the report's title in
//!    fixed cells, next to an unassigned code point (U+0378) that no font has and
//!    so always draws as the missing-glyph box. Real glyphs have ink, differ from
//!    each other and from that box; tofu is the same box every time. As a control,
//!    the same probe runs again under a fontconfig that sees only DejaVu (no CJK
//!    font), and the check must fail there: so it can fail, and does when Chinese
//!    would print as boxes.
//!
//! Without Chromium (`/usr/bin/chromium` or `chromium` on PATH) the test says it
//! was skipped and passes; `.ci/run` installs Chromium and the CJK fonts so it runs
//! there. On this machine it takes about 5 seconds (three Chromium starts).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use yeji::export::{ExportOptions, Format, export, svg};
use yeji::i18n::Lang;
use yeji::session::file;

const WINDOW: (u32, u32) = (1240, 1754);
const TIMEOUT: Duration = Duration::from_secs(90);

fn chromium() -> Option<PathBuf> {
    let installed = PathBuf::from("/usr/bin/chromium");
    if installed.is_file() {
        return Some(installed);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("chromium"))
        .find(|candidate| candidate.is_file())
}

/// Screenshots `page` at `size` into `shot`; `env` adds variables (a fontconfig).
fn screenshot(browser: &Path, page: &Path, shot: &Path, size: (u32, u32), env: &[(&str, &Path)]) {
    let profile = tempfile::tempdir().unwrap();
    let mut command = Command::new(browser);
    command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--window-size={},{}", size.0, size.1))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("chromium starts");
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium failed: {status}");
            break;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium took longer than {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(shot.is_file(), "chromium wrote no screenshot");
}

/// Width, height and RGB pixels of a PNG.
fn decode(path: &Path) -> (u32, u32, Vec<[u8; 3]>) {
    let file = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let mut decoder = png::Decoder::new(file);
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buffer).unwrap();
    let channels = info.color_type.samples();
    let pixels = buffer[..info.buffer_size()]
        .chunks(channels)
        .map(|p| match channels {
            1 | 2 => [p[0]; 3],
            _ => [p[0], p[1], p[2]],
        })
        .collect();
    (info.width, info.height, pixels)
}

fn hex(colour: &str) -> [u8; 3] {
    let value = u32::from_str_radix(colour.trim_start_matches('#'), 16).unwrap();
    [(value >> 16) as u8, (value >> 8) as u8, value as u8]
}

fn count_near(pixels: &[[u8; 3]], colour: [u8; 3], tolerance: u8) -> usize {
    pixels
        .iter()
        .filter(|p| (0..3).all(|i| p[i].abs_diff(colour[i]) <= tolerance))
        .count()
}

fn report_html() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/example-zh-95598-hotline.ron");
    let session = file::load(&path).unwrap().session;
    let options = ExportOptions {
        format: Format::Html,
        lang: Lang::Zh,
        include_private: false,
        today: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
    };
    export(&session, &options)
}

const CELL: u32 = 80;
const STRIDE: u32 = 100;
/// Unassigned in Unicode: every font lacks it, so it draws as the missing-glyph box.
const MISSING: char = '\u{0378}';

/// A page with the report's style and one character per fixed cell.
fn probe_page(report: &str, characters: &[char]) -> String {
    let style = &report[report.find("<style>").unwrap()..report.find("</style>").unwrap() + 8];
    let cells: String = characters
        .iter()
        .enumerate()
        .map(|(index, c)| {
            format!(
                "<div class=\"probe\" style=\"left:{}px\">&#x{:x};</div>",
                20 + index as u32 * STRIDE,
                u32::from(*c)
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">{style}<style>\
         .probe {{ position: absolute; top: 20px; width: {CELL}px; height: {CELL}px; font-size: 56px; \
         line-height: {CELL}px; text-align: center; overflow: hidden; color: #000; }}</style></head>\
         <body>{cells}</body></html>"
    )
}

/// Each cell as a set of dark pixels.
fn cells(shot: &Path, count: usize) -> Vec<Vec<bool>> {
    let (width, _, pixels) = decode(shot);
    (0..count as u32)
        .map(|index| {
            let left = 20 + index * STRIDE;
            (20..20 + CELL)
                .flat_map(|y| (left..left + CELL).map(move |x| (x, y)))
                .map(|(x, y)| {
                    let [r, g, b] = pixels[(y * width + x) as usize];
                    u32::from(r) + u32::from(g) + u32::from(b) < 3 * 128
                })
                .collect()
        })
        .collect()
}

fn differing(a: &[bool], b: &[bool]) -> usize {
    a.iter().zip(b).filter(|(x, y)| x != y).count()
}

/// Whether the Chinese cells (all but the last, which is [`MISSING`]) hold real
/// glyphs: inked, unlike each other, unlike the missing-glyph box.
fn glyphs_are_real(cells: &[Vec<bool>]) -> Result<(), String> {
    let (chinese, missing) = cells.split_at(cells.len() - 1);
    let missing = &missing[0];
    for (index, cell) in chinese.iter().enumerate() {
        let ink = cell.iter().filter(|dark| **dark).count();
        if ink < 40 {
            return Err(format!(
                "character {index} drew nothing ({ink} dark pixels)"
            ));
        }
        if differing(cell, missing) < 40 {
            return Err(format!("character {index} is the missing-glyph box"));
        }
        for (other, second) in chinese.iter().enumerate().skip(index + 1) {
            if differing(cell, second) < 40 {
                return Err(format!(
                    "characters {index} and {other} look the same: boxes"
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn the_html_report_renders_in_headless_chromium_with_colours_and_chinese() {
    let Some(browser) = chromium() else {
        println!("skipped: chromium not installed (the browser check runs in .ci/run)");
        return;
    };
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let report = report_html();
    let page = dir.path().join("report.html");
    std::fs::write(&page, &report).unwrap();
    let shot = dir.path().join("shot.png");
    screenshot(&browser, &page, &shot, WINDOW, &[]);
    let (width, height, pixels) = decode(&shot);
    assert_eq!(
        (width, height),
        WINDOW,
        "the screenshot has the window's size"
    );
    for colour in svg::QUADRANT_COLOURS.iter().chain(&svg::SERIES_COLOURS) {
        let found = count_near(&pixels, hex(colour), 10);
        assert!(
            found > 300,
            "{colour}: only {found} pixels of it on the page"
        );
    }
    let white = count_near(&pixels, [255, 255, 255], 0);
    assert!(
        white > pixels.len() / 2,
        "a light page: {white} white pixels"
    );

    let title: Vec<char> = "业技融合共创工作坊"
        .chars()
        .filter(|c| report.contains(*c))
        .take(6)
        .collect();
    assert_eq!(title.len(), 6, "the report's title is Chinese");
    let mut characters = title.clone();
    characters.push(MISSING);
    let probe = dir.path().join("probe.html");
    std::fs::write(&probe, probe_page(&report, &characters)).unwrap();
    let probe_shot = dir.path().join("probe.png");
    screenshot(&browser, &probe, &probe_shot, (1240, 400), &[]);
    if let Err(problem) = glyphs_are_real(&cells(&probe_shot, characters.len())) {
        panic!(
            "Chinese renders as boxes ({problem}); install a CJK font (Debian: fonts-noto-cjk). fc-list :lang=zh says:\n{}",
            String::from_utf8_lossy(
                &Command::new("fc-list")
                    .arg(":lang=zh")
                    .output()
                    .map(|out| out.stdout)
                    .unwrap_or_default()
            )
        );
    }

    // The control: without a CJK font the same check must fail.
    let config = dir.path().join("fonts.conf");
    std::fs::write(
        &config,
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\
             <dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>{}</cachedir></fontconfig>\n",
            dir.path().join("fontcache").display()
        ),
    )
    .unwrap();
    let control = dir.path().join("control.png");
    screenshot(
        &browser,
        &probe,
        &control,
        (1240, 400),
        &[("FONTCONFIG_FILE", &config)],
    );
    assert!(
        glyphs_are_real(&cells(&control, characters.len())).is_err(),
        "without a CJK font the tofu check still passed: it cannot tell boxes from glyphs"
    );
    println!("browser check took {:.1?}", started.elapsed());
}
