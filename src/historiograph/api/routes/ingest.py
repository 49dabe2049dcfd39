"""Upload a document and ingest it (needs a token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, UploadFile
from sqlalchemy.orm import Session

from historiograph.api import queries
from historiograph.api.deps import WorkbenchDep, WriterDep
from historiograph.api.schemas import IngestFailureOut, IngestResult
from historiograph.api.uploads import save_upload
from historiograph.ingest.decoding import known_encoding

router = APIRouter(prefix="/api", tags=["ingest"])


@router.post("/ingest", status_code=201)
def upload(
    file: UploadFile,
    bench: WorkbenchDep,
    who: WriterDep,
    encoding: Annotated[
        str | None,
        Form(
            description="Encoding of a plain-text upload that is not UTF-8 (latin-1, cp1252), "
            "as `historiograph ingest --encoding`; never guessed. HTML states its own."
        ),
    ] = None,
) -> IngestResult:
    """Save an uploaded file in the upload folder and ingest it like ``historiograph ingest``.

    Size-limited; the stored name is derived from the content's hash and a
    cleaned version of the file name, always inside the upload folder. An
    unknown ``encoding`` is refused (400) before anything is saved.
    """
    from historiograph.pipeline import ingest  # spaCy: imported on the first upload only

    chosen = known_encoding(encoding.strip()) if encoding and encoding.strip() else None
    path = save_upload(file.file, file.filename, bench.upload_dir, max_bytes=bench.max_upload_bytes)
    summary = ingest(
        [str(path)],
        store=bench.store,
        pipeline=bench.pipeline(),
        max_bytes=bench.max_upload_bytes,
        encoding=chosen,
    )
    with bench.store.engine.connect() as connection, Session(connection) as session:
        documents = queries.run_documents(session, summary.run_id)
    return IngestResult(
        saved_as=path.name,
        run_id=summary.run_id,
        stored=summary.stored,
        skipped=summary.skipped,
        failed=summary.failed,
        documents=documents,
        failures=[
            IngestFailureOut(source=path.name, code=f.error.code, reason=f.error.reason)
            for f in summary.failures
        ],
    )
