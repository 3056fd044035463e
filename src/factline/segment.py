"""Sentence segmentation with character offsets, for news text.

A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) followed by
white space and the start of a new sentence. The hard part in news is the full stop that does not
end a sentence: abbreviations ("Jan. 5", "Mr. Tokayev", "U.S. officials"), initials ("J. Psaki"),
and numbers ("1,000", "3.5"). A line break after a line of text that has no closing punctuation
(a headline, a dateline) also ends a sentence.
"""

from __future__ import annotations

import re

from factline.record import Sentence

# No prose sentence is this long: a longer stretch (a table, a scraped page without punctuation,
# hostile input) is cut at spaces, so that the work every stage does per sentence stays bounded.
MAX_SENTENCE_CHARS = 1_000

# Abbreviations after which a full stop does not end the sentence when more text follows.
# Months and titles are always followed by more of the same sentence in news prose.
_NEVER_FINAL = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mr mrs ms dr prof gen lt col maj capt sgt cpl adm rep sen gov pres rev st mt ft
    no nos vs etc approx est dept univ corp inc ltd co jr sr
    """.split()
)

# Candidate sentence ends: terminal punctuation, optional closing quotes/brackets, white space.
# Each pattern may start only where a run of what it repeats begins (the look-behinds), so that
# a long run of dots, letters or spaces is scanned once, not once from every position in it.
_END = re.compile(
    r"""(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s)|(?<!\n)\n[ \t]*\n|(?<=[^\s.!?:;,])[ \t]*\n"""
)
_WORD_BEFORE = re.compile(r"(?<![A-Za-z.])([A-Za-z][A-Za-z.]*)\.$")
_NEXT_START = re.compile(r"""(?<![\s"'“‘(\[])\s*["'“‘(\[]*(\S)""")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split `text` into sentences; each sentence's span is trimmed of surrounding white space."""
    sentences: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group().strip(" \t") and not _ends_here(text, match.start(), end):
            continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return tuple(sentences)


def _ends_here(text: str, punct_start: int, punct_end: int) -> bool:
    """Whether the punctuation at text[punct_start:punct_end] closes a sentence."""
    following = _NEXT_START.match(text, punct_end)
    if following is None:
        return True
    next_char = following.group(1)
    mark = text[punct_start:punct_end].rstrip("\"'”’)]")
    if mark != ".":
        return not next_char.islower()
    before = _WORD_BEFORE.search(text, max(0, punct_start - 30), punct_start + 1)
    if before is not None:
        word = before.group(1)
        if word.lower() in _NEVER_FINAL:
            return False
        if len(word) == 1 and word.isupper():
            return False  # an initial: "J. Psaki"
        if "." in word and next_char.islower():
            return False  # "U.S. officials"
    return not (next_char.islower() or next_char in ",;:")


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = _cut_point(text, start, start + MAX_SENTENCE_CHARS)
        _append(sentences, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        sentences.append(Sentence(start, end))


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where to cut an over-long stretch: after the last space before `limit`, else at it."""
    space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
    return space + 1 if space > start else limit
