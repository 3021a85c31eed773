package org.wopplatform.domain.brokering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;

/**
 * A candidate mentor proposed for a support request, and its brokering path:
 * {@link MatchStage#PROPOSED} → introduced (date, by whom) → concept note (a document) →
 * agreement (letter of intent or agreement, signed on a date) → converted into a
 * partnership; or declined with a reason at any step before. The score and its
 * explanation are kept as they were when the match was proposed.
 */
@Entity
@Table(name = "brokering_match")
public class Match {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "brokering_match_seq")
	@SequenceGenerator(name = "brokering_match_seq", sequenceName = "brokering_match_seq", allocationSize = 50)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "request_id")
	private long requestId;

	@Column(name = "mentor_organisation_id")
	private long mentorOrganisationId;

	@Enumerated(EnumType.STRING)
	private MatchStage stage;

	private BigDecimal score;

	private String explanation;

	private String proposedBy;

	private Instant proposedAt;

	private @Nullable LocalDate introducedOn;

	private @Nullable String introducedBy;

	private @Nullable String conceptNoteTitle;

	private @Nullable String conceptNoteFileName;

	@Enumerated(EnumType.STRING)
	private @Nullable AgreementKind agreementKind;

	private @Nullable LocalDate agreementSignedOn;

	@Column(name = "partnership_id")
	private @Nullable Long partnershipId;

	private @Nullable String declinedReason;

	private Instant stageChangedAt;

	protected Match() {
	}

	public Match(long requestId, long mentorOrganisationId, double score, String explanation, String proposedBy,
			Instant at) {
		this.requestId = requestId;
		this.mentorOrganisationId = mentorOrganisationId;
		this.score = BigDecimal.valueOf(score).setScale(1, java.math.RoundingMode.HALF_UP);
		this.explanation = Objects.requireNonNull(explanation, "explanation");
		this.proposedBy = proposedBy;
		this.proposedAt = at;
		this.stage = MatchStage.PROPOSED;
		this.stageChangedAt = at;
	}

	/**
	 * The two utilities were introduced to each other, on a day, by someone: not before
	 * the match was proposed (the introduction is the step that follows the proposal),
	 * nor after today.
	 */
	public void introduce(LocalDate on, String by, LocalDate today, Instant at) {
		requireStage(MatchStage.PROPOSED, MatchStage.INTRODUCED);
		if (on.isAfter(today)) {
			throw new DomainRuleViolation("match.date.future", "The date cannot be in the future");
		}
		if (on.isBefore(proposedOn())) {
			throw new DomainRuleViolation("match.introducedBeforeProposal",
					"An introduction follows the proposal of the match");
		}
		if (by == null || by.isBlank()) {
			throw new DomainRuleViolation("match.introducedBy.required", "Say who introduced them");
		}
		move(MatchStage.PROPOSED, MatchStage.INTRODUCED, at);
		this.introducedOn = on;
		this.introducedBy = by.strip();
	}

	/**
	 * The concept note: a title and, when a document comes with it, its file name (the
	 * document itself is kept apart).
	 */
	public void conceptNote(String title, @Nullable String fileName, Instant at) {
		move(MatchStage.INTRODUCED, MatchStage.CONCEPT_NOTE, at);
		if (title == null || title.isBlank()) {
			throw new DomainRuleViolation("match.conceptNote.title.required", "A concept note has a title");
		}
		this.conceptNoteTitle = title.strip();
		this.conceptNoteFileName = fileName;
	}

	/**
	 * A letter of intent or an agreement was signed on a day: not before the
	 * introduction, nor after today. The concept note has no date of its own (its
	 * recording is not its writing), so the introduction is the step a signature may not
	 * precede.
	 */
	public void agree(AgreementKind kind, LocalDate signedOn, LocalDate today, Instant at) {
		requireStage(MatchStage.CONCEPT_NOTE, MatchStage.AGREEMENT);
		if (signedOn.isAfter(today)) {
			throw new DomainRuleViolation("match.date.future", "The date cannot be in the future");
		}
		if (introducedOn != null && signedOn.isBefore(introducedOn)) {
			throw new DomainRuleViolation("match.signedBeforeIntroduction",
					"An agreement is signed after the introduction");
		}
		move(MatchStage.CONCEPT_NOTE, MatchStage.AGREEMENT, at);
		this.agreementKind = Objects.requireNonNull(kind, "kind");
		this.agreementSignedOn = signedOn;
	}

	/** The agreement became a partnership in PIPELINE. */
	public void converted(long partnershipId, Instant at) {
		move(MatchStage.AGREEMENT, MatchStage.CONVERTED, at);
		this.partnershipId = partnershipId;
	}

	public void decline(String reason, Instant at) {
		if (!stage.isUnderWay()) {
			throw new DomainRuleViolation("match.stage.wrong", "This match can no longer be declined");
		}
		if (reason == null || reason.isBlank()) {
			throw new DomainRuleViolation("match.declinedReason.required", "Declining needs a reason");
		}
		this.stage = MatchStage.DECLINED;
		this.declinedReason = reason.strip();
		this.stageChangedAt = at;
	}

	private void move(MatchStage from, MatchStage to, Instant at) {
		requireStage(from, to);
		stage = to;
		stageChangedAt = at;
	}

	private void requireStage(MatchStage from, MatchStage to) {
		if (stage != from) {
			throw new DomainRuleViolation("match.stage.wrong", "A match moves to " + to + " only from " + from);
		}
	}

	public @Nullable Long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public long requestId() {
		return requestId;
	}

	public long mentorOrganisationId() {
		return mentorOrganisationId;
	}

	public MatchStage stage() {
		return stage;
	}

	public BigDecimal score() {
		return score;
	}

	/** The explanation as it was written when the match was proposed. */
	public String explanation() {
		return explanation;
	}

	public String proposedBy() {
		return proposedBy;
	}

	public Instant proposedAt() {
		return proposedAt;
	}

	/**
	 * The earliest day an introduction may name: the day the match was proposed, in UTC,
	 * less one so that a broker west of UTC can write their own day.
	 */
	public LocalDate proposedOn() {
		return LocalDate.ofInstant(proposedAt, ZoneOffset.UTC).minusDays(1);
	}

	public @Nullable LocalDate introducedOn() {
		return introducedOn;
	}

	public @Nullable String introducedBy() {
		return introducedBy;
	}

	public @Nullable String conceptNoteTitle() {
		return conceptNoteTitle;
	}

	public @Nullable String conceptNoteFileName() {
		return conceptNoteFileName;
	}

	public @Nullable AgreementKind agreementKind() {
		return agreementKind;
	}

	public @Nullable LocalDate agreementSignedOn() {
		return agreementSignedOn;
	}

	public @Nullable Long partnershipId() {
		return partnershipId;
	}

	public @Nullable String declinedReason() {
		return declinedReason;
	}

	public Instant stageChangedAt() {
		return stageChangedAt;
	}

}
