//! Every quote in the shipped spec is a verbatim substring of the speech text it cites,
//! once the page's line breaks are removed.

use toml::Value;

#[test]
fn every_quote_is_verbatim() {
    let speech = std::fs::read_to_string("docs/sources/speeches-2020.txt").unwrap();
    let flat: String = speech
        .chars()
        .filter(|c| *c != '\n' && *c != '\r')
        .collect();
    let spec: Value =
        toml::from_str(&std::fs::read_to_string("targets/2020.toml").unwrap()).unwrap();
    let targets = spec["target"].as_array().unwrap();
    assert_eq!(targets.len(), 21);
    for t in targets {
        let id = t["id"].as_str().unwrap();
        let quote = t
            .get("quote")
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("{id} has no quote"));
        assert!(!quote.is_empty(), "{id}");
        assert!(
            flat.contains(quote),
            "quote of {id} is not in the speech text: {quote}"
        );
    }
}

#[test]
fn every_target_of_the_catalogue_is_in_the_spec() {
    let catalogue = std::fs::read_to_string("docs/targets-2020.md").unwrap();
    let spec: Value =
        toml::from_str(&std::fs::read_to_string("targets/2020.toml").unwrap()).unwrap();
    let ids: Vec<&str> = spec["target"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    let listed: Vec<&str> = catalogue
        .lines()
        .filter_map(|l| l.strip_prefix("| "))
        .filter_map(|l| l.split(' ').next())
        .filter(|id| id.contains('-') && !id.starts_with('-'))
        .collect();
    assert_eq!(listed.len(), 21, "{listed:?}");
    assert_eq!(ids, listed);
}
