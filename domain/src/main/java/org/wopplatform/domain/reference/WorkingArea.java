package org.wopplatform.domain.reference;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;

/** A capacity theme of a WOP (non-revenue water, asset management...). */
@Entity
@Table(name = "working_area")
public class WorkingArea {

	@Id
	private String code;

	private Integer sortOrder;

	private String nameEn;

	private java.time.@Nullable Instant retiredAt;

	private @Nullable String nameFr;

	private @Nullable String nameEs;

	protected WorkingArea() {
	}

	public String code() {
		return code;
	}

	public int sortOrder() {
		return sortOrder;
	}

	public String name(Locale locale) {
		return new LocalizedText(nameEn, nameFr, nameEs).in(locale);
	}

}
