package org.wopplatform.reporting.table;

import java.util.Locale;
import java.util.Optional;

/** The file formats a table is written in and read from. */
public enum TableFormat {

	CSV("text/csv;charset=UTF-8", "csv"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String mediaType;

	private final String extension;

	TableFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	public static Optional<TableFormat> named(String name) {
		for (TableFormat format : values()) {
			if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
