//! Indicator systems in levels (指标体系: `一级指标  二级指标  三级指标  单位  2030年目标值
//! 属性`): the indicator is the finest level's cell; the coarser levels are categories,
//! merged cells printed on the first row of their group and blank below it (those rows
//! begin with spaces and are read aligned from their right, as any short row).

/// The column of the finest level when at least two header cells are levels of indicators
/// (`一级指标`, `二级指标`, `三级指标名称`): the last of them.
pub(super) fn finest(cs: &[String]) -> Option<usize> {
    let levels: Vec<usize> = cs
        .iter()
        .enumerate()
        .filter(|(_, c)| level(c))
        .map(|(k, _)| k)
        .collect();
    levels.last().copied().filter(|_| levels.len() >= 2)
}

/// A header cell naming one level of an indicator system (`一级指标`, `二级指标名称`).
fn level(c: &str) -> bool {
    ["一级", "二级", "三级", "四级"]
        .iter()
        .any(|w| c.strip_prefix(w).is_some_and(|r| r.starts_with("指标")))
}
