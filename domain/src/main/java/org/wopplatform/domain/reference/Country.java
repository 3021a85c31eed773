package org.wopplatform.domain.reference;

import java.math.BigDecimal;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;

/** A country of ISO 3166-1, keyed by its alpha-2 code. */
@Entity
@Table(name = "country")
public class Country {

	@Id
	private String code;

	private String alpha3;

	@Column(name = "numeric_code")
	private String numericCode;

	private String nameEn;

	private @Nullable String nameFr;

	private @Nullable String nameEs;

	private @Nullable BigDecimal latitude;

	private @Nullable BigDecimal longitude;

	protected Country() {
	}

	public String code() {
		return code;
	}

	public String alpha3() {
		return alpha3;
	}

	public String name(Locale locale) {
		return new LocalizedText(nameEn, nameFr, nameEs).in(locale);
	}

}
