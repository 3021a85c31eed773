package org.wopplatform.domain.reference;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;

/** An SDG target such as 6.1 or 17.16, with its official text. */
@Entity
@Table(name = "sdg_target")
public class SdgTarget {

	@Id
	private String code;

	@Column(name = "goal_code")
	private Integer goalCode;

	private Integer sortOrder;

	private String textEn;

	private @Nullable String textFr;

	private @Nullable String textEs;

	protected SdgTarget() {
	}

	public String code() {
		return code;
	}

	public int goalCode() {
		return goalCode;
	}

	public int sortOrder() {
		return sortOrder;
	}

	public String text(Locale locale) {
		return new LocalizedText(textEn, textFr, textEs).in(locale);
	}

}
