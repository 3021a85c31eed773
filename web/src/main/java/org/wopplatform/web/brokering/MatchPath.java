package org.wopplatform.web.brokering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.brokering.AgreementKind;
import org.wopplatform.domain.brokering.Match;
import org.wopplatform.domain.brokering.MatchStage;
import org.wopplatform.domain.brokering.MatchWeights;
import org.wopplatform.domain.brokering.Matching;
import org.wopplatform.domain.brokering.RequestStatus;
import org.wopplatform.domain.brokering.SupportRequest;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.progress.EvidenceType;
import org.wopplatform.domain.reference.RegionalPlatform;
import org.wopplatform.domain.reference.SdgTarget;
import org.wopplatform.domain.reference.WorkingArea;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.brokering.BrokeringQueries;
import org.wopplatform.persistence.brokering.CandidateQueries;
import org.wopplatform.persistence.brokering.MatchDocuments;
import org.wopplatform.persistence.brokering.MatchRepository;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.brokering.SupportRequestRepository;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.Upload;
import org.wopplatform.web.common.FieldProblems;
import org.wopplatform.web.common.FileNames;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.common.StaleEditException;
import org.wopplatform.web.partnership.PartnershipEditing;
import org.wopplatform.web.security.Viewer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Matching and the brokering path, for the request's brokers (its platform's coordinator,
 * the secretariat): rank the candidates, propose one (the request becomes shortlisted),
 * then introduce, concept note, agreement (the request becomes matched), conversion into
 * a partnership in PIPELINE with the two utilities as lead mentor and lead mentee and the
 * request's working areas and SDG targets; or decline with a reason. Each step is audited
 * and told to the parties.
 */
@Service
@Transactional
class MatchPath {

	static final Audited ENTITY = Audited.MATCH;

	/** Candidates shown on a request's page at first, and how many more each time. */
	static final int FIRST_SHOWN = 10;

	/** The most candidates a request's page shows, however many are asked for. */
	static final int MOST_SHOWN = 50;

	/** Rules on a step's date: their error goes next to the step's date field. */
	private static final java.util.Set<String> DATE_RULES = java.util.Set.of("match.date.future",
			"match.introducedBeforeProposal", "match.signedBeforeIntroduction");

	@PersistenceContext
	private EntityManager entityManager;

	private final SupportRequests requests;

	private final SupportRequestRepository requestRepository;

	private final MatchRepository matches;

	private final CandidateQueries candidates;

	private final BrokeringQueries queries;

	/** Where every partnership comes into the platform. */
	private final PartnershipEditing editing;

	private final AuditedEdits edits;

	/** A match as the audited-edit step reads it. */
	private final AuditedEdits.Kind<Match> kind = new AuditedEdits.Kind<>(ENTITY, m -> Objects.requireNonNull(m.id()),
			Match::version, MatchPath::describe);

	private final MatchExplanation explanation;

	private final Notifier notifier;

	private final AuditTrail audit;

	private final Clock clock;

	private final DataSize maxFileSize;

	private final MatchDocuments documents;

	private final ReferenceData reference;

	MatchPath(MatchDocuments documents, ReferenceData reference, SupportRequests requests,
			SupportRequestRepository requestRepository, MatchRepository matches, CandidateQueries candidates,
			BrokeringQueries queries, PartnershipEditing editing, AuditedEdits edits, MatchExplanation explanation,
			Notifier notifier, AuditTrail audit, Clock clock,
			@Value("${wop.reports.evidence-max-size:5MB}") DataSize maxFileSize) {
		this.documents = documents;
		this.reference = reference;
		this.requests = requests;
		this.requestRepository = requestRepository;
		this.matches = matches;
		this.candidates = candidates;
		this.queries = queries;
		this.editing = editing;
		this.edits = edits;
		this.explanation = explanation;
		this.notifier = notifier;
		this.audit = audit;
		this.clock = clock;
		this.maxFileSize = maxFileSize;
	}

	/** The ranked candidates of a request (for its brokers only), with these weights. */
	@Transactional(readOnly = true)
	public List<Matching.Scored> ranked(SupportRequest request, MatchWeights weights) {
		long id = Objects.requireNonNull(request.id());
		return Matching.rank(candidates.request(id), candidates.candidates(id), weights);
	}

	public long propose(long requestId, long mentorId, Viewer viewer) {
		SupportRequest request = brokered(requestId, viewer);
		if (matches.existsByRequestIdAndMentorOrganisationId(requestId, mentorId)) {
			throw new FieldProblem(null, "match.alreadyProposed");
		}
		Matching.Scored scored = ranked(request, queries.weights().weights()).stream()
			.filter(s -> s.candidate().organisationId() == mentorId)
			.findFirst()
			.orElseThrow(() -> new FieldProblem(null, "match.notACandidate"));
		Instant now = clock.instant();
		String statusBefore = request.status().name();
		try {
			request.shortlist(now);
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(null, ex.code());
		}
		Match match = matches.saveAndFlush(new Match(requestId, mentorId, scored.score(),
				explanation.toJson(scored, request.needs().size()), viewer.actor().name(), now));
		requestRepository.saveAndFlush(request);
		if (!statusBefore.equals(request.status().name())) {
			edits.event(viewer.actor(), SupportRequests.ENTITY, requestId, request.version(), "SHORTLISTED",
					List.of(new AuditTrail.FieldChange("status", statusBefore, request.status().name())));
		}
		long matchId = Objects.requireNonNull(match.id());
		edits.event(viewer.actor(), ENTITY, matchId, match.version(), "PROPOSED",
				List.of(new AuditTrail.FieldChange("request", null, Long.toString(requestId)),
						new AuditTrail.FieldChange("mentor", null, scored.candidate().name()),
						new AuditTrail.FieldChange("score", null, match.score().toPlainString())));
		tell(match, request, "PROPOSED");
		return matchId;
	}

	/** A match its reader may see: brokers, the mentee's and the mentor's staff. */
	@Transactional(readOnly = true)
	public Match readable(long matchId, Viewer viewer) {
		Match match = matches.findById(matchId).orElseThrow(NotFoundException::new);
		SupportRequest request = requestRepository.findById(match.requestId()).orElseThrow(NotFoundException::new);
		if (!BrokeringAccess.canBroker(viewer, request) && !BrokeringAccess.isStaffOf(viewer, request.organisationId())
				&& !BrokeringAccess.isStaffOf(viewer, match.mentorOrganisationId())) {
			throw new NotFoundException();
		}
		return match;
	}

	/** 404 for who may not see the match, 403 for who may see it but not broker it. */
	@Transactional(readOnly = true)
	public void requireBroker(long matchId, Viewer viewer) {
		Match match = readable(matchId, viewer);
		brokered(match.requestId(), viewer);
	}

	public void introduce(long matchId, LocalDate on, String by, long version, Viewer viewer) {
		step(matchId, version, viewer, "INTRODUCED", "introducedBy",
				match -> match.introduce(on, by.strip(), latestDay(), clock.instant()));
	}

	public void conceptNote(long matchId, @Nullable String title, @Nullable Upload file, long version, Viewer viewer) {
		byte[] content = null;
		String fileName = null;
		String mediaType = null;
		if (file != null) {
			if (file.content().length > maxFileSize.toBytes()) {
				throw new FieldProblem("file", "evidence.tooLarge", maxFileMegabytes());
			}
			fileName = FileNames.clean(file.fileName());
			if (fileName.isEmpty()) {
				fileName = "concept-note";
			}
			content = file.content();
			byte[] bytes = content;
			mediaType = EvidenceType.of(fileName, bytes)
				.orElseThrow(() -> new FieldProblem("file", "evidence.wrongType"))
				.mediaType();
		}
		String name = fileName;
		step(matchId, version, viewer, "CONCEPT_NOTE", "title",
				match -> match.conceptNote(Objects.requireNonNullElse(title, ""), name, clock.instant()));
		if (content != null && mediaType != null) {
			documents.save(matchId, mediaType, content);
		}
	}

	public void agree(long matchId, AgreementKind kind, LocalDate on, long version, Viewer viewer) {
		Match match = step(matchId, version, viewer, "AGREEMENT", "signedOn",
				m -> m.agree(kind, on, latestDay(), clock.instant()));
		follow(match.requestId(), viewer);
	}

	public long convert(long matchId, long version, Viewer viewer) {
		Match match = matches.findById(matchId).orElseThrow(NotFoundException::new);
		SupportRequest request = brokered(match.requestId(), viewer);
		StaleEditException.requireVersion(match.version(), version, audit, ENTITY, matchId);
		if (match.stage() != MatchStage.AGREEMENT) {
			throw new FieldProblem(null, "match.stage.wrong");
		}
		if (request.status() == RequestStatus.CLOSED) {
			throw new FieldProblem(null, "request.alreadyClosed");
		}
		Organisation mentor = entityManager.find(Organisation.class, match.mentorOrganisationId());
		Organisation mentee = entityManager.find(Organisation.class, request.organisationId());
		Partnership partnership;
		try {
			partnership = Partnership.wop("BRK-" + request.id() + "-" + matchId, title(mentor, mentee, request), mentor,
					mentee);
			partnership.describe(request.context(), objectives(request), null, null);
			partnership.assignTo(entityManager.find(RegionalPlatform.class, request.platformCode()));
			partnership.reclassify(
					request.needs()
						.keySet()
						.stream()
						.sorted()
						.map(c -> entityManager.find(WorkingArea.class, c))
						.toList(),
					request.sdgTargetCodes()
						.stream()
						.sorted()
						.map(c -> entityManager.find(SdgTarget.class, c))
						.toList());
			editing.register(partnership, viewer.actor());
			match.converted(Objects.requireNonNull(partnership.id()), clock.instant());
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(null, ex.code());
		}
		matches.saveAndFlush(match);
		edits.event(viewer.actor(), ENTITY, matchId, match.version(), "CONVERTED",
				List.of(new AuditTrail.FieldChange("partnership", null, partnership.referenceCode())));
		tell(match, request, "CONVERTED");
		return partnership.id();
	}

	public void decline(long matchId, @Nullable String reason, long version, Viewer viewer) {
		Match match = step(matchId, version, viewer, "DECLINED", "reason",
				m -> m.decline(Objects.requireNonNullElse(reason, ""), clock.instant()));
		follow(match.requestId(), viewer);
	}

	/** Closes a request with a reason and declines its matches still under way. */
	public void close(long requestId, @Nullable String reason, long version, Viewer viewer) {
		SupportRequest request = requests.close(requestId, reason, version, viewer);
		declineAllOf(request, Objects.requireNonNull(request.closeReason()), viewer);
	}

	private void declineAllOf(SupportRequest request, String reason, Viewer viewer) {
		for (Match match : matches.findUnderWay(Objects.requireNonNull(request.id()))) {
			Map<String, @Nullable String> before = describe(match);
			match.decline(reason, clock.instant());
			matches.saveAndFlush(match);
			edits.event(viewer.actor(), ENTITY, Objects.requireNonNull(match.id()), match.version(), "DECLINED",
					AuditTrail.differences(before, describe(match)));
			tell(match, request, "DECLINED");
		}
	}

	/** The request's status after one of its matches moved. */
	private void follow(long requestId, Viewer viewer) {
		SupportRequest request = requestRepository.findById(requestId).orElseThrow();
		List<Match> all = matches.findByRequest(requestId);
		String before = request.status().name();
		request.follow(
				all.stream().anyMatch(m -> m.stage() == MatchStage.AGREEMENT || m.stage() == MatchStage.CONVERTED),
				all.stream().anyMatch(m -> m.stage().isUnderWay()), clock.instant());
		if (!before.equals(request.status().name())) {
			requestRepository.saveAndFlush(request);
			edits.event(viewer.actor(), SupportRequests.ENTITY, requestId, request.version(), request.status().name(),
					List.of(new AuditTrail.FieldChange("status", before, request.status().name())));
		}
	}

	/** What the audit trail keeps of a match. */
	private static Map<String, @Nullable String> describe(Match m) {
		Map<String, @Nullable String> fields = new java.util.LinkedHashMap<>();
		fields.put("stage", m.stage().name());
		fields.put("introducedOn", m.introducedOn() == null ? null : m.introducedOn().toString());
		fields.put("introducedBy", m.introducedBy());
		fields.put("conceptNote", m.conceptNoteTitle());
		fields.put("conceptNoteFile", m.conceptNoteFileName());
		fields.put("agreement", m.agreementKind() == null ? null : m.agreementKind().name());
		fields.put("signedOn", m.agreementSignedOn() == null ? null : m.agreementSignedOn().toString());
		fields.put("declinedReason", m.declinedReason());
		return fields;
	}

	/**
	 * The latest day a date may name: tomorrow in UTC, so that a broker east of UTC can
	 * write their own today.
	 */
	private LocalDate latestDay() {
		return LocalDate.now(clock).plusDays(1);
	}

	/**
	 * One step: the request's broker, from the current version, through the domain's
	 * rule, audited and told.
	 */
	private Match step(long matchId, long version, Viewer viewer, String action, String field, Consumer<Match> change) {
		Match match = matches.findById(matchId).orElseThrow(NotFoundException::new);
		SupportRequest request = brokered(match.requestId(), viewer);
		if (request.status() == RequestStatus.CLOSED) {
			throw new FieldProblem(null, "request.alreadyClosed");
		}
		edits.edit(kind, match, version, viewer.actor(), action, change,
				ex -> new FieldProblem(
						ex.code().equals("match.stage.wrong") ? null
								: DATE_RULES.contains(ex.code())
										? (action.equals("INTRODUCED") ? "introducedOn" : "signedOn") : field,
						ex.code()));
		tell(match, request, action);
		return match;
	}

	private SupportRequest brokered(long requestId, Viewer viewer) {
		SupportRequest request = requests.readable(requestId, viewer);
		BrokeringAccess.require(BrokeringAccess.canBroker(viewer, request), "Not a broker of this request");
		return request;
	}

	private void tell(Match match, SupportRequest request, String step) {
		Organisation mentee = entityManager.find(Organisation.class, request.organisationId());
		Organisation mentor = entityManager.find(Organisation.class, match.mentorOrganisationId());
		notifier.tellParties(Objects.requireNonNull(request.id()), match.mentorOrganisationId(), step,
				List.of(mentee.name(), mentor.name(), request.title()), "/brokering/matches/" + match.id());
	}

	/** A concept note's document: its file name, type and content. */
	public record ConceptNoteFile(String fileName, String mediaType, byte[] content) {
	}

	/** The concept note's document of a match its reader may see. */
	@Transactional(readOnly = true)
	public ConceptNoteFile document(long matchId, Viewer viewer) {
		Match match = readable(matchId, viewer);
		MatchDocuments.Document document = documents.find(matchId).orElseThrow(NotFoundException::new);
		return new ConceptNoteFile(Objects.requireNonNullElse(match.conceptNoteFileName(), "concept-note"),
				document.mediaType(), document.content());
	}

	long maxFileMegabytes() {
		return maxFileSize.toMegabytes();
	}

	private static String title(Organisation mentor, Organisation mentee, SupportRequest request) {
		String title = mentor.displayName() + " – " + mentee.displayName() + ": " + request.title();
		return title.length() > 300 ? title.substring(0, 299) + "…" : title;
	}

	/**
	 * The needs, one per line with the working area's name, within the record's limit.
	 */
	private String objectives(SupportRequest request) {
		String objectives = request.needs()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(need -> reference.workingArea(need.getKey())
				.map(a -> a.name().in(Locale.ENGLISH))
				.orElse(need.getKey()) + ": " + need.getValue())
			.collect(Collectors.joining("\n"));
		return objectives.length() > 10_000 ? objectives.substring(0, 9_999) + "…" : objectives;
	}

}
