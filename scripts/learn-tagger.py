#!/usr/bin/env python3
"""Learns the part-of-speech tagger's weights from UD English EWT (CC BY-SA 4.0).

Usage: scripts/learn-tagger.py [EWT folder] [output]   (defaults: ../shared/corpus/ud-ewt,
Rules/tagger/ewt.tsv; EPOCHS=n to change the number of passes). Prints the tagger's accuracy on
EWT dev and test, measured with the integer weights written, as
Sources/SourcedCore/Analysis/Tokens/Tagger.swift reads them.

The tagger is two averaged perceptrons. The lexical one tags a word out of context (its word,
suffixes, prefixes, cased form, first byte and shape). The main one tags a token from its own
features, the words, suffixes and shapes two either side, and the lexical tags of those: each
decision is local, so the engine tags one token on demand by reading five. A feature is a 64-bit
hash built from the bytes of a word as `TokenEncoding.hash` does (FNV-1a, ASCII lower-cased, an
abbreviation's final period left out), so the Swift side never builds a string. Features seen
fewer than MIN_COUNT times are not learnt; weights are averaged over all updates, scaled to
integers, and small ones pruned. The lexical tags of the spellings seen MIN_COUNT times are
stored too (a row with one entry), so most tokens need one lookup for them instead of eleven.
"""
import collections, gzip, random, sys

TAGS = "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split()
EPOCHS = int(__import__("os").environ.get("EPOCHS", 8))
LEX_EPOCHS = 5
SCALE = 10          # averaged weights are scaled by this and rounded
PRUNE = 8           # |weight| below this (after scaling) is dropped
MIN_COUNT = int(__import__("os").environ.get("MIN_COUNT", 3))  # features seen fewer times in training get no weight
MASK = (1 << 64) - 1
OFFSET, PRIME = 0xCBF29CE484222325, 0x100000001B3
START, START2, END, END2 = 1, 2, 3, 4   # word values beyond the sentence's ends


def combine(h, x):
    return ((h ^ x) * PRIME) & MASK


def fnv(data):
    h = OFFSET
    for b in data:
        h = combine(h, b | 0x20 if 65 <= b <= 90 else b)
    return h


# Feature templates: the first value a feature's hash takes in (see `combine`). Tagger.swift
# lists the same numbers.
(BIAS, WORD, SUF1, SUF2, SUF3, FIRST, SHAPE, PREV, NEXT, PREV2, NEXT2, PREV_SUF, NEXT_SUF, PREV_SHAPE, NEXT_SHAPE,
 TAG1, TAG12, TAG1_WORD, PREV_WORD, CASED, SUF4, PRE2, PRE3, NEXT_WORD, TAG1_NEXT,
 LEX_BIAS, LEX_WORD, LEX_SUF1, LEX_SUF2, LEX_SUF3, LEX_SUF4, LEX_PRE2, LEX_PRE3, LEX_CASED, LEX_FIRST, LEX_SHAPE,
 TAG_NEXT, TAG_NEXT12, TAG_WORD_NEXT, TAG_AROUND, LEX_TAG) = range(1, 42)
SEED = {t: combine(OFFSET, t) for t in range(1, 42)}


def is_word_byte(b):
    return (65 <= b <= 90) or (97 <= b <= 122) or (48 <= b <= 57) or (b >= 0x80 and b != 0xE2)


def shape(data, initial):
    """Bits: capitalised, all caps, starts with a digit, has a digit, inner hyphen, period,
    no letter or digit, sentence-initial (as Token.Shape decides them)."""
    first = data[0]
    bits = 0
    if 65 <= first <= 90 or (first == 0xC3 and len(data) > 1 and 0x80 <= data[1] <= 0x9E):
        bits |= 1
        letters = [b for b in data if 65 <= b <= 90 or 97 <= b <= 122]
        if len(letters) >= 2 and all(65 <= b <= 90 for b in letters):
            bits |= 2
    if 48 <= first <= 57:
        bits |= 4
    if any(48 <= b <= 57 for b in data):
        bits |= 8
    if 0x2D in data[1:]:
        bits |= 16
    if 0x2E in data:
        bits |= 32
    if not any(is_word_byte(b) for b in data):
        bits |= 64
    if initial:
        bits |= 128
    return bits


def stem(data):
    """The bytes hashed for a word: an abbreviation's final period left out."""
    return data[:-1] if len(data) > 1 and data[-1] == 0x2E else data


class Word:
    """What the features of a token read from its own bytes."""
    __slots__ = ("word", "suf1", "suf2", "suf3", "suf4", "pre2", "pre3", "cased", "first", "shape")

    def __init__(self, text, initial):
        data = text.encode("utf-8")
        s = stem(data)
        self.word = fnv(s)
        self.suf1, self.suf2, self.suf3, self.suf4 = fnv(s[-1:]), fnv(s[-2:]), fnv(s[-3:]), fnv(s[-4:])
        self.pre2, self.pre3 = fnv(s[:2]), fnv(s[:3])
        self.cased = OFFSET
        for b in s:
            self.cased = combine(self.cased, b)
        self.first = data[0]
        self.shape = shape(data, initial)


def initial_index(words):
    """The first token that is a word (Tokenizer marks it sentence-initial)."""
    for i, w in enumerate(words):
        b = w.encode("utf-8")[0]
        if (65 <= b <= 90) or (97 <= b <= 122) or (b >= 0x80 and b != 0xE2):
            return i
    return -1


def lexical_features(t):
    """A word's features out of context, for the lexical model whose tags stand for the neighbours."""
    return [SEED[LEX_BIAS], combine(SEED[LEX_WORD], t.word), combine(SEED[LEX_SUF1], t.suf1), combine(SEED[LEX_SUF2], t.suf2),
            combine(SEED[LEX_SUF3], t.suf3), combine(SEED[LEX_SUF4], t.suf4), combine(SEED[LEX_PRE2], t.pre2),
            combine(SEED[LEX_PRE3], t.pre3), combine(SEED[LEX_CASED], t.cased), combine(SEED[LEX_FIRST], t.first),
            combine(SEED[LEX_SHAPE], t.shape)]


def words_of(words):
    first = initial_index(words)
    return [Word(w, i == first) for i, w in enumerate(words)]


def static_features(words):
    """Per token, the features that do not depend on the tags given."""
    toks = words_of(words)
    out = []
    n = len(toks)
    for i, t in enumerate(toks):
        p = toks[i - 1] if i > 0 else None
        q = toks[i + 1] if i + 1 < n else None
        p2 = toks[i - 2].word if i > 1 else (START2 if i == 1 else START)
        q2 = toks[i + 2].word if i + 2 < n else (END2 if i + 1 < n else END)
        f = [SEED[BIAS], combine(SEED[WORD], t.word), combine(SEED[SUF1], t.suf1), combine(SEED[SUF2], t.suf2),
             combine(SEED[SUF3], t.suf3), combine(SEED[FIRST], t.first), combine(SEED[SHAPE], t.shape),
             combine(SEED[PREV], p.word if p else START), combine(SEED[NEXT], q.word if q else END),
             combine(SEED[PREV2], p2), combine(SEED[NEXT2], q2),
             combine(SEED[PREV_SUF], p.suf3 if p else START), combine(SEED[NEXT_SUF], q.suf3 if q else END),
             combine(SEED[PREV_SHAPE], p.shape if p else 256), combine(SEED[NEXT_SHAPE], q.shape if q else 256),
             combine(combine(SEED[PREV_WORD], p.word if p else START), t.word),
             combine(SEED[CASED], t.cased), combine(SEED[SUF4], t.suf4), combine(SEED[PRE2], t.pre2), combine(SEED[PRE3], t.pre3),
             combine(combine(SEED[NEXT_WORD], t.word), q.word if q else END)]
        out.append((f, t.word, q.word if q else END))
    return out


def tag_features(static, lex, i):
    """The features of the lexical model's tags around token i (len(TAGS) + 0/1 beyond the ends)."""
    n = len(lex)
    t1 = lex[i - 1] if i > 0 else len(TAGS)
    t2 = lex[i - 2] if i > 1 else len(TAGS) + 1
    u1 = lex[i + 1] if i + 1 < n else len(TAGS)
    u2 = lex[i + 2] if i + 2 < n else len(TAGS) + 1
    _, word, next = static[i]
    return [combine(SEED[TAG1], t1), combine(combine(SEED[TAG12], t1), t2), combine(combine(SEED[TAG1_WORD], t1), word),
            combine(combine(SEED[TAG1_NEXT], t1), next), combine(SEED[TAG_NEXT], u1), combine(combine(SEED[TAG_NEXT12], u1), u2),
            combine(combine(SEED[TAG_WORD_NEXT], word), u1), combine(combine(SEED[TAG_AROUND], t1), u1)]


def sentences(path):
    sent = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                sent.append((cols[1], TAGS.index(cols[3])))
    if sent:
        yield sent


class Perceptron:
    def __init__(self):
        self.w = collections.defaultdict(dict)       # feature → {tag: weight}
        self.total = collections.defaultdict(dict)   # running sums for the average
        self.stamp = collections.defaultdict(dict)
        self.clock = 0

    def scores(self, feats, weights=None):
        weights = weights if weights is not None else self.w
        s = [0] * len(TAGS)
        for f in feats:
            row = weights.get(f)
            if row:
                for t, v in row.items():
                    s[t] += v
        return s

    def update(self, gold, guess, feats):
        self.clock += 1
        if gold == guess:
            return
        for f in feats:
            for t, d in ((gold, 1), (guess, -1)):
                row, tot, st = self.w[f], self.total[f], self.stamp[f]
                v = row.get(t, 0)
                tot[t] = tot.get(t, 0) + (self.clock - st.get(t, 0)) * v
                st[t] = self.clock
                row[t] = v + d

    def averaged(self):
        out = {}
        for f, row in self.w.items():
            tot, st = self.total[f], self.stamp[f]
            avg = {}
            for t, v in row.items():
                mean = (tot.get(t, 0) + (self.clock - st.get(t, 0)) * v) / self.clock
                q = int(round(mean * SCALE))
                if abs(q) >= PRUNE:
                    avg[t] = q
            if avg:
                out[f] = avg
        return out


def best(scores):
    return max(range(len(TAGS)), key=scores.__getitem__)


def tag(model_scores, words):
    """Each token by itself: the lexical model's tags of its neighbours, then its own features."""
    lex = [best(model_scores(lexical_features(t))) for t in words_of(words)]
    static = static_features(words)
    return [best(model_scores(static[i][0] + tag_features(static, lex, i))) for i in range(len(static))]


def curly(words):
    """The words with typographic apostrophes and quotes, as news text writes them."""
    out, opening = [], True
    for w in words:
        if w == '"':
            w, opening = ("\u201c" if opening else "\u201d"), not opening
        out.append(w.replace("'", "\u2019"))
    return out


def perceptron(examples, epochs, rng, kept=None):
    """Averaged perceptron over (features, gold tag) examples; only `kept` features learn."""
    model = Perceptron()
    for epoch in range(epochs):
        rng.shuffle(examples)
        wrong = 0
        for feats, gold in examples:
            fs = feats if kept is None else [f for f in feats if f in kept]
            guess = best(model.scores(fs))
            model.update(gold, guess, fs)
            wrong += guess != gold
        print(f"epoch {epoch + 1}: {wrong} training errors", file=sys.stderr)
    return model.averaged()


def train(sents):
    rng = random.Random(1)
    # The treebank mostly writes straight quotes: half its sentences that have one are learnt curly.
    words = [[w for w, _ in s] for s in sents]
    words = [curly(ws) if any("'" in w or w == '"' for w in ws) and rng.random() < 0.5 else ws for ws in words]
    golds = [[t for _, t in s] for s in sents]
    # Stage 1: the tag of a word out of context (what the treebank knows of its spelling).
    lex_examples = [(lexical_features(t), g) for ws, gs in zip(words, golds) for t, g in zip(words_of(ws), gs)]
    lex_counts = collections.Counter(f for feats, _ in lex_examples for f in feats)
    lexical = perceptron(lex_examples, LEX_EPOCHS, rng, {f for f, n in lex_counts.items() if n >= MIN_COUNT})
    # Stage 2: each token in context, the neighbours standing as their stage-1 tags.
    examples = []
    for ws, gs in zip(words, golds):
        lex = [best(Perceptron().scores(lexical_features(t), lexical)) for t in words_of(ws)]
        static = static_features(ws)
        examples += [(static[i][0] + tag_features(static, lex, i), gs[i]) for i in range(len(ws))]
    # Rare features (a word pair seen once) would fill the file and teach little.
    counts = collections.Counter(f for feats, _ in examples for f in feats)
    weights = perceptron(examples, EPOCHS, rng, {f for f, n in counts.items() if n >= MIN_COUNT})
    weights.update(lexical)
    # The lexical tag of every spelling seen MIN_COUNT times (by cased word and shape, which fix
    # all its lexical features): one lookup instead of eleven for most tokens.
    spellings = collections.Counter((t.cased, t.shape) for ws in words for t in words_of(ws))
    for ws in words:
        for t in words_of(ws):
            key = combine(combine(SEED[LEX_TAG], t.cased), t.shape)
            if spellings[(t.cased, t.shape)] >= MIN_COUNT and key not in weights:
                weights[key] = {best(Perceptron().scores(lexical_features(t), lexical)): 1}
    # Known words keep their word feature, weights or none: `Tagger.isCommonWord` asks for it.
    for feats, _ in lex_examples:
        if lex_counts[feats[1]] >= MIN_COUNT:
            weights.setdefault(feats[1], {})
    return weights


def accuracy(weights, sents, ambiguous):
    right = total = nv_right = nv_total = 0
    scorer = Perceptron().scores
    for sent in sents:
        words = [w for w, _ in sent]
        guess = tag(lambda fs: scorer(fs, weights), words)
        for (w, gold), g in zip(sent, guess):
            total += 1
            right += gold == g
            if TAGS[gold] in ("NOUN", "VERB") and w.lower() in ambiguous:
                nv_total += 1
                nv_right += gold == g
    return right / total, nv_right / max(nv_total, 1), nv_total


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/ud-ewt"
    out = sys.argv[2] if len(sys.argv) > 2 else "Rules/tagger/ewt.tsv"
    train_sents = list(sentences(f"{folder}/en_ewt-ud-train.conllu.gz"))
    weights = train(train_sents)
    # Words the treebank has seen both as a noun and as a verb (the cue words that matter).
    seen = collections.defaultdict(set)
    for sent in train_sents:
        for w, t in sent:
            seen[w.lower()].add(TAGS[t])
    ambiguous = {w for w, ts in seen.items() if {"NOUN", "VERB"} <= ts}
    for split in ("dev", "test"):
        sents = list(sentences(f"{folder}/en_ewt-ud-{split}.conllu.gz"))
        acc = accuracy(weights, sents, ambiguous)
        print(f"{split}: UPOS accuracy {acc[0]:.4f}; noun/verb-ambiguous words tagged NOUN or VERB right {acc[1]:.4f} "
              f"({acc[2]} tokens)")
    entries = sum(len(r) for r in weights.values())
    print(f"{len(weights)} features, {entries} weights")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Part-of-speech tagger weights for sourced, learnt by scripts/learn-tagger.py from the train split of\n")
        f.write("# Universal Dependencies English Web Treebank (UD_English-EWT v2.15, commit 15d613d).\n")
        f.write("# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), as the treebank's; see NOTICE.\n")
        f.write("# A line: a feature hash (16 hex digits), a tab, then tag=weight pairs (tag: index into the tags line).\n")
        f.write("tags\t" + " ".join(TAGS) + "\n")
        for feat in sorted(weights):
            row = weights[feat]
            f.write(f"{feat:016x}\t" + " ".join(f"{t}={row[t]}" for t in sorted(row)) + "\n")


if __name__ == "__main__":
    main()
