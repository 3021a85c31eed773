package org.wopplatform.persistence.partnership;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.domain.common.DatePrecision;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.domain.partnership.ContactPerson;
import org.wopplatform.domain.partnership.Contribution;
import org.wopplatform.domain.partnership.ContributionCategory;
import org.wopplatform.domain.partnership.Deliverable;
import org.wopplatform.domain.partnership.Participant;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.domain.reference.SdgTarget;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GWOPA's own UN SDG record, loaded as demo data, reads back from PostgreSQL exactly as
 * the registry page shows it.
 */
@SpringBootTest
@Transactional
class SeedRecordTests {

	private static final SeedRecord seed = SeedRecord.read();

	@Autowired
	private PartnershipRepository partnerships;

	private Partnership record;

	@BeforeEach
	void load() {
		record = partnerships.findByReferenceCode("SDGACTION-25745").orElseThrow();
	}

	@Test
	void isANetworkPartnershipWithTheRecordsDescription() {
		assertThat(record.kind()).isEqualTo(PartnershipKind.NETWORK);
		assertThat(record.title()).isEqualTo("Global Water Operators' Partnerships Alliance (GWOPA)");
		assertThat(record.description()).isEqualTo(seed.description());
		assertThat(record.isPublished()).isTrue();
	}

	@Test
	void listsTheElevenPartnersInTheRecordsOrder() {
		assertThat(seed.partners()).hasSize(11);
		List<Participant> participants = record.participants();
		assertThat(participants).hasSize(seed.partners().size());
		for (int i = 0; i < participants.size(); i++) {
			assertThat(waysToName(participants.get(i).organisation())).as("partner %d", i + 1)
				.contains(seed.partners().get(i));
		}
	}

	/**
	 * The record writes a partner as "Name", "Name (ACRONYM)", "ACRONYM (Name)" or "Name
	 * (Country)".
	 */
	private static List<String> waysToName(Organisation o) {
		Stream<String> plain = Stream.of(o.name());
		Stream<String> acronym = o.acronym() == null ? Stream.empty()
				: Stream.of(o.name() + " (" + o.acronym() + ")", o.acronym() + " (" + o.name() + ")");
		Stream<String> country = o.country() == null ? Stream.empty() : Stream
			.of(o.name() + " (" + o.country().name(Locale.ENGLISH) + ")", o.name() + " (" + o.country().alpha3() + ")");
		return Stream.of(plain, acronym, country).flatMap(s -> s).toList();
	}

	@Test
	void hasTheSixteenSdgTargetsWithTheirOfficialText() {
		assertThat(seed.targets()).hasSize(16);
		assertThat(record.sdgTargets()).extracting(SdgTarget::code).containsExactlyElementsOf(seed.targets().keySet());
		for (SdgTarget target : record.sdgTargets()) {
			assertThat(asTheRegistryWritesIt(target)).as(target.code()).isEqualTo(seed.targets().get(target.code()));
		}
	}

	/**
	 * The platform keeps the official UN texts of the targets. The registry page differs
	 * from them in these places of punctuation and capitals only; any other difference
	 * fails the test.
	 */
	private static final Map<String, Map<String, String>> REGISTRY_WORDING = Map.of("11.b",
			Map.of("2015\u20132030", "2015-2030"), "17.6", Map.of("knowledge-sharing", "knowledge sharing"), "17.16",
			Map.of("Global Partnership for Sustainable Development", "global partnership for sustainable development",
					"the Sustainable Development Goals", "the sustainable development goals"));

	private static String asTheRegistryWritesIt(SdgTarget target) {
		String text = target.text(Locale.ENGLISH);
		for (Map.Entry<String, String> change : REGISTRY_WORDING.getOrDefault(target.code(), Map.of()).entrySet()) {
			assertThat(text).as(target.code()).contains(change.getKey());
			text = text.replace(change.getKey(), change.getValue());
		}
		return text;
	}

	@Test
	void hasTheThreeDeliverablesDueIn2018() {
		assertThat(seed.deliverables()).hasSize(3);
		assertThat(record.deliverables()).extracting(Deliverable::title)
			.containsExactlyElementsOf(seed.deliverables().stream().map(SeedRecord.Deliverable::title).toList());
		assertThat(record.deliverables()).allSatisfy(d -> {
			assertThat(d.due().year()).isEqualTo(2018);
			assertThat(d.due().precision()).isEqualTo(DatePrecision.YEAR);
		});
	}

	@Test
	void hasItsTwoResourcesWithTheirDescriptions() {
		assertThat(record.contributions()).extracting(Contribution::category, Contribution::description)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(ContributionCategory.STAFF_TECHNICAL_EXPERTISE,
							seed.resources().get("Staff / Technical expertise")),
					org.assertj.core.groups.Tuple.tuple(ContributionCategory.IN_KIND,
							seed.resources().get("In-kind contribution")));
		assertThat(record.contributions()).allSatisfy(c -> assertThat(c.amount()).isNull());
	}

	@Test
	void runsFrom2009WithNoEndDateSpecified() {
		assertThat(seed.startYear()).isEqualTo(2009);
		assertThat(seed.end()).isEqualTo("No date specified");
		assertThat(record.plannedStart()).hasValueSatisfying(start -> {
			assertThat(start.year()).isEqualTo(seed.startYear());
			assertThat(start.precision()).isEqualTo(DatePrecision.YEAR);
		});
		assertThat(record.plannedEnd()).isEmpty();
		assertThat(record.actualEnd()).isEmpty();
	}

	@Test
	void hasTheRecordsContact() {
		ContactPerson contact = record.contact().orElseThrow();
		assertThat(String.join(", ", contact.name(), contact.position(), contact.email())).isEqualTo(seed.contact());
	}

	@Test
	void keepsItsOwnRules() {
		assertThat(record.ruleViolations()).isEmpty();
	}

}
