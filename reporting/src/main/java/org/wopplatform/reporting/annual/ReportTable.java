package org.wopplatform.reporting.annual;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table of the report: a name (for its file), its header and rows. A row may name the
 * figure whose partnerships it counts, so that the page links the cell of column
 * {@code linked} (the second, unless said otherwise) to their list.
 */
public record ReportTable(String name, String title, List<String> header, List<Row> rows, int linked) {

	public ReportTable(String name, String title, List<String> header, List<Row> rows) {
		this(name, title, header, rows, 1);
	}

	public record Row(List<Object> cells, @Nullable String figure) {
	}

	public List<List<Object>> cells() {
		return rows.stream().map(Row::cells).toList();
	}

}
