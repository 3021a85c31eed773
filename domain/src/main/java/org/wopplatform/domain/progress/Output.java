package org.wopplatform.domain.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;

/**
 * An output of a partnership's results framework: what the work produces in one of its
 * working areas.
 */
@Entity
@Table(name = "framework_output")
public class Output {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "framework_output_seq")
	@SequenceGenerator(name = "framework_output_seq", sequenceName = "framework_output_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "partnership_id")
	private long partnershipId;

	@Column(name = "working_area_code")
	private String workingAreaCode;

	private String title;

	protected Output() {
	}

	public Output(long partnershipId, String workingAreaCode, String title) {
		if (title == null || title.isBlank()) {
			throw new DomainRuleViolation("output.title.required", "An output needs a title");
		}
		this.partnershipId = partnershipId;
		this.workingAreaCode = workingAreaCode;
		this.title = title.strip();
	}

	public @Nullable Long id() {
		return id;
	}

	public long partnershipId() {
		return partnershipId;
	}

	public String workingAreaCode() {
		return workingAreaCode;
	}

	public String title() {
		return title;
	}

}
