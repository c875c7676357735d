#!/usr/bin/env bash
# Runs `churncast sql features` and `churncast sql score` (dialect spark) in Spark SQL — PyPI pyspark in local
# mode on the machine's Java 17 — and compares the results with ChurnCast's own:
#   features: every value of `churncast features` at the same as-of date, to 1e-9;
#   scores:   `churncast score`'s CSV (reasons word for word; numbers rounded to 6/3/4/4 digits: the Spark
#             values must round to them), and, when DuckDB is installed, the same SQL's DuckDB result unrounded,
#             to 1e-9 (Tests/SQLTests checks DuckDB against the in-process scorer to 1e-9).
# Usage: bash scripts/spark-check.sh [DATA_DIR [MODEL [AS_OF]]]   (default: the sample, its model, 2026-06-30)
# Needs a built churncast (CHURNCAST_BIN, else .build/debug/churncast or .build/release/churncast).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-datasets/sample}"
MODEL="${2:-models/sample-model.json}"
ASOF="${3:-2026-06-30}"
BIN="${CHURNCAST_BIN:-}"
for b in .build/release/churncast .build/debug/churncast; do [ -z "$BIN" ] && [ -x "$b" ] && BIN="$b"; done
[ -n "$BIN" ] || { echo "spark-check: build churncast first (swift build --product churncast)" >&2; exit 66; }
command -v java >/dev/null || { echo "spark-check: needs Java 17 (apt-get install openjdk-17-jre-headless)" >&2; exit 69; }
python3 -c "import pyspark" 2>/dev/null || python3 -m pip install -q pyspark

WORK="$(mktemp -d /tmp/cc-spark-check.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
"$BIN" features --data "$DATA" --as-of "$ASOF" --out "$WORK/features.csv" >/dev/null
"$BIN" score --model "$MODEL" --data "$DATA" --as-of "$ASOF" --out "$WORK/scores.csv" >/dev/null
"$BIN" sql features --dialect spark --as-of "$ASOF" --data "$DATA" >"$WORK/features.sql"
"$BIN" sql score --dialect spark --as-of "$ASOF" --model "$MODEL" >"$WORK/score.sql"
"$BIN" sql score --dialect duckdb --as-of "$ASOF" --model "$MODEL" >"$WORK/score-duckdb.sql"

python3 - "$DATA" "$WORK" <<'PY'
import csv, math, os, sys, time
data, work = sys.argv[1], sys.argv[2]
from pyspark.sql import SparkSession
spark = (SparkSession.builder.master("local[2]").appName("churncast-spark-check")
         .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
         .config("spark.sql.shuffle.partitions", "4").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")

def numeric(values):
    try:
        [float(v) for v in values if v != ""]
        return True
    except ValueError:
        return False

with open(os.path.join(data, "customers.csv"), newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
types = []
for i, name in enumerate(header):
    if name in ("signup_date", "churn_date"): types.append(f"`{name}` DATE")
    elif name == "customer_id": types.append(f"`{name}` STRING")
    else: types.append(f"`{name}` {'DOUBLE' if numeric([r[i] for r in body]) else 'STRING'}")
schemas = {"customers": ", ".join(types),
           "nps_responses": "customer_id STRING, date DATE, score INT, comment STRING",
           "engagement": "customer_id STRING, date DATE, likes INT, shares INT, comments INT, dms INT"}
for table, schema in schemas.items():
    (spark.read.csv(os.path.join(data, table + ".csv"), header=True, schema=schema, multiLine=True, escape='"')
     .createOrReplaceTempView(table))

def run(name):
    sql = open(os.path.join(work, name)).read().strip().rstrip(";")
    start = time.time()
    result = spark.sql(sql)
    columns, rows = result.columns, result.collect()
    print(f"spark: {name}: {len(rows)} rows, {len(columns)} columns in {time.time() - start:.1f} s")
    return columns, {str(r[0]): [None if v is None else str(v) if not isinstance(v, (int, float)) else v for v in r]
                     for r in rows}

def close(a, b):
    if a in (None, "") or b in (None, ""): return a in (None, "") and b in (None, "")
    a, b = float(a), float(b)
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))

def read(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], {r[0]: r for r in rows[1:]}

failures = 0
def check(what, ok, detail):
    global failures
    if not ok:
        failures += 1
        if failures <= 10: print(f"spark-check: {what}: {detail}")

columns, spark_features = run("features.sql")
header, expected = read(os.path.join(work, "features.csv"))
check("features columns", columns == header, f"{columns} != {header}")
check("features rows", len(spark_features) == len(expected), f"{len(spark_features)} != {len(expected)}")
for cid, row in expected.items():
    got = spark_features.get(cid)
    if got is None: check("features", False, f"{cid} missing"); continue
    check("as_of", str(got[1]) == row[1], f"{cid} {got[1]} != {row[1]}")
    for j in range(2, len(header)):
        check("features", close(row[j], got[j]), f"{cid} {header[j]}: expected {row[j]}, found {got[j]}")

columns, spark_scores = run("score.sql")
header, expected = read(os.path.join(work, "scores.csv"))
check("score rows", len(spark_scores) == len(expected), f"{len(spark_scores)} != {len(expected)}")
digits = {"churn_probability": 6, "expected_next_score": 3, "p_promoter": 4, "p_detractor": 4}
for cid, row in expected.items():
    got = spark_scores.get(cid)
    if got is None: check("score", False, f"{cid} missing"); continue
    values = dict(zip(columns, got))
    check("risk_band", values["risk_band"] == row[header.index("risk_band")], cid)
    check("top_reasons", values["top_reasons"] == row[header.index("top_reasons")],
          f"{cid}: {values['top_reasons']!r} != {row[header.index('top_reasons')]!r}")
    for name, d in digits.items():
        # Rounded half away from zero like Swift's rounded(); exact halves are not expected in practice.
        x = values[name] * 10 ** d
        rounded = math.floor(abs(x) + 0.5) * (1 if x >= 0 else -1) / 10 ** d
        check("score", abs(rounded - float(row[header.index(name)])) < 1e-12,
              f"{cid} {name}: {values[name]} does not round to {row[header.index(name)]}")
try:
    import duckdb
except ImportError:
    duckdb = None
if duckdb:
    con = duckdb.connect()
    for table, schema in schemas.items():
        con.execute(f"CREATE TABLE {table} ({schema.replace('`', chr(34)).replace('STRING', 'VARCHAR')})")
        con.execute(f"COPY {table} FROM '{os.path.join(data, table + '.csv')}' (HEADER)")
    sql = open(os.path.join(work, "score-duckdb.sql")).read().strip().rstrip(";")
    result = con.execute(sql)
    names = [d[0] for d in result.description]
    for r in result.fetchall():
        got = spark_scores.get(r[0])
        for name, v in zip(names[1:], r[1:]):
            ok = got is not None and (v == got[names.index(name)] if isinstance(v, str) else close(v, got[names.index(name)]))
            check("score vs duckdb", ok, f"{r[0]} {name}: duckdb {v}")
    print(f"spark: scores compared with DuckDB to 1e-9 ({len(spark_scores)} rows)")
print("spark-check:", "OK" if failures == 0 else f"{failures} differences")
spark.stop()
sys.exit(1 if failures else 0)
PY
