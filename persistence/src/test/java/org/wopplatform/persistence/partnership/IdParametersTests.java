package org.wopplatform.persistence.partnership;

import java.util.List;
import java.util.stream.LongStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids compared as a fixed number of parameters find exactly the listed partnerships,
 * whatever the list's length (below, at and above each size, and past the largest).
 */
@SpringBootTest
@Transactional
class IdParametersTests {

	@Autowired
	private EntityManager entityManager;

	@ParameterizedTest
	@ValueSource(ints = { 1, 4, 5, 6, 19, 20, 21, 25 })
	void theListedPartnershipsAreFoundAndNoOther(int count) {
		List<Long> ids = LongStream.rangeClosed(1, count).boxed().toList();
		assertThat(found(ids)).containsExactlyElementsOf(ids);
	}

	@ParameterizedTest
	@ValueSource(ints = { 100, 101, 250 })
	void longListsFindTheirPartnershipsToo(int count) {
		// ids past the 25 demo partnerships match nothing
		List<Long> ids = LongStream.rangeClosed(1, count).boxed().toList();
		assertThat(found(ids)).containsExactlyElementsOf(LongStream.rangeClosed(1, 25).boxed().toList());
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 5, 17, 20 })
	void aPageOfUpToTwentyIdsIsAlwaysTheSameStatement(int count) {
		String twenty = IdParameters.of("id", LongStream.rangeClosed(1, 20).boxed().toList()).in("p.id");
		assertThat(IdParameters.of("id", LongStream.rangeClosed(1, count).boxed().toList()).in("p.id"))
			.isEqualTo(count > 5 ? twenty : IdParameters.of("id", List.of(1L)).in("p.id"));
	}

	private List<Long> found(List<Long> ids) {
		IdParameters parameters = IdParameters.of("id", ids);
		TypedQuery<Long> query = entityManager.createQuery(
				"select p.id from Partnership p where " + parameters.in("p.id") + " order by p.id", Long.class);
		parameters.bind(query);
		return query.getResultList();
	}

}
