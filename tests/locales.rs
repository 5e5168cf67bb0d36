//! Every shipped locale is complete and consistent with English: every message present, no
//! syntax errors, and no variable the English message does not have. The pseudo-locale renders
//! every message transformed.

use std::collections::{BTreeMap, BTreeSet};

use convene::i18n::{Localizer, PSEUDO_LOCALE};
use fluent_syntax::ast;

/// Message id -> the variables it uses, for one locale's files.
fn messages(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for source in Localizer::sources(locale).expect("shipped") {
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{locale}: syntax errors: {errors:?}"),
        };
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                assert!(
                    out.insert(m.id.name.to_string(), vars).is_none(),
                    "{locale}: {} defined twice",
                    m.id.name
                );
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_locale_is_complete_and_uses_only_english_variables() {
    let english = messages("en");
    assert!(english.len() > 50);
    let locales: Vec<&str> = Localizer::available().filter(|l| *l != "en").collect();
    assert!(!locales.is_empty(), "at least one translation ships");
    for locale in locales {
        let translated = messages(locale);
        let missing: Vec<&String> = english.keys().filter(|k| !translated.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{locale} is missing {missing:?}");
        let extra: Vec<&String> = translated.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(extra.is_empty(), "{locale} has messages English does not: {extra:?}");
        for (id, vars) in &translated {
            let unknown: Vec<&String> = vars.difference(&english[id]).collect();
            assert!(unknown.is_empty(), "{locale} {id} uses {unknown:?}, which English does not pass");
        }
    }
}

#[test]
fn a_broken_file_is_caught_by_the_check() {
    // The checker itself: a syntax error and an unknown variable are both detected.
    assert!(fluent_syntax::parser::parse("error-busy = { $").is_err());
    let r = fluent_syntax::parser::parse("m = Hello { $nobody }").unwrap();
    let mut vars = BTreeSet::new();
    if let ast::Entry::Message(m) = &r.body[0] {
        pattern_vars(m.value.as_ref().unwrap(), &mut vars);
    }
    assert!(vars.contains("nobody"));
}

#[test]
fn spanish_messages_render_with_their_arguments() {
    let es = Localizer::new("es");
    let e = convene::Error::DuplicateToken { token: "T-7".into() };
    let text = e.localized(&es);
    assert!(text.contains("T-7") && text.contains("boleta"), "{text}");
    let plural = convene::Error::CsvInvalid { path: "hoja.csv".into(), problems: 1 }.localized(&es);
    assert!(plural.contains("un problema"), "Spanish plural rule for one: {plural}");
}

#[test]
fn the_pseudo_locale_transforms_every_message() {
    let pseudo = Localizer::new(PSEUDO_LOCALE);
    for id in messages("en").keys() {
        let text = pseudo.message(id, None);
        assert!(text.starts_with('[') && text.ends_with(']'), "{id}: {text}");
    }
}
