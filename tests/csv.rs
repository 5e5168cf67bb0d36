//! CSV export and import through the CLI: OWASP formula payloads neutralised, personal data
//! only on request, and a malformed sheet reported row by row with nothing imported.

mod common;
use common::Cli;

const PAYLOADS: &[&str] = &[
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1+1)",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "=cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
];

fn read(path: &std::path::Path) -> String {
    String::from_utf8(std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn exported_cells_never_start_a_formula() {
    let cli = Cli::new();
    let s = cli.id(&["session", "create", "--title", "=Summit"]);
    for p in PAYLOADS {
        // `--text=` so clap takes a leading '-' as the value, as a person typing it would.
        cli.id(&["concern", "add", &s, &format!("--text={p} payload"), &format!("--location={p}")]);
    }
    let out = cli.dir.path().join("c.csv");
    cli.ok(&["export", "csv", &s, "--table", "concerns", "--bom", "--out", out.to_str().unwrap()]);
    let text = read(&out);
    assert!(text.starts_with('\u{feff}'), "--bom writes a byte-order mark");
    let mut reader = csv::ReaderBuilder::new().from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut cells = 0;
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            cells += 1;
            let first = cell.chars().next();
            assert!(
                !matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\n')),
                "cell {cell:?} could be read as a formula"
            );
        }
    }
    assert!(cells > PAYLOADS.len() * 10);
    assert!(text.contains("'=HYPERLINK"), "the payload is kept, as text");
}

#[test]
fn names_and_contacts_only_when_asked() {
    let cli = Cli::new();
    let s = cli.id(&["session", "create", "--title", "Summit"]);
    cli.id(&[
        "signin",
        "add",
        &s,
        "--name",
        "Rosalind Q.",
        "--email",
        "rq@example.org",
        "--consent",
        "--zip",
        "98122",
    ]);
    cli.id(&["signin", "add", &s]);
    let plain = cli.dir.path().join("s.csv");
    cli.ok(&["export", "csv", &s, "--table", "signins", "--out", plain.to_str().unwrap()]);
    let text = read(&plain);
    assert!(!text.contains("Rosalind") && !text.contains("example.org"), "no names by default: {text}");
    assert_eq!(text.lines().count(), 3, "both sign-ins are counted");
    let full = cli.dir.path().join("sp.csv");
    cli.ok(&[
        "export",
        "csv",
        &s,
        "--table",
        "signins",
        "--with-personal-data",
        "--out",
        full.to_str().unwrap(),
    ]);
    assert!(read(&full).contains("Rosalind Q.,rq@example.org"));
}

#[test]
fn votes_and_actions_export() {
    let cli = Cli::new();
    let s = cli.id(&["demo"]);
    let votes = cli.dir.path().join("v.csv");
    cli.ok(&["export", "csv", &s, "--table", "votes", "--out", votes.to_str().unwrap()]);
    let text = read(&votes);
    assert!(text.lines().next().unwrap().contains("Borda points"));
    assert_eq!(text.matches(",winner,").count(), 1, "one runoff winner");
    let actions = cli.dir.path().join("a.csv");
    cli.ok(&["export", "csv", &s, "--table", "actions", "--out", actions.to_str().unwrap()]);
    assert!(read(&actions).contains("result-based"));
}

#[test]
fn a_malformed_sheet_reports_each_bad_row_and_imports_nothing() {
    let cli = Cli::new();
    let s = cli.id(&["session", "create", "--title", "Summit"]);
    cli.id(&["group", "add", &s, "--name", "Table 2", "--language", "es"]);
    let sheet = cli.dir.path().join("sheet.csv");
    std::fs::write(
        &sheet,
        "name,zip,language,interpreter,role,email,consent,group,time_in\n\
         Ana B.,98122,es,yes,resident,,no,Table 2,2027-03-11T18:45:00-08:00\n\
         Bad Zip,ABCDE,en,no,resident,,,,\n\
         No Consent,98122,en,no,resident,x@example.org,no,,\n\
         Odd,98144,english please,maybe,mayor,,,Table 99,\n\
         Late,98144,en,no,resident,,,,yesterday\n",
    )
    .unwrap();
    let before = cli.state();
    let r =
        cli.run(&["--json", "import", "csv", &s, "--table", "signins", "--file", sheet.to_str().unwrap()]);
    assert_eq!(r.code, 1, "a sheet with bad rows fails: {}", r.stderr);
    let v = r.json();
    assert_eq!(v["error"]["code"], "csv-invalid");
    assert_eq!(v["imported"], 0);
    let problems: Vec<(u64, String)> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["line"].as_u64().unwrap(), p["column"].as_str().unwrap().to_string()))
        .collect();
    for expected in
        [(3, "zip"), (4, "consent"), (5, "interpreter"), (5, "role"), (5, "group"), (6, "time_in")]
    {
        assert!(
            problems.contains(&(expected.0, expected.1.to_string())),
            "{expected:?} reported: {problems:?}"
        );
    }
    assert!(r.stderr.contains("nothing was imported") && r.stderr.contains("--skip-invalid"), "{}", r.stderr);
    assert_eq!(cli.state(), before, "nothing was imported");

    let v = cli.ok(&[
        "import",
        "csv",
        &s,
        "--table",
        "signins",
        "--file",
        sheet.to_str().unwrap(),
        "--skip-invalid",
    ]);
    assert_eq!(v["imported"], 1, "only the valid row goes in: {v}");
    let counts = cli.ok(&["signin", "counts", &s]);
    assert_eq!(counts["by_group"]["Table 2"], 1);
}

#[test]
fn an_agenda_template_imports_in_order() {
    let cli = Cli::new();
    let s = cli.id(&["session", "create", "--title", "Summit", "--room-minutes", "120"]);
    let file = cli.dir.path().join("agenda.csv");
    std::fs::write(&file, "Title,Minutes,Presenter,Kind\nWelcome,10,Facilitator,welcome\nBreakouts,45,,breakout\nReport-out,20,,report-out\n").unwrap();
    let v = cli.ok(&["import", "csv", &s, "--table", "agenda", "--file", file.to_str().unwrap()]);
    assert_eq!(v["imported"], 3);
    let agenda = cli.ok(&["agenda", "list", &s]);
    let titles: Vec<&str> =
        agenda["agenda"].as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Welcome", "Breakouts", "Report-out"]);
    // An unknown column is a problem of its own.
    std::fs::write(&file, "Title,Minutes,Colour\nX,5,red\n").unwrap();
    let (code, _) = cli.fails(&["import", "csv", &s, "--table", "agenda", "--file", file.to_str().unwrap()]);
    assert_eq!(code, "csv-invalid");
}

/// Opens a CSV in LibreOffice (headless, the way a spreadsheet user would) and returns the cells
/// it kept as formulas, from the converted spreadsheet's content.xml; None without LibreOffice
/// unless the test command requires it.
fn libreoffice_formulas(csv: &std::path::Path) -> Option<(Vec<String>, String)> {
    let present = std::process::Command::new("soffice").arg("--version").output().is_ok();
    if !common::available("LIBREOFFICE", present, "LibreOffice (libreoffice-calc-nogui) is not installed") {
        return None;
    }
    let dir = csv.parent().unwrap();
    let profile = dir.join("lo-profile");
    let out = std::process::Command::new("soffice")
        .arg(format!("-env:UserInstallation=file://{}", profile.display()))
        .args(["--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "ods", "--outdir"])
        .arg(dir)
        .arg(csv)
        .output()
        .unwrap();
    assert!(out.status.success(), "soffice failed: {}", String::from_utf8_lossy(&out.stderr));
    let ods = csv.with_extension("ods");
    let unzipped =
        std::process::Command::new("unzip").arg("-p").arg(&ods).arg("content.xml").output().unwrap();
    assert!(unzipped.status.success(), "LibreOffice wrote a readable .ods");
    let content = String::from_utf8(unzipped.stdout).unwrap();
    let formulas = content
        .match_indices("table:formula=\"")
        .map(|(at, m)| content[at + m.len()..].split('"').next().unwrap().to_string())
        .collect();
    Some((formulas, content))
}

#[test]
fn libreoffice_reopens_the_owasp_payloads_and_evaluates_no_formula() {
    let cli = Cli::new();
    let s = cli.id(&["session", "create", "--title", "Summit"]);
    for p in PAYLOADS {
        cli.id(&["concern", "add", &s, &format!("--text={p}"), &format!("--location={p}")]);
    }
    let out = cli.dir.path().join("payloads.csv");
    cli.ok(&["export", "csv", &s, "--table", "concerns", "--out", out.to_str().unwrap()]);
    let Some((formulas, content)) = libreoffice_formulas(&out) else { return };
    assert!(formulas.is_empty(), "LibreOffice read formulas from the export: {formulas:?}");
    assert!(content.contains("=HYPERLINK"), "the payload text is kept, as text");

    // The control: the same payloads written raw are formulas to LibreOffice, so the check
    // above can fail.
    let raw = cli.dir.path().join("raw.csv");
    std::fs::write(&raw, "text\n=1+1\n@SUM(1+1)\n").unwrap();
    let (raw_formulas, _) = libreoffice_formulas(&raw).unwrap();
    assert!(!raw_formulas.is_empty(), "unneutralised payloads are read as formulas");
}

/// A sheet typed in Russian, Chinese or Somali says yes and no in its own words: the import
/// takes every shipped language's words whatever the sheet's language, and a word that is
/// neither is reported with the words of the person's own language.
#[test]
fn yes_and_no_in_the_sheets_own_language() {
    for (locale, yes, no, neither, hint) in [
        ("ru", "Да", "нет", "может быть", "да"),
        ("zh-Hant", "是", "否", "也許", "是"),
        ("so", "Haa", "maya", "laga yaabee", "haa"),
    ] {
        let cli = Cli::new();
        let s = cli.id(&["session", "create", "--title", "Summit"]);
        let sheet = cli.dir.path().join("sheet.csv");
        std::fs::write(
            &sheet,
            format!("name,interpreter,consent\nA,{yes},{no}\nB,{no},{no}\nC,{yes},{no}\n"),
        )
        .unwrap();
        let file = sheet.to_str().unwrap();
        let v = cli.ok(&["--locale", locale, "import", "csv", &s, "--table", "signins", "--file", file]);
        assert_eq!(v["imported"], 3, "{locale}: {v}");
        let counts = cli.ok(&["signin", "counts", &s]);
        assert_eq!(counts["interpreter_needed"], 2, "{locale}: {yes} is yes, {no} is no: {counts}");

        std::fs::write(&sheet, format!("name,interpreter\nD,{neither}\n")).unwrap();
        let r = cli
            .run(&["--json", "--locale", locale, "import", "csv", &s, "--table", "signins", "--file", file]);
        assert_eq!(r.code, 1, "{locale}: “{neither}” is refused");
        let message = r.json()["problems"][0]["message"].as_str().unwrap().to_string();
        assert!(message.contains(neither) && message.contains(hint), "{locale}: {message}");
    }
    // The English words always work (exports write them), in any language.
    assert_eq!(convene::reports::csv::import::parse_yes_no("YES"), Some(true));
    assert_eq!(convene::reports::csv::import::parse_yes_no("아니요"), Some(false));
    assert_eq!(convene::reports::csv::import::parse_yes_no("نعم"), Some(true));
    assert_eq!(convene::reports::csv::import::parse_yes_no("maybe"), None);
}
