"""Train the neural Arabic NER tagger (marsad/lang/ner_nn.py) and measure it alone and combined with the CRF.

Needs torch at training time only (CPU wheel); the result is a numpy .npz.  Needs ../shared.

Split (the same as the CRF's, marsad/data/ner/README.md):
* ANERcorp train.txt: last 10 % of sentences = dev (never trained on while measuring);
* the first 90 % = our training part; its last 10 % = the INNER split used to choose the
  number of epochs and the CRF/neural mixing weight.

Stages:
  python scripts/train_ner_nn.py inner   # train on inner-train, score inner per epoch; train an
                                         # inner CRF (same features/settings as the shipped one) and
                                         # tune the mixing weight on inner; writes /tmp/ner_nn_inner.json
  python scripts/train_ner_nn.py final [--epochs N] [--weight A]
                                         # train on the whole training part, export
                                         # marsad/data/models/ner_ar_nn.npz, score dev: neural alone,
                                         # CRF alone, and A*CRF marginals + (1-A)*neural (BIO Viterbi)
  python scripts/train_ner_nn.py combine [--weight A] [--o-bias B]
                                         # only re-score dev against the committed CRF + neural models
  python scripts/train_ner_nn.py inner-combine --out A.npz[,B.npz,...]
                                         # mixing-weight grid on inner for given inner-trained models
                                         # (several: their probabilities are averaged = seed ensemble)
  python scripts/train_ner_nn.py bench   # tokens/s of the numpy tagger vs the CRF (pseudo-documents)

Measured results: marsad/data/models/ner_ar_nn.md.

Settings (DEFAULTS below): feature-bag embeddings dim 128 (features seen in the training part),
3 convolutions width 3 dilations 1,2,1 with residuals, dropout 0.3, word-identity feature dropout
0.25 (w=/s=/b= of a token dropped during training, to learn the unseen-word case), Adam lr 2e-3,
batch 16 sentences, seed 1, OMP_NUM_THREADS=1.  All scores are entity-level (marsad.eval.ner.score)
after document-level propagation over +-20 sentences (as the CRF's shipped figure) and each
sentence alone.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from marsad.eval.ner import score  # noqa: E402
from marsad.lang import ner as crf  # noqa: E402
from marsad.lang import ner_nn  # noqa: E402
from marsad.lang.ner_build import corpora  # noqa: E402
from marsad.resources import data_path  # noqa: E402

LABELS = ["O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
# chosen on the inner split (see the module docstring and marsad/data/models/ner_ar_nn.md)
DEFAULTS = dict(dim=96, dilations=[1, 2, 4], dropout=0.3, word_drop=0.25, lr=2e-3, batch=16,
                epochs=9, seed=1, trigrams=True, min_count=2, residual=True)
MIX_WEIGHT, O_BIAS = 0.7, 0.5      # CRF weight and O-penalty of the combination, chosen on the inner split
ID_PREFIX = ("w=", "s=", "b=")
WINDOW = 20


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


def featurize(sents, trigrams=True):
    """Per sentence: list of per-token feature-string lists (word features + phrase classes)."""
    out = []
    for toks in sents:
        wf = [ner_nn.word_features(w, trigrams) for w in toks]
        mg = ner_nn.phrase_features([s for _, s in wf])
        out.append([f + mg.get(i, []) for i, (f, _) in enumerate(wf)])
    return out


def build_vocab(feats, min_count=1):
    cnt = {}
    for s in feats:
        for tok in s:
            for f in tok:
                cnt[f] = cnt.get(f, 0) + 1
    return sorted(f for f, c in cnt.items() if c >= min_count)


def score_tags(gold_sents, pred, window=WINDOW):
    words = [t for t, _ in gold_sents]
    gold = [g for _, g in gold_sents]
    alone = score(gold, pred)
    prop = score(gold, crf.propagate(words, [list(p) for p in pred], window=window))
    return alone, prop


class Net:
    """Torch model mirroring NeuralTagger's numpy forward pass."""

    def __init__(self, n_feat, cfg):
        import torch
        import torch.nn as nn
        self.torch = torch
        torch.manual_seed(cfg["seed"])
        D = cfg["dim"]
        self.cfg = cfg
        self.emb = nn.EmbeddingBag(n_feat, D, mode="sum", sparse=True)
        nn.init.normal_(self.emb.weight, 0, 0.05)
        self.emb_b = nn.Parameter(torch.zeros(D))
        self.convs = nn.ModuleList([nn.Conv1d(D, D, 3, padding=d, dilation=d) for d in cfg["dilations"]])
        # one output layer per training corpus (multi-task); head 0 = ANERcorp, the exported one
        self.outs = nn.ModuleList([nn.Linear(D, len(LABELS)) for _ in range(cfg.get("heads", 1))])
        self.out = self.outs[0]
        self.drop = nn.Dropout(cfg["dropout"])
        self.dense_params = [self.emb_b] + list(self.convs.parameters()) + list(self.outs.parameters())
        self.modules = [self.emb, self.convs, self.outs, self.drop]

    def train_mode(self, on):
        for m in self.modules:
            m.train(on)

    def forward(self, batch_idx, batch_off, lens, heads=None):
        """batch_idx: flat feature ids, batch_off: offsets per token; lens: tokens per sentence."""
        torch = self.torch
        x = self.emb(batch_idx, batch_off) + self.emb_b           # [T, D]
        x = torch.relu(x)
        B, L = len(lens), max(lens)
        D = x.shape[1]
        pos = torch.cat([torch.arange(n) + b * L for b, n in enumerate(lens)])
        pad = x.new_zeros(B * L, D).index_copy(0, pos, x).view(B, L, D)
        mask = x.new_zeros(B * L, 1).index_fill(0, pos, 1.0).view(B, L, 1)
        h = self.drop(pad).transpose(1, 2)                         # [B, D, L]
        m = mask.transpose(1, 2)
        for conv in self.convs:
            y = torch.relu(conv(h))
            h = ((y + h) if self.cfg["residual"] else y) * m
            h = self.drop(h)
        h = h.transpose(1, 2)                                      # [B, L, D]
        flat = h.reshape(B * L, D)[pos]
        if heads is None or len(self.outs) == 1:
            return self.out(flat)                                 # [T, n_labels]
        allh = torch.stack([o(flat) for o in self.outs])          # [H, T, n_labels]
        return allh[heads, torch.arange(flat.shape[0])]

    def export(self, path, feat_list, cfg):
        torch = self.torch
        with torch.no_grad():
            arrays = {
                "features": np.array("\n".join(feat_list)),
                "emb": self.emb.weight.numpy().astype(np.float16),
                "emb_b": self.emb_b.numpy().astype(np.float32),
                "out_w": self.out.weight.numpy().T.astype(np.float32),
                "out_b": self.out.bias.numpy().astype(np.float32),
            }
            for i, conv in enumerate(self.convs):
                w = conv.weight.numpy()                             # [out, in, 3]
                arrays["conv%d_w" % i] = np.concatenate([w[:, :, k].T for k in range(3)], 0).astype(np.float32)
                arrays["conv%d_b" % i] = conv.bias.numpy().astype(np.float32)
            c = {"labels": LABELS, "dilations": cfg["dilations"], "trigrams": cfg["trigrams"],
                 "residual": cfg["residual"], "dim": cfg["dim"]}
            arrays["config"] = np.array(json.dumps(c))
        np.savez_compressed(path, **arrays)


def train(train_sents, cfg, val_sents=None, epochs=None, log_every=1, export_path=None, extra=()):
    """Returns (net, feat_list, history) — history: per epoch inner scores when val_sents is given.
    ``extra``: further labelled corpora (lists of sentences), each trained through its own output layer
    (multi-task); the feature vocabulary comes from all of them."""
    import torch
    torch.set_num_threads(1)
    random.seed(cfg["seed"])
    t0 = time.time()
    extra = [list(c) for c in extra]
    cfg = dict(cfg, heads=1 + len(extra))
    head_of = [0] * len(train_sents) + [h + 1 for h, c in enumerate(extra) for _ in c]
    train_sents = list(train_sents) + [x for c in extra for x in c]
    tr_feats = featurize([t for t, _ in train_sents], cfg["trigrams"])
    feat_list = build_vocab(tr_feats, cfg["min_count"])
    fidx = {f: i for i, f in enumerate(feat_list)}
    lab = {t: i for i, t in enumerate(LABELS)}
    data = []
    for fs, (_, tags) in zip(tr_feats, train_sents):
        ids = [[fidx[f] for f in tok if f in fidx] for tok in fs]
        isid = [[f.startswith(ID_PREFIX) for f in tok if f in fidx] for tok in fs]
        data.append((ids, isid, [lab[t] for t in tags]))
    log(f"features: {len(feat_list)} strings, {sum(len(d[0]) for d in data)} tokens, {time.time() - t0:.1f}s")
    net = Net(len(feat_list), cfg)
    opt = torch.optim.Adam(net.dense_params, lr=cfg["lr"])
    opt_sp = torch.optim.SparseAdam(list(net.emb.parameters()), lr=cfg["lr"])
    lossf = torch.nn.CrossEntropyLoss()
    hist = []
    tmp = Path("/tmp/ner_nn_epoch.npz")
    n_ep = epochs or cfg["epochs"]
    for ep in range(1, n_ep + 1):
        net.train_mode(True)
        order = list(range(len(data)))
        random.shuffle(order)
        tot = 0.0
        te = time.time()
        for bs in range(0, len(order), cfg["batch"]):
            idx, off, lens, ys, hs = [], [], [], [], []
            for si in order[bs:bs + cfg["batch"]]:
                ids, isid, y = data[si]
                for tok, fl in zip(ids, isid):
                    off.append(len(idx))
                    if cfg["word_drop"]:
                        drop = random.random() < cfg["word_drop"]
                        idx.extend(f for f, is_id in zip(tok, fl) if not (drop and is_id))
                    else:
                        idx.extend(tok)
                lens.append(len(ids))
                ys.extend(y)
                hs.extend([head_of[si]] * len(y))
            logits = net.forward(torch.tensor(idx, dtype=torch.long), torch.tensor(off, dtype=torch.long), lens,
                                 torch.tensor(hs) if cfg["heads"] > 1 else None)
            loss = lossf(logits, torch.tensor(ys))
            opt.zero_grad()
            opt_sp.zero_grad()
            loss.backward()
            opt.step()
            opt_sp.step()
            tot += loss.item() * len(lens)
        rec = {"epoch": ep, "loss": round(tot / len(data), 4), "sec": round(time.time() - te, 1)}
        if val_sents is not None:
            net.export(tmp, feat_list, cfg)
            tg = ner_nn.NeuralTagger(tmp)
            pred = tg.tag([t for t, _ in val_sents])
            a, p = score_tags(val_sents, pred)
            rec.update(alone=a["micro"]["f1"], prop=p["micro"]["f1"])
            if export_path and rec["prop"] > max((r["prop"] for r in hist), default=-1):
                import shutil
                shutil.copy(tmp, str(export_path) + ".best.npz")
        hist.append(rec)
        if ep % log_every == 0 or ep == n_ep:
            log(json.dumps(rec))
    if export_path:
        net.export(export_path, feat_list, cfg)
    log(f"trained in {time.time() - t0:.0f}s")
    return net, feat_list, hist


# --- CRF side ------------------------------------------------------------------------------------

def crf_marginals(tagger, words, labels=LABELS):
    """[n, len(labels)] marginal probabilities of the pycrfsuite CRF for one sentence (BIO models;
    for the CRF module's own ``crf_marginals`` see ``_crf_side``)."""
    if not words:
        return np.zeros((0, len(labels)), np.float32)
    tagger.set(crf.sentence_features(words))
    have = set(tagger.labels())
    m = np.zeros((len(words), len(labels)), np.float32)
    for j, l in enumerate(labels):
        if l in have:
            for t in range(len(words)):
                m[t, j] = tagger.marginal(l, t)
    return m


def _crf_side(crf_path, words):
    """CRF Viterbi tags and marginals (columns in LABELS order) for each sentence.  Uses the CRF module's
    documented ``crf_marginals`` when it has one (it folds BIOES models back to BIO), else pycrfsuite directly."""
    if hasattr(crf, "crf_marginals"):
        tg = crf.Tagger(crf_path)
        cols = [list(tg.labels).index(l) if l in tg.labels else None for l in LABELS]
        tags, cm = [], []
        for w in words:
            tags.append(list(tg.tag(w)))
            m = np.asarray(crf.crf_marginals(crf.sentence_features(w), tg), np.float32) if w else np.zeros((0, len(tg.labels)))
            cm.append(np.stack([m[:, c] if c is not None else np.zeros(len(w), np.float32) for c in cols], 1)
                      if len(w) else np.zeros((0, len(LABELS)), np.float32))
        return tags, cm
    import pycrfsuite
    t = pycrfsuite.Tagger()
    t.open(str(crf_path))
    return [list(t.tag(crf.sentence_features(w))) for w in words], [crf_marginals(t, w) for w in words]


def train_crf(sents, path):
    """The CRF with the shipped features and settings, on another split (marsad.lang.ner_train.train_crf)."""
    from marsad.lang.ner_train import train_crf as _train
    _train(sents, Path(path), log=log)


def combine_scores(sents, crf_path, nn_path, weights, o_biases=(0.0,)):
    words = [w for w, _ in sents]
    crf_viterbi, cm = _crf_side(crf_path, words)
    paths = str(nn_path).split(",")          # several models: their probabilities are averaged
    nm = None
    for pth in paths:
        pr = ner_nn.NeuralTagger(pth).probs(words)
        nm = pr if nm is None else [a + b for a, b in zip(nm, pr)]
    nm = [a / len(paths) for a in nm]
    lens = [len(w) for w in words]
    res = {}
    a, p = score_tags(sents, crf_viterbi)
    res["crf_viterbi"] = {"alone": a, "prop": p}
    for wt in weights:
        mix = np.log(np.concatenate([wt * c + (1 - wt) * n for c, n in zip(cm, nm)]) + 1e-9)
        for ob in o_biases:
            lp = mix.copy()
            lp[:, 0] -= ob          # O-penalty: trade precision for recall
            pred = ner_nn.bio_viterbi(lp, lens, LABELS)
            a, p = score_tags(sents, pred)
            res["mix_%.2f" % wt + ("_ob%.1f" % ob if ob else "")] = {"alone": a, "prop": p}
    return res


def brief(s):
    m = s["micro"]
    return "P %.3f R %.3f F1 %.3f | " % (m["p"], m["r"], m["f1"]) + " ".join(
        "%s %.3f/%.3f/%.3f" % (k, v["p"], v["r"], v["f1"]) for k, v in sorted(s["per_type"].items()))


def print_combo(name, res, detail=("crf_viterbi", "mix_0.00", "mix_1.00")):
    for k, v in res.items():
        a, p = v["alone"]["micro"], v["prop"]["micro"]
        log(f"{name} {k:16s} alone F1 {a['f1']:.3f} | propagated P {p['p']:.3f} R {p['r']:.3f} F1 {p['f1']:.3f}")
    best = max(res, key=lambda k: res[k]["prop"]["micro"]["f1"])
    for k in list(detail) + [best]:
        if k in res:
            log(f"{name} {k:16s} alone: {brief(res[k]['alone'])}")
            log(f"{name} {k:16s} prop : {brief(res[k]['prop'])}")


def bench(sents, path, doc_tokens=700):
    """tokens/s of NeuralTagger (probs + BIO Viterbi) over pseudo-documents of ~700 tokens, cold caches then
    warm, against the CRF; wall-clock and CPU time (CPU time is the fairer figure on a shared machine)."""
    import pycrfsuite
    docs, cur, n = [], [], 0
    for toks, _ in sents:
        cur.append(toks)
        n += len(toks)
        if n >= doc_tokens:
            docs.append(cur)
            cur, n = [], 0
    total = sum(len(t) for d in docs for t in d)

    def run(name, fn):
        w0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            fn(d)
        w, c = time.perf_counter() - w0, time.process_time() - c0
        log(f"{name}: {total} tokens in {len(docs)} docs; wall {total / w:,.0f} tokens/s ({1e6 * w / total:.2f} us/token); "
            f"CPU {total / c:,.0f} tokens/s ({1e6 * c / total:.2f} us/token)")

    t0 = time.perf_counter()
    tg = ner_nn.NeuralTagger(path)
    log(f"load {time.perf_counter() - t0:.3f}s ({Path(path).stat().st_size / 1e6:.2f} MB)")
    run("neural tag, cold caches", tg.tag)
    run("neural tag, warm", tg.tag)
    run("neural probs only, warm", tg.probs)
    t = pycrfsuite.Tagger()
    t.open(str(data_path("models", crf.MODEL_NAME)))
    run("crf viterbi incl. features (warm)", lambda d: [t.tag(crf.sentence_features(w)) for w in d])
    run("crf marginals incl. features (warm)", lambda d: [crf_marginals(t, w) for w in d])


WEIGHTS = [0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0]
O_BIASES = [0.0, 0.5, 1.0, 1.5]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("stage", choices=["inner", "inner-combine", "final", "combine", "bench"])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--weight", type=float, default=None)
    ap.add_argument("--o-bias", type=float, default=0.0)
    ap.add_argument("--set", action="append", default=[], help="override a setting: key=json")
    ap.add_argument("--skip-crf", action="store_true")
    ap.add_argument("--crf", default=None, help="inner CRF model path (trained if missing)")
    ap.add_argument("--extra", default="", help="multi-task corpora: aqmar_train,wojood")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    cfg = dict(DEFAULTS)
    for kv in args.set:
        k, v = kv.split("=", 1)
        cfg[k] = json.loads(v)
    corp = corpora(Path(args.shared))
    train_part, dev = corp["anercorp_train"], corp["anercorp_dev"]
    extra = [corp[k] for k in args.extra.split(",") if k]
    if args.stage == "inner":
        n_in = int(round(len(train_part) * 0.1))
        itr, iva = train_part[:-n_in], train_part[-n_in:]
        log(f"inner: train {len(itr)} sentences, inner {len(iva)}; cfg {cfg}")
        out = Path(args.out or "/tmp/ner_nn_inner.npz")
        _, _, hist = train(itr, cfg, val_sents=iva, epochs=args.epochs, export_path=out, extra=extra)
        best = max(hist, key=lambda r: r["prop"])
        log(f"best epoch {best['epoch']}: prop {best['prop']} alone {best['alone']}")
        res = {"cfg": cfg, "hist": hist, "best": best}
        if not args.skip_crf:
            cp = Path("/tmp/ner_crf_inner.crfsuite")
            if not cp.exists():
                train_crf(itr, cp)
            # mix with the neural model of the best epoch
            comb = combine_scores(iva, cp, str(out) + ".best.npz", WEIGHTS, O_BIASES)
            print_combo("inner", comb)
            res["combine"] = {k: {"alone": v["alone"]["micro"], "prop": v["prop"]["micro"]} for k, v in comb.items()}
        Path("/tmp/ner_nn_inner.json").write_text(json.dumps(res, indent=1))
    elif args.stage == "inner-combine":
        n_in = int(round(len(train_part) * 0.1))
        itr, iva = train_part[:-n_in], train_part[-n_in:]
        cp = Path(args.crf or "/tmp/ner_crf_inner.crfsuite")
        if not cp.exists():
            train_crf(itr, cp)
        comb = combine_scores(iva, cp, args.out or "/tmp/ner_nn_inner.npz.best.npz", WEIGHTS, O_BIASES)
        print_combo("inner", comb)
    elif args.stage == "final":
        out = Path(args.out or data_path("models", ner_nn.MODEL_NAME))
        ep = args.epochs or cfg["epochs"]
        log(f"final: train {len(train_part)} sentences, {ep} epochs; cfg {cfg}")
        train(train_part, cfg, epochs=ep, export_path=out, extra=extra)
        log(f"model {out} {out.stat().st_size / 1e6:.2f} MB")
        comb = combine_scores(dev, data_path("models", crf.MODEL_NAME), out,
                              [0.0, 1.0] + ([args.weight] if args.weight is not None else []), sorted({0.0, args.o_bias}))
        print_combo("dev", comb)
    elif args.stage == "bench":
        bench(train_part + dev, Path(args.out or data_path("models", ner_nn.MODEL_NAME)))
    else:
        comb = combine_scores(dev, data_path("models", crf.MODEL_NAME), Path(args.out or data_path("models", ner_nn.MODEL_NAME)),
                              [0.0, 1.0] + ([args.weight] if args.weight is not None else []), sorted({0.0, args.o_bias}))
        print_combo("dev", comb)


if __name__ == "__main__":
    main()
