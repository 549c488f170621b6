package io.statements.ingest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Documentation of the JSON form of a bulk response (it is written as a stream, never built in memory). */
@Schema(name = "BulkReport", requiredProperties = {"items", "created", "duplicate", "updated", "invalid", "failed"}, description = "Per-line results of a bulk import (Accept: application/json)")
record BulkReport(List<LineResult> items, long created, long duplicate, long updated, long invalid, long failed) {
}
