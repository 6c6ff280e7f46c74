"""`marsad serve`: the REST API and the web page."""
from __future__ import annotations

from typing import Optional

import typer

from . import app


@app.command("serve")
def serve_cmd(
    db: Optional[str] = typer.Option(None, "--db", help="Store (default $MARSAD_DB or ./marsad.duckdb)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (loopback by default)."),
    port: int = typer.Option(8765, "--port", help="Port."),
    token: Optional[str] = typer.Option(None, "--token", envvar="MARSAD_API_TOKEN",
                                        help="Token required for write endpoints (none: writes refused)."),
    protect_reads: bool = typer.Option(False, "--protect-reads", help="Require the token for reads too."),
    max_bytes: int = typer.Option(2_000_000, "--max-bytes", help="Largest accepted request body."),
) -> None:
    """Serve the REST API (docs at /docs) and the web page (at /)."""
    try:
        import uvicorn
        from ..api.app import create_app
    except ImportError:
        typer.echo("marsad serve needs the server extra: pip install 'marsad[server]'", err=True)
        raise typer.Exit(2)
    uvicorn.run(create_app(db=db, token=token, protect_reads=protect_reads, max_bytes=max_bytes),
                host=host, port=port, log_level="info")
