"""The pure ``Document -> Analysis`` function that every front end calls."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from . import nlp as nlp_mod
from .extract.actors import DocResolver, gazetteer, resolve_doc
from .model import Analysis, Document, Sentence
from .ontology import Pack, load_pack


def document_date(doc: Document) -> date | None:
    if not doc.published:
        return None
    try:
        return date.fromisoformat(doc.published[:10])
    except ValueError:
        return None


def extract(doc: Document, pack: Pack | None = None, nlp: Language | None = None) -> Analysis:
    """Everything detente finds in ``doc``: sentences, actors, events, positions, narratives, meetings.

    A document not in English is returned with its metadata and a warning, not parsed as English.
    """
    meta = doc.model_dump(include={"id", "title", "url", "source", "source_type", "published", "language"})
    if doc.language and doc.language != "en":
        return Analysis(**meta, warnings=[f"language {doc.language!r} is not analysed (English only)"])
    pack = pack or load_pack()
    nlp = nlp or nlp_mod.load()
    gaz = gazetteer(pack, nlp)
    resolver = DocResolver(gaz, document_date(doc))
    sentences: list[Sentence] = []
    actors = []
    for offset, parsed in nlp_mod.parse(doc.text, nlp):
        first = len(sentences)
        starts = []
        for sent in parsed.sents:
            text = sent.text.strip()
            if not text:
                continue
            lead = len(sent.text) - len(sent.text.lstrip())
            begin = offset + sent.start_char + lead
            sentences.append(Sentence(i=len(sentences), start=begin, end=begin + len(text), text=text))
            starts.append((sent.start, len(sentences) - 1))
        for start, end, actor in resolve_doc(parsed, gaz, resolver):
            index = next((i for s, i in reversed(starts) if s <= start), first)
            span = parsed[start:end]
            actors.append(actor.model_copy(update={
                "sentence": index, "start": offset + span.start_char, "end": offset + span.end_char}))
    return Analysis(**meta, sentences=sentences, actors=actors)
