package org.wopplatform.persistence.partnership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.domain.partnership.PartnershipStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model of partnership lists. A page costs four SQL statements whatever its size:
 * the count, the page of partnerships (paginated in SQL), then the participants and the
 * working areas of exactly those partnerships.
 */
@Repository
@Transactional(readOnly = true)
public class PartnershipListQueries {

	@PersistenceContext
	private EntityManager entityManager;

	public Page<PartnershipSummary> published(Pageable pageable) {
		long total = entityManager
			.createQuery("select count(p) from Partnership p where p.published = true", Long.class)
			.getSingleResult();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<Head> heads = entityManager.createQuery("""
				select new org.wopplatform.persistence.partnership.PartnershipListQueries$Head(
				    p.id, p.referenceCode, p.title, p.kind, p.status,
				    p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd)
				from Partnership p
				where p.published = true
				order by lower(p.title), p.id""", Head.class)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		return new PageImpl<>(summaries(heads), pageable, total);
	}

	private List<PartnershipSummary> summaries(List<Head> heads) {
		if (heads.isEmpty()) {
			return List.of();
		}
		List<Long> ids = heads.stream().map(Head::id).toList();
		Map<Long, List<PartyName>> parties = new LinkedHashMap<>();
		entityManager.createQuery("""
				select new org.wopplatform.persistence.partnership.PartnershipListQueries$PartyRow(
				    pa.partnership.id, o.id, o.name, o.acronym, c.code, c.nameEn, c.nameFr, c.nameEs, pa.role)
				from Participant pa join pa.organisation o left join o.country c
				where pa.partnership.id in :ids
				order by pa.partnership.id, pa.position""", PartyRow.class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(row -> parties.computeIfAbsent(row.partnershipId(), id -> new ArrayList<>())
				.add(row.toPartyName()));
		Map<Long, List<LocalizedText>> areas = new LinkedHashMap<>();
		entityManager.createQuery("""
				select new org.wopplatform.persistence.partnership.PartnershipListQueries$AreaRow(
				    p.id, w.nameEn, w.nameFr, w.nameEs)
				from Partnership p join p.workingAreas w
				where p.id in :ids
				order by p.id, w.sortOrder""", AreaRow.class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(row -> areas.computeIfAbsent(row.partnershipId(), id -> new ArrayList<>())
				.add(new LocalizedText(row.en(), row.fr(), row.es())));
		return heads.stream()
			.map(h -> new PartnershipSummary(h.id(), h.referenceCode(), h.title(), h.kind(), h.status(),
					h.actualStart() != null ? h.actualStart() : h.plannedStart(),
					h.actualEnd() != null ? h.actualEnd() : h.plannedEnd(), parties.getOrDefault(h.id(), List.of()),
					areas.getOrDefault(h.id(), List.of())))
			.toList();
	}

	record Head(Long id, String referenceCode, String title, PartnershipKind kind, PartnershipStatus status,
			@Nullable PartialDate plannedStart, @Nullable PartialDate plannedEnd, @Nullable PartialDate actualStart,
			@Nullable PartialDate actualEnd) {
	}

	record PartyRow(Long partnershipId, Long organisationId, String name, @Nullable String acronym,
			@Nullable String countryCode, @Nullable String countryEn, @Nullable String countryFr,
			@Nullable String countryEs, PartnerRole role) {

		PartyName toPartyName() {
			LocalizedText country = countryEn == null ? null : new LocalizedText(countryEn, countryFr, countryEs);
			return new PartyName(organisationId, name, acronym, countryCode, country, role);
		}

	}

	record AreaRow(Long partnershipId, String en, @Nullable String fr, @Nullable String es) {
	}

}
