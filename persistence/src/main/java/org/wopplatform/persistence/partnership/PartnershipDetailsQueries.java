package org.wopplatform.persistence.partnership;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.wopplatform.domain.partnership.Partnership;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads one partnership as entities, for the pages that change it or work from it (edits,
 * work plan, capacity, reports, dashboard), in four statements whatever its size: the
 * record with platform, programme and participants (with organisation and country);
 * contributions; deliverables; working areas with SDG targets. The record page reads a
 * read model instead ({@code PartnershipRecordQueries}, one round trip). Hibernate
 * returns the partnership once however many rows a fetched collection gives, so the
 * statements ask for no {@code distinct} (which made PostgreSQL compare whole rows).
 */
@Repository
@Transactional(readOnly = true)
public class PartnershipDetailsQueries {

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * The partnership if it exists and the reader may see it; empty otherwise (shown as
	 * "not found").
	 */
	public Optional<Partnership> find(long id, ReadScope scope) {
		// The record with its participants, then one statement per further list; the two
		// sets (areas, targets) together, as their rows multiply only a few by a few.
		TypedQuery<Partnership> head = entityManager.createQuery("""
				select p from Partnership p left join fetch p.regionalPlatform rp
				left join fetch p.fundingProgramme fp left join fetch p.participants pa
				left join fetch pa.organisation o left join fetch o.country
				where p.id = :id and """ + scope.condition(), Partnership.class);
		scope.bind(head);
		List<Partnership> found = head.setParameter("id", id).getResultList();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		fetch(id, "left join fetch p.contributions c left join fetch c.organisation");
		fetch(id, "left join fetch p.deliverables");
		fetch(id, "left join fetch p.workingAreas left join fetch p.sdgTargets");
		return Optional.of(found.get(0));
	}

	private void fetch(long id, String joins) {
		entityManager.createQuery("select p from Partnership p " + joins + " where p.id = :id", Partnership.class)
			.setParameter("id", id)
			.getResultList();
	}

}
