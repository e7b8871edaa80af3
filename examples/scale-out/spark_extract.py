#!/usr/bin/env python3
"""factdb's map step on Apache Spark: extract articles in parallel, load the records into one database.

    python3 spark_extract.py --factdb /path/to/factdb --out work/ --db facts.db corpus/ more/*.txt

1. lists the article files (directories are searched for *.txt; see --ext);
2. distributes the paths as an RDD and pipes each partition through `factdb extract --format jsonl -`
   (paths on stdin, one factdb record per article on stdout);
3. writes the records as shards (work/records/part-*.jsonl), one per partition;
4. with --db, loads them with `factdb import` (the records are stored as extracted, then linked across
   articles).

Local mode by default (--master 'local[*]'). On a cluster, change the master URL
(--master spark://host:7077, or yarn) and give --factdb a path that exists on every worker and --out a
folder every worker can write to (a shared file system); the load step runs where the shards are.
"""

import argparse
import os
import subprocess
import sys

def list_articles(inputs, extensions):
    """Absolute paths of the article files under `inputs`: in the order given, each directory's files
    sorted by path (as `factdb import` reads them), so the work list and the article ids are
    deterministic."""
    paths = []
    for item in inputs:
        item = os.path.abspath(item)
        if os.path.isdir(item):
            found = []
            for root, _dirs, files in os.walk(item):
                found += [os.path.join(root, f) for f in files if f.endswith(extensions)]
            paths += sorted(found)
        else:
            paths.append(item)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="article files or directories")
    parser.add_argument("--factdb", default="factdb", help="the factdb binary (on every worker)")
    parser.add_argument("--master", default="local[*]", help="Spark master URL (default: local[*])")
    parser.add_argument("--out", required=True, help="folder for the record shards")
    parser.add_argument("--partitions", type=int, default=0, help="number of shards (default: Spark's)")
    parser.add_argument("--ext", default=".txt", help="file endings to take from directories (default: .txt; e.g. .txt,.jsonl)")
    parser.add_argument("--db", help="load the shards into this database with factdb import")
    args = parser.parse_args()

    from pyspark import SparkConf, SparkContext

    paths = list_articles(args.inputs, tuple(args.ext.split(",")))
    if not paths:
        sys.exit("no article files found")
    factdb = os.path.abspath(args.factdb) if os.path.exists(args.factdb) else args.factdb
    conf = (
        SparkConf()
        .setAppName("factdb-extract")
        .setMaster(args.master)
        .set("spark.ui.showConsoleProgress", "false")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        partitions = args.partitions or sc.defaultParallelism
        records = sc.parallelize(paths, partitions).pipe(f"{factdb} extract --format jsonl -")
        shards = os.path.join(args.out, "records")
        records.saveAsTextFile(shards)
    finally:
        sc.stop()
    # Spark names its shards part-00000...; factdb reads JSON by extension.
    for name in os.listdir(shards):
        if name.startswith("part-") and not name.endswith(".jsonl"):
            os.rename(os.path.join(shards, name), os.path.join(shards, name + ".jsonl"))
    print(f"extracted {len(paths)} files into {partitions} shards in {shards}", file=sys.stderr)
    if args.db:
        # A shard holds many articles: lift the per-file size limit (10 MB by default) to the largest.
        largest = max(os.path.getsize(os.path.join(shards, n)) for n in os.listdir(shards))
        subprocess.run(
            [factdb, "--db", args.db, "import", "-q", "--max-bytes", str(largest + 1),
             "--glob", "part-*.jsonl", shards],
            check=True,
        )


if __name__ == "__main__":
    main()
