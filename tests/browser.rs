//! The HTML report in a real browser: Debian's chromium loads the page headless, must
//! log no console message (a blocked load, a CSP violation, a script error), must parse
//! it into the structure we wrote, and saves a PNG screenshot.
//!
//! Without chromium the tests are reported as *ignored* (not passed), unless CI is set:
//! in CI a missing browser fails each of them (`.ci/run` installs it). The same holds for
//! axe-core (the accessibility checks), which `.ci/run` installs with npm.
//!
//! Whether chromium is there is known only when the tests run, and libtest cannot mark a
//! test ignored at run time, so this file has its own `main` (`harness = false` in
//! Cargo.toml) on libtest-mimic, which can: same command line, same report. (A build
//! script setting a cfg would decide at build time, and a cached build would go on
//! ignoring, or failing, after chromium was installed or removed.)

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Trial};

use common::formats::{ACTUALS, HOSTILE_ACTUALS, HOSTILE_SPEC, SPEC, check};

const TIMEOUT: Duration = Duration::from_secs(90);

/// The browser on `PATH`, if any.
fn chromium() -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
            .find(|p| p.is_file())
    })
}

type BrowserTest = fn(&Path);

const TESTS: [(&str, BrowserTest); 8] = [
    (
        "no_horizontal_scrolling_at_320_390_and_1280_px",
        no_horizontal_scrolling_at_320_390_and_1280_px,
    ),
    (
        "axe_core_finds_no_serious_violation_in_light_mode",
        axe_core_finds_no_serious_violation_in_light_mode,
    ),
    (
        "axe_core_finds_no_serious_violation_in_dark_mode",
        axe_core_finds_no_serious_violation_in_dark_mode,
    ),
    (
        "the_report_renders_without_errors_and_is_screenshot",
        the_report_renders_without_errors_and_is_screenshot,
    ),
    (
        "the_history_report_renders_without_errors_and_is_screenshot",
        the_history_report_renders_without_errors_and_is_screenshot,
    ),
    (
        "the_browser_parses_the_page_as_written",
        the_browser_parses_the_page_as_written,
    ),
    (
        "hostile_text_stays_text_in_the_browser",
        hostile_text_stays_text_in_the_browser,
    ),
    ("console_errors_are_detected", console_errors_are_detected),
];

fn main() {
    let args = Arguments::from_args();
    let browser = chromium();
    let in_ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    let ignored = browser.is_none() && !in_ci;
    if ignored {
        eprintln!(
            "note: chromium is not installed, so the HTML report is not checked in a browser \
             (tests ignored). Install it with `apt-get install -y chromium`; with CI set, a \
             missing browser fails these tests."
        );
    }
    let axe_missing = axe_core_path().is_none();
    if axe_missing && !in_ci {
        eprintln!(
            "note: axe-core is not installed, so the accessibility checks are ignored; \
             install it with `npm install --prefix target/axe --no-save axe-core@4.14.1` \
             (.ci/run does; with CI set, a missing axe-core fails them)."
        );
    }
    let trials = TESTS
        .iter()
        .map(|&(name, test)| {
            let ignored = ignored || (name.starts_with("axe") && axe_missing && !in_ci);
            let browser = browser.clone();
            Trial::test(name, move || match browser {
                Some(browser) => {
                    test(&browser);
                    Ok(())
                }
                // Run under CI, or asked for with `--ignored`.
                None => Err(
                    "chromium is not installed: install it (apt-get install -y chromium)".into(),
                ),
            })
            .with_ignored_flag(ignored)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

struct Run {
    stdout: String,
    stderr: String,
}

impl Run {
    /// Console messages the page caused: blocked loads, CSP violations, script errors.
    fn console_messages(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| l.contains(":CONSOLE") || l.contains("Uncaught"))
            .collect()
    }
}

/// Runs headless chromium on `page` with `args` (besides the usual ones), with a timeout.
fn chromium_run(browser: &Path, page: &Path, args: &[String]) -> Run {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
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
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium starts");
    // Read both pipes on threads so a chatty browser cannot block on a full pipe.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).ok();
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).ok();
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            child.kill().ok();
            panic!("chromium did not finish within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let run = Run {
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    };
    assert!(
        status.success(),
        "chromium failed ({status}):\n{}",
        run.stderr
    );
    run
}

fn write_page(dir: &Path, name: &str, html: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, html).unwrap();
    path
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG file");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&bytes[16..20]), be(&bytes[20..24]))
}

fn the_report_renders_without_errors_and_is_screenshot(browser: &Path) {
    let dir = tempfile::tempdir().unwrap();
    let (html, _) = check(SPEC, ACTUALS, "html", &[]);
    let page = write_page(dir.path(), "report.html", &html);
    let png = dir.path().join("report.png");
    let run = chromium_run(
        browser,
        &page,
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1280,2000".into(),
        ],
    );
    assert_eq!(
        run.console_messages(),
        Vec::<&str>::new(),
        "the page logged errors"
    );
    let bytes = std::fs::read(&png).expect("chromium saved a screenshot");
    assert_eq!(png_size(&bytes), (1280, 2000));
    // A blank page compresses to a few kilobytes; ten cards with charts do not.
    assert!(
        bytes.len() > 40_000,
        "the screenshot looks empty ({} bytes)",
        bytes.len()
    );
    let keep = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report.png");
    std::fs::copy(&png, &keep).unwrap();
    println!("screenshot: {}", keep.display());
}

/// `progress check examples/history/ --format html`: the built-in spec over seven
/// snapshots, with a line chart on every card whose target has two values or more.
fn history_page() -> String {
    let out = common::formats::progress()
        .args(["check", "examples/history/", "--format", "html"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the example has missed targets");
    String::from_utf8(out.stdout).unwrap()
}

fn the_history_report_renders_without_errors_and_is_screenshot(browser: &Path) {
    let dir = tempfile::tempdir().unwrap();
    let page = write_page(dir.path(), "history.html", &history_page());
    let dom = chromium_run(browser, &page, &["--dump-dom".into()]);
    assert_eq!(dom.console_messages(), Vec::<&str>::new());
    // Seven targets have a history in the example; the other fourteen keep their card.
    assert_eq!(dom.stdout.matches("<article class=\"card").count(), 21);
    assert_eq!(dom.stdout.matches("<svg class=\"line-chart\"").count(), 7);
    // One history line per chart, and one in the legend.
    assert_eq!(dom.stdout.matches("<polyline class=\"history\"").count(), 8);
    assert_eq!(
        dom.stdout.matches("⚠ at risk").count(),
        1,
        "smart factories"
    );

    let png = dir.path().join("history.png");
    let run = chromium_run(
        browser,
        &page,
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1280,1500".into(),
        ],
    );
    assert_eq!(
        run.console_messages(),
        Vec::<&str>::new(),
        "the page logged errors"
    );
    let bytes = std::fs::read(&png).expect("chromium saved a screenshot");
    assert_eq!(png_size(&bytes), (1280, 1500));
    assert!(
        bytes.len() > 40_000,
        "the screenshot looks empty ({} bytes)",
        bytes.len()
    );
    let keep = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-history.png");
    std::fs::copy(&png, &keep).unwrap();
    println!("screenshot: {}", keep.display());
}

fn the_browser_parses_the_page_as_written(browser: &Path) {
    let dir = tempfile::tempdir().unwrap();
    let (html, _) = check(SPEC, ACTUALS, "html", &[]);
    let page = write_page(dir.path(), "report.html", &html);
    let run = chromium_run(browser, &page, &["--dump-dom".into()]);
    assert_eq!(run.console_messages(), Vec::<&str>::new());
    let dom = run.stdout;
    assert_eq!(dom.matches("<article class=\"card").count(), 10, "{dom}");
    assert_eq!(dom.matches("<svg class=\"bullet\"").count(), 10);
    assert_eq!(
        dom.matches("<details>").count(),
        9,
        "the nine targets with a value (each has the file's `source`) or a quote"
    );
}

fn hostile_text_stays_text_in_the_browser(browser: &Path) {
    let dir = tempfile::tempdir().unwrap();
    let (html, _) = check(HOSTILE_SPEC, HOSTILE_ACTUALS, "html", &[]);
    let page = write_page(dir.path(), "hostile.html", &html);
    let run = chromium_run(browser, &page, &["--dump-dom".into()]);
    // An injected script or image would be blocked by the CSP, and logged.
    assert_eq!(run.console_messages(), Vec::<&str>::new());
    let dom = run.stdout;
    assert!(!dom.contains("<script"), "a script element reached the DOM");
    assert!(!dom.contains("<img"), "an image element reached the DOM");
    assert_eq!(dom.matches("<article class=\"card").count(), 4);
    assert!(dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
}

/// The check above would see errors: a page that loads an image and runs a script
/// under the same policy is reported.
fn console_errors_are_detected(browser: &Path) {
    let dir = tempfile::tempdir().unwrap();
    let page = write_page(
        dir.path(),
        "bad.html",
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" \
         content=\"default-src 'none'; style-src 'unsafe-inline'\"></head><body>\
         <img src=\"http://example.invalid/x.png\"><script>undefinedFunction()</script>\
         </body></html>",
    );
    let run = chromium_run(browser, &page, &["--dump-dom".into()]);
    assert!(run.console_messages().len() >= 2, "{}", run.stderr);
}

/// axe-core's browser build: `AXE_CORE_JS`, else what `.ci/run` installs
/// (`npm install --prefix target/axe axe-core`). Without it the axe tests are ignored,
/// and under CI they fail, saying how to install it.
fn axe_core_file() -> PathBuf {
    std::env::var_os("AXE_CORE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("target/axe/node_modules/axe-core/axe.min.js")
        })
}

fn axe_core_path() -> Option<PathBuf> {
    Some(axe_core_file()).filter(|p| p.is_file())
}

fn axe_core() -> String {
    let path = axe_core_file();
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "axe-core is needed at {} ({e}): run `npm install --prefix target/axe --no-save \
             axe-core@4.14.1` (as .ci/run does), or set AXE_CORE_JS",
            path.display()
        )
    })
}

/// The report with scripts allowed (for the test only: the report itself forbids them)
/// and `script` run at the end of its body.
fn with_script(html: &str, script: &str) -> String {
    let csp = "default-src 'none'; style-src 'unsafe-inline'";
    assert!(html.contains(csp), "the report's policy changed");
    html.replacen(
        csp,
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'",
        1,
    )
    .replacen("</body>", &format!("<script>{script}</script></body>"), 1)
}

/// What a script left in `<pre id="ID">` in the dumped DOM, unescaped.
fn pre(dom: &str, id: &str) -> String {
    let open = format!("<pre id=\"{id}\">");
    let start = dom
        .find(&open)
        .unwrap_or_else(|| panic!("no #{id} in the page: the script did not finish"))
        + open.len();
    let end = start + dom[start..].find("</pre>").unwrap();
    dom[start..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Headless chromium's window is at least 500 px wide, so narrower viewports are iframes
/// of that width: an iframe is a viewport of its own (its media queries, its scrolling).
/// The report inside writes the width of its content and of its viewport; the page
/// around copies them out.
fn widths_in_a_frame(browser: &Path, html: &str, width: u32) -> (u32, u32) {
    let inner = with_script(
        html,
        "var m=document.createElement('pre');m.id='measure';\
         m.textContent=document.documentElement.scrollWidth+' '+window.innerWidth;\
         document.body.appendChild(m);",
    );
    let srcdoc = inner.replace('&', "&amp;").replace('"', "&quot;");
    let outer = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">\
         <iframe id=\"f\" style=\"border:0\" width=\"{width}\" height=\"800\" srcdoc=\"{srcdoc}\"></iframe>\
         <script>var t=setInterval(function(){{var d=document.getElementById('f').contentDocument;\
         var m=d&&d.getElementById('measure');if(m){{clearInterval(t);\
         var p=document.createElement('pre');p.id='measure';p.textContent=m.textContent;\
         document.body.appendChild(p);}}}},50);</script></body></html>"
    );
    let dir = tempfile::tempdir().unwrap();
    let page = write_page(dir.path(), "frame.html", &outer);
    let run = chromium_run(
        browser,
        &page,
        &[
            "--dump-dom".into(),
            "--window-size=1400,900".into(),
            "--virtual-time-budget=10000".into(),
        ],
    );
    let measured = pre(&run.stdout, "measure");
    let mut parts = measured.split(' ').map(|n| n.parse::<u32>().unwrap());
    (parts.next().unwrap(), parts.next().unwrap())
}

fn no_horizontal_scrolling_at_320_390_and_1280_px(browser: &Path) {
    let (fixture, _) = check(SPEC, ACTUALS, "html", &[]);
    let (hostile, _) = check(HOSTILE_SPEC, HOSTILE_ACTUALS, "html", &[]);
    for (name, html) in [
        ("history", history_page()),
        ("fixture", fixture),
        ("hostile", hostile),
    ] {
        for width in [320, 390, 1280] {
            let (content, viewport) = widths_in_a_frame(browser, &html, width);
            assert_eq!(viewport, width, "{name}: the frame is the viewport");
            assert!(
                content <= viewport,
                "{name} at {width} px: the page is {content} px wide, it scrolls sideways"
            );
        }
    }
}

/// axe-core run inside the page (light or dark): no serious or critical violation of
/// WCAG 2.1 A and AA.
fn axe_finds_nothing_serious(browser: &Path, dark: bool) {
    let axe = axe_core();
    let script = format!(
        "{axe}\n;var d=document.createElement('pre');d.id='dark';\
         d.textContent=matchMedia('(prefers-color-scheme: dark)').matches;\
         document.body.appendChild(d);\
         axe.run(document,{{runOnly:{{type:'tag',values:['wcag2a','wcag2aa','wcag21a','wcag21aa']}}}})\
         .then(function(r){{var p=document.createElement('pre');p.id='axe';\
         p.textContent=JSON.stringify(r.violations.filter(function(v){{\
         return v.impact==='serious'||v.impact==='critical';}}).map(function(v){{\
         return v.id+' ('+v.impact+'): '+v.nodes.slice(0,3).map(function(n){{\
         return n.html+' '+n.failureSummary;}}).join(' | ');}}));\
         document.body.appendChild(p);}});"
    );
    let (fixture, _) = check(SPEC, ACTUALS, "html", &[]);
    for (name, html) in [("history", history_page()), ("fixture", fixture)] {
        let dir = tempfile::tempdir().unwrap();
        let page = write_page(dir.path(), "axe.html", &with_script(&html, &script));
        let mut args = vec![
            "--dump-dom".to_string(),
            "--window-size=1280,900".into(),
            "--virtual-time-budget=30000".into(),
        ];
        if dark {
            args.push("--force-dark-mode".into());
        }
        let run = chromium_run(browser, &page, &args);
        assert_eq!(pre(&run.stdout, "dark"), dark.to_string(), "colour scheme");
        let found = pre(&run.stdout, "axe");
        assert_eq!(
            found, "[]",
            "{name}: axe-core found serious violations: {found}"
        );
    }
}

fn axe_core_finds_no_serious_violation_in_light_mode(browser: &Path) {
    axe_finds_nothing_serious(browser, false);
}

fn axe_core_finds_no_serious_violation_in_dark_mode(browser: &Path) {
    axe_finds_nothing_serious(browser, true);
}
