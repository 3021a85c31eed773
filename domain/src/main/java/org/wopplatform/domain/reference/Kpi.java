package org.wopplatform.domain.reference;

import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;

/** A utility performance indicator of the catalogue (IBNET and GWOPA defaults). */
@Entity
@Table(name = "kpi")
public class Kpi {

	@Id
	private String code;

	private Integer sortOrder;

	private String nameEn;

	private java.time.@Nullable Instant retiredAt;

	private @Nullable String nameFr;

	private @Nullable String nameEs;

	private @Nullable String unit;

	@Enumerated(EnumType.STRING)
	@Column(name = "better_direction")
	private @Nullable BetterDirection betterDirection;

	private String category;

	protected Kpi() {
	}

	public String code() {
		return code;
	}

	public String name(Locale locale) {
		return new LocalizedText(nameEn, nameFr, nameEs).in(locale);
	}

	public Optional<String> unit() {
		return Optional.ofNullable(unit);
	}

	/**
	 * Empty where the catalogue does not say which way is better (e.g. % female staff).
	 */
	public Optional<BetterDirection> betterDirection() {
		return Optional.ofNullable(betterDirection);
	}

	public String category() {
		return category;
	}

}
