package org.wopplatform.web.common;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.wopplatform.web.security.DemoUsers;
import org.wopplatform.web.security.SignedInUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages people open every day keep their parsed expressions in Thymeleaf's cache:
 * nothing of them is dropped while others are written, so each expression is parsed once
 * and, after a hundred runs, compiled. With Thymeleaf's default (500 entries) the cache
 * was full after half a dozen kinds of page and dropped what the next page needed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TemplateCachesTests {

	private static final String[] PUBLIC = { "/", "/partnerships", "/partnerships?q=vei&area=NRW&lang=fr",
			"/partnerships/1", "/partnerships/1/work-plan", "/partnerships/1/capacity", "/partnerships/1/dashboard",
			"/utilities/1", "/utilities", "/sdg/6.1", "/countries/KE", "/platforms/WOP_AFRICA", "/map",
			"/brokering/requests", "/reports" };

	private static final String[] SIGNED_IN = { "/work", "/partnerships?area=NRW", "/partnerships/1" };

	/** The secretariat's, besides. */
	private static final String[] SECRETARIAT = { "/partnerships/1/edit/details", "/partnerships/1/reports",
			"/partnerships/1/history", "/admin/users", "/admin/lists" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SpringTemplateEngine engine;

	@Test
	void theDailyPagesKeepTheirParsedExpressions() throws Exception {
		ICache<ExpressionCacheKey, Object> expressions = engine.getConfiguration()
			.getCacheManager()
			.getExpressionCache();
		everyPage();
		Set<ExpressionCacheKey> first = new HashSet<>(expressions.keySet());
		everyPage();
		Set<ExpressionCacheKey> second = new HashSet<>(expressions.keySet());

		assertThat(first).as("more than Thymeleaf's default keeps").hasSizeGreaterThan(500);
		assertThat(second).as("nothing dropped, the same pages parse nothing new").isEqualTo(first);
		assertThat(second).as("room to spare").hasSizeLessThan(TemplateCaches.EXPRESSIONS / 2);
	}

	private void everyPage() throws Exception {
		for (String page : PUBLIC) {
			open(get(page));
		}
		for (SignedInUser reader : new SignedInUser[] { DemoUsers.SECRETARIAT, DemoUsers.COORDINATOR_AFRICA,
				DemoUsers.STAFF_MWAUWASA }) {
			for (String page : SIGNED_IN) {
				open(get(page).with(user(reader)));
			}
		}
		for (String page : SECRETARIAT) {
			open(get(page).with(user(DemoUsers.SECRETARIAT)));
		}
	}

	private void open(MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(request).andExpect(status().isOk());
	}

}
