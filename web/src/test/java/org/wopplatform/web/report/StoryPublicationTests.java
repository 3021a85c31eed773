package org.wopplatform.web.report;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wopplatform.web.security.DemoUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The annual report's stories as a publication tells them, each request committed: a
 * story of any published partnership (a completed one too, never an unpublished one), in
 * three languages with the original shown and marked where not translated, its picture
 * (PNG or JPEG only, shown to the public once the report is published), and chapters
 * moved one place at a time.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StoryPublicationTests {

	static final long REPORT = 920_001;

	static final int YEAR = 2034;

	static final long STORY = 920_002;

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void draft() {
		cleanUp();
		jdbc.sql("""
				insert into annual_report (id, year, status, chapters)
				values (?, ?, 'DRAFT', 'HEADLINES,BREAKDOWNS,SDG_TARGETS,RESULTS,CAPACITY,STORIES,REGIONS');
				insert into annual_report_story (id, report_id, partnership_id, position, title, text, source)
				values (?, ?, 5, 0, 'Nakuru', 'Benchmarking in Nakuru.', 'record: description')""")
			.params(REPORT, YEAR, STORY, REPORT)
			.update();
	}

	@AfterEach
	void cleanUp() {
		jdbc.sql("delete from progress_report where id in (920010, 920011)").update();
		jdbc.sql("delete from audit_event where entity_type = 'AnnualReport' and entity_id = ?").param(REPORT).update();
		jdbc.sql("delete from annual_report where id = ?").param(REPORT).update();
	}

	private String page(String path, String language, boolean secretariat) throws Exception {
		var request = get(path).header("Accept-Language", language);
		if (secretariat) {
			request.with(user(DemoUsers.SECRETARIAT));
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anyPublishedPartnershipCanBeToldNeverAnUnpublishedOne() throws Exception {
		String found = page("/reports/" + YEAR + "/edit?find=Nakuru", "en", true);
		assertThat(found).contains("id=\"found\"").contains("VEI – Nakuru County water service providers");
		jdbc.sql("update partnership set published = false where id = 1").update();
		try {
			assertThat(page("/reports/" + YEAR + "/edit?find=Nakuru", "en", true))
				.contains("No published partnership matches these words.");
			MvcResult refused = mvc
				.perform(post("/reports/" + YEAR + "/stories").with(user(DemoUsers.SECRETARIAT))
					.with(csrf())
					.param("partnershipId", "1")
					.param("source", "record: description"))
				.andReturn();
			assertThat(refused.getFlashMap().get("storyError")).isEqualTo("story.notACandidate");
		}
		finally {
			jdbc.sql("update partnership set published = true where id = 1").update();
		}
	}

	@Test
	void aStoryNotYetTranslatedShowsItsOriginalMarkedWithItsLanguage() throws Exception {
		String french = page("/reports/" + YEAR, "fr", true);
		assertThat(french).contains("Pas encore traduit : affiché en anglais.")
			.contains("lang=\"en\"")
			.contains("Benchmarking in Nakuru.");
		mvc.perform(post("/reports/" + YEAR + "/stories/" + STORY).with(user(DemoUsers.SECRETARIAT))
			.with(csrf())
			.param("title", "Nakuru")
			.param("text", "Benchmarking in Nakuru.")
			.param("titleFr", "Nakuru, en français")
			.param("textFr", "L'étalonnage à Nakuru.")
			.param("quote", "Benchmarking made the gaps visible."));
		String translated = page("/reports/" + YEAR, "fr", true);
		assertThat(translated).contains("L&#39;étalonnage à Nakuru.")
			.doesNotContain("Pas encore traduit")
			.contains("Benchmarking made the gaps visible.");
		assertThat(page("/reports/" + YEAR, "es", true)).contains("Aún sin traducir: se muestra en inglés.");
	}

	@Test
	void onlyAPngOrJpegPictureIsTakenAndThePublicSeesItOncePublished() throws Exception {
		MvcResult refused = mvc
			.perform(multipart("/reports/" + YEAR + "/stories/" + STORY + "/picture")
				.file(new MockMultipartFile("file", "notes.png", "image/png", "not a picture".getBytes()))
				.param("caption", "")
				.param("credit", "Demo")
				.with(user(DemoUsers.SECRETARIAT))
				.with(csrf()))
			.andReturn();
		assertThat(refused.getFlashMap().get("storyError")).isNotNull();
		assertThat(count()).isZero();

		mvc.perform(multipart("/reports/" + YEAR + "/stories/" + STORY + "/picture")
			.file(new MockMultipartFile("file", "kiosk.png", "image/png", PNG))
			.param("caption", "A water kiosk")
			.param("credit", "Demo")
			.with(user(DemoUsers.SECRETARIAT))
			.with(csrf()));
		assertThat(count()).isOne();
		String path = "/reports/" + YEAR + "/stories/" + STORY + "/picture";
		assertThat(mvc.perform(get(path).with(user(DemoUsers.SECRETARIAT))).andReturn().getResponse().getContentType())
			.isEqualTo("image/png");
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("draft: not public").isEqualTo(404);
		assertThat(page("/reports/" + YEAR, "en", true)).contains("alt=\"A water kiosk\"");
		mvc.perform(post("/reports/" + YEAR + "/publish").with(user(DemoUsers.SECRETARIAT))
			.with(csrf())
			.param("version", "0"));
		assertThat(jdbc.sql("select status from annual_report where id = ?").param(REPORT).query(String.class).single())
			.isEqualTo("PUBLISHED");
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aPictureCanComeFromAnApprovedReportsEvidenceNeverADraftsOrAnotherPartnerships() throws Exception {
		jdbc.sql("""
				insert into progress_report (id, partnership_id, period_year, period_half, revision, status, health,
				    health_reason, submitted_by, reviewed_by)
				values (920010, 5, 2015, 0, 1, 'APPROVED', 'ON_TRACK', 'fine', 4, 2),
				       (920011, 5, 2014, 0, 1, 'DRAFT', null, null, null, null);
				insert into report_evidence (id, report_id, file_name, media_type, size_bytes, content, uploaded_at)
				values (920010, 920010, 'kiosk.png', 'image/png', 12, ?, now()),
				       (920011, 920011, 'draft.png', 'image/png', 12, ?, now())""").params(PNG, PNG).update();
		assertThat(page("/reports/" + YEAR + "/edit", "en", true)).contains("kiosk.png (2015)")
			.doesNotContain("draft.png");
		MvcResult refused = mvc
			.perform(multipart("/reports/" + YEAR + "/stories/" + STORY + "/picture").param("evidenceId", "920011")
				.param("caption", "From a draft")
				.param("credit", "Demo")
				.with(user(DemoUsers.SECRETARIAT))
				.with(csrf()))
			.andReturn();
		assertThat(refused.getFlashMap().get("storyError")).isNotNull();
		assertThat(count()).isZero();
		mvc.perform(multipart("/reports/" + YEAR + "/stories/" + STORY + "/picture").param("evidenceId", "920010")
			.param("caption", "A kiosk")
			.param("credit", "MWAUWASA")
			.with(user(DemoUsers.SECRETARIAT))
			.with(csrf()));
		assertThat(count()).isOne();
	}

	@Test
	void chaptersMoveOnePlaceAtATime() throws Exception {
		mvc.perform(post("/reports/" + YEAR + "/chapters/STORIES/up").with(user(DemoUsers.SECRETARIAT))
			.with(csrf())
			.param("version", "0"));
		assertThat(chapters()).isEqualTo("HEADLINES,BREAKDOWNS,SDG_TARGETS,RESULTS,STORIES,CAPACITY,REGIONS");
		mvc.perform(post("/reports/" + YEAR + "/chapters/HEADLINES/up").with(user(DemoUsers.SECRETARIAT))
			.with(csrf())
			.param("version", "1"));
		assertThat(chapters()).as("the first stays first")
			.isEqualTo("HEADLINES,BREAKDOWNS,SDG_TARGETS,RESULTS,STORIES,CAPACITY,REGIONS");
		MvcResult stale = mvc
			.perform(post("/reports/" + YEAR + "/chapters/REGIONS/up").with(user(DemoUsers.SECRETARIAT))
				.with(csrf())
				.param("version", "0"))
			.andReturn();
		assertThat(stale.getFlashMap().get("storyError")).isNotNull();
		assertThat(chapters()).endsWith("CAPACITY,REGIONS");
		assertThat(page("/reports/" + YEAR + "/edit", "en", true)).doesNotContain("??")
			.contains("Move Partnership stories up");
	}

	private long count() {
		return jdbc.sql("select count(*) from annual_report_story_picture where story_id = ?")
			.param(STORY)
			.query(Long.class)
			.single();
	}

	private String chapters() {
		return jdbc.sql("select chapters from annual_report where id = ?").param(REPORT).query(String.class).single();
	}

}
