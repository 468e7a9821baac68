"""The `eventwire` command: thin Click commands over the library (jobs, store queries, exports, eval)."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import Iterator

import click

from .errors import EventwireError
from .settings import Settings, load_settings

EXIT_RECORD_ERRORS = 3


def _settings(ctx: click.Context, **overrides) -> Settings:
    return load_settings(ctx.obj.get("config"), **overrides)


@contextmanager
def _progress(total: int | None, label: str, enabled: bool) -> Iterator:
    from tqdm import tqdm

    bar = tqdm(total=total, desc=label, unit="article", disable=not enabled or not sys.stderr.isatty(),
               file=sys.stderr)
    try:
        yield bar.update
    finally:
        bar.close()


def _report_errors(errors) -> None:
    for err in errors:
        click.echo(f"error: {err.origin}: {err.reason}", err=True)


class CLIGroup(click.Group):
    """Turns domain errors into one clean line and exit code 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            click.echo(f"eventwire: {exc}", err=True)
            ctx.exit(2)


@click.group(cls=CLIGroup)
@click.option("--config", type=click.Path(dir_okay=False), help="settings file (TOML); default eventwire.toml")
@click.version_option(package_name="eventwire")
@click.pass_context
def main(ctx: click.Context, config: str | None) -> None:
    """eventwire: news articles in, coded political events out (CAMEO/PLOVER, actors, dates, places)."""
    ctx.ensure_object(dict)
    ctx.obj["config"] = config


date_option = click.option("--date", "default_date", help="publication date (YYYY-MM-DD) for inputs that give none")
db_option = click.option("--db", help="DuckDB store file (default: setting `db`, eventwire.duckdb)")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="write events JSONL here (default stdout)")
@click.option("--no-text", is_flag=True, help="leave sentences and surface text out of the output")
@date_option
@click.pass_context
def code(ctx: click.Context, inputs: tuple[str, ...], output: str | None, no_text: bool,
         default_date: str | None) -> None:
    """Code articles into events, one JSON object per event mention (nothing is stored).

    INPUTS are files (text, HTML, JSON lines), folders, or - for stdin."""
    from .export import strip_text
    from .jobs import JobReport, code_stream

    settings = _settings(ctx, default_date=default_date)
    report = JobReport()
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        with _progress(None, "coding", settings.progress) as tick:
            for item in code_stream(inputs, settings):
                report.add(item)
                if hasattr(item, "events"):
                    for e in item.events:
                        d = e.to_dict()
                        out.write(json.dumps(strip_text(d) if no_text else d, ensure_ascii=False) + "\n")
                    tick(1)
    finally:
        if output:
            out.close()
    _report_errors(report.errors)
    click.echo(f"{report.articles} articles ({report.coded} coded, {report.skipped} skipped), "
               f"{report.events} events, {len(report.errors)} records failed", err=True)
    if report.errors:
        ctx.exit(EXIT_RECORD_ERRORS)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@date_option
@click.pass_context
def ingest(ctx: click.Context, inputs: tuple[str, ...], db: str | None, default_date: str | None) -> None:
    """Code articles and store them with their events (re-ingesting an article never duplicates events)."""
    from .jobs import ingest as run_ingest
    from .store import open_store

    settings = _settings(ctx, db=db, default_date=default_date)
    with open_store(settings.db) as store, _progress(None, "ingesting", settings.progress) as tick:
        report = run_ingest(inputs, settings, store, progress=tick)
    _report_errors(report.errors)
    click.echo(f"{settings.db}: {report.articles} articles read ({report.coded} coded, {report.skipped} skipped, "
               f"{report.unchanged} unchanged), {report.events} events, {len(report.errors)} records failed")
    for reason, n in sorted(report.skipped_reasons.items()):
        click.echo(f"  skipped {n}: {reason}")
    if report.errors:
        ctx.exit(EXIT_RECORD_ERRORS)


@main.command()
@db_option
@click.pass_context
def demo(ctx: click.Context, db: str | None) -> None:
    """Code the bundled sample articles into the store and print a summary."""
    from .jobs import ingest as run_ingest, sample_paths
    from .store import open_store

    settings = _settings(ctx, db=db)
    with open_store(settings.db) as store:
        with _progress(None, "coding sample", settings.progress) as tick:
            report = run_ingest(sample_paths(), settings, store, progress=tick)
        summary = store.summary()
        examples = store.query("SELECT date, source_code, cameo, target_code, sentence FROM events "
                               "ORDER BY confidence DESC, date LIMIT 8")
    click.echo(f"Coded {report.articles} sample articles into {settings.db}: {summary['events']} events stored.")
    click.echo("Events by CAMEO root: " + ", ".join(f"{r['root']}:{r['n']}" for r in summary["by_root"]))
    click.echo("Examples (date  source  code  target  — sentence):")
    for e in examples:
        click.echo(f"  {e['date']}  {e['source_code'] or '-':8} {e['cameo']:5} {e['target_code'] or '-':8} "
                   f"— {e['sentence'][:90]}")
    click.echo(f"Next: eventwire events --db {settings.db} --root 14   |   eventwire explain EVENT_ID")


def _query_options(f):
    for opt in reversed([
        click.option("--actor", help="source or target code prefix (RUS, BLRCOP, IGOUNO)"),
        click.option("--source", help="source code prefix"),
        click.option("--target", help="target code prefix"),
        click.option("--root", help="CAMEO root or code prefix (07, 173)"),
        click.option("--plover", help="PLOVER type"),
        click.option("--since", help="first event date (YYYY-MM-DD)"),
        click.option("--until", help="last event date (YYYY-MM-DD)"),
        click.option("--doc", "doc_id", help="one article's doc_id"),
        click.option("--country", help="location country (ISO-3)"),
        click.option("--min-confidence", type=float, help="lowest confidence"),
        click.option("--limit", type=int, help="at most this many events"),
    ]):
        f = opt(f)
    return f


def _query(kw):
    """The EventQuery the shared query options describe."""
    from .store import EventQuery
    return EventQuery(**{k: kw[k] for k in ("actor", "source", "target", "root", "plover", "since", "until",
                                           "doc_id", "country", "min_confidence", "limit")})


@main.command()
@db_option
@_query_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@click.pass_context
def events(ctx: click.Context, db: str | None, fmt: str, **kw) -> None:
    """Query stored events."""
    from .store import open_store
    from .store.queries import find_events

    settings = _settings(ctx, db=db)
    with open_store(settings.db, read_only=True) as store:
        n = 0
        for e in find_events(store, _query(kw)):
            n += 1
            if fmt == "jsonl":
                click.echo(json.dumps(e, ensure_ascii=False, default=str))
            else:
                src = (e.get("source") or {}).get("code") or "-"
                tgt = (e.get("target") or {}).get("code") or "-"
                loc = (e.get("location") or {}).get("name") or ""
                click.echo(f"{e['event_id']}  {e.get('date') or '?':10}  {src:9} {e['cameo']:5} {tgt:9} "
                           f"{e.get('confidence', 0):.2f}  {loc[:16]:16}  {e['sentence'][:70]}")
        if fmt == "table":
            click.echo(f"{n} events", err=True)


@main.command(name="export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "gdelt", "geojson"]), default="jsonl")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="output file")
@click.option("--no-text", is_flag=True, help="leave article text and sentences out")
@click.option("--rows", type=click.Choice(["mention", "event", "story", "day"]), default="mention",
              help="mention: one row per mention (default); event: aggregated events with num_mentions/sources; "
                   "story: one row per story and event; day: Phoenix-style one a day per dyad and code")
@_query_options
@click.pass_context
def export_cmd(ctx: click.Context, db: str | None, fmt: str, output: str, no_text: bool, rows: str, **kw) -> None:
    """Export stored events (JSONL, CSV, Parquet, GDELT 2.0 event table, GeoJSON)."""
    from . import export
    from .actors import load_actor_book
    from .gazetteer import load_gazetteer
    from .store import open_store
    from .store.queries import aggregated_events, find_events, one_per

    settings = _settings(ctx, db=db)
    with open_store(settings.db, read_only=True) as store:
        query = _query(kw)
        if rows == "event":
            rows = aggregated_events(store, query)
        elif rows in ("story", "day"):
            rows = one_per(find_events(store, query), rows)
        else:
            rows = find_events(store, query)
        if fmt == "parquet":
            n = export.write_parquet(rows, output, no_text)
        else:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                if fmt == "jsonl":
                    n = export.write_jsonl(rows, fh, no_text)
                elif fmt == "csv":
                    n = export.write_csv(rows, fh, no_text)
                elif fmt == "geojson":
                    n = export.write_geojson(rows, fh, no_text)
                else:
                    gaz = load_gazetteer()
                    n = export.write_gdelt(rows, fh, load_actor_book(tuple(settings.extra_knowledge)).cameo_country,
                                           gaz.fips, gaz.country_table())
    click.echo(f"wrote {n} events to {output} ({fmt})")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="jsonl")
@click.pass_context
def stories(ctx: click.Context, db: str | None, fmt: str) -> None:
    """One line per stored article: its story cluster, outlet and whether it is the story's canonical article."""
    from .store import open_store
    from .store.queries import stories as story_rows

    settings = _settings(ctx, db=db)
    with open_store(settings.db, read_only=True) as store:
        for row in story_rows(store):
            if fmt == "jsonl":
                click.echo(json.dumps({k: row[k] for k in ("doc_id", "story_id", "outlet", "canonical")}))
            else:
                click.echo(f"{row['story_id']}  {'*' if row['canonical'] else ' '} {row['doc_id']:24} "
                           f"{row['outlet'] or '-':24} {row['date'] or ''}  ({row['story_size']} in story)")


@main.command()
@click.argument("event_id")
@db_option
@click.pass_context
def explain(ctx: click.Context, event_id: str, db: str | None) -> None:
    """Why an event was coded: its sentence with the actors and action marked, and the rules that fired."""
    from .explain import render_explanation
    from .store import open_store
    from .store.queries import get_event

    settings = _settings(ctx, db=db)
    with open_store(settings.db, read_only=True) as store:
        event = get_event(store, event_id)
    if event is None:
        raise click.ClickException(f"no event {event_id!r} in {settings.db}; list some with `eventwire events`")
    click.echo(render_explanation(event, color=sys.stdout.isatty()))


@main.command()
@db_option
@click.pass_context
def recode(ctx: click.Context, db: str | None) -> None:
    """Re-code stored articles with the current coder and knowledge, and report what changed."""
    from .jobs import recode as run_recode
    from .store import open_store

    settings = _settings(ctx, db=db)
    with open_store(settings.db) as store, _progress(None, "recoding", settings.progress) as tick:
        report = run_recode(settings, store, progress=tick)
    click.echo(f"recoded {report.articles} articles: {report.changed_articles} changed, "
               f"{report.added} event tuples added, {report.removed} removed")
    for line in report.examples:
        click.echo("  " + line)


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True)
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="write every figure, miss and false alarm here")
@click.option("--pred", type=click.Path(dir_okay=False), help="also write the predicted events JSONL here")
@click.option("--show", type=int, default=5, help="misses and false alarms to print per set")
@click.pass_context
def eval_cmd(ctx: click.Context, gold: tuple[str, ...], json_path: str | None, pred: str | None, show: int) -> None:
    """Code gold records and score them: P/R/F1 per set, confusion, precision at confidence, misses."""
    from .evaluate import evaluate, load_gold
    from .jobs import code_records

    settings = _settings(ctx)
    records = load_gold(gold)
    with _progress(len(records), "coding gold", settings.progress) as tick:
        events, story_of = code_records(records, settings, progress=tick)
    if pred:
        with open(pred, "w", encoding="utf-8") as fh:
            for e in events:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    report = evaluate(records, events, story_of)
    for name, result in sorted(report.items()):
        click.echo(f"== {name}")
        for metric, fig in result["figures"].items():
            if "f1" in fig:
                click.echo(f"  {metric:26} P {fig['precision']:.3f}  R {fig['recall']:.3f}  F1 {fig['f1']:.3f}  "
                           f"(tp {fig['tp']}, pred {fig['pred']}, gold {fig['gold']})")
            elif "rate" in fig:
                click.echo(f"  {metric:26} {fig['rate']:.3f}  ({fig['hits']}/{fig['n']})")
            else:
                click.echo(f"  {metric:26} " + ", ".join(f"{k} {v}" for k, v in fig.items()))
        pac = [f"≥{p['threshold']}: {p['precision']} (n={p['n']})" for p in result["precision_at_confidence"] if p["n"]]
        if pac:
            click.echo("  precision at confidence   " + "; ".join(pac))
        for miss in result["misses"][:show]:
            click.echo(f"  miss  {miss['id']}: gold {miss['gold']} pred {miss.get('pred', '')} | {(miss.get('text') or '')[:110]}")
        for fa in result["false_alarms"][:show]:
            click.echo(f"  false {fa['id']}: {fa['pred']} | {fa.get('rule')} | {(fa.get('text') or '')[:90]}")
    if json_path:
        with open(json_path, "w", encoding="utf-8") as fh:
            json.dump(report, fh, indent=1, ensure_ascii=False, default=str)


@main.command(name="settings")
@click.pass_context
def settings_cmd(ctx: click.Context) -> None:
    """List every setting with its current value and help."""
    current = _settings(ctx)
    for name, default, help_text in Settings.describe():
        click.echo(f"{name:18} = {getattr(current, name)!r:28} {help_text} (default {default!r})")


if __name__ == "__main__":  # pragma: no cover
    main()
