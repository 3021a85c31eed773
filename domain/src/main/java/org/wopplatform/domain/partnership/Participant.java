package org.wopplatform.domain.partnership;

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
import org.wopplatform.domain.organisation.Organisation;

/**
 * An organisation taking part in a partnership, in one role. Changed only through its
 * partnership.
 */
@Entity
@Table(name = "participant")
public class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
	@SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "partnership_id")
	private Partnership partnership;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Enumerated(EnumType.STRING)
	private PartnerRole role;

	private int position;

	private @Nullable String note;

	protected Participant() {
	}

	Participant(Partnership partnership, Organisation organisation, PartnerRole role, int position,
			@Nullable String note) {
		this.partnership = partnership;
		this.organisation = organisation;
		this.role = role;
		this.position = position;
		this.note = note;
	}

	public @Nullable Long id() {
		return id;
	}

	public Organisation organisation() {
		return organisation;
	}

	public PartnerRole role() {
		return role;
	}

	public int position() {
		return position;
	}

	public @Nullable String note() {
		return note;
	}

}
