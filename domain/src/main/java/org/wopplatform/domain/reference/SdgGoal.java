package org.wopplatform.domain.reference;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;

/** One of the 17 Sustainable Development Goals. */
@Entity
@Table(name = "sdg_goal")
public class SdgGoal {

	@Id
	private Integer code;

	private String shortTitleEn;

	private String titleEn;

	private @Nullable String titleFr;

	private @Nullable String titleEs;

	private String colourHex;

	protected SdgGoal() {
	}

	public int code() {
		return code;
	}

	public String shortTitleEn() {
		return shortTitleEn;
	}

	public String title(Locale locale) {
		return new LocalizedText(titleEn, titleFr, titleEs).in(locale);
	}

	public String colourHex() {
		return colourHex;
	}

}
