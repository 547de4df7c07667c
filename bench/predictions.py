#!/usr/bin/env python3
"""Turns `pressmark extract --jsonl` output into the prediction layouts the shared scorers read.

usage: predictions.py RUN WORK SHARED
RUN is aeb, trafilatura, readability or dump-TOOL; reads WORK/RUN.jsonl, writes WORK/pred/.
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


def write_json(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False)


def main(argv):
    run, work, shared = argv
    rows = read_jsonl(f"{work}/{run}.jsonl")
    if run == "aeb" or run.startswith("dump-"):
        write_json({stem(r["source"]): {"articleBody": r.get("text") or ""} for r in rows}, f"{work}/pred/{run}.json")
    elif run == "trafilatura":
        out = f"{work}/pred/trafilatura"
        os.makedirs(out, exist_ok=True)
        for r in rows:
            name = os.path.basename(r["source"])[: -len(".html")]
            with open(f"{out}/{name}.txt", "w", encoding="utf-8") as f:
                f.write(r.get("text") or "")
            write_json({"title": r.get("title"), "date": r.get("published"),
                        "author": "; ".join(r.get("authors") or []) or None}, f"{out}/{name}.meta.json")
    elif run == "readability":
        gt = json.load(open(f"{shared}/corpus/readability/ground-truth.json", encoding="utf-8"))
        write_json({k: v for k, v in gt.items() if v.get("category") != "fixture"}, f"{work}/pred/readability-gt.json")
        preds = {}
        for r in rows:
            case = os.path.basename(os.path.dirname(r["source"]))
            preds[case] = {"articleBody": r.get("text") or "", "title": r.get("title"),
                           "byline": "; ".join(r.get("authors") or []) or None,
                           "publishedTime": r.get("published"), "siteName": r.get("site"),
                           "lang": r.get("language")}
        write_json(preds, f"{work}/pred/readability.json")
    else:
        sys.exit("predictions.py: unknown run " + run)


if __name__ == "__main__":
    main(sys.argv[1:])
