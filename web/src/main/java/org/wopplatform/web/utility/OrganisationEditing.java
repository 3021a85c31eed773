package org.wopplatform.web.utility;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.domain.organisation.OrganisationType;
import org.wopplatform.domain.reference.Country;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.persistence.organisation.OrganisationRepository;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.web.common.FieldProblem;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.security.Viewer;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing organisations, with the same checks, locking and audit as
 * partnerships.
 */
@Service
@Transactional
class OrganisationEditing {

	static final Audited ENTITY = Audited.ORGANISATION;

	/** An organisation as the audited-edit step reads it. */
	static final AuditedEdits.Kind<Organisation> KIND = new AuditedEdits.Kind<>(ENTITY,
			o -> Objects.requireNonNull(o.id()), Organisation::version, OrganisationEditing::snapshot);

	@PersistenceContext
	private EntityManager entityManager;

	private final OrganisationRepository organisations;

	private final AuditedEdits edits;

	OrganisationEditing(OrganisationRepository organisations, AuditedEdits edits) {
		this.edits = edits;
		this.organisations = organisations;
	}

	/** An organisation's facts as changed: texts stripped, blank ones empty. */
	public record Facts(String name, @Nullable String acronym, OrganisationType type, @Nullable String country,
			@Nullable String city, @Nullable String description, @Nullable String ownership,
			@Nullable Boolean providesWater, @Nullable Boolean providesSanitation, @Nullable Long populationServed,
			@Nullable Long connections, @Nullable Integer staff, @Nullable String factsAsOf) {
	}

	public long create(Facts facts, Viewer viewer) {
		requireEditor(viewer);
		Organisation organisation = new Organisation(facts.name(), facts.type(), country(facts.country()));
		apply(organisation, facts);
		try {
			edits.create(KIND, organisation, viewer.actor());
		}
		catch (DataIntegrityViolationException ex) {
			throw new FieldProblem("name", "organisation.name.taken");
		}
		return Objects.requireNonNull(organisation.id());
	}

	public void update(long id, Facts facts, long version, Viewer viewer) {
		requireEditor(viewer);
		Organisation organisation = organisations.findById(id).orElseThrow(NotFoundException::new);
		try {
			edits.edit(KIND, organisation, version, viewer.actor(), "UPDATE", o -> apply(o, facts),
					ex -> new FieldProblem(null, ex.code()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new FieldProblem("name", "organisation.name.taken");
		}
	}

	private void apply(Organisation organisation, Facts facts) {
		try {
			organisation.rename(facts.name(), facts.acronym());
			organisation.locate(facts.type(), country(facts.country()), facts.city());
			organisation.describe(facts.description(), facts.ownership(), facts.providesWater(),
					facts.providesSanitation());
			organisation.recordServiceFacts(facts.populationServed(), facts.connections(), facts.staff(),
					facts.factsAsOf());
		}
		catch (DomainRuleViolation ex) {
			throw new FieldProblem(null, ex.code());
		}
	}

	private @Nullable Country country(@Nullable String code) {
		if (code == null) {
			return null;
		}
		Country country = entityManager.find(Country.class, code);
		if (country == null) {
			throw new FieldProblem("country", "reference.unknown");
		}
		return country;
	}

	private static void requireEditor(Viewer viewer) {
		if (!viewer.canEditOrganisations()) {
			throw new AccessDeniedException("May not edit organisations");
		}
	}

	static Map<String, @Nullable String> snapshot(Organisation o) {
		Map<String, @Nullable String> fields = new LinkedHashMap<>();
		fields.put("name", o.name());
		fields.put("acronym", o.acronym());
		fields.put("type", o.type().name());
		fields.put("country", o.country() == null ? null : o.country().code());
		fields.put("city", o.city());
		fields.put("description", o.description());
		fields.put("ownership", o.ownership());
		fields.put("providesWater", Objects.toString(o.providesWater(), null));
		fields.put("providesSanitation", Objects.toString(o.providesSanitation(), null));
		fields.put("populationServed", Objects.toString(o.populationServed(), null));
		fields.put("connections", Objects.toString(o.connections(), null));
		fields.put("staff", Objects.toString(o.staff(), null));
		fields.put("factsAsOf", o.factsAsOf());
		return fields;
	}

}
