#!/usr/bin/env python3
"""Turns `pressmark extract --jsonl` output into the prediction layouts the shared scorers read.

usage: predictions.py WORK SHARED        (the three corpus runs)
       predictions.py --dump TOOL WORK   (a text-dump run of the AEB pages)
"""
import json, os, sys


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                rows.append(json.loads(line))
    return rows


def stem(path):
    base = os.path.basename(path)
    return base.split(".")[0]


def main(argv):
    if argv[0] == "--dump":
        tool, work = argv[1], argv[2]
        preds = {stem(r["source"]): {"articleBody": r.get("text") or ""} for r in read_jsonl(f"{work}/dump-{tool}.jsonl")}
        json.dump(preds, open(f"{work}/pred/dump-{tool}.json", "w", encoding="utf-8"), ensure_ascii=False)
        return
    work, shared = argv
    aeb = {stem(r["source"]): {"articleBody": r.get("text") or ""} for r in read_jsonl(f"{work}/aeb.jsonl")}
    json.dump(aeb, open(f"{work}/pred/aeb.json", "w", encoding="utf-8"), ensure_ascii=False)

    out = f"{work}/pred/trafilatura"
    os.makedirs(out, exist_ok=True)
    for r in read_jsonl(f"{work}/trafilatura.jsonl"):
        name = os.path.basename(r["source"])[: -len(".html")]
        with open(f"{out}/{name}.txt", "w", encoding="utf-8") as f:
            f.write(r.get("text") or "")
        meta = {"title": r.get("title"), "date": r.get("published"),
                "author": "; ".join(r.get("authors") or []) or None}
        with open(f"{out}/{name}.meta.json", "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False)

    gt = json.load(open(f"{shared}/corpus/readability/ground-truth.json", encoding="utf-8"))
    gt = {k: v for k, v in gt.items() if v.get("category") != "fixture"}
    json.dump(gt, open(f"{work}/pred/readability-gt.json", "w", encoding="utf-8"), ensure_ascii=False)
    preds = {}
    for r in read_jsonl(f"{work}/readability.jsonl"):
        case = os.path.basename(os.path.dirname(r["source"]))
        preds[case] = {"articleBody": r.get("text") or "", "title": r.get("title"),
                       "byline": "; ".join(r.get("authors") or []) or None,
                       "publishedTime": r.get("published"), "siteName": r.get("site"),
                       "lang": r.get("language")}
    json.dump(preds, open(f"{work}/pred/readability.json", "w", encoding="utf-8"), ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
