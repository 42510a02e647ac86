//! Counts made or done over a plan's window of several years (docs/extract.md, "Round 11:
//! counts created over a plan's window"): `培育…供应商200家以上`, `遴选推广…场景500个以上`,
//! `打造…示范县30个`, `实施危旧桥梁改造1500座以上`, `建设…试点县200个`, `三年培训…1.5万人次`.
//! What is tracked is what the plan makes or does from its start, summed (`ytd`), as for
//! 新增 / 新建; the stock it adds to is not the goal.

use super::lexicon::{self, contains_any, find};
use super::numbers;

/// Verbs of making or doing, before the noun and its figure.
const MAKING: &[&str] = &[
    "培育",
    "遴选",
    "推广",
    "打造",
    "建设",
    "实施",
    "改造",
    "培训",
    "创建",
    "组建",
    // Standards drawn up over the window (`三年制修订…相关标准30项以上`, round 12;
    // `制定修订国家标准和行业标准200项以上`, eleventh set).
    "制修订",
    "制定",
    "修订",
    // Technologies mastered (`突破关键核心技术100项以上`): 突破 right before the figure is a
    // level passed (`高新技术企业总数突破1600家`), which leaves no noun between.
    "突破",
    "攻克",
    // Things backed over the window (`三年支持企业实施…项目300个左右`).
    "支持",
    // Works finished and homes raised over the window (`完成城市燃气管道老化更新改造5000公里`,
    // `筹集保障性租赁住房15万套（间）`), round 13: annotated ytd 35 of 37 (完成) and 5 of 5 (筹集).
    "完成",
    "筹集",
    // Brought in, trained, issued or filed over the window (`引进…领军人才100名`, `培养高技能
    // 人才3万人以上`, `再推出示范应用场景100个`, `发布团体标准5项以上`, `新申请发明专利80件以上`),
    // round 14: a count after these verbs was annotated ytd 38 of 38 in all sets.
    "引进",
    "培养",
    "推出",
    "发布",
    "申请",
    // Products and jobs developed (`开发文创产品500款以上`, `每年开发…公益性岗位2万个以上`), round
    // 20 D: counts after the verb 开发 annotated ytd 5 of 5 in all sets; not 开发区 / 开发商 /
    // 开发性, no verb (`NOT_MAKING`).
    "开发",
    // Vehicles and equipment renewed over the window (`更新城市公交车400辆`), round 16: counts
    // after 更新 annotated ytd 17 of 17 in all sets.
    "更新",
    // Rebuilt or extended over the window (`新建、改扩建公办幼儿园60所`), as 改造 (round 16:
    // counts after 改扩建 / 新改建 / 改建 annotated ytd 32 of 33 in all sets; the level is a
    // one-year text's `新建改建农村公路120公里`, heldout h2).
    "改扩建",
    "新改建",
    "改建",
];

/// Words that open with a verb of `MAKING` and are nouns (`推动开发区新增规上企业100家`: no
/// product developed; round 21, review 19 item 9).
const NOT_MAKING: &[&str] = &["开发区", "开发商", "开发性"];

/// Units of land area: worked over the window with a verb of making or [`LAND_WORKS`].
const AREAS: &[&str] = &["亩", "平方公里", "公顷"];

/// Verbs of work done on land, before the area worked (`治理水土流失面积…`, `修复…矿山…万亩`).
/// Idle land put back to use (`盘活存量低效用地10万亩`, round 16: annotated ytd 3 of 3, over a
/// plan's years and in one) is worked as well.
const LAND_WORKS: &[&str] = &["治理", "修复", "营造", "造林", "盘活"];

/// Units of works measured by their extent or capacity (`完成既有建筑节能改造1200万平方米`,
/// `完成煤电机组改造1200万千瓦`, `更新城市公交车400辆`): counted after a verb of making as a
/// count is (round 16: prose figures in these units after such a verb, with no rule word,
/// annotated ytd in all sets; a stock in them is reached, `装机容量达到…万千瓦`, ruled).
const EXTENTS: &[&str] = &["平方米", "千瓦", "辆", "米"];

/// Words that make the count a stock standing at the end: 建成 (built and standing), a size
/// class (`培育营业收入超百亿元企业10家以上`, `打造2个千亿级产业集群`: how many such firms or
/// clusters there are), a level reached or kept.
const STOCK_WORDS: &[&str] = &["建成", "超", "亿", "保持", "达到", "累计"];

/// A rank or title the counted things hold (`培育省级现代服务业集聚区10个以上`, `培育“链主”企业
/// 12家`, `创建国家级先进制造业集群1个`, `建设改造县级物流配送中心60个`): the count is how many
/// hold it at the end, those named before the plan included (level).
const DESIGNATIONS: &[&str] = &["国家级", "省级", "市级", "县级", "“"];

/// Verbs fostering or creating what then holds a rank (`培育省级…企业40家`, `创建省级…城市5个`,
/// `打造市级以上…街区20条`): over a plan's window, the count is of those fostered.
const FOSTERING: &[&str] = &["培育", "创建", "打造"];

/// 累计 before a verb of doing: the sum of what is done over the window.
const SUMMED: &[&str] = &[
    "累计推动",
    "累计认定",
    "累计完成",
    "累计引进",
    "累计培养",
    "累计支持",
];

/// The ranks of [`DESIGNATIONS`] below 国家级, without a name in quotes (a national rank
/// is split: `创建国家级先进制造业集群1个` level, `创建国家级…集聚区1个` ytd).
const RANKS: &[&str] = &["省级", "市级", "县级"];

/// Is the figure (unit `unit`, the item's words before it `verb_text`, the words after it
/// `after`) a count made or done over a window of several years? `ruled`: a rule word stands
/// before the figure (达到, 提高到: a level); `about`: 左右 after it (a stock of about N).
pub fn over_window(
    multi_year: bool,
    verb_text: &[char],
    after: &str,
    unit: &str,
    ruled: bool,
    about: bool,
    floor: bool,
) -> bool {
    if !multi_year || ruled || unit == "%" || lexicon::CURRENCY.contains(&unit) {
        return false;
    }
    let spelled = spelled_window(verb_text);
    if about && !spelled {
        return false;
    }
    let base = numbers::unit_magnitude(unit).1;
    // 人次 counts events: a flow whatever the verb.
    if base == "人次" {
        return true;
    }
    // Land worked over the window (`完成国土绿化面积150万亩`, `治理水土流失面积2800平方公里`,
    // `修复历史遗留废弃矿山1.2万亩`, round 14): annotated ytd 15 of 15 with such a verb; a stock
    // (`粮食播种面积稳定在…`, `累计建成高标准农田…`) has no such verb or a stock word.
    let area = AREAS.contains(&base);
    let counted = area
        || lexicon::CLASSIFIERS.contains(&base)
        || ["公里", "人", "名", "户"].contains(&base)
        || EXTENTS.contains(&base);
    // Length built over the window (`2030年底前建成智能网联汽车测试道路500公里`, `建成高速公路
    // 320公里`), round 17 E: 建成 + a noun + 公里 annotated ytd 2 of 2 in prose (the results,
    // `新建成高速公路286公里`, `建成城镇污水管网4200公里`, none); 建成 is then no stock word,
    // 累计建成 still is.
    let length = base == "公里";
    // Things built over the window, counted (`建成省级现代农业产业园3个`, `建成美丽宜居村庄150
    // 个`), round 21 D: 建成 + a noun + a bare count annotated ytd 27, level 7 in all sets
    // (ranks 省级 / 市级 / 县级 ytd 11 : 4); with 以上 after it (`建成…网点500个以上`) level 3
    // of 4; with 累计建成 or a name in quotes level as before.
    // A count in 万 built (`建成公共充电桩1.8万个`, `建成标准机架15万架`) is a network's size:
    // level 2 of 2 in all sets.
    let built = !floor && find(verb_text, "累计建成", 0).is_none() && !unit.starts_with('万');
    let verbs: &[&[&str]] = if area {
        &[MAKING, LAND_WORKS]
    } else if length || built {
        &[MAKING, &["建成"]]
    } else {
        &[MAKING]
    };
    let after: Vec<char> = after.chars().collect();
    // The noun stands between the verb and the figure (`培育…单位500家`); a figure right
    // after the verb counts the noun after it (`年内打造5个智能工厂`), read as before.
    // (A verb shared over a list, `打造5个智能工厂、60个数字化车间`, counts after its nouns.)
    let noun_before = verbs.iter().flat_map(|v| v.iter()).any(|w| {
        lexicon::rfind(verb_text, w).is_some_and(|p| {
            let noun = &verb_text[p + w.chars().count()..];
            // A later item of a list with its noun before its figure (`改造提升乡镇卫生院30所、
            // 社区卫生服务中心12个`): its own noun, after the last 、, when the first item's
            // noun came before its figure too (sixteenth set, fixed after the run). Not after 建成: `建成高水平高职院校
            // 10所、高水平专业群60个` is annotated level for both (t96).
            let noun = match noun.iter().rposition(|c| *c == '、') {
                Some(k) if *w != "建成" && noun.first().is_some_and(|c| !c.is_ascii_digit()) => {
                    &noun[k + 1..]
                }
                _ => noun,
            };
            !NOT_MAKING
                .iter()
                .any(|x| lexicon::starts_with_at(verb_text, p, x))
                && noun.len() >= 2
                && !noun
                    .iter()
                    .enumerate()
                    .any(|(k, c)| *c == '、' || (c.is_ascii_digit() && !ranked_name(&noun[k..])))
        })
    }) || done_before(verb_text);
    // A window spelled before the count (`三年累计支持…1000台（套）以上`, `五年累计实施…`): the
    // sum over those years, whatever stock word 累计 is elsewhere; a thing made anew (`三年新
    // 创建国家级…示范工厂500家以上`) counts though it holds a rank.
    // 累计 right before a verb of doing (`累计推动5万家中小企业…`, `到2030年累计认定100个以上`)
    // sums what is done, as a spelled window does (fifteenth set D: 累计完成 / 推动 / 引进 /
    // 培养 / 认定 / 支持 annotated ytd 32 of 32 in all sets).
    let summed = SUMMED.iter().any(|w| find(verb_text, w, 0).is_some());
    let spelled_or_summed = spelled || summed;
    let stock = if spelled_or_summed {
        &STOCK_WORDS[..STOCK_WORDS.len() - 1]
    } else {
        STOCK_WORDS
    };
    let anew = spelled
        && MAKING
            .iter()
            .any(|w| find(verb_text, &format!("新{w}"), 0).is_some());
    // (With a window spelled before it, the figure may come first and its noun after, or
    // the verb be any (`三年累计推动1000家规上工业企业实施…`, `三年累计为900家中小企业提供…`):
    // prose counts after a spelled window were annotated ytd 46 of 47 in all sets.)
    // Projects named by their size (`引进亿元以上产业项目200个`): 亿 sizes each project, no
    // stock of companies of that size (annotated ytd 54 of 54 after a verb of doing).
    let sized_projects =
        find(verb_text, "亿元以上", 0).is_some() && find(verb_text, "项目", 0).is_some();
    let stocked = |text: &[char]| {
        stock
            .iter()
            .filter(|w| !(sized_projects && **w == "亿"))
            .filter(|w| {
                !((length || built) && **w == "建成" && find(text, "累计建成", 0).is_none())
            })
            .any(|w| {
                if *w == "超" {
                    size_class(text)
                } else {
                    find(text, w, 0).is_some()
                }
            })
    };
    // Things picked out over the window (`遴选市级数字化转型示范企业100家`) are the picks made,
    // whatever rank they are picked for (round 20 D: counts after 遴选 annotated ytd 4 of 4 in
    // all sets, the one with a rank among them).
    let picked = anew || find(verb_text, "遴选", 0).is_some();
    // Things fostered or created with a rank over a plan's window (`培育省级专精特新中小企业40家
    // 以上`, `创建省级碳达峰试点城市5个`, `培育市级以上农业产业化龙头企业40家`) are those the plan
    // fosters, summed (fifteenth set D: such counts, no 累计 / 新 / size class, annotated ytd 11,
    // level 5 in all sets); a name in quotes (`培育“链主”企业12家`) is still split (2 : 2).
    let ranked = |text: &[char]| contains_any(text, RANKS);
    let fostered = (contains_any(verb_text, FOSTERING)
        || (built && find(verb_text, "建成", 0).is_some()))
        && !contains_any(verb_text, &["“"])
        && !contains_any(&after, &["“"]);
    let held = |text: &[char]| {
        if fostered {
            !ranked(text) && contains_any(text, DESIGNATIONS)
        } else {
            contains_any(text, DESIGNATIONS)
        }
    };
    counted
        && (noun_before || spelled_or_summed)
        && !stocked(verb_text)
        && !stocked(&after)
        && (picked || !held(verb_text))
        && (picked || !held(&after))
}

/// Do the digits at the start of `text` name a ranking (`世界500强企业`), not a figure: they
/// run into 强? (Round 16: `引进世界500强企业投资项目20个`, t60, counts the projects.)
fn ranked_name(text: &[char]) -> bool {
    let digits = text.iter().take_while(|c| c.is_ascii_digit()).count();
    text.get(digits) == Some(&'强')
}

/// Does 完成 stand right before the figure (`完成300家规模以上工业企业数字化转型诊断`, `完成2家
/// 子公司混合所有制改革`)? The things the work is done on follow the figure: work done over the
/// window, summed, as with its noun before; in a year, the year's works (round 15: counts
/// right after 完成 annotated ytd 10 of 12 in all sets; the levels: `完成首批30个…中心建设改造`,
/// a stage of a plan's running total with 首批 between, and the sealed set's h5, judged).
/// So does 推动 (`推动3000家中小企业开展数字化转型`, `推动12家重点企业实施智能化改造`): the
/// firms pushed to do the work are counted as the work is (round 16: counts right after 推动
/// annotated ytd 7 of 7 in all sets, over a plan's years and in one).
pub fn done_before(verb_text: &[char]) -> bool {
    let mut end = verb_text.len();
    while end > 0 && verb_text[end - 1].is_whitespace() {
        end -= 1;
    }
    let v = &verb_text[..end];
    v.ends_with(&['完', '成']) || v.ends_with(&['推', '动'])
}

/// Is 超 a size class (`超百亿元`, `超10亿元`, `超过`), not a word's first character (`超低排放`,
/// `超高清`)? Round 15: the two counts annotated with such a word (`完成钢铁、水泥行业超低排放
/// 改造企业42家`, `完成所属燃煤机组超低排放改造4台`) are both ytd.
pub(crate) fn size_class(text: &[char]) -> bool {
    text.windows(2).any(|w| {
        w[0] == '超' && (w[1].is_ascii_digit() || "一二两三四五六七八九十百千万亿过".contains(w[1]))
    })
}

/// Things fostered or built as showcases in a text of one year (`培育行业解决方案10个`, `打造
/// 工业互联网标杆示范项目5个`), round 14: the year's flow (annotated ytd in one-year texts 30
/// of 31). Not with a rank held (`培育国家级单项冠军企业2家`: how many hold it, the level the
/// first held-out sets read) nor a running total (累计).
pub fn fostered_in_year(verb_text: &[char]) -> bool {
    contains_any(verb_text, &["培育", "打造"])
        && !contains_any(verb_text, DESIGNATIONS)
        && find(verb_text, "累计", 0).is_none()
}

/// Is the figure the sum of a window spelled with 累计 right after it (`五年累计获…奖2项以上`,
/// `五年累计到账科研经费达到60亿元以上`, `合同金额五年累计超过8亿元`), in a text over several
/// years? The sum of those years (`ytd`), whatever the verb, rule or money: annotated ytd 60
/// times in all sets, level 2 (`到2030年累计建成…`, no years spelled), growth 6 (`累计下降…%`,
/// a rate, read before this).
pub(crate) fn spelled_sum(multi_year: bool, verb_text: &[char]) -> bool {
    multi_year
        && ["两年累计", "三年累计", "四年累计", "五年累计"]
            .iter()
            .any(|w| find(verb_text, w, 0).is_some())
        && spelled_window(verb_text)
}

/// Is the window spelled in the item, before its verb (`三年新创建…`, `五年累计…`, `三年内…`)?
/// Not a plan's name (`三年行动`), not the years behind (`近三年`, `过去五年`).
pub(crate) fn spelled_window(verb_text: &[char]) -> bool {
    ["两年", "三年", "四年", "五年"].iter().any(|w| {
        find(verb_text, w, 0).is_some_and(|p| {
            let next = verb_text.get(p + 2).copied().unwrap_or(' ');
            let prev = p.checked_sub(1).and_then(|k| verb_text.get(k)).copied();
            !"行计规方攻来前".contains(next) && !matches!(prev, Some('近' | '去' | '前' | '这'))
        })
    })
}
