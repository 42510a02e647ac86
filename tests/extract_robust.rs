//! extract never panics and always renders valid TOML, on any input.

#[path = "extract_common/mod.rs"]
mod common;

#[path = "common/mod.rs"]
mod cli_common;

use common::assert_valid_toml;
use progress::extract::{ExtractOptions, extract};

fn odd_inputs() -> Vec<String> {
    let mut v: Vec<String> = [
        "",
        " ",
        "\n\n\n",
        "1",
        "一",
        "万",
        "亿",
        "%",
        "百分之",
        "百分之万",
        "十四五",
        "第一",
        "5G",
        "1+N",
        "6-",
        "-8个",
        "6至",
        "至8个",
        "6-8",
        "8-6个",
        "。",
        "，，，；；：：",
        "增长%以上",
        "达到",
        "突破亿元",
        "分别达",
        "分别达90%",
        "分别",
        "、、、分别达、、",
        "已建成",
        "3年内要再建设1万个",
        "再建设1万个",
        "倍增",
        "三年倍增",
        "翻番翻番翻番",
        "年内投产",
        "投产",
        "升级为",
        "等投产",
        "、等年内投产",
        "“",
        "”",
        "“1万个”",
        "《》",
        "0个",
        "0.0000001%",
        "1e308个",
        "NaN个",
        "inf%",
        "１２３４５６７８９０１２３４５６７８９０亿元",
        "九九九九九九九九个",
        "十十十十个",
        "零零零个",
        "两两两万个",
        "一万万万万亿亿亿个",
        "\u{0}\u{1}\u{7f}达到5个\"\\",
        "达到5个\u{2029}以上",
        "\r\n达到\r\n5\r\n个\r\n",
        "2020年",
        "到9999年达到5个",
        "到1900年达到5个",
        "300年内达到5个",
        "０年内达到5个",
        "比2016年翻一番",
        "实现倍增",
        "力争9%",
        "增长8%，力争9%",
        "增长8%，力争7%",
        "（",
        "）",
        "（间）",
        "5.5%-6%",
        "5.5%-",
        "%-6%",
        "１．５万人",
        "1.2.3.4个",
        "1,2,3,4个",
        "1,000,000个",
        ",,,个",
        "……",
        "控制在左右",
        "左右以上以内以下",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.push("9".repeat(5000) + "个");
    v.push("一".repeat(3000) + "个");
    v.push("达到5个、".repeat(2000));
    v.push("“".repeat(1000) + "达到5个");
    v.push("增长15%\n\n以上、".repeat(500));
    // every char of the lexicon in odd orders
    let alphabet: Vec<char> = "0123456789.%-~至到一二两三四五六七八九十百千万亿个家项人元亩年岁以上内下左右达到突破超过不增长降低再新增倍翻番已目前加快等、，。；：“”（）分别投产升级为比实现".chars().collect();
    let mut x: u64 = 0x9E3779B97F4A7C15;
    for len in [1usize, 2, 3, 5, 8, 13, 40, 200] {
        for _ in 0..300 {
            let mut s = String::new();
            for _ in 0..len {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push(alphabet[(x % alphabet.len() as u64) as usize]);
            }
            v.push(s);
        }
    }
    v
}

#[test]
fn never_panics_and_always_valid_toml() {
    for s in odd_inputs() {
        let years: &[Option<i32>] = if s.len() > 600 {
            &[None]
        } else {
            &[None, Some(2020), Some(-5), Some(i32::MAX), Some(i32::MIN)]
        };
        for &year in years {
            let d = extract(&s, &ExtractOptions { year });
            assert_valid_toml(&d);
        }
    }
}

#[test]
fn review_comments_flag_missing_fields() {
    // 左右 on a ceiling rate (issue 12): at-most with a tolerance to review, not about.
    let d = extract("城镇调查失业率5.5%左右。", &ExtractOptions::default());
    let t = d.to_toml();
    assert!(t.contains("rule = \"at-most\"\nvalue = 5.5\n"), "{t}");
    assert!(
        t.contains("# review: 左右 on a ceiling: drafted as at-most 5.5 with a tolerance of 0.6"),
        "{t}"
    );
    assert!(t.contains("tolerance = 0.6\n"), "{t}");
    assert!(!t.contains("missing tolerance"), "{t}");
    // A floor's 左右 (a quantity to reach) is at-least with a tolerance to review (changed
    // with the heldout2 tuning: it was drafted `about`).
    let t = extract("城镇新增就业1200万人左右。", &ExtractOptions::default()).to_toml();
    assert!(t.contains("rule = \"at-least\"\nvalue = 1200\n"), "{t}");
    assert!(t.contains("tolerance = 120\n"), "{t}");
    assert!(!t.contains("# review: missing tolerance"), "{t}");
    assert!(t.contains("# review: missing deadline"), "{t}");
    let d = extract(
        "今年城镇调查失业率5.5%左右。",
        &ExtractOptions { year: Some(2021) },
    );
    let t = d.to_toml();
    assert!(t.contains("deadline = 2021-12-31"), "{t}");
    // A growth rate as such (GDP 增长 / 增速 6%左右) is a target to reach: `about`, with no
    // hint that lower is better (a new user found the hint on every growth target).
    for text in ["地区生产总值增长6%左右。", "地区生产总值增速6%左右。"] {
        let t = extract(text, &ExtractOptions { year: Some(2024) }).to_toml();
        assert!(t.contains("rule = \"about\""), "{t}");
        assert!(!t.contains("lower is better"), "{t}");
    }
}

#[test]
fn windows() {
    let dl = |s: &str| {
        let d = extract(s, &ExtractOptions { year: Some(2020) });
        d.targets
            .first()
            .and_then(|p| p.deadline)
            .map(|x| x.to_string())
    };
    assert_eq!(
        dl("全年技改投资增长15%以上。").as_deref(),
        Some("2020-12-31")
    );
    assert_eq!(dl("三年内打造5个智能工厂。").as_deref(), Some("2022-12-31"));
    assert_eq!(
        dl("3年内要再建设1万个基站。").as_deref(),
        Some("2022-12-31")
    );
    assert_eq!(
        dl("上半年完成12个项目验收。").as_deref(),
        Some("2020-06-30")
    );
    assert_eq!(
        dl("到2025年，城镇化率提高到75%。").as_deref(),
        Some("2025-12-31")
    );
    assert_eq!(
        dl("2021年，产值突破2200亿元。").as_deref(),
        Some("2021-12-31")
    );
    assert_eq!(
        dl("2025年底前，累计建成5G基站12万个。").as_deref(),
        Some("2025-12-31")
    );
}

#[test]
fn rules_and_goals() {
    let one = |s: &str| {
        let d = extract(s, &ExtractOptions { year: Some(2020) });
        let p = d
            .targets
            .first()
            .cloned()
            .unwrap_or_else(|| panic!("no proposal for {s}"));
        (
            p.rule.as_str(),
            p.measure.as_str(),
            p.goal,
            p.unit,
            p.stretch,
            p.baseline,
        )
    };
    use progress::extract::Goal::*;
    assert_eq!(one("产值突破2200亿元。").0, "more-than");
    assert_eq!(one("交易额达到50亿元。").0, "at-least");
    assert_eq!(one("失业率控制在4.5%以内。").0, "at-most");
    assert_eq!(one("死亡人数不超过12人。").0, "at-most");
    assert_eq!(one("浓度低于35微克/立方米。").0, "less-than");
    // A count to reach with 左右 is a floor with a tolerance (heldout2 tuning; was about).
    assert_eq!(one("实施机器换人项目50个左右。").0, "at-least");
    // Energy use is a ceiling: its 左右 is drafted as at-most with a tolerance (issue 12).
    let g = one("单位生产总值能耗降低3%左右。");
    assert_eq!((g.0, g.1, g.2), ("at-most", "growth", Some(Value(-3.0))));
    let g = one("居民消费价格涨幅3%左右。");
    assert_eq!((g.0, g.2), ("at-most", Some(Value(3.0))));
    let g = one("工业增加值增长11%。");
    assert_eq!((g.0, g.1, g.2), ("at-least", "growth", Some(Value(11.0))));
    let g = one("新区已建成5G基站1812个，3年内要再建设1万个。");
    assert_eq!((g.2, g.5), (Some(Increase(10000.0)), Some(1812.0)));
    let g = one("培育6至8个科技创新中心。");
    assert_eq!((g.2, g.4), (Some(Value(6.0)), Some(8.0)));
    let g = one("落实六大海洋产业三年倍增行动计划。");
    assert_eq!(g.2, Some(Multiply(2.0)));
    let g = one("人均预期寿命提高1岁。");
    assert_eq!((g.2, g.3.as_deref()), (Some(Increase(1.0)), Some("岁")));
    let d = extract(
        "推动芯恩、金能科技等龙头项目年内投产纳统。",
        &ExtractOptions { year: Some(2020) },
    );
    assert_eq!(d.targets.len(), 2);
    assert!(
        d.targets
            .iter()
            .all(|p| p.rule.as_str() == "done" && p.measure.as_str() == "milestone")
    );
}

#[test]
fn not_targets() {
    for s in [
        "目前，已组织742家规上工业企业和1893家中小企业在卡奥斯平台注册。",
        "加快推进聚大洋海洋生物医药科技园等总投资超过2000亿元的88个涉海项目。",
        "加快推进5G+8K超高清视频项目建设。",
        "全力做好“十四五”规划，抓实“1+N”政策体系落实，扎实做好“六稳”工作。",
        "每月组织一次项目集中开工、竣工投产仪式。",
        "全力支持海尔、海信、澳柯玛倍增计划。",
        "培育30亿、50亿、100亿级企业发展梯队。",
        "过去一年，地区生产总值增长8.3%，新增市场主体2.1万户。",
    ] {
        let d = extract(s, &ExtractOptions { year: Some(2020) });
        assert!(d.targets.is_empty(), "{s}: {:?}", d.targets);
    }
}

/// Fixes found by the independent reviewer's batch 3 (h13–h16), each in a general form.
mod batch3 {
    use progress::extract::Goal::*;
    use progress::extract::{Draft, ExtractOptions, extract};

    fn run(s: &str, year: i32) -> Draft {
        extract(s, &ExtractOptions { year: Some(year) })
    }

    #[test]
    fn status_carries_over_its_passage() {
        // The sentence after a 过去一年 sentence is still the report on last year.
        let d = run(
            "　　过去一年，我国国内生产总值达到121万亿元，增长3%。城镇新增就业1206万人。",
            2023,
        );
        assert!(d.targets.is_empty(), "{:?}", d.targets);
        for opener in ["去年", "回顾过去一年", "截至去年底"] {
            let d = run(&format!("{opener}，全市增长3%。新增市场主体2万户。"), 2023);
            assert!(d.targets.is_empty(), "{opener}: {:?}", d.targets);
        }
        // A past year at the head of the sentence opens a status report in a later text…
        let d = run("2022年，全市生产总值增长3%。城镇新增就业10万人。", 2023);
        assert!(d.targets.is_empty(), "{:?}", d.targets);
        // …but not in a text of that year.
        assert_eq!(
            run("2022年，全市生产总值增长3%。城镇新增就业10万人。", 2022)
                .targets
                .len(),
            2
        );
    }

    #[test]
    fn status_ends_at_a_forward_marker_or_a_new_passage() {
        for s in [
            "过去一年，全市增长3%。今年城镇新增就业10万人。",
            "过去一年，全市增长3%。要确保城镇新增就业10万人。",
            "过去一年，全市增长3%。到2025年，城镇化率提高到75%。",
            "过去一年，全市增长3%。今年发展主要预期目标是：城镇新增就业10万人。",
        ] {
            let d = run(s, 2023);
            assert_eq!(d.targets.len(), 1, "{s}: {:?}", d.targets);
        }
        // Issue 14 changed this: a results report opened by 过去一年 runs to the next
        // heading, across passages (a new passage used to end it).
        let s = "　　过去一年，全市增长3%。\n　　城镇新增就业10万人。";
        assert!(run(s, 2023).targets.is_empty(), "{s}");
        let s = "　　过去一年，全市增长3%。\n二、2023年工作安排\n　　城镇新增就业10万人。";
        assert_eq!(run(s, 2023).targets.len(), 1, "{s}");
    }

    #[test]
    fn a_counted_subject_is_a_count_not_a_milestone() {
        let d = run("上半年完成6至8个重点项目投产。", 2024);
        assert_eq!(d.targets.len(), 1, "{:?}", d.targets);
        let p = &d.targets[0];
        // (ytd since round 11: projects put into production in the half-year, the works verb
        // after the counted noun, as `完成12个老旧小区改造`; docs/extract.md, "Round 11:
        // speeches and party-congress reports".)
        assert_eq!((p.measure.as_str(), p.rule.as_str()), ("ytd", "at-least"));
        assert_eq!((p.goal, p.stretch), (Some(Value(6.0)), Some(8.0)));
        assert_eq!(
            p.deadline.map(|x| x.to_string()).as_deref(),
            Some("2024-06-30")
        );
        // A named project is still a milestone.
        let d = run("新能源汽车整车项目年内投产。", 2024);
        assert_eq!(d.targets.len(), 1);
        assert_eq!(d.targets[0].measure.as_str(), "milestone");
    }

    #[test]
    fn windows_do_not_cross_a_semicolon() {
        let d = run(
            "全年工业增加值增长6.5%，3年内战略性新兴产业产值倍增；万元GDP用水量降低8%。",
            2024,
        );
        let dl = |zh: &str| {
            d.targets
                .iter()
                .find(|p| p.name_zh.contains(zh))
                .and_then(|p| p.deadline)
                .map(|x| x.to_string())
        };
        assert_eq!(dl("产值").as_deref(), Some("2026-12-31"));
        assert_eq!(dl("用水量").as_deref(), Some("2024-12-31"));
        // A window in the lead clause governs the whole list.
        let d = run(
            "到2025年，城镇化率提高到65%；森林覆盖率稳定在62%以上。",
            2021,
        );
        assert_eq!(d.targets.len(), 2);
        assert!(
            d.targets
                .iter()
                .all(|p| p.deadline.map(|x| x.to_string()).as_deref() == Some("2025-12-31")),
            "{:?}",
            d.targets
        );
    }

    #[test]
    fn quote_is_the_promise_clause() {
        let d = run(
            "全年接待游客超过八千万人次，旅游总收入增长百分之十二。",
            2024,
        );
        let quotes: Vec<&str> = d.targets.iter().map(|p| p.quote.as_str()).collect();
        assert_eq!(
            quotes,
            ["全年接待游客超过八千万人次", "旅游总收入增长百分之十二"]
        );
        // A bare window clause before the promise is still quoted with it.
        let d = run("到2025年，城镇化率提高到75%。", 2021);
        assert_eq!(d.targets[0].quote, "到2025年，城镇化率提高到75%");
    }

    #[test]
    fn zai_tigao_is_an_increase_and_leaves_no_stray_zai() {
        let d = run("农村居民人均可支配收入再提高1500元。", 2022);
        assert_eq!(d.targets.len(), 1);
        let p = &d.targets[0];
        assert_eq!(p.name_zh, "农村居民人均可支配收入");
        assert_eq!(p.goal, Some(Increase(1500.0)));
        assert_eq!((p.measure.as_str(), p.rule.as_str()), ("level", "at-least"));
        assert_eq!(p.unit.as_deref(), Some("元"));
        for s in [
            "森林覆盖率进一步提高到65%。",
            "污水处理率继续稳定在95%以上。",
        ] {
            let d = run(s, 2022);
            let n = &d.targets[0].name_zh;
            assert!(!n.ends_with("进一步") && !n.ends_with("继续"), "{s}: {n}");
        }
    }

    #[test]
    fn liu_wen_liu_bao_is_a_name() {
        for s in [
            "全市将深入落实“六稳六保”和“1+N”政策体系。",
            "扎实做好六稳六保工作。",
            "落实六稳六保任务。",
        ] {
            let d = run(s, 2024);
            assert!(d.targets.is_empty(), "{s}: {:?}", d.targets);
        }
    }
}

/// Hostile inputs aimed at the newer extractor code, run through the real binary on real
/// files (`progress extract FILE --year Y`).
mod hostile_cli {
    use super::cli_common::{progress, temp_file};

    /// The draft `progress extract` writes for `text`. The timeout only guards against a
    /// hang (a quadratic path on these inputs took minutes); it measures nothing.
    fn draft(text: &str, year: &str) -> String {
        let (_dir, path) = temp_file("in.txt", text);
        let out = progress()
            .arg("extract")
            .arg(&path)
            .args(["--year", year])
            .timeout(std::time::Duration::from_secs(60))
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    }

    fn names(d: &str) -> Vec<String> {
        let v: toml::Table = toml::from_str(d).unwrap();
        v.get("target")
            .and_then(|t| t.as_array())
            .map(|a| {
                a.iter()
                    .map(|t| t["name"]["zh"].as_str().unwrap().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A rank with no subject of its own after a rank took the rank's subject, and added
    /// 排名 again (`产值排名排名排名…`): a name growing with every rank, quadratic in memory
    /// (8,000 ranks in a row took 1.8 GB and 15 s).
    #[test]
    fn a_rank_after_a_rank_keeps_its_subject_once() {
        let d = draft(
            "2026年，产值突破5亿元，保持第一，进入前三位，保持第二，进入前五名。",
            "2026",
        );
        assert_eq!(
            names(&d),
            ["产值", "产值排名", "产值排名", "产值排名", "产值排名"],
            "{d}"
        );
        let d = draft(
            &format!("2026年，{}。", "保持第一，进入前三位，".repeat(3000)),
            "2026",
        );
        let n = names(&d);
        assert_eq!(n.len(), 6000);
        assert!(n.iter().all(|x| x.chars().count() <= 2), "{:?}", &n[..4]);
    }

    /// Ranks in one clause with no punctuation: each one's name and quote ran from the
    /// clause's start, so every rank copied all the text before it (4,000 in a row: 7.7 s
    /// and 1.4 GB; 100,000 did not finish).
    #[test]
    fn ranks_in_one_long_clause_each_quote_their_own_words() {
        let d = draft(&"力争进入全省前三位".repeat(3000), "2026");
        let v: toml::Table = toml::from_str(&d).unwrap();
        let t = v["target"].as_array().unwrap();
        assert_eq!(t.len(), 3000);
        for x in t {
            assert!(x["quote"].as_str().unwrap().chars().count() <= 60, "{x}");
            assert!(
                x["name"]["zh"].as_str().unwrap().chars().count() <= 40,
                "{x}"
            );
        }
    }

    /// An item's deadline clauses each closed by a bracket (`新增学位2700个，8月底前完成（一），
    /// 8月底前完成（二），…`): the item's text before each one was scanned again from the item's
    /// start for a figure, quadratic in the sentence (20,000 such clauses: minutes). Each
    /// stretch is now read once; the one deadline governs the figure.
    #[test]
    fn deadline_clauses_in_one_item_are_read_once() {
        let text = format!(
            "2026年，新增学位2700个，{}。",
            "8月底前完成（一），".repeat(20_000)
        );
        let d = draft(&text, "2026");
        assert!(
            names(&d).iter().any(|x| x.contains("学位")),
            "{}",
            &d[..d.len().min(2000)]
        );
    }

    /// Each milestone looked for words of confidence (`完全有条件`) from its clause to the
    /// next `。` anywhere in the text: thousands of unpunctuated lines ending in a
    /// milestone word (`项目竣工`) made it quadratic (6,400 lines: 8 s in a release build;
    /// found by a hostile-input pass). The look now stops at the sentence's end.
    #[test]
    fn milestone_lines_without_punctuation_are_read_once() {
        let text = "项目竣工\n".repeat(20_000);
        let d = draft(&text, "2026");
        assert!(d.contains("rule = \"done\""), "{}", &d[..d.len().min(2000)]);
    }

    /// A table row whose name cell is 2 MB was drafted with that name and quote, a line
    /// `progress validate` refuses (over 1024 KiB); such a cell is no indicator's name.
    #[test]
    fn a_table_cell_of_megabytes_is_no_name() {
        let long = "规上工业增加值".repeat(100_000);
        let text = format!(
            "指标\t单位\t2025年基数\t2026年\t2027年\n{long}\t亿元\t1\t2\t3\n5G基站数\t万个\t1\t2\t3\n"
        );
        let d = draft(&text, "2026");
        assert!(
            d.lines().all(|l| l.len() < 4096),
            "a line of the draft is too long"
        );
        assert_eq!(
            names(&d),
            ["5G基站数", "5G基站数"],
            "{}",
            &d[..d.len().min(2000)]
        );
    }

    /// Round 11: a figure every four characters on one line (`今后五年` repeated: 5 MB took
    /// 17 s in a release build). Each figure asks for the lexicon's words in the 120
    /// characters before it; a position of the text is now tried only against the words
    /// starting with its character (`lexicon::contains_any`, `longest_at`).
    #[test]
    fn a_line_of_a_figure_every_four_characters_is_read_in_linear_time() {
        let d = draft(&format!("{}\n", "今后五年".repeat(30_000)), "2026");
        assert!(names(&d).is_empty(), "{}", &d[..d.len().min(2000)]);
    }

    /// Round 11: a line holding one number, repeated (`1⏎` × 2,500,000, 5 MB: 13.5 s in a
    /// release build): every line is a title, a sentence and a passage of its own.
    #[test]
    fn lines_of_a_lone_number_are_read_in_linear_time() {
        let d = draft(&"1\n".repeat(100_000), "2026");
        assert!(names(&d).is_empty(), "{}", &d[..d.len().min(2000)]);
    }

    /// Round 11: a draft of many thousands of proposals (a proposal every 33 bytes of text)
    /// is written to stdout a piece at a time (50 MB of such lines took 2.9 GB when the draft
    /// was held whole): every proposal is there, and the draft parses.
    #[test]
    fn a_draft_of_many_proposals_is_written_whole() {
        let d = draft(&"——新增就业100万人以上。\n".repeat(20_000), "2026");
        assert_eq!(names(&d).len(), 20_000);
        assert!(
            d.ends_with("quote = \"——新增就业100万人以上\"\n"),
            "{}",
            &d[d.len() - 200..]
        );
    }

    // Review 21 (docs/performance.md, "Review of rounds 23-24"): three quadratic paths.

    /// Review 21, finding 1: a 专栏 entry of thousands of distinct dated steps (`，2027年甲乙丙
    /// 楼建成` × 5,000, 140 KB: 9.9 s in a release build) built every proposal's unspaced
    /// quote again for each step. An entry is read for steps over its first 64 clauses.
    #[test]
    fn a_box_entry_of_thousands_of_steps_is_read_in_linear_time() {
        let chars: Vec<char> = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
            .chars()
            .collect();
        let mut text = String::from("专栏1 重点工程项目\n01 市疾病预防控制中心迁建项目");
        for k in 0..5_000 {
            let (a, b, c) = (k % 22, (k / 22) % 22, (k / 484) % 22);
            text.push_str(&format!(
                "，2027年{}{}{}楼建成",
                chars[a], chars[b], chars[c]
            ));
        }
        text.push_str("。\n");
        let d = draft(&text, "2026");
        let n = names(&d);
        assert!(!n.is_empty() && n.len() <= 64, "{}", n.len());
        assert!(n.iter().all(|x| x.ends_with("楼建成")), "{n:?}");
    }

    /// Review 21, finding 2: a pipe-table cell of `<br` × 100,000 with no `>` (300 KB: 6.7 s)
    /// looked for the `>` to the cell's end at each; it is looked for in the next 7 bytes.
    #[test]
    fn a_cell_of_unclosed_br_tags_is_read_in_linear_time() {
        let text = format!(
            "| 指标 | 单位 | 2027年目标 |\n|---|---|---|\n| 森林覆盖率{} | % | 45 |\n",
            "<br".repeat(100_000)
        );
        let d = draft(&text, "2026");
        assert!(names(&d).len() <= 1, "{}", &d[..d.len().min(2000)]);
    }

    /// Review 21, finding 3: two lines of 40,000 one-character pieces (`1  1  1 …`, 240 KB:
    /// 3.4 s) were matched piece by piece against every column so far; a line of more than
    /// 40 pieces is no line of vertical titles, and a piece finds its column by position.
    #[test]
    fn lines_of_thousands_of_one_character_pieces_are_read_in_linear_time() {
        let line = |c: &str| vec![c; 40_000].join("  ");
        let text = format!("{}\n{}\n", line("1"), line("2"));
        let d = draft(&text, "2026");
        assert!(names(&d).is_empty(), "{}", &d[..d.len().min(2000)]);
        let text = format!("{}\n", vec!["类"; 300].join("  ")).repeat(3_000);
        assert!(names(&draft(&text, "2026")).is_empty());
    }
}

#[test]
fn a_year_plan_column_is_the_goal_and_a_past_half_year_column_a_result() {
    // A report of July: `全年计划` (no 目标 in the title) is the year's goal column; the
    // `上半年` column beside it is over at the text's date, a result (nineteenth set, fixed
    // after the run).
    let text = "关于某县2031年上半年计划执行情况的报告\n\n——2031年7月20日\n\n附表\n\n\
一、增速指标                                  单位：%\n\
指标名称              全年计划      上半年       全省        备注\n\
地区生产总值          7左右         6.2          5.5\n\
规模以上工业增加值    ≥8            8.3          6.6\n\n\
指标名称              单位          全年计划     上半年完成    完成全年计划(%)\n\
新开工亿元以上项目    个            40           21            52.5\n\
城镇新增就业          万人          1.5          0.8           53.3\n";
    let t = extract(text, &ExtractOptions::default()).to_toml();
    assert_eq!(t.matches("deadline = 2031-12-31").count(), 4, "{t}");
    assert!(!t.contains("deadline = 2031-06-30"), "{t}");
    assert!(!t.contains("value = 6.2"), "{t}");
    assert!(t.contains("value = 40\n"), "{t}");
}

#[test]
fn a_project_task_books_stage_columns_are_due_at_their_months_and_marked_cells_binding() {
    // A science project's 考核指标 table: `中期指标` / `结题指标` dated by a month on the wrapped
    // header line, each a target due at that month's end; the note makes the ≥ / ≤ cells
    // binding, a bare cell not (round 29 A).
    let dates = format!("{}（2032年6月）     （2033年12月）", " ".repeat(49));
    let text = [
        "某省科技计划项目任务书",
        "",
        "项目起止年限：2031年1月1日至2033年12月31日",
        "",
        "四、考核指标",
        "",
        "序号  指标名称                     单位          中期指标          结题指标          考核方式",
        &dates,
        "1     涂层结合强度                  MPa           ≥40               ≥55               第三方检测",
        "2     申请发明专利                  件            ≥3                ≥8                受理通知书",
        "3     制定团体标准                  项            —                 1                 发布文件",
        "注：1.带“≥”“≤”的指标为约束性考核指标；",
        "    2.“—”表示该阶段不作考核要求。",
    ]
    .join("\n");
    let text = text.as_str();
    let t = extract(text, &ExtractOptions::default()).to_toml();
    assert_eq!(t.matches("deadline = 2032-06-30").count(), 2, "{t}");
    assert!(t.contains("value = 55\n"), "{t}");
    assert_eq!(t.matches("class = \"binding\"").count(), 4, "{t}");
}

#[test]
fn a_growth_line_under_a_plan_columns_header_makes_its_rows_growth() {
    // `（增长）` under every rate column: the year's plan column holds growth rates; `〔-3〕`
    // there is the year's fall (at most, no total over years), `力争5` in 备注 a stretch
    // (round 29 A).
    let text = [
        "关于某县2031年上半年计划执行情况的报告",
        "",
        "——2031年7月20日",
        "",
        "附表",
        "",
        "一、增速指标                                  单位：%",
        "指标名称              全年计划      上半年       全省        备注",
        "                      （增长）      （增长）     （增长）",
        "地区生产总值          7左右         6.2          5.5",
        "规模以上工业增加值    ≥8            8.3          6.6",
        "一般公共预算收入      4.5           4.2          3.8        力争5",
        "单位地区生产总值能耗  〔-3〕        -2.4         —          约束性",
    ]
    .join("\n");
    let t = extract(&text, &ExtractOptions::default()).to_toml();
    assert_eq!(t.matches("measure = \"growth\"").count(), 4, "{t}");
    assert!(t.contains("stretch = 5\n"), "{t}");
    assert!(t.contains("rule = \"at-most\"\nvalue = -3\n"), "{t}");
    assert!(!t.contains("aggregate"), "{t}");
}

/// Fixes for review 23's findings, each in a general form.
mod review23 {
    use progress::extract::{Draft, ExtractOptions, extract};

    fn run(s: &str, year: i32) -> Draft {
        extract(s, &ExtractOptions { year: Some(year) })
    }

    fn quotes(d: &Draft) -> Vec<&str> {
        d.targets.iter().map(|t| t.quote.as_str()).collect()
    }

    /// Finding 2: a clause after an earlier result with 了 escapes the carried-over report
    /// when it is dated by a deadline of its own, not yet past.
    #[test]
    fn a_dated_goal_after_a_result_with_le_is_drafted() {
        for (s, quote) in [
            (
                "（一）乡村建设。18个村全部达标了，2028年6月底前新建村级综合服务中心20个。",
                "2028年6月底前新建村级综合服务中心20个",
            ),
            (
                "（二）道路建设。全区建成了充电桩500个，年底前完成老旧小区改造100个。",
                "年底前完成老旧小区改造100个",
            ),
        ] {
            let d = run(s, 2028);
            assert!(quotes(&d).contains(&quote), "{s}: {:?}", quotes(&d));
        }
        // A clause with a result 了 of its own, or a past deadline, is still a report.
        for s in [
            "（三）乡村建设。18个村全部达标了，年底前新建了服务中心20个。",
            "（三）乡村建设。18个村全部达标了，2025年底前新建服务中心20个。",
        ] {
            assert!(
                run(s, 2028).targets.is_empty(),
                "{s}: {:?}",
                quotes(&run(s, 2028))
            );
        }
    }

    /// Finding 3: the issuing office's name as a running page header between the rows of a
    /// cell-per-line table with an owner column is furniture, not a cell.
    #[test]
    fn a_running_unit_header_does_not_eat_owner_table_rows() {
        let mut s = String::from(
            "2028年工作要点\n序号\n指标\n单位\n2027年完成\n2028年目标\n指标属性\n责任处室\n",
        );
        for i in 1..=6 {
            s.push_str(&format!(
                "{i}\n断面水质优良比例{i}\n%\n88.2\n9{i}\n约束性\n水环境处\n"
            ));
            if i % 2 == 0 {
                s.push_str("某市生态环境局\n");
            }
        }
        s.push_str("注：无\n");
        let d = run(&s, 2028);
        assert_eq!(d.targets.len(), 6, "{:?}", quotes(&d));
        assert!(
            d.targets.iter().all(|t| t.owners == ["水环境处"]),
            "{:?}",
            quotes(&d)
        );
    }

    /// Finding 5: everyone (`全员`) or a change (`增长`) is no officer owning a figure.
    #[test]
    fn everyone_is_no_owner() {
        for s in [
            "（一）民生工程。全年新增托位1500个（全员参与）。",
            "（一）民生工程。全年新增托位1500个（相关人员配合）。",
        ] {
            let d = run(s, 2028);
            assert_eq!(d.targets.len(), 1, "{s}");
            assert!(
                d.targets[0].owners.is_empty(),
                "{s}: {:?}",
                d.targets[0].owners
            );
        }
    }

    /// Finding 4: an old date is cleared only where it describes the object counted
    /// (`…2000年底前建成的老旧小区`); a past deadline of the figure's own is kept.
    #[test]
    fn a_past_deadline_of_its_own_is_kept() {
        let s = "2028年全市重点工作安排\n\n（2028年1月5日）\n\n（一）环境治理。2026年底前建成污水处理厂3座。";
        let d = run(s, 2028);
        let years: Vec<_> = d
            .targets
            .iter()
            .map(|t| t.deadline.map(|x| x.year))
            .collect();
        assert!(years.iter().all(|y| *y != Some(2028)), "{years:?}");
        let s = "2028年全市重点工作安排\n\n（2028年1月5日）\n\n（一）城市更新。开工改造2000年底前建成的老旧小区120个。";
        let d = run(s, 2028);
        assert_eq!(d.targets.len(), 1, "{:?}", quotes(&d));
        assert_ne!(d.targets[0].deadline.map(|x| x.year), Some(2000));
    }
}

#[test]
fn a_year_end_deadline_after_a_named_year_dates_a_task() {
    // `2031年，…力争年底前通过…评审`: 年底前 after the year named at the sentence's head is that
    // year's end and still dates the task (nineteenth set, fixed after the run).
    let text = "二、总体目标\n    2031年，以“提质量、保安全”为主线，力争年底前通过三级医院评审现场评审。\n";
    let t = extract(text, &ExtractOptions::default()).to_toml();
    assert!(
        t.contains("quote = \"力争年底前通过三级医院评审现场评审\""),
        "{t}"
    );
    assert!(t.contains("deadline = 2031-12-31"), "{t}");
}

#[test]
fn a_bare_window_clause_dates_the_goal_after_a_semicolon() {
    // `…进程，到2031年，A达到100%；B不低于80%。`: the window standing as a clause of its own heads
    // B across the `；` (twentieth set, fixed after the run).
    let text = "北原县人民政府\n2029年6月12日\n\n加快城乡公交电动化进程，到2031年，县城公交车电动化率达到100%；公共领域新增出租车辆中新能源汽车比例不低于80%。\n";
    let t = extract(text, &ExtractOptions::default()).to_toml();
    assert!(!t.contains("deadline = 2029-12-31"), "{t}");
    assert_eq!(t.matches("deadline = 2031-12-31").count(), 2, "{t}");
}

#[test]
fn a_federation_named_short_is_an_owner() {
    // `（基础教育科牵头，区残联配合）`: 联 ends a unit's name in an owner note (twentieth set, fixed
    // after the run).
    let text = "二、重点工作\n适龄残疾儿童少年义务教育入学率保持在97%以上。（基础教育科牵头，区残联配合）\n";
    let t = extract(text, &ExtractOptions { year: Some(2031) }).to_toml();
    assert!(t.contains("区残联"), "{t}");
}

#[test]
fn a_means_section_keeps_a_figure_promised_by_a_goal_year() {
    // `四、政策保障` … `力争到2031年全县绿色贷款余额突破40亿元`: a figure under a goal year of its
    // own is a goal even in a means section; a task dated alone is not (twentieth set, fixed
    // after the run).
    let text = "北原县人民政府\n2029年6月12日\n\n四、政策保障\n（一）完善财政金融政策。县财政统筹安排资金支持重点项目，力争到2031年全县绿色贷款余额突破40亿元。（县财政局负责）\n（二）加强评估。2031年底前完成总结评估。\n";
    let t = extract(text, &ExtractOptions::default()).to_toml();
    assert!(t.contains("value = 40"), "{t}");
    assert!(!t.contains("总结评估\""), "{t}");
}

/// Review 24 findings (round 29), each a case that failed before its fix.
mod review24 {
    use progress::extract::{ExtractOptions, extract};

    fn draft(s: &str) -> String {
        extract(s, &ExtractOptions { year: Some(2026) }).to_toml()
    }

    /// Finding 1: a tolerance stated as the goal itself (`控制在±2米以内`) is an at-most
    /// target; only a band after a figure (`98%±1%`) is that figure's tolerance.
    #[test]
    fn a_plus_minus_goal_is_kept() {
        let t = draft("一、主要目标\n1. 定位误差控制在±2米以内。\n2. 产品合格率稳定在98%±1%。\n");
        assert!(t.contains("rule = \"at-most\"\nvalue = 2\n"), "{t}");
        assert!(t.contains("value = 98\ntolerance = 1\n"), "{t}");
        assert_eq!(t.matches("[[target]]").count(), 2, "{t}");
    }

    /// Finding 2: `（增长）` under a results column only leaves the goal column a level.
    #[test]
    fn a_growth_line_under_another_column_is_not_the_goals() {
        let t = draft(
            &[
                "指标名称              单位      全年计划      2025年完成",
                "                                             （增长）",
                "城镇化率              %         62            61.2",
                "研发经费投入强度      %         2.8           2.6",
            ]
            .join("\n"),
        );
        assert!(!t.contains("measure = \"growth\""), "{t}");
        assert_eq!(t.matches("measure = \"level\"").count(), 2, "{t}");
    }

    /// Finding 6: a facility's name before a deadline is the project, not its owner.
    #[test]
    fn a_facility_before_a_deadline_owns_nothing() {
        let t = draft(
            "1. 县第二人民医院6月底前投入使用，新增床位500张。\n2. 县体育中心10月底前建成投用，可容纳观众8000人。\n",
        );
        assert!(!t.contains("owner"), "{t}");
        let t = draft("1. 县卫健局6月底前完成全县村卫生室标准化建设，达标率达到100%。\n");
        assert!(t.contains("owner = [\"县卫健局\"]"), "{t}");
    }

    /// Finding 7: a rate of the whole area after a unit's sentence is not the unit's.
    #[test]
    fn a_region_wide_rate_takes_no_paragraph_owner() {
        let t = draft("县卫健局负责全县医疗质量管理工作。全县森林覆盖率达到45%。");
        assert!(t.contains("value = 45"), "{t}");
        assert!(!t.contains("owner"), "{t}");
    }

    /// Finding 8: `至少` before a time or per period is a standing rule, no target.
    #[test]
    fn a_floor_of_a_standing_rule_is_no_target() {
        let t = draft("一、工作要求\n3. 每周至少3天在岗。\n4. 单次培训至少2小时。\n");
        assert!(!t.contains("[[target]]"), "{t}");
        let t = draft("年底前至少8个项目具备开工条件。");
        assert!(t.contains("value = 8"), "{t}");
    }

    /// Findings 3 and 4: a mark before `10` marks no goal of `1`; a note naming the mark of
    /// the other class, or only explaining the signs, marks nothing binding.
    #[test]
    fn a_class_mark_is_read_whole_and_of_its_class() {
        let t = draft(
            "附件：项目考核指标\n\n序号  指标名称              单位    中期指标（2028年6月）  结题指标（2029年12月）  考核方式\n1     发表论文              篇      1                      ≥10                      检索证明\n2     申请发明专利          件      2                      ≥20                      受理通知书\n3     培养研究生            人      3                      5                        学位证书\n注：1.带“≥”“≤”的指标为约束性考核指标，结题验收时须全部完成。\n",
        );
        assert_eq!(t.matches("class = \"binding\"").count(), 2, "{t}");
        for note in [
            "注：带“*”的为预期性指标，其余为约束性指标。",
            "注：“≥”表示不低于，“≤”表示不高于；带*的为约束性指标。",
        ] {
            let t = draft(&format!(
                "{}{note}\n",
                "附件：2026年主要目标\n\n指标                      单位      2025年       2026年目标\n森林覆盖率*               %         45           46\n单位GDP能耗降低           %         3            3.2\n农村自来水普及率*         %         95           97\n"
            ));
            assert!(t.contains("value = 97"), "{t}");
            assert!(!t.contains("binding"), "{t}");
        }
    }

    /// Findings 10 and 11: a band in ‰ is not read in the figure's %; a band read leaves no
    /// "no rule word" review on the rule it decides.
    #[test]
    fn a_band_in_another_symbol_unit_is_not_read_and_its_rule_review_goes() {
        let t = draft(
            "一、主要目标\n1. 营业收入增长8%（±1个百分点）。\n2. 供电电压合格率达到99.5%±0.2‰。\n",
        );
        assert!(t.contains("value = 8\ntolerance = 1\n"), "{t}");
        assert!(!t.contains("no rule word"), "{t}");
        assert!(!t.contains("tolerance = 0.2"), "{t}");
    }

    /// Finding 12: an exponent past any measure leaves the cell unread, not a goal of 0.
    #[test]
    fn a_huge_power_of_ten_is_no_figure() {
        let t = draft(
            "附件：主要技术指标\n\n序号  指标名称              单位      目标值\n1     泄漏率                Pa·m³/s   ≤1×10^999\n2     颗粒物浓度            mg/m³     ≤5×10⁻⁹⁹⁹\n3     处理规模              t/d       3×10⁶\n",
        );
        assert!(!t.contains("value = 0\n"), "{t}");
        assert!(t.contains("value = 3000000\n"), "{t}");
    }

    /// Finding 14: 各场所 are the places regulated, no owner; 各单位 is the units.
    #[test]
    fn each_venue_owns_nothing_and_each_unit_does() {
        let t = draft("各场所要落实消防安全主体责任，年底前消防设施完好率达到100%。");
        assert!(!t.contains("owner"), "{t}");
        let t = draft("各单位要于6月底前完成自查，整改率达到100%。");
        assert!(t.contains("owner = [\"各单位\"]"), "{t}");
    }
}
