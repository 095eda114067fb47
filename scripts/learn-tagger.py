#!/usr/bin/env python3
"""Learns the word-class tagger's data from UD English EWT (CC BY-SA 4.0).

Usage: scripts/learn-tagger.py [EWT folder] [output]   (defaults: ../shared/corpus/ud-ewt,
Rules/tagger/ewt.tsv). Prints the tagger's accuracy on EWT dev and test.

The tagger (Sources/SourcedCore/Analysis/Tokens/Tagger.swift runs the same decision) gives each
token the tag t maximising
    log P(t | word) + log P(t | left context) + log P(right context | t)
where the left and right contexts are the neighbouring words when they are among the commonest
words, else their most likely tags: each decision is local, so a token is tagged only when a rule
asks about it. Unknown words take P(t | suffix, capitalised). Probabilities are add-0.5 smoothed
and stored as integer hundredths of a natural log.
"""
import collections, gzip, math, sys

TAGS = "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split()
MIN_WORD = 2        # words seen fewer times are left to the suffix model
CONTEXT_WORDS = 150 # the commonest words stand for themselves as left context
SUFFIX = 3


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
                sent.append((cols[1], cols[3]))
    if sent:
        yield sent


def key(word):
    return word.lower()


def shape(word):
    """Suffix key for unknown words: capitalised or not, digits folded, last letters."""
    cap = "C" if word[:1].isupper() else ("D" if word[:1].isdigit() else "l")
    tail = "".join("9" if c.isdigit() else c for c in word.lower()[-SUFFIX:])
    return cap + tail


def logp(counts, total, n):
    return {t: int(round(100 * math.log((counts.get(t, 0) + 0.5) / (total + 0.5 * n)))) for t in TAGS}


class Model:
    def __init__(self, train):
        words = collections.defaultdict(collections.Counter)
        freq = collections.Counter()
        for sent in train:
            for w, t in sent:
                words[key(w)][t] += 1
                freq[key(w)] += 1
        self.context_words = {w for w, _ in freq.most_common(CONTEXT_WORDS)}
        self.lex = {w: c for w, c in words.items() if sum(c.values()) >= MIN_WORD}
        suffix = collections.defaultdict(collections.Counter)
        for sent in train:
            for w, t in sent:
                if freq[key(w)] <= 2:  # rare words teach the suffix model
                    suffix[shape(w)][t] += 1
        self.P_word = {w: logp(c, sum(c.values()), len(TAGS)) for w, c in self.lex.items()}
        self.P_suffix = {s: logp(c, sum(c.values()), len(TAGS)) for s, c in suffix.items() if sum(c.values()) >= 2}
        allc = collections.Counter()
        for c in suffix.values():
            allc.update(c)
        self.P_unknown = logp(allc, sum(allc.values()), len(TAGS))
        left = collections.defaultdict(collections.Counter)
        right = collections.defaultdict(collections.Counter)
        for sent in train:
            tags = [x[1] for x in sent]
            for i, (w, t) in enumerate(sent):
                left[self.left_key(sent, i, tags)][t] += 1
                right[t][self.right_key([x[0] for x in sent], i)] += 1
        self.P_left = {k: logp(c, sum(c.values()), len(TAGS)) for k, c in left.items()}
        self.nexts = TAGS + ["END"] + ["w:" + w for w in sorted(self.context_words)]
        self.P_right = {}
        for t in TAGS:
            c = right[t]
            tot = sum(c.values())
            self.P_right[t] = {x: int(round(100 * math.log((c.get(x, 0) + 0.5) / (tot + 0.5 * len(self.nexts))))) for x in self.nexts}

    def right_key(self, words, i):
        if i + 1 >= len(words):
            return "END"
        w = key(words[i + 1])
        return "w:" + w if w in self.context_words else self.ml(words[i + 1])

    def left_key(self, sent, i, tags):
        if i == 0:
            return "^"
        w = key(sent[i - 1][0])
        return "w:" + w if w in self.context_words else "t:" + self.ml(sent[i - 1][0])

    def lexical(self, w):
        p = self.P_word.get(key(w))
        if p is None:
            p = self.P_suffix.get(shape(w), self.P_unknown)
        return p

    def ml(self, w):
        p = self.lexical(w)
        return max(TAGS, key=lambda t: p[t])

    def tag(self, words):
        tags = []
        for i, w in enumerate(words):
            lex = self.lexical(w)
            lk = self.left_key([(x, None) for x in words], i, None)
            lp = self.P_left.get(lk) or self.P_left.get("t:X")
            nxt = self.right_key(words, i)
            best = max(TAGS, key=lambda t: lex[t] + lp[t] + self.P_right[t][nxt])
            tags.append(best)
        return tags


def accuracy(model, sents, baseline=False):
    right = total = nv_right = nv_total = 0
    for sent in sents:
        words = [w for w, _ in sent]
        guess = [model.ml(w) for w in words] if baseline else model.tag(words)
        for (w, gold), g in zip(sent, guess):
            total += 1
            right += gold == g
            counts = model.lex.get(key(w))
            if gold in ("NOUN", "VERB") and counts and counts["NOUN"] and counts["VERB"]:
                nv_total += 1
                nv_right += gold == g
    return right / total, nv_right / max(nv_total, 1), nv_total


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/ud-ewt"
    out = sys.argv[2] if len(sys.argv) > 2 else "Rules/tagger/ewt.tsv"
    train = list(sentences(f"{folder}/en_ewt-ud-train.conllu.gz"))
    model = Model(train)
    for split in ("dev", "test"):
        sents = list(sentences(f"{folder}/en_ewt-ud-{split}.conllu.gz"))
        base = accuracy(model, sents, baseline=True)
        acc = accuracy(model, sents)
        print(f"{split}: UPOS accuracy {acc[0]:.4f} (most frequent tag {base[0]:.4f}); "
              f"noun/verb-ambiguous words tagged NOUN or VERB right {acc[1]:.4f} (baseline {base[1]:.4f}, {acc[2]} tokens)")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Word-class tagger data for sourced, learned by scripts/learn-tagger.py from the train split of\n")
        f.write("# Universal Dependencies English Web Treebank (UD_English-EWT v2.15, commit 15d613d).\n")
        f.write("# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), as the treebank's; see NOTICE.\n")
        f.write("# Values: hundredths of a natural log probability; sparse rows give a default, then TAG=value.\n")
        f.write("tags\t\t" + " ".join(TAGS) + "\n")
        f.write("next\t\t" + " ".join(model.nexts) + "\n")
        f.write("unknown\t\t" + " ".join(str(model.P_unknown[t]) for t in TAGS) + "\n")
        for t in TAGS:
            f.write(f"r\t{t}\t" + " ".join(str(model.P_right[t][x]) for x in model.nexts) + "\n")
        for k in sorted(model.P_left):
            f.write(f"l\t{k}\t" + " ".join(str(model.P_left[k][t]) for t in TAGS) + "\n")

        def sparse(p):
            default = min(p.values())
            return " ".join([str(default)] + [f"{t}={p[t]}" for t in TAGS if p[t] != default])

        for k in sorted(model.P_suffix):
            f.write(f"s\t{k}\t" + sparse(model.P_suffix[k]) + "\n")
        for w in sorted(model.P_word):
            f.write(f"w\t{w}\t" + sparse(model.P_word[w]) + "\n")

if __name__ == "__main__":
    main()
