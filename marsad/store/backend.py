"""Database back ends: DuckDB (embedded, default) and PostgreSQL (server option).

Both speak the same SQL subset; queries are written once with ``?`` placeholders and
the PostgreSQL back end rewrites them to ``%s``.  Only what the store needs is here:
execute, query, bulk insert (multi-row VALUES — 4x faster than executemany in
DuckDB and portable), and a transaction context.
"""
from __future__ import annotations

import contextlib
import re
import threading
from pathlib import Path
from typing import Any, Iterator, Sequence

_ROWS_PER_INSERT = 500


class Backend:
    kind = "abstract"
    url = ""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...
    def query(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]: ...
    con: Any = None  # the driver's connection

    def begin(self) -> None:
        self.con.execute("BEGIN")

    def commit(self) -> None:
        self.con.execute("COMMIT")

    def rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except Exception:  # nothing to roll back (the failure ended the transaction already)
            pass

    def close(self) -> None:
        self.con.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self.begin()
        try:
            yield
        except BaseException:
            self.rollback()
            raise
        else:
            self.commit()

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        cols = ", ".join(columns)
        one = "(" + ", ".join("?" * len(columns)) + ")"
        for i in range(0, len(rows), _ROWS_PER_INSERT):
            chunk = rows[i:i + _ROWS_PER_INSERT]
            sql = f"INSERT INTO {table} ({cols}) VALUES " + ", ".join([one] * len(chunk))
            self.execute(sql, [v for r in chunk for v in r])

    def bulk_insert(self, table: str, schema: Sequence[tuple[str, str]], rows: Sequence[Sequence[Any]]) -> None:
        """Insert many rows at once (the fastest path the back end has); ``schema`` is [(column, SQL type)]."""
        self.insert_rows(table, [c for c, _ in schema], rows)

    def query_dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        cols, rows = self.query(sql, params)
        return [dict(zip(cols, r)) for r in rows]


class DuckDBBackend(Backend):
    kind = "duckdb"

    def __init__(self, path: str, read_only: bool = False):
        import duckdb
        self.url = path
        if path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            self._root = duckdb.connect(str(Path(path).expanduser()) if path != ":memory:" else path,
                                        read_only=read_only)
        except duckdb.IOException as e:  # the file is held by another process
            raise StoreBusyError(
                f"cannot open DuckDB store {path!r}: {e}. DuckDB allows one writing process at a time "
                f"(a running `marsad serve` or `marsad ingest` may hold it)."
            ) from e

        self._owner = threading.get_ident()
        self._local = threading.local()
        self._cursors: list[Any] = []

    @property
    def con(self):
        """The connection for this thread: DuckDB connections are not shared across threads, so
        other threads (e.g. the API's worker threads) get their own cursor on the same database,
        which lets reads run in parallel."""
        if threading.get_ident() == self._owner:
            return self._root
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._local.cursor = self._root.cursor()
            self._cursors.append(cur)
        return cur

    def close(self):
        for c in self._cursors:
            try:
                c.close()
            except Exception:
                pass
        self._root.close()

    def execute(self, sql, params=()):
        self.con.execute(sql, list(params))

    _ARROW_TYPES = {"TEXT": "string", "INTEGER": "int64", "DOUBLE PRECISION": "float64", "BOOLEAN": "bool_"}

    def bulk_insert(self, table, schema, rows):
        # DuckDB parses every INSERT statement (2-9 ms each); an Arrow table is one scan.
        if len(rows) < 20:
            return self.insert_rows(table, [c for c, _ in schema], rows)
        try:
            import pyarrow as pa
        except ImportError:  # pragma: no cover - pyarrow is a dependency; keep working without it
            return self.insert_rows(table, [c for c, _ in schema], rows)
        cols = list(zip(*rows))
        arrays = {}
        for i, (name, sqltype) in enumerate(schema):
            base = sqltype.split()[0] if not sqltype.startswith("DOUBLE") else "DOUBLE PRECISION"
            arrays[name] = pa.array(list(cols[i]), type=getattr(pa, self._ARROW_TYPES.get(base, "string"))())
        tmp = f"_marsad_buf_{table}"
        self.con.register(tmp, pa.table(arrays))
        try:
            names = ", ".join(c for c, _ in schema)
            self.con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {tmp}")
        finally:
            self.con.unregister(tmp)

    def query(self, sql, params=()):
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description] if cur.description else []
        return cols, cur.fetchall()



_QMARK = re.compile(r"\?")


class PostgresBackend(Backend):
    kind = "postgresql"

    def __init__(self, url: str, read_only: bool = False):
        try:
            import psycopg
        except ImportError as e:  # optional dependency
            raise RuntimeError("PostgreSQL support needs psycopg: pip install 'marsad[postgres]'") from e
        self.url = url
        self.con = psycopg.connect(url, autocommit=True)
        self._in_tx = False
        if read_only:
            self.con.execute("SET default_transaction_read_only = on")

    @staticmethod
    def _sql(sql: str) -> str:
        return _QMARK.sub("%s", sql.replace("%", "%%"))

    def execute(self, sql, params=()):
        self.con.execute(self._sql(sql), list(params))

    def bulk_insert(self, table, schema, rows):
        if not rows:
            return
        names = ", ".join(c for c, _ in schema)
        with self.con.cursor() as cur:
            with cur.copy(f"COPY {table} ({names}) FROM STDIN") as cp:
                for r in rows:
                    cp.write_row(r)

    def query(self, sql, params=()):
        cur = self.con.execute(self._sql(sql), list(params))
        cols = [d.name for d in cur.description] if cur.description else []
        return cols, cur.fetchall()



class StoreBusyError(RuntimeError):
    pass


def connect(url: str, read_only: bool = False) -> Backend:
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(url, read_only=read_only)
    if url.startswith("duckdb://"):
        url = url[len("duckdb://"):]
    return DuckDBBackend(url, read_only=read_only)
