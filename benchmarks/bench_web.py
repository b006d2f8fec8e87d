"""Benchmark of a national-size register: `python -m benchmarks.bench_web [--children 100000]
[--seconds 30] [--databases sqlite,postgresql]` (issue 4 §13).

The register: `--children` synthetic children (in the collection years' Headers) shared by ten
real councils (`COUNCILS`), five of them in NHS Greater Manchester (QOP), so that the ICB whose
worklist is measured holds about half of the register: several times the children in care of
the largest real ICB, a deliberately hard case. Each council's return for 2026/27 (with
2025/26 before it) is synthesised once (`incare.interop.ssda903.synth`, timed separately) and
then, for each database:

1. import: a fresh subprocess (so that its peak RSS is the importer's) creates the schema and
   loads the reference data (not timed), then imports the ten returns one after the other with
   `import_903(..., as_at=2026-11-23)`, timed in total: validation, facts and stored duties.
   Not timed afterwards: names and NHS numbers for every child, one GP registration per child
   (stored duties are not recomputed for them), `--users` designated nurses of QOP and, on
   PostgreSQL, `ANALYZE` (autovacuum would do it in service).
2. pages: gunicorn (`--workers`, sync workers, as `incare serve` runs it) on 127.0.0.1 in demo
   mode (no two-factor step: the pages are measured, not signing in), with today fixed at
   2026-11-23 (`benchmarks.web_settings`). Every user signs in once (GET for the CSRF token,
   then POST); each page is requested once per user to warm up, then for each page type, each
   user in its own thread and `httpx.Client`:
   * 1 user alone for `--solo-seconds` (the service time, nothing queued);
   * all `--users` busy for `--seconds`: each requests again as soon as answered (a closed loop
     without think time: the worst case, where latency is mostly queueing, users x service
     time / CPUs);
   * all `--users` paced for `--seconds`: a random pause of mean `--think` seconds (exponential)
     between a user's requests: still several times what 20 people at work ask of a server.
   Every response must be 200; anything else (a redirect to sign in, a 500, a timeout) is
   counted as a failure. Page types:
   * worklist: `/`, the nurse's default "my work" list (overdue and due soon), page 1;
   * worklist, all, page 5: `/?status=all&page=5`;
   * record: `/children/<id>/` of a child the nurse may see (drawn from the ICB's children).

PostgreSQL: `INCARE_BENCH_POSTGRES` (a postgres:// URL of a server where the user may create
databases) is used when set; otherwise a throwaway cluster is started with the installed
PostgreSQL (`initdb`, `pg_ctl`, as user postgres when run as root, like `.ci/postgres.sh`) on
a free port of 127.0.0.1 with `PG_SETTINGS` (shared buffers that hold the register; otherwise
the defaults, fsync on), and removed afterwards. Either way the benchmark works in a database
of its own, created and dropped by it. `DATABASE_URL` is never used: it may be a real one.

To measure a change before making it: `--sql FILE` runs statements after the import (an index,
say) and `--wsgi module:application` serves another WSGI application (one that patches a
service in memory, on PYTHONPATH); the figures with and without can then be compared.

Targets: the import of 100,000 children in at most 5 minutes; p95 of each page type under the
concurrent users at most 250 ms. The load generator runs on the same machine as the server
and the database, so it takes some of the CPU; on a shared machine expect noise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import resource
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
YEAR = 2027  # the collection year 2026/27, running on AS_AT
AS_AT = dt.date(2026, 11, 23)
BIG_ICB = "QOP"  # NHS Greater Manchester
# Ten real councils: five in Greater Manchester (QOP), three in Cheshire and Merseyside (QYG),
# two in West Yorkshire (QWO).
COUNCILS = {
    "E08000003": "Manchester",
    "E08000006": "Salford",
    "E08000001": "Bolton",
    "E08000004": "Oldham",
    "E08000010": "Wigan",
    "E08000012": "Liverpool",
    "E08000015": "Wirral",
    "E08000014": "Sefton",
    "E08000035": "Leeds",
    "E08000032": "Bradford",
}
PASSWORD = "bench-web-only-password"
TARGET_IMPORT_S = 300.0
TARGET_CHILDREN = 100_000
TARGET_P95_MS = 250.0
RECORD_SAMPLE = 5_000  # children whose records the users open, drawn from the ICB's
SETTINGS = "benchmarks.web_settings"
WSGI = "incare.web.config.wsgi:application"
DATABASES = ("sqlite", "postgresql")
# The throwaway cluster's settings beyond the defaults: enough shared buffers to hold the
# register (about 0.7 GB), as any server sized for it would have (a quarter of RAM is usual).
PG_SETTINGS = {"shared_buffers": "1GB"}


def _peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _cpu_s() -> float:
    """CPU time (user and system) of this process so far, in seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def shares(children: int, councils: int) -> dict[str, int]:
    """How many children each council returns: `children` split as evenly as possible."""
    codes = list(COUNCILS)[:councils]
    base, extra = divmod(children, len(codes))
    return {la: base + (n < extra) for n, la in enumerate(codes) if base + (n < extra) > 0}


# ---------------------------------------------------------------------------------------------
# Subprocess 1: synthesise the returns (once, for every database).


def synthesise(sizes: dict[str, int], seed: int, out: Path) -> dict[str, Any]:
    """Write each council's return (this year and last) into `out/<la>/`."""
    from incare.interop.ssda903.postcodes import bundled_sample
    from incare.interop.ssda903.synth import generate

    postcodes = bundled_sample()
    started = time.perf_counter()
    for n, (la, children) in enumerate(sizes.items()):
        generate(children, la=la, year=YEAR, seed=seed + n, postcodes=postcodes).write(out / la)
    return {"synthesis_s": time.perf_counter() - started}


# ---------------------------------------------------------------------------------------------
# Subprocess 2: import the returns into one database, then set up the users.


def _setup_django() -> None:
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)


def load(folder: Path, users: int, seed: int, sql: Path | None = None) -> dict[str, Any]:
    """Import every council's return in `folder` (timed), then names, registrations, users,
    and the statements in the file `sql` if given."""
    _setup_django()
    from django.db import connection

    from incare.interop.ssda903.postcodes import bundled_sample
    from incare.interop.ssda903.years import CollectionYear
    from incare.services.import_903 import import_903
    from incare.services.reference import load_reference
    from incare.web.children.models import Child, Episode, Review
    from incare.web.duties.models import StoredDuty

    load_reference()
    postcodes = bundled_sample()
    councils = sorted(p.name for p in folder.iterdir() if p.is_dir())
    baseline_mb = _peak_rss_mb()
    per_council = {}
    cpu = _cpu_s()
    started = time.perf_counter()
    for la in [la for la in COUNCILS if la in councils]:
        began = time.perf_counter()
        import_903(
            folder / la / str(YEAR),
            la=la,
            previous=folder / la / str(YEAR - 1),
            year=CollectionYear(YEAR),
            as_at=AS_AT,
            postcodes=postcodes,
        )
        per_council[la] = time.perf_counter() - began
    import_s = time.perf_counter() - started
    import_cpu_s = _cpu_s() - cpu
    peak_mb = _peak_rss_mb()
    counts = {
        "children": Child.objects.count(),
        "episodes": Episode.objects.count(),
        "reviews": Review.objects.count(),
        "duties": StoredDuty.objects.count(),
    }
    _identities()
    _registrations(seed)
    sample = _users(users, seed)
    if sql is not None:
        with connection.cursor() as cursor:
            for statement in filter(str.strip, sql.read_text().split(";")):
                cursor.execute(statement)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    scope = Child.objects.filter(originating_icb=BIG_ICB) | Child.objects.filter(host_icb=BIG_ICB)
    return {
        "import_s": import_s,
        "import_cpu_s": import_cpu_s,
        "load_average": os.getloadavg()[0],
        "per_council_s": per_council,
        "baseline_mb": baseline_mb,
        "peak_rss_mb": peak_mb,
        **counts,
        "icb_children": scope.count(),
        "icb_duties": StoredDuty.objects.filter(child__in=scope).count(),
        "record_ids": sample,
    }


def _identities() -> None:
    """Names and NHS numbers (from the 999 test range) for every child, in bulk."""
    from django.db import transaction

    from incare.domain.identifiers import synthetic_nhs_number
    from incare.services.demo import FAMILY, GIVEN
    from incare.web.children.models import Child

    with transaction.atomic():
        children = list(Child.objects.order_by("pk").only("pk"))
        for n, child in enumerate(children):
            child.given_name = GIVEN[n % len(GIVEN)]
            child.family_name = FAMILY[(n * 7) % len(FAMILY)]
            child.nhs_number = synthetic_nhs_number(n)
        Child.objects.bulk_update(
            children, ["given_name", "family_name", "nhs_number"], batch_size=2000
        )


def _registrations(seed: int) -> None:
    """One GP registration per child, from their first placement, with a practice of that
    placement's ICB (like the demo, but one per child and in bulk)."""
    from django.db import transaction

    from incare.web.children.models import Episode, GPRegistration
    from incare.web.organisations.models import GPPractice

    rng = random.Random(seed)
    practices: dict[str, list[str]] = {}
    for code, ods in GPPractice.objects.values_list("code", "icb_ods_code_2026").order_by("code"):
        if ods:
            practices.setdefault(ods, []).append(code)
    first: dict[int, tuple[dt.date, str | None]] = {}
    for child, start, placed in Episode.objects.order_by("child_id", "start").values_list(
        "child_id", "start", "placement_icb"
    ):
        first.setdefault(child, (start, placed))
    rows = [
        GPRegistration(child_id=child, practice_id=rng.choice(practices[icb][:40]), start=start)
        for child, (start, icb) in first.items()
        if icb is not None and icb in practices
    ]
    with transaction.atomic():
        GPRegistration.objects.bulk_create(rows, batch_size=2000)


def _users(users: int, seed: int) -> list[int]:
    """`users` designated nurses of BIG_ICB; the ids of children whose records they open."""
    from django.contrib.auth.models import User

    from incare.services import policy
    from incare.web.organisations.models import ICB
    from incare.web.people.models import Membership, Role

    icb = ICB.objects.get(ods_code=BIG_ICB, valid_to__isnull=True)
    made = []
    for n in range(users):
        user = User.objects.create_user(f"nurse{n:02d}", password=PASSWORD)
        made.append(
            Membership.objects.create(user=user, role=Role.DESIGNATED_PROFESSIONAL, icb=icb)
        )
    ids = list(policy.children(made[0], AS_AT).order_by("pk").values_list("pk", flat=True))
    return sorted(random.Random(seed).sample(ids, min(RECORD_SAMPLE, len(ids))))


# ---------------------------------------------------------------------------------------------
# PostgreSQL: a server (given, or a throwaway cluster) and a database of the benchmark's own.


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _as_postgres(command: list[str]) -> list[str]:
    """`command` run as user postgres when we are root (initdb refuses root), else as is."""
    if os.geteuid() != 0:
        return command
    return ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(command)]


def _pg_bin() -> Path:
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/postgres"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if not found:
        on_path = shutil.which("pg_ctl")
        if on_path is None:
            raise RuntimeError(
                "PostgreSQL is not installed (apt-get install postgresql), and "
                "INCARE_BENCH_POSTGRES is not set"
            )
        return Path(on_path).parent
    return found[-1].parent


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """A PostgreSQL cluster on 127.0.0.1 for the benchmark alone: its URL; removed after."""
    binary = _pg_bin()
    data = Path(tempfile.mkdtemp(prefix="incare-bench-pg-"))
    port = _free_port()
    if os.geteuid() == 0:
        shutil.chown(data, "postgres")
    initdb = [str(binary / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]
    initdb += ["-E", "UTF8", "--no-sync"]
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1"
    options += "".join(f" -c {name}={value}" for name, value in PG_SETTINGS.items())
    start = [str(binary / "pg_ctl"), "-D", str(data), "-l", str(data / "log"), "-w"]
    start += ["-o", options, "start"]
    try:
        for command in (initdb, start):
            subprocess.run(
                _as_postgres(command), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True
            )
        try:
            yield f"postgres://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                _as_postgres([str(binary / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
    finally:
        shutil.rmtree(data, ignore_errors=True)


@contextmanager
def own_database(server: str) -> Iterator[str]:
    """A new database on the server at `server` (a URL): its URL; dropped after."""
    import psycopg
    from psycopg import sql

    name = f"incare_bench_{os.getpid()}"
    parsed = urlparse(server)
    admin = {
        "host": parsed.hostname or "127.0.0.1",
        "port": parsed.port or 5432,
        "user": parsed.username or "postgres",
        "password": parsed.password or None,
        "dbname": parsed.path.lstrip("/") or "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**admin) as connection:  # type: ignore[arg-type]
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield urlunparse(parsed._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(**admin) as connection:  # type: ignore[arg-type]
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@contextmanager
def postgres_url() -> Iterator[tuple[str, str]]:
    """(URL of a fresh database, where it runs)."""
    given = os.environ.get("INCARE_BENCH_POSTGRES")
    if given:
        with own_database(given) as url:
            yield url, "INCARE_BENCH_POSTGRES"
        return
    with throwaway_cluster() as server, own_database(server) as url:
        yield url, f"throwaway cluster of PostgreSQL {_pg_bin().parent.name}"


# ---------------------------------------------------------------------------------------------
# The server and the users.


def _environment(database: str, url: str | None, var: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(INCARE_MODE="demo", INCARE_VAR=str(var), DJANGO_SETTINGS_MODULE=SETTINGS)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    if database == "postgresql":
        assert url is not None
        env["DATABASE_URL"] = url
    return env


@contextmanager
def server(env: dict[str, str], workers: int, wsgi: str = WSGI) -> Iterator[str]:
    """gunicorn serving `wsgi` on a free port of 127.0.0.1: its base URL."""
    import httpx

    port = _free_port()
    command = [sys.executable, "-m", "gunicorn", wsgi]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--timeout", "120"]
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
        try:
            deadline = time.monotonic() + 60
            while True:
                if process.poll() is not None:
                    log.seek(0)
                    raise RuntimeError(f"gunicorn ended:\n{log.read().decode(errors='replace')}")
                try:
                    if httpx.get(f"{base}/health/", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError("gunicorn did not answer within 60 s")
                time.sleep(0.2)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def sign_in(base: str, username: str) -> Any:
    """An httpx.Client signed in as `username` (GET the form for its token, then POST)."""
    import httpx

    client = httpx.Client(base_url=base, timeout=120)
    form = client.get("/sign-in/")
    found = TOKEN.search(form.text)
    if form.status_code != 200 or found is None:
        raise RuntimeError(f"sign-in form: {form.status_code}")
    done = client.post(
        "/sign-in/",
        data={"username": username, "password": PASSWORD, "csrfmiddlewaretoken": found[1]},
        headers={"Referer": f"{base}/sign-in/"},
    )
    if done.status_code != 302 or "sessionid" not in client.cookies:
        raise RuntimeError(f"{username} could not sign in: {done.status_code}")
    return client


@dataclass(frozen=True, slots=True)
class PageType:
    label: str
    path: str  # "{id}" is replaced by a child's id

    def url(self, rng: random.Random, ids: list[int]) -> str:
        return self.path.replace("{id}", str(rng.choice(ids))) if "{id}" in self.path else self.path


PAGE_TYPES = (
    PageType("worklist (my work)", "/"),
    PageType("worklist (all, page 5)", "/?status=all&page=5"),
    PageType("child record", "/children/{id}/"),
)


def hammer(
    clients: list[Any], page: PageType, ids: list[int], seconds: float, think: float, seed: int
) -> dict[str, Any]:
    """Every client requests `page` in its own thread for `seconds`, one request after another,
    pausing a random time of mean `think` seconds between them (none when 0): the latencies
    (ms) and failures."""
    latencies: list[list[float]] = [[] for _ in clients]
    failures: list[list[str]] = [[] for _ in clients]
    start = threading.Barrier(len(clients) + 1)
    deadline = [0.0]

    def user(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        client = clients[n]
        start.wait()
        if think > 0:  # users do not all start at the same instant
            time.sleep(rng.uniform(0, think))
        while time.perf_counter() < deadline[0]:
            url = page.url(rng, ids)
            began = time.perf_counter()
            try:
                response = client.get(url)
                ok = response.status_code == 200
                why = f"{response.status_code} {url}"
            except Exception as error:  # a failure to count, whatever it is
                ok, why = False, f"{type(error).__name__} {url}"
            latencies[n].append((time.perf_counter() - began) * 1000)
            if not ok:
                failures[n].append(why)
            if think > 0:
                pause = rng.expovariate(1 / think)
                time.sleep(max(0.0, min(pause, deadline[0] - time.perf_counter())))

    threads = [threading.Thread(target=user, args=(n,)) for n in range(len(clients))]
    for thread in threads:
        thread.start()
    began = time.perf_counter()
    deadline[0] = began + seconds
    start.wait()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    every = sorted(ms for one in latencies for ms in one)
    failed = [why for one in failures for why in one]
    return {
        "page": page.label,
        "users": len(clients),
        "think_s": think,
        "requests": len(every),
        "failures": len(failed),
        "failure_examples": sorted(set(failed))[:5],
        "p50_ms": percentile(every, 50),
        "p95_ms": percentile(every, 95),
        "max_ms": every[-1] if every else float("nan"),
        "rps": len(every) / elapsed,
        "seconds": elapsed,
        "load_average": os.getloadavg()[0],  # of the last minute, at the end of the phase
    }


def percentile(ordered: list[float], p: float) -> float:
    """The p-th percentile of sorted values, linearly interpolated (NaN when empty)."""
    if not ordered:
        return float("nan")
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def measure_pages(base: str, ids: list[int], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Each page type: one user alone, then every user busy, then every user paced."""
    clients = [sign_in(base, f"nurse{n:02d}") for n in range(args.users)]
    try:
        rng = random.Random(args.seed)
        for page in PAGE_TYPES:  # warm-up: every worker process has imported the views
            for client in clients:
                client.get(page.url(rng, ids))
        results = []
        for page in PAGE_TYPES:
            phases = [(1, 0.0, args.solo_seconds), (args.users, 0.0, args.seconds)]
            phases.append((args.users, args.think, args.seconds if args.think > 0 else 0))
            for users, think, seconds in phases:
                if seconds <= 0:
                    continue
                paced = f", think time {think:g} s" if think else ""
                _say(f"  {page.label}: {users} user(s) for {seconds:g} s{paced}")
                found = hammer(clients[:users], page, ids, seconds, think, args.seed)
                results.append(found)
        return results
    finally:
        for client in clients:
            client.close()


# ---------------------------------------------------------------------------------------------
# The run.


def _subprocess(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.bench_web", *args]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr}")
    loaded: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def run_database(
    database: str, url: str | None, extracts: Path, work: Path, args: argparse.Namespace
) -> dict[str, Any]:
    var = work / database
    var.mkdir()
    env = _environment(database, url, var)
    _say(f"{database}: importing {args.children:,} children")
    command = ["--load", str(extracts), "--users", str(args.users)]
    loaded = _subprocess(command + (["--sql", str(args.sql)] if args.sql else []), env)
    _say(f"{database}: imported in {loaded['import_s']:.1f} s; measuring the pages")
    with server(env, args.workers, args.wsgi) as base:
        pages = measure_pages(base, loaded["record_ids"], args)
    del loaded["record_ids"]
    return {"database": database, **loaded, "pages": pages}


def run(args: argparse.Namespace) -> dict[str, Any]:
    sizes = shares(args.children, args.councils)
    results: dict[str, Any] = {"sizes": sizes, "databases": []}
    with tempfile.TemporaryDirectory(prefix="bench-web-") as temp:
        work = Path(temp)
        extracts = work / "extracts"
        _say(f"synthesising {args.children:,} children in {len(sizes)} councils")
        env = _environment("sqlite", None, work)
        command = ["--synthesise", str(extracts), "--children", str(args.children),
                   "--councils", str(args.councils), "--seed", str(args.seed)]  # fmt: skip
        made = _subprocess(command, env)
        results.update(made)
        for database in args.databases:
            if database == "sqlite":
                results["databases"].append(run_database("sqlite", None, extracts, work, args))
                continue
            with postgres_url() as (url, where):
                _say(f"postgresql: {where}")
                found = run_database("postgresql", url, extracts, work, args)
                found["where"] = where
                results["databases"].append(found)
    return results


def _ms(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 else f"{value:.1f}"


def report(results: dict[str, Any], args: argparse.Namespace) -> None:
    from rich.console import Console
    from rich.table import Table

    children = sum(results["sizes"].values())
    scale = children / TARGET_CHILDREN
    budget = TARGET_IMPORT_S * scale
    imports = Table(
        title=f"Import of {children:,} synthetic children in {len(results['sizes'])} councils "
        f"(2026/27 with 2025/26, as at {AS_AT}, seed {args.seed})",
        caption=(
            f"Synthesis (not in the import): {results['synthesis_s']:.1f} s. Import: "
            "import_903 of every council in turn (validation, facts, stored duties); importer "
            "CPU: the importing process's own (not the database server's). Peak RSS of the "
            "importing process (MB = MiB). Load avg: the machine's, over the last minute, at "
            f"the end (more than {os.cpu_count()} means the CPUs were shared: the times are "
            f"inflated). Target: 100,000 children in ≤ {TARGET_IMPORT_S:g} s, here ≤ "
            f"{budget:,.1f} s (scaled)."
        ),
    )
    for heading in ("database", "import s", "importer CPU s", "slowest council s", "children"):
        imports.add_column(heading, justify="right", no_wrap=True)
    for heading in ("episodes", "reviews", "stored duties", "peak RSS MB", "load avg", "target"):
        imports.add_column(heading, justify="right", no_wrap=True)
    for found in results["databases"]:
        imports.add_row(
            found["database"],
            f"{found['import_s']:.1f}",
            f"{found['import_cpu_s']:.1f}",
            f"{max(found['per_council_s'].values()):.1f}",
            f"{found['children']:,}",
            f"{found['episodes']:,}",
            f"{found['reviews']:,}",
            f"{found['duties']:,}",
            f"{found['peak_rss_mb']:,.0f}",
            f"{found['load_average']:.1f}",
            "[green]PASS[/green]" if found["import_s"] <= budget else "[red]MISS[/red]",
        )
    pages = Table(
        title=f"Pages of ICB {BIG_ICB} under {args.users} concurrent signed-in nurses "
        f"(gunicorn, {args.workers} sync workers, 127.0.0.1, {os.cpu_count()} CPUs)",
        caption=(
            "Latency in ms, client side. users: 1 alone (the service time); N busy: each user "
            "requests again as soon as answered; N paced: a random pause (mean as shown) "
            f"between a user's requests. Load avg: the machine's at the end of the phase, this "
            f"benchmark included. Target: p95 ≤ {TARGET_P95_MS:g} ms with {args.users} users. "
            + " ".join(
                f"{f['database']}: the ICB's nurses see {f['icb_children']:,} children, "
                f"{f['icb_duties']:,} stored duties"
                + (f" ({f['where']})." if "where" in f else ".")
                for f in results["databases"]
            )
        ),
    )
    for heading in ("database", "page", "users", "requests", "failures", "p50 ms", "p95 ms"):
        pages.add_column(heading, justify="right", no_wrap=True)
    for heading in ("max ms", "req/s", "load avg", "target"):
        pages.add_column(heading, justify="right", no_wrap=True)
    for found in results["databases"]:
        for page in found["pages"]:
            ok = page["failures"] == 0 and page["p95_ms"] <= TARGET_P95_MS
            users = str(page["users"])
            if page["users"] > 1:
                users += f" paced {page['think_s']:g} s" if page["think_s"] else " busy"
            pages.add_row(
                found["database"],
                page["page"],
                users,
                f"{page['requests']:,}",
                f"{page['failures']:,}",
                _ms(page["p50_ms"]),
                _ms(page["p95_ms"]),
                _ms(page["max_ms"]),
                f"{page['rps']:.1f}",
                f"{page['load_average']:.1f}",
                ("[green]PASS[/green]" if ok else "[red]MISS[/red]")
                if page["users"] == args.users
                else "",
            )
    console = Console()
    if console.width < 160:  # not a terminal, or a narrow one: keep each row on one line
        console = Console(width=160)
    console.print(imports)
    console.print(pages)
    for found in results["databases"]:
        for page in found["pages"]:
            if page["failures"]:
                console.print(
                    f"{found['database']}, {page['page']}, {page['users']} users: "
                    f"{page['failures']} failures, e.g. {page['failure_examples']}"
                )


def _databases(text: str) -> list[str]:
    chosen = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [d for d in chosen if d not in DATABASES]
    if not chosen or unknown:
        raise argparse.ArgumentTypeError(f"choose from {', '.join(DATABASES)}: {text!r}")
    return chosen


def _positive(text: str) -> int:
    value = int(text.replace("_", ""))
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_web",
        description="Import a national-size register and time its pages under concurrent "
        "users, in SQLite and PostgreSQL.",
    )
    parser.add_argument("--children", type=_positive, default=TARGET_CHILDREN,
                        help="children in the register (default: 100000)")  # fmt: skip
    parser.add_argument("--councils", type=int, choices=range(1, len(COUNCILS) + 1),
                        default=len(COUNCILS), metavar="1-10",
                        help="councils sharing them (default: 10)")  # fmt: skip
    parser.add_argument("--seconds", type=float, default=30.0,
                        help="seconds of concurrent load per page type (default: 30)")  # fmt: skip
    parser.add_argument("--solo-seconds", type=float, default=5.0,
                        help="seconds of one user alone per page type first; 0: none "
                        "(default: 5)")  # fmt: skip
    parser.add_argument("--think", type=float, default=1.0,
                        help="then the same with a random pause of this mean (s) between a "
                        "user's requests; 0: skip (default: 1)")  # fmt: skip
    parser.add_argument("--users", type=_positive, default=20,
                        help="concurrent signed-in users (default: 20)")  # fmt: skip
    parser.add_argument("--workers", type=_positive, default=4,
                        help="gunicorn worker processes (default: 4)")  # fmt: skip
    parser.add_argument("--databases", type=_databases, default=list(DATABASES),
                        help="comma-separated: sqlite,postgresql (default: both)")  # fmt: skip
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default: 1)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--wsgi", default=WSGI,
                        help="the WSGI application gunicorn serves, to measure a change "
                        f"without editing src/ (default: {WSGI})")  # fmt: skip
    parser.add_argument("--sql", type=Path,
                        help="a file of SQL statements (;-separated) run after the import, "
                        "e.g. CREATE INDEX, to measure an index before adding it")  # fmt: skip
    parser.add_argument("--synthesise", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--load", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.synthesise is not None:
        sizes = shares(args.children, args.councils)
        print(json.dumps(synthesise(sizes, args.seed, args.synthesise)))
        return 0
    if args.load is not None:
        print(json.dumps(load(args.load, args.users, args.seed, args.sql)))
        return 0

    results = run(args)
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    report(results, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
