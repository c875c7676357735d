/// The Python of the notebook's code cells. They run from the notebook's own folder, read the page and the data
/// files written beside it, redraw the key charts with pandas and matplotlib, and write nothing: no `!churncast`,
/// no files, no changes to the model. A file that is not there is skipped with a note, so the notebook always runs
/// top to bottom.
enum NotebookCode {
    /// Imports, the file names, and the helpers `beside` (a side file's path or None) and `show_saved` (charts and
    /// tables of the page, by id).
    static func setup(page: String, files: ReportContent.SideFiles?) -> String {
        let names = (files?.named ?? []).map { "    \(python($0.key)): \(python($0.file))," }.joined(separator: "\n")
        return """
        # Reads only; run from this notebook's folder. Needs pandas and matplotlib.
        import json
        import re
        from pathlib import Path

        import matplotlib.pyplot as plt
        import pandas as pd
        from IPython.display import HTML, SVG, display

        PAGE = \(python(page))
        FILES = {
        \(names)
        }


        def beside(key):
            \"\"\"The path of a data file written beside this notebook, or None (with a note) when it is not here.\"\"\"
            name = FILES.get(key)
            if name is None or not Path(name).exists():
                print(f"{name or key}: not in this folder; the cell that needs it is skipped.")
                return None
            return Path(name)


        def load_json(path):
            \"\"\"A JSON data file beside this notebook (ChurnCast writes snake_case keys).\"\"\"
            return json.loads(path.read_text(encoding="utf-8"))


        _page = Path(PAGE).read_text(encoding="utf-8") if Path(PAGE).exists() else ""


        def show_saved(*ids):
            \"\"\"Shows the page's charts and tables by id, as the report drew them.\"\"\"
            for id_ in ids:
                m = re.search(r'<(svg|table)\\b[^>]*\\bid="%s".*?</\\1>' % re.escape(id_), _page, re.S)
                if m is None:
                    print(f"{id_}: not on the page {PAGE}")
                elif m.group(1) == "svg":
                    display(SVG(m.group(0)))
                else:
                    display(HTML(m.group(0)))
        """
    }

    /// A Python string literal (JSON string syntax is valid Python for these names and commands).
    static func python(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    static let scores = """
    path = beside("scores")
    if path is not None:
        scores = pd.read_csv(path)
        print(scores["risk_band"].value_counts().to_string())
        fig, ax = plt.subplots(figsize=(6, 3.5))
        ax.hist(scores["churn_probability"], bins=40, color="#0072B2")
        ax.set_xlabel("Churn probability in the next quarter")
        ax.set_ylabel("Customers")
        ax.set_title("Churn risk of the active customers")
        plt.show()
        display(scores.head(10))
    """

    static let callList = """
    path = beside("customers_to_call")
    if path is not None:
        to_call = pd.read_csv(path, keep_default_na=False)
        print(f"{len(to_call)} customers to call; the first 50:")
        display(to_call.head(50))
    """

    static let forecast = """
    path = beside("forecast")
    if path is not None:
        doc = load_json(path)
        fc = doc.get("forecast", doc)
        rows = ([fc["overall"]] if "overall" in fc else []) + list(fc.get("segments", []))
        table = pd.DataFrame([{
            "segment": r.get("label"),
            "forecast": r.get("point"),
            "low 80%": r.get("interval80", {}).get("lower"),
            "high 80%": r.get("interval80", {}).get("upper"),
            "low 95%": r.get("interval95", {}).get("lower"),
            "high 95%": r.get("interval95", {}).get("upper"),
            "small": r.get("is_small"),
        } for r in rows])
        if table.empty:
            print(f"{path}: no forecasts found")
        else:
            display(table.round(1))
            fig, ax = plt.subplots(figsize=(6, 0.5 + 0.45 * len(table)))
            y = range(len(table))
            ax.hlines(y, table["low 95%"], table["high 95%"], color="#F3C77A", linewidth=8, label="95%")
            ax.hlines(y, table["low 80%"], table["high 80%"], color="#D55E00", linewidth=4, label="80%")
            ax.plot(table["forecast"], y, "ko", label="forecast")
            ax.set_yticks(list(y), table["segment"])
            ax.set_xlabel("Next quarter's NPS")
            ax.legend(loc="lower right")
            plt.show()
    """

    static let comments = """
    path = beside("comments")
    if path is not None:
        comments = pd.read_csv(path, parse_dates=["date"], keep_default_na=False)
        comments["group"] = pd.cut(comments["score"], [-1, 6, 8, 10], labels=["detractor", "passive", "promoter"])
        tone = pd.crosstab(comments["group"], comments["sentiment"], normalize="index")
        tone = tone.reindex(columns=[s for s in ["negative", "neutral", "positive"] if s in tone.columns])
        display(tone.round(3))
        tone.plot(kind="barh", stacked=True, color=["#D55E00", "#B8B8B8", "#009E73"][: len(tone.columns)],
                  figsize=(6, 2.8), title="Tone of the comments by who wrote them")
        plt.show()
        themes = comments.assign(theme=comments["themes"].str.split(";")).explode("theme")
        themes = themes[themes["theme"].str.len() > 0]
        if not themes.empty:
            quarter = comments["date"].dt.to_period("Q")
            per_quarter = themes.groupby([themes["date"].dt.to_period("Q"), "theme"]).size().unstack(fill_value=0)
            shares = per_quarter.div(quarter.value_counts().reindex(per_quarter.index), axis=0)
            top = themes["theme"].value_counts().index[:5]
            shares[top].plot(marker="o", figsize=(7, 3.5), title="Share of comments mentioning each theme")
            plt.show()
            detractor = themes.assign(detractor=themes["score"] <= 6).groupby("theme")["detractor"].agg(["mean", "size"])
            display(detractor.sort_values("mean", ascending=False).round(3))
    """

    static let roc = """
    path = beside("evaluation")
    if path is not None:
        evaluation = load_json(path)
        model = evaluation.get("churn", {}).get("model", {})
        roc = pd.DataFrame(model.get("roc_curve", []))
        if roc.empty:
            print(f"{path}: no ROC curve")
        else:
            fig, ax = plt.subplots(figsize=(4.5, 4.5))
            ax.plot(roc["x"], roc["y"], color="#0072B2", label=f"Model (AUC {model.get('roc_auc', float('nan')):.3f})")
            ax.plot([0, 1], [0, 1], "--", color="grey", label="Chance")
            ax.set_xlabel("False positive rate")
            ax.set_ylabel("True positive rate")
            ax.legend(loc="lower right")
            plt.show()
    """

    static let calibration = """
    path = beside("evaluation")
    if path is not None:
        model = load_json(path).get("churn", {}).get("model", {})
        bins = pd.DataFrame(model.get("calibration", {}).get("bins", []))
        gains = pd.DataFrame(model.get("gains", []))
        if not bins.empty:
            display(bins[["mean_predicted", "observed_rate", "count"]].round(4))
            fig, ax = plt.subplots(figsize=(4.5, 4.5))
            top = max(bins["mean_predicted"].max(), bins["observed_rate"].max())
            ax.plot([0, top], [0, top], "--", color="grey", label="Perfect")
            ax.scatter(bins["mean_predicted"], bins["observed_rate"], s=bins["count"] / bins["count"].max() * 150,
                       color="#0072B2", label="Bins")
            ax.set_xlabel("Mean predicted churn probability")
            ax.set_ylabel("Observed churn rate")
            ax.legend(loc="upper left")
            plt.show()
        if not gains.empty and {"depth", "capture"} <= set(gains.columns):
            display(gains[["depth", "capture", "lift"]].round(3))
    """
}
