//! Plural forms as a native speaker reads them. Every message that selects on a number has a
//! variant for each CLDR plural category its locale uses for whole numbers (the rules come from
//! `intl_pluralrules`, the crate Fluent itself selects with), and renders, for the numbers below,
//! no digit and no word for "one" that contradicts the number it was given: Amharic's `one`
//! holds 0, so `[one] 1 ነጥብ` would print "1 dot" for no dots at all.

use std::collections::{BTreeMap, BTreeSet};

use convene::i18n::{Args, Localizer};
use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

const NUMBERS: &[i64] = &[0, 1, 2, 3, 5, 11, 21, 22, 100, 101, 1000];

fn rules(locale: &str) -> PluralRules {
    let id: LanguageIdentifier = locale.parse().unwrap();
    let lang = LanguageIdentifier::from_parts(id.language, None, None, &[]);
    PluralRules::create(id, PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(lang, PluralRuleType::CARDINAL))
        .expect("CLDR has plural rules for every shipped locale")
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The categories whole numbers fall in, sampled far past any count a meeting produces.
fn integer_categories(locale: &str) -> BTreeSet<&'static str> {
    let r = rules(locale);
    (0u64..=20_000)
        .chain([100_000, 1_000_000, 10_000_000])
        .map(|n| category_name(r.select(n).unwrap()))
        .collect()
}

const CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// Each plural select in a locale's files: (message, variable, the category keys it has).
fn plural_selects(locale: &str) -> Vec<(String, String, BTreeSet<String>)> {
    let mut out = vec![];
    for source in Localizer::sources(locale).unwrap() {
        let resource = fluent_syntax::parser::parse(*source).expect("parses");
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry
                && let Some(value) = &m.value
            {
                selects(m.id.name, value, &mut out);
            }
        }
    }
    out
}

/// The numbers each message of a locale has a variant written for exactly (`[0] No one yet`):
/// such a variant may say "one" or "none" in words for that number.
fn exact_numbers(locale: &str) -> BTreeMap<String, BTreeSet<i64>> {
    let mut out: BTreeMap<String, BTreeSet<i64>> = BTreeMap::new();
    for source in Localizer::sources(locale).unwrap() {
        let resource = fluent_syntax::parser::parse(*source).expect("parses");
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut found = vec![];
                if let Some(value) = &m.value {
                    numbers_in(value, &mut found);
                }
                out.entry(m.id.name.to_string()).or_default().extend(found);
            }
        }
    }
    out
}

fn numbers_in(p: &ast::Pattern<&str>, out: &mut Vec<i64>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } = el {
            for v in variants {
                if let ast::VariantKey::NumberLiteral { value } = &v.key
                    && let Ok(n) = value.parse()
                {
                    out.push(n);
                }
                numbers_in(&v.value, out);
            }
        }
    }
}

fn selects(id: &str, p: &ast::Pattern<&str>, out: &mut Vec<(String, String, BTreeSet<String>)>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_selects(id, expression, out);
        }
    }
}

fn expression_selects(
    id: &str,
    e: &ast::Expression<&str>,
    out: &mut Vec<(String, String, BTreeSet<String>)>,
) {
    match e {
        ast::Expression::Select { selector, variants } => {
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some(name.to_string()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            let plural = keys.iter().any(|k| CATEGORIES.contains(&k.as_str()) && k != "other")
                || variants.iter().any(|v| matches!(v.key, ast::VariantKey::NumberLiteral { .. }));
            if plural && let ast::InlineExpression::VariableReference { id: var } = selector {
                out.push((id.to_string(), var.name.to_string(), keys));
            }
            for v in variants {
                selects(id, &v.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_selects(id, expression, out)
        }
        ast::Expression::Inline(_) => {}
    }
}

#[test]
fn every_plural_select_has_every_category_its_language_uses() {
    let mut missing = vec![];
    for locale in Localizer::available() {
        let needed = integer_categories(locale);
        for (id, var, keys) in plural_selects(locale) {
            let lacking: Vec<&str> = needed.iter().filter(|c| !keys.contains(**c)).copied().collect();
            if !lacking.is_empty() {
                missing.push(format!("{locale}/{id} (${var}) lacks {}", lacking.join(", ")));
            }
        }
    }
    assert!(missing.is_empty(), "{} plural selects lack a form:\n{}", missing.len(), missing.join("\n"));
}

/// The words for "one" a sentence may spell out instead of the digit.
fn one_words(locale: &str) -> &'static [&'static str] {
    match locale {
        "en" => &["one"],
        "es" => &["un", "una", "uno"],
        "zh-Hant" => &["一"],
        "vi" => &["một"],
        "ru" => &["один", "одна", "одно", "одну", "одного", "одной"],
        "so" => &["hal", "mid"],
        "ko" => &["하나", "한"],
        "am" => &["አንድ"],
        "ar" => &["واحد", "واحدة", "واحدًا"],
        _ => &[],
    }
}

fn digit_runs(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut cur = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            cur.push(c);
        } else if !cur.is_empty() && !matches!(c, ',' | '.' | '\u{a0}' | '\u{202f}' | '\u{66c}') {
            out.insert(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.insert(cur);
    }
    out
}

fn words(s: &str) -> BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\u{1361}').map(|w| w.to_lowercase()).collect()
}

#[test]
fn numbers_render_without_contradicting_themselves() {
    let mut wrong = vec![];
    for locale in Localizer::available() {
        let l = Localizer::new(locale);
        let exact = exact_numbers(locale);
        // Every message with an argument some locale selects a plural form on.
        let numeric: BTreeMap<&str, Vec<&str>> = convene::messages::ARGS
            .iter()
            .filter_map(|(id, _, args)| {
                let nums: Vec<&str> = args
                    .iter()
                    .filter(|(_, k)| *k == convene::messages::ArgKind::Number)
                    .map(|(n, _)| *n)
                    .collect();
                (!nums.is_empty()).then_some((*id, nums))
            })
            .collect();
        for (id, nums) in numeric {
            let (_, _, all) = convene::messages::ARGS.iter().find(|(i, _, _)| *i == id).unwrap();
            let render = |n: i64| {
                let mut a = Args::new();
                for (name, _) in all.iter() {
                    if nums.contains(name) {
                        a.set(name, n);
                    } else {
                        a.set(name, "X");
                    }
                }
                l.message(id, Some(&a))
            };
            let texts: Vec<(i64, String)> = NUMBERS.iter().map(|n| (*n, render(*n))).collect();
            // Digits every rendering shows belong to the sentence (an example date), not a count.
            let constant_digits: BTreeSet<String> = texts
                .iter()
                .map(|(_, t)| digit_runs(t))
                .reduce(|a, b| a.intersection(&b).cloned().collect())
                .unwrap_or_default();
            let five_words = words(&render(5));
            for (n, text) in &texts {
                for run in digit_runs(text) {
                    if run != n.to_string() && !constant_digits.contains(&run) {
                        wrong.push(format!("{locale}/{id} for {n}: shows {run} in “{text}”"));
                    }
                }
                if *n != 1 && !exact.get(id).is_some_and(|e| e.contains(n)) {
                    for w in one_words(locale) {
                        if words(text).contains(*w) && !five_words.contains(*w) {
                            wrong.push(format!("{locale}/{id} for {n}: says “{w}” in “{text}”"));
                        }
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} renderings contradict their number:\n{}", wrong.len(), wrong.join("\n"));
}
