package org.wopplatform.domain.partnership;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.PartialDate;

/**
 * A committed output with a due date (a year alone is allowed, as in the UN registry).
 */
@Entity
@Table(name = "deliverable")
public class Deliverable {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deliverable_seq")
	@SequenceGenerator(name = "deliverable_seq", sequenceName = "deliverable_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "partnership_id")
	private Partnership partnership;

	private String title;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "due_date")),
			@AttributeOverride(name = "precision", column = @Column(name = "due_precision")) })
	private PartialDate due;

	@Enumerated(EnumType.STRING)
	private DeliverableStatus status;

	private int position;

	protected Deliverable() {
	}

	Deliverable(Partnership partnership, String title, PartialDate due, int position) {
		this.partnership = partnership;
		this.title = title;
		this.due = due;
		this.status = DeliverableStatus.NOT_REPORTED;
		this.position = position;
	}

	void changeStatus(DeliverableStatus status) {
		this.status = status;
	}

	public @Nullable Long id() {
		return id;
	}

	public String title() {
		return title;
	}

	public PartialDate due() {
		return due;
	}

	public DeliverableStatus status() {
		return status;
	}

	public int position() {
		return position;
	}

}
