-- An approved progress report keeps its document as it stood at approval (issue 16): what the
-- PDF and XLSX show, as JSON, so that later changes to the record (a renamed activity, a new
-- budget line, a corrected baseline) never change a document that was approved. Reports approved
-- before this change have none and are put together from the records as they stand.
alter table progress_report
    add column frozen_document text check (frozen_document is null or frozen_document is json object);
