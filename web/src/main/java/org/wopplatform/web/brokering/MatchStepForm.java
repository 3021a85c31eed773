package org.wopplatform.web.brokering;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.brokering.AgreementKind;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a step of the brokering path asks for: the introduction's date and who made it,
 * the concept note's title, the kind and date of the agreement, or why the match is
 * declined. Each step reads only its own fields.
 */
public class MatchStepForm implements java.io.Serializable {

	private long version;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate introducedOn;

	@Size(max = 254)
	private @Nullable String introducedBy;

	@Size(max = 300)
	private @Nullable String title;

	private @Nullable AgreementKind kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate signedOn;

	@Size(max = 2000)
	private @Nullable String reason;

	private transient @Nullable MultipartFile file;

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}

	/** An introduction names its day and who made it. */
	void checkIntroduction(Errors errors) {
		if (introducedOn == null && !errors.hasFieldErrors("introducedOn")) {
			errors.rejectValue("introducedOn", "NotBlank");
		}
		if (introducedBy == null || introducedBy.isBlank()) {
			errors.rejectValue("introducedBy", "match.introducedBy.required");
		}
	}

	/** An agreement names its kind and the day it was signed. */
	void checkAgreement(Errors errors) {
		if (kind == null && !errors.hasFieldErrors("kind")) {
			errors.rejectValue("kind", "NotNull");
		}
		if (signedOn == null && !errors.hasFieldErrors("signedOn")) {
			errors.rejectValue("signedOn", "NotBlank");
		}
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable LocalDate getIntroducedOn() {
		return introducedOn;
	}

	public void setIntroducedOn(@Nullable LocalDate introducedOn) {
		this.introducedOn = introducedOn;
	}

	public @Nullable String getIntroducedBy() {
		return introducedBy;
	}

	public void setIntroducedBy(@Nullable String introducedBy) {
		this.introducedBy = introducedBy;
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable AgreementKind getKind() {
		return kind;
	}

	public void setKind(@Nullable AgreementKind kind) {
		this.kind = kind;
	}

	public @Nullable LocalDate getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(@Nullable LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

}
