package org.wopplatform.domain.brokering;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;

/**
 * A utility's request for a mentor: its needs by working area (each with a short
 * description), the KPIs it wants to move, its working languages, the SDG targets it aims
 * at, its urgency. Brokered by one regional platform. Status moves OPEN → SHORTLISTED (a
 * candidate proposed) → MATCHED (an agreement signed) → CLOSED (with a reason), and can
 * be closed from any other status.
 */
@Entity
@Table(name = "support_request")
public class SupportRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_request_seq")
	@SequenceGenerator(name = "support_request_seq", sequenceName = "support_request_seq", allocationSize = 50)
	private @Nullable Long id;

	@Version
	private long version;

	@Column(name = "organisation_id")
	private long organisationId;

	@Column(name = "regional_platform_code")
	private String platformCode;

	private String title;

	private @Nullable String context;

	@Enumerated(EnumType.STRING)
	private Urgency urgency;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	private @Nullable String closeReason;

	private boolean publicVisible;

	private @Nullable Long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "support_request_need", joinColumns = @JoinColumn(name = "request_id"))
	@MapKeyColumn(name = "working_area_code")
	@Column(name = "description")
	private Map<String, String> needs = new TreeMap<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "support_request_kpi", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "kpi_code")
	private Set<String> kpiCodes = new TreeSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "support_request_language", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "language")
	private Set<String> languages = new TreeSet<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "support_request_sdg_target", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "sdg_target_code")
	private Set<String> sdgTargetCodes = new TreeSet<>();

	protected SupportRequest() {
	}

	public SupportRequest(long organisationId, String platformCode, @Nullable Long createdBy, Instant at) {
		this.organisationId = organisationId;
		this.platformCode = Objects.requireNonNull(platformCode, "platformCode");
		this.status = RequestStatus.OPEN;
		this.urgency = Urgency.MEDIUM;
		this.title = "";
		this.createdBy = createdBy;
		this.createdAt = at;
		this.updatedAt = at;
	}

	/**
	 * States what is asked: at least one need with a description and one working
	 * language.
	 */
	public void state(String title, @Nullable String context, Urgency urgency, Map<String, String> needs,
			Collection<String> kpiCodes, Collection<String> languages, Collection<String> sdgTargetCodes,
			boolean publicVisible, Instant at) {
		requireChangeable();
		if (title == null || title.isBlank()) {
			throw new DomainRuleViolation("request.title.required", "A request needs a title");
		}
		if (needs.isEmpty()) {
			throw new DomainRuleViolation("request.needs.required", "A request needs at least one working area");
		}
		if (needs.values().stream().anyMatch(d -> d == null || d.isBlank())) {
			throw new DomainRuleViolation("request.need.description.required", "Each need is described");
		}
		if (languages.isEmpty()) {
			throw new DomainRuleViolation("request.languages.required", "A request names a working language");
		}
		this.title = title.strip();
		this.context = context == null || context.isBlank() ? null : context.strip();
		this.urgency = Objects.requireNonNull(urgency, "urgency");
		this.needs.clear();
		needs.forEach((area, description) -> this.needs.put(area, description.strip()));
		this.kpiCodes.clear();
		this.kpiCodes.addAll(kpiCodes);
		this.languages.clear();
		this.languages.addAll(languages);
		this.sdgTargetCodes.clear();
		this.sdgTargetCodes.addAll(sdgTargetCodes);
		this.publicVisible = publicVisible;
		this.updatedAt = at;
	}

	/** A candidate was proposed: an open request becomes shortlisted. */
	public void shortlist(Instant at) {
		if (!status.isOpenForMatching()) {
			throw new DomainRuleViolation("request.notOpen", "The request is no longer open for matching");
		}
		if (status == RequestStatus.OPEN) {
			status = RequestStatus.SHORTLISTED;
			updatedAt = at;
		}
	}

	/**
	 * After a match moved or was declined: matched while a match has reached an
	 * agreement, shortlisted while one is under way, open otherwise. A closed request
	 * stays closed.
	 */
	public void follow(boolean agreed, boolean underWay, Instant at) {
		if (status == RequestStatus.CLOSED) {
			return;
		}
		RequestStatus now = agreed ? RequestStatus.MATCHED : underWay ? RequestStatus.SHORTLISTED : RequestStatus.OPEN;
		if (now != status) {
			status = now;
			updatedAt = at;
		}
	}

	public void close(String reason, Instant at) {
		if (status == RequestStatus.CLOSED) {
			throw new DomainRuleViolation("request.alreadyClosed", "The request is already closed");
		}
		if (reason == null || reason.isBlank()) {
			throw new DomainRuleViolation("request.closeReason.required", "Closing a request needs a reason");
		}
		status = RequestStatus.CLOSED;
		closeReason = reason.strip();
		updatedAt = at;
	}

	private void requireChangeable() {
		if (status == RequestStatus.CLOSED) {
			throw new DomainRuleViolation("request.alreadyClosed", "A closed request cannot change");
		}
	}

	public @Nullable Long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public long organisationId() {
		return organisationId;
	}

	public String platformCode() {
		return platformCode;
	}

	public String title() {
		return title;
	}

	public @Nullable String context() {
		return context;
	}

	public Urgency urgency() {
		return urgency;
	}

	public RequestStatus status() {
		return status;
	}

	public @Nullable String closeReason() {
		return closeReason;
	}

	public boolean isPublicVisible() {
		return publicVisible;
	}

	public Instant createdAt() {
		return createdAt;
	}

	/** Working area code → what is needed there, ordered by code. */
	public Map<String, String> needs() {
		return Map.copyOf(needs);
	}

	public Set<String> kpiCodes() {
		return Set.copyOf(kpiCodes);
	}

	public Set<String> languages() {
		return Set.copyOf(languages);
	}

	public Set<String> sdgTargetCodes() {
		return Set.copyOf(sdgTargetCodes);
	}

}
