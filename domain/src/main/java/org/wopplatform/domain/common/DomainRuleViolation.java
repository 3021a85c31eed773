package org.wopplatform.domain.common;

/**
 * A rule of the field was broken. {@link #code()} is a stable message key (e.g.
 * {@code partnership.rule.mentorMenteeSame}) that the web layer translates; the message
 * is English for logs.
 */
public class DomainRuleViolation extends RuntimeException {

	private final String code;

	public DomainRuleViolation(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return code;
	}

}
