"""Languages, translatable codebook text, plural categories and the default codebook's translations."""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources

import pytest

from db.errors import ValidationError
from db.i18n import (
    LANGUAGE_CODES,
    LANGUAGES,
    PLURAL_CATEGORIES,
    TRANSLATION_CODES,
    TranslatableText,
    language_for,
    localized,
    merge_translations,
    merged_default_codebook,
    missing,
    plural,
    plural_category,
    translatable_texts,
    translations,
    validate_text,
    with_translation,
)


# ---------------------------------------------------------------- languages
def test_the_six_languages_are_named_in_their_own_words() -> None:
    assert LANGUAGE_CODES == ("en", "be", "uk", "ru", "pl", "lt")
    assert [LANGUAGES[c].native_name for c in LANGUAGE_CODES] == [
        "English", "Беларуская", "Українська", "Русский", "Polski", "Lietuvių",
    ]
    assert {c for c in LANGUAGE_CODES if LANGUAGES[c].script == "Cyrl"} == {"be", "uk", "ru"}


@pytest.mark.parametrize(
    ("tag", "code"),
    [("be_BY.UTF-8", "be"), ("ru-RU", "ru"), ("uk", "uk"), ("pl_PL", "pl"), ("lt_LT.utf8", "lt"),
     ("en_GB", "en"), ("be_BY@latin", "be"), ("de_DE", None), ("C", None), ("", None)],
)
def test_a_system_locale_names_a_supported_language_or_none(tag: str, code: str | None) -> None:
    assert language_for(tag) == code


# ---------------------------------------------------------------- Text values
def test_a_plain_string_is_the_text_in_every_language() -> None:
    assert localized("Implemented", "be") == "Implemented"
    assert missing("Implemented") == ("be", "uk", "ru", "pl", "lt")


def test_a_translation_is_used_and_a_missing_one_falls_back_to_english() -> None:
    value = {"en": "Implemented", "be": "Выканана"}
    assert localized(value, "be") == "Выканана"
    assert localized(value, "pl") == "Implemented"
    assert missing(value) == ("uk", "ru", "pl", "lt")


def test_without_english_any_translation_is_better_than_nothing() -> None:
    assert localized({"pl": "Wdrożone"}, "lt") == "Wdrożone"
    assert missing({"pl": "Wdrożone"}) == ("en", "be", "uk", "ru", "lt")


def test_an_empty_translation_counts_as_missing() -> None:
    value = {"en": "Announced", "uk": ""}
    assert localized(value, "uk") == "Announced"
    assert "uk" in missing(value)


def test_setting_and_clearing_translations_keeps_plain_text_plain() -> None:
    value = with_translation("Announced", "ru", "Объявлено")
    assert value == {"en": "Announced", "ru": "Объявлено"}
    value = with_translation(value, "be", "Абвешчана")
    assert list(value) == ["en", "be", "ru"]  # language order, whatever order they were added in
    assert with_translation(with_translation(value, "be", ""), "ru", "") == "Announced"


def test_valid_texts_come_back_stripped_in_language_order() -> None:
    assert validate_text("  Implemented ", "label") == "Implemented"
    assert validate_text({"lt": " Įgyvendinta", "en": "Implemented"}, "label") == {
        "en": "Implemented", "lt": "Įgyvendinta",
    }


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"en": "Implemented", "de": "Umgesetzt"}, "'label' has a translation in an unknown language 'de'; "
                                                   "the languages are en, be, uk, ru, pl, lt."),
        ({"en": "Implemented", "be": "  "}, "'label': the Belarusian text must be non-empty text."),
        ({"en": "Implemented", "ru": 5}, "'label': the Russian text must be non-empty text."),
        ({"be": "Выканана"}, "'label' has translations but no English text (\"en\"), which is required."),
        (["Implemented"],
         "'label' must be text or an object of translations such as {\"en\": \"...\", \"be\": \"...\"}."),
        ("   ", "'label' must not be empty."),
    ],
)
def test_invalid_texts_are_refused_in_one_sentence_naming_the_field(value: object, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_text(value, "label")
    assert caught.value.field == "label"
    assert caught.value.message == message
    assert message.count(". ") == 0 and message.endswith(".")


# ---------------------------------------------------------------- plurals
#: CLDR's categories for 0, 1, 2, 5, 11, 12, 21, 22, 25, 111 and 1001 (the published rules' examples).
NUMBERS = (0, 1, 2, 5, 11, 12, 21, 22, 25, 111, 1001)
EXPECTED = {
    "en": ("other", "one", "other", "other", "other", "other", "other", "other", "other", "other", "other"),
    "be": ("many", "one", "few", "many", "many", "many", "one", "few", "many", "many", "one"),
    "uk": ("many", "one", "few", "many", "many", "many", "one", "few", "many", "many", "one"),
    "ru": ("many", "one", "few", "many", "many", "many", "one", "few", "many", "many", "one"),
    "pl": ("many", "one", "few", "many", "many", "many", "many", "few", "many", "many", "many"),
    "lt": ("other", "one", "few", "few", "other", "other", "one", "few", "few", "other", "one"),
}


@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_plural_categories_follow_cldr(lang: str) -> None:
    assert tuple(plural_category(n, lang) for n in NUMBERS) == EXPECTED[lang]


@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_every_category_a_language_uses_is_listed_and_no_other(lang: str) -> None:
    used = {plural_category(n, lang) for n in range(1000)}
    assert used == set(PLURAL_CATEGORIES[lang])


def test_plural_picks_the_form_a_reader_expects() -> None:
    countries = {"one": "{n} краіна", "few": "{n} краіны", "many": "{n} краін"}
    assert [plural(n, "be", countries) for n in (1, 2, 5, 21)] == ["1 краіна", "2 краіны", "5 краін", "21 краіна"]
    lt = {"one": "{n} šalis", "few": "{n} šalys", "other": "{n} šalių"}
    assert [plural(n, "lt", lt) for n in (1, 2, 5, 11, 21)] == ["1 šalis", "2 šalys", "5 šalys", "11 šalių", "21 šalis"]
    assert plural(3, "pl", {"other": "{n} kraje"}) == "3 kraje"  # a missing form falls back to "other"


def test_an_unknown_language_has_no_plural_rule() -> None:
    with pytest.raises(ValueError, match="unknown language 'de'"):
        plural_category(1, "de")


# ---------------------------------------------------------------- the default codebook's translations
#: Translations that rightly equal the English: names and abbreviations used as they are.
PROPER_NAMES = {("group_names[NATO]", "pl"), ("group_names[NATO]", "lt"), ("group_names[EFTA]", "pl")}
#: Letters each language has and the others here do not, and letters it never uses.
OWN_LETTERS = {"be": "ўі", "uk": "їєі", "ru": "ыэъ", "pl": "łąęśćńźżó", "lt": "ėįųūčšžą"}
FOREIGN_LETTERS = {"be": "ищъїєґ", "uk": "ыэъёў", "ru": "іїєўґ", "pl": "ėįųūčšž", "lt": "łśćńźżó"}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def texts_of(text: TranslatableText) -> dict[str, str]:
    """A merged text's translations (every merged text is an object of them)."""
    return translations(text.value)


@pytest.fixture(scope="module")
def merged() -> dict:
    return merged_default_codebook()


@pytest.fixture(scope="module")
def plain() -> dict:
    return json.loads(resources.files("db").joinpath("default_codebook.json").read_text(encoding="utf-8"))


def test_every_translatable_text_has_all_five_translations(merged: dict, plain: dict) -> None:
    texts = list(translatable_texts(merged))
    assert [t.path for t in texts] == [t.path for t in translatable_texts(plain)]
    assert len(texts) == 2 + 2 * len(plain["statuses"]) + 3 * len(plain["recommendations"]) + len(plain["groups"])
    for text in texts:
        assert missing(text.value) == (), text.path
        assert all(v.strip() == v and v for v in texts_of(text).values()), text.path


def test_the_english_is_the_codebook_s_own_text(merged: dict, plain: dict) -> None:
    english = {t.path: t.value for t in translatable_texts(plain)}
    assert {t.path: texts_of(t)["en"] for t in translatable_texts(merged)} == english


def test_no_translation_is_the_english_left_untranslated(merged: dict) -> None:
    same = {(t.path, lang) for t in translatable_texts(merged) for lang in TRANSLATION_CODES
            if texts_of(t)[lang] == texts_of(t)["en"]}
    assert same == PROPER_NAMES


@pytest.mark.parametrize("lang", TRANSLATION_CODES)
def test_each_translation_is_written_in_its_language_s_script_and_letters(merged: dict, lang: str) -> None:
    everything = ""
    for text in translatable_texts(merged):
        value = texts_of(text)[lang]
        everything += value
        letters = [ch for ch in value if ch.isalpha()]
        cyrillic = [ch for ch in letters if CYRILLIC.match(ch)]
        if LANGUAGES[lang].script == "Cyrl":
            # Cyrillic throughout, bar the Latin a reader needs: the author's name as published, "G7".
            latin = "".join(ch for ch in value if ch.isascii() and ch.isalpha())
            assert set(latin) <= set("AllaLeukavetsG"), (text.path, latin)
            assert cyrillic, text.path
        else:
            assert not cyrillic, text.path
        foreign = set(value.lower()) & set(FOREIGN_LETTERS[lang])
        assert not foreign, (text.path, foreign)
        assert unicodedata.is_normalized("NFC", value), text.path
    assert set(OWN_LETTERS[lang]) <= set(everything.lower())


@pytest.mark.parametrize("lang", TRANSLATION_CODES)
def test_guidance_names_the_statuses_by_their_translated_labels(merged: dict, lang: str) -> None:
    labels = [s["label"] for s in merged["statuses"]]
    for rec in merged["recommendations"]:
        guidance = rec["guidance"]
        named = [label for label in labels if f"{label['en']}:" in guidance["en"]]
        assert len(named) == 5
        for label in named:
            assert f"{label[lang]}:" in guidance[lang], (rec["code"], label["en"])
        # and in the same order, so a reader comparing the two languages finds the same sentence
        def order(lang: str, guidance: dict = guidance, named: list = named) -> list[str]:
            return [label["en"] for label in sorted(named, key=lambda label: guidance[lang].index(f"{label[lang]}:"))]

        assert order(lang) == order("en")
    not_assessed = next(s for s in merged["statuses"] if s["code"] == "not_assessed")
    none = next(s for s in merged["statuses"] if s["code"] == "none")
    assert none["label"][lang] in not_assessed["description"][lang]


@pytest.mark.parametrize("lang", TRANSLATION_CODES)
def test_the_source_s_words_are_translated_as_quotations(merged: dict, lang: str) -> None:
    for rec in merged["recommendations"]:
        english, translated = rec["text"]["en"], rec["text"][lang]
        quotes = english.count('"') // 2
        opening = "«" if LANGUAGES[lang].script == "Cyrl" else "„"
        assert translated.count(opening) == quotes, rec["code"]
        assert translated.startswith(opening)
    assert [t.path for t in translatable_texts(merged) if t.quoted] == [
        f"recommendations[{r['code']}].text" for r in merged["recommendations"]
    ]


def test_the_translations_say_what_they_translate(merged: dict) -> None:
    assert merged["translations"]["translated_from"] == "en"
    assert "not the author's own words" in merged["translations"]["note"]


def test_group_names_keep_their_english_keys_and_gain_translations(merged: dict, plain: dict) -> None:
    assert merged["groups"] == plain["groups"]
    assert merged["group_names"]["Baltic states"]["lt"] == "Baltijos valstybės"
    assert localized(merged["group_names"]["EU"], "pl") == "UE"


def test_every_merged_text_passes_validation(merged: dict) -> None:
    for text in translatable_texts(merged):
        assert validate_text(text.value, text.path) == text.value


def test_a_translation_file_missing_a_text_is_refused(plain: dict) -> None:
    table = json.loads(resources.files("db").joinpath("default_codebook_i18n.json").read_text(encoding="utf-8"))
    del table["texts"]["recommendations[tps].guidance"]
    with pytest.raises(ValueError, match=re.escape("has no translations of recommendations[tps].guidance")):
        merge_translations(plain, table)
    table["texts"]["recommendations[tps].guidance"] = {"be": "Выканана", "xx": "?"}
    with pytest.raises(ValidationError, match="unknown language 'xx'"):
        merge_translations(plain, table)
